#include "SecretServiceLister.h"

#include "KeychainDeadline.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QTimer>
#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

using Attributes = QMap<QString, QString>;

const QString SecretsService = u"org.freedesktop.secrets"_s;
const QString ItemInterface = u"org.freedesktop.Secret.Item"_s;

/// One listing in progress: the items asked about and the names found so far. Answers once, then deletes itself.
class Listing : public QObject
{
public:
    Listing(QString prefix, SecretStore::ListCallback done) : m_prefix(std::move(prefix)), m_done(std::move(done)) {}

    void searchItems(const QString& serviceName)
    {
        if (!QDBusConnection::sessionBus().isConnected())
            return answer(serviceError(QDBusConnection::sessionBus().lastError().message()));
        QDBusMessage search = QDBusMessage::createMethodCall(SecretsService, u"/org/freedesktop/secrets"_s,
                                                             u"org.freedesktop.Secret.Service"_s, u"SearchItems"_s);
        search << QVariant::fromValue(Attributes{{u"server"_s, serviceName}});
        watch(QDBusConnection::sessionBus().asyncCall(search), [this](QDBusPendingCallWatcher& call) {
            const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply = call;
            if (reply.isError())
                return answer(serviceError(reply.error().message()));
            if (!reply.argumentAt<1>().isEmpty())
                return answer(Error{SecretServiceLister::tr("The OS keychain keeps some of AppKeys' entries locked."),
                                    SecretServiceLister::tr("Unlock your keyring and try again.")});
            readNames(reply.argumentAt<0>());
        });
    }

    /// Answers once, on the next turn of the event loop (as the keychain's other calls do), then goes.
    void answer(Result<QList<ListedEntry>> result)
    {
        if (!m_done)
            return;
        QTimer::singleShot(0, this, [this, done = std::exchange(m_done, nullptr), result = std::move(result)] {
            done(result);
            deleteLater();
        });
    }

private:
    static Error serviceError(const QString& detail)
    {
        return Error{SecretServiceLister::tr("Could not list the OS keychain's entries: %1").arg(detail),
                     SecretServiceLister::tr("AppKeys lists them through the Secret Service (gnome-keyring, "
                                             "KeePassXC, KWallet's Secret Service)."),
                     QKeychainOtherError};
    }

    /// QKeychain::OtherError: what a keychain call that reached no working keychain fails with.
    static constexpr int QKeychainOtherError = 7;

    void readNames(const QList<QDBusObjectPath>& items)
    {
        m_pending = items.size();
        if (m_pending == 0)
            return answer(QList<ListedEntry>());
        for (const QDBusObjectPath& item : items) {
            QDBusMessage get = QDBusMessage::createMethodCall(SecretsService, item.path(),
                                                              u"org.freedesktop.DBus.Properties"_s, u"GetAll"_s);
            get << ItemInterface;
            watch(QDBusConnection::sessionBus().asyncCall(get), [this](QDBusPendingCallWatcher& call) {
                const QDBusPendingReply<QVariantMap> reply = call;
                if (reply.isError())
                    return answer(serviceError(reply.error().message()));
                addEntry(reply.value());
                if (--m_pending == 0)
                    answer(sortedByName(m_entries));
            });
        }
    }

    void watch(const QDBusPendingCall& call, std::function<void(QDBusPendingCallWatcher&)> onFinished)
    {
        auto* watcher = new QDBusPendingCallWatcher(call, this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this,
                [onFinished = std::move(onFinished)](QDBusPendingCallWatcher* finished) {
                    finished->deleteLater();
                    onFinished(*finished);
                });
    }

    /// An item's properties: "Attributes" holds QtKeychain's entry name as "user", "Created" is in seconds since 1970.
    void addEntry(const QVariantMap& properties)
    {
        const Attributes attributes = qdbus_cast<Attributes>(properties.value(u"Attributes"_s).value<QDBusArgument>());
        const QString name = attributes.value(u"user"_s);
        if (!name.startsWith(m_prefix))
            return;
        const QVariant created = properties.value(u"Created"_s);
        m_entries.append(ListedEntry{
            name, created.isValid() ? QDateTime::fromSecsSinceEpoch(created.toLongLong(), Qt::UTC) : QDateTime()});
    }

    static QList<ListedEntry> sortedByName(QList<ListedEntry> entries)
    {
        std::sort(entries.begin(), entries.end(),
                  [](const ListedEntry& a, const ListedEntry& b) { return a.name < b.name; });
        return entries;
    }

    QString m_prefix;
    SecretStore::ListCallback m_done;
    QList<ListedEntry> m_entries;
    qsizetype m_pending = 0;
};

} // namespace

void SecretServiceLister::list(const QString& serviceName, const QString& prefix, std::chrono::milliseconds deadline,
                               SecretStore::ListCallback done)
{
    qDBusRegisterMetaType<Attributes>();
    auto* listing = new Listing(prefix, std::move(done));
    QTimer::singleShot(deadline, listing,
                       [listing, deadline] { listing->answer(KeychainDeadline::timeoutError(deadline)); });
    listing->searchItems(serviceName);
}

} // namespace AppKeys
