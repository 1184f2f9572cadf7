#include "TestKeychain.h"

#include "CallbackResult.h"
#include "KeychainSecretStore.h"

#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace AppKeys::TestKeychain {

namespace {

constexpr int ProcessTimeoutMs = 30000;

Result<QByteArray> run(const QString& program, const QStringList& arguments, QProcess::ProcessChannel wanted)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(ProcessTimeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return Error{u"%1 failed: %2"_s.arg(program, process.errorString()),
                     QString::fromLocal8Bit(process.readAllStandardError())};
    return wanted == QProcess::StandardOutput ? process.readAllStandardOutput() : process.readAllStandardError();
}

QStringList secretServiceCall(const QString& method, const QStringList& arguments)
{
    return QStringList{u"--session"_s, u"--print-reply"_s, u"--dest=org.freedesktop.secrets"_s,
                       u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service."_s + method} +
           arguments;
}

} // namespace

Expectation expectation()
{
    const QString wanted = qEnvironmentVariable("APPKEYS_TEST_KEYCHAIN");
    if (wanted == u"absent"_s)
        return Expectation::Absent;
    if (wanted == u"locked"_s)
        return Expectation::Locked;
    return Expectation::Available;
}

QString environmentProblem()
{
    if (expectation() != Expectation::Absent && qEnvironmentVariableIsEmpty("APPKEYS_KEYRING_HOME"))
        return u"This test needs a private keyring: run it as `scripts/with-keyring ctest ...`."_s;
    return {};
}

Result<QStringList> appKeysEntries(const QString& prefix)
{
    // secret-tool prints the secrets on stdout and the attributes on stderr; only the attributes are read.
    const Result<QByteArray> attributes =
        run(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s, u"appkeys"_s}, QProcess::StandardError);
    if (!attributes)
        return attributes.error();
    static const QRegularExpression entryKeyLine(u"^attribute\\.user = (.*)$"_s, QRegularExpression::MultilineOption);
    QStringList entries;
    for (const QRegularExpressionMatch& match : entryKeyLine.globalMatch(QString::fromUtf8(attributes.value()))) {
        if (match.captured(1).startsWith(prefix))
            entries.append(match.captured(1));
    }
    entries.sort();
    return entries;
}

bool holds(const QString& entryKey)
{
    const Result<QStringList> entries = appKeysEntries(entryKey);
    return entries.ok() && entries.value().contains(entryKey);
}

Result<QString> read(const QString& entryKey)
{
    KeychainSecretStore keychain;
    return answerOf<Result<QString>>([&](auto done) { keychain.read(entryKey, std::move(done)); });
}

Status remove(const QString& entryKey)
{
    KeychainSecretStore keychain;
    const Status removed = answerOf<Status>([&](auto done) { keychain.remove(entryKey, std::move(done)); });
    if (!removed && removed.error().code == SecretStore::EntryNotFoundCode)
        return {};
    return removed;
}

Status lockDefaultCollection()
{
    const Result<QByteArray> alias =
        run(u"dbus-send"_s, secretServiceCall(u"ReadAlias"_s, {u"string:default"_s}), QProcess::StandardOutput);
    if (!alias)
        return alias.error();
    static const QRegularExpression objectPath(u"object path \"([^\"]+)\""_s);
    const QString collection = objectPath.match(QString::fromUtf8(alias.value())).captured(1);
    if (collection.isEmpty() || collection == u"/"_s)
        return Error{u"The keyring has no default collection to lock."_s, {}};
    const Result<QByteArray> locked =
        run(u"dbus-send"_s, secretServiceCall(u"Lock"_s, {u"array:objpath:"_s + collection}), QProcess::StandardOutput);
    if (!locked)
        return locked.error();
    return {};
}

} // namespace AppKeys::TestKeychain
