// A Secret Service that never answers: it takes the name org.freedesktop.secrets on the session bus and swallows every
// call, as a keyring waiting on an unlock prompt nobody can see does. For the tests of the keychain's deadline, which
// run it on a session bus of their own (dbus-run-session). Prints "ready" once it owns the name; runs until killed.
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

class SilentObject : public QDBusVirtualObject
{
public:
    QString introspect(const QString&) const override { return {}; }
    /// Handled, and never answered: the caller waits for its own timeout.
    bool handleMessage(const QDBusMessage& message, const QDBusConnection&) override
    {
        message.setDelayedReply(true);
        return true;
    }
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QDBusConnection bus = QDBusConnection::sessionBus();
    SilentObject silent;
    if (!bus.registerVirtualObject(u"/"_s, &silent, QDBusConnection::SubPath) ||
        !bus.registerService(u"org.freedesktop.secrets"_s)) {
        QTextStream(stderr) << bus.lastError().message() << u'\n';
        return 1;
    }
    QTextStream(stdout) << "ready" << Qt::endl;
    return QCoreApplication::exec();
}
