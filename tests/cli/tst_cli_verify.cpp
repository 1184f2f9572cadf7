#include "CliProcess.h"
#include "CliSampleRegistry.h"
#include "CredentialFormat.h"
#include "RawSql.h"
#include "TableTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

/// `appkeys verify` (PRODUCT.md section 10) on the sample registry's apps, one in each key status, and `appkeys list
/// --unused-for` on usage recorded as `appkeys serve` records it. The command line as scripts run it: its own process.
class CliVerifyTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void verdictsAndExitStatus_data();
    void verdictsAndExitStatus();
    void aValidKeyIsDescribed();
    void jsonGivesTheVerdictEvenForAnInvalidKey();
    void requiredPermissionsMustAllBeGranted();
    void theKeyIsTakenFromStandardInputOnly();
    void listNamesTheAppsWhoseKeysWereNotUsed();
    void listAndShowTellWhenKeysWereLastUsed();
    void serveRefusesBadOptionsAsBadUsage_data();
    void serveRefusesBadOptionsAsBadUsage();

private:
    CliProcess verify(const QString& key, QStringList arguments = {}) const;
    CliProcess run(QStringList arguments) const;

    std::unique_ptr<CliSampleRegistry> m_registry;
};

void CliVerifyTest::initTestCase()
{
    m_registry = std::make_unique<CliSampleRegistry>();
    QVERIFY2(m_registry->errorText().isEmpty(), qPrintable(m_registry->errorText()));
}

CliProcess CliVerifyTest::run(QStringList arguments) const
{
    return CliProcess::run(arguments << u"--database"_s << m_registry->filePath());
}

CliProcess CliVerifyTest::verify(const QString& key, QStringList arguments) const
{
    return CliProcess::run(QStringList{u"verify"_s} + arguments << u"--database"_s << m_registry->filePath(),
                           QProcessEnvironment::systemEnvironment(), key.toUtf8() + '\n');
}

void CliVerifyTest::verdictsAndExitStatus_data()
{
    QTest::addColumn<QString>("app");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason");
    QTest::newRow("active") << u"Booking site"_s << 0 << QString();
    QTest::newRow("expiring") << u"Front desk"_s << 0 << QString();
    QTest::newRow("revoked") << u"Chat bot"_s << 1 << u"appkeys: The key is revoked.\n"_s;
    QTest::newRow("expired") << u"Old kiosk"_s << 1 << u"appkeys: The key has expired.\n"_s;
    QTest::newRow("deactivated app") << u"Paused app"_s << 1 << u"appkeys: The key's app is deactivated.\n"_s;
}

void CliVerifyTest::verdictsAndExitStatus()
{
    QFETCH(QString, app);
    QFETCH(int, exitCode);
    QFETCH(QString, reason);
    const CliProcess verified = verify(m_registry->app(app).apiKeys.constFirst());
    QVERIFY2(verified.exitCode == exitCode, qPrintable(verified.describe()));
    QCOMPARE(verified.err, reason);
    QVERIFY(!verified.out.contains(m_registry->app(app).apiKeys.constFirst()));
}

void CliVerifyTest::aValidKeyIsDescribed()
{
    const CliSampleRegistry::SampleApp& booking = m_registry->app(u"Booking site"_s);
    const CliProcess verified = verify(booking.apiKeys.constFirst());
    QCOMPARE(verified.exitCode, 0);
    QCOMPARE(verified.err, QString());
    QCOMPARE(verified.out, u"The key is valid.\n"
                           "App: Booking site (%1)\n"
                           "Key: %2\n"
                           "Permissions: %3\n"
                           "Expires: %4\n"_s.arg(booking.record.applicationId, booking.keys.constFirst().keyHint,
                                                 booking.record.scope.permissionIds.join(u", "_s),
                                                 TableTime::minutes(booking.keys.constFirst().expiresAt)));
}

void CliVerifyTest::jsonGivesTheVerdictEvenForAnInvalidKey()
{
    const CliSampleRegistry::SampleApp& chatBot = m_registry->app(u"Chat bot"_s);
    const CliProcess verified = verify(chatBot.apiKeys.constFirst(), {u"--json"_s});
    QCOMPARE(verified.exitCode, 1);
    QCOMPARE(verified.err, u"appkeys: The key is revoked.\n"_s);
    const QJsonObject answer = QJsonDocument::fromJson(verified.out.toUtf8()).object();
    QCOMPARE(answer.value(u"valid"_s).toBool(), false);
    QCOMPARE(answer.value(u"code"_s).toString(), u"REVOKED"_s);
    QCOMPARE(answer.value(u"application_id"_s).toString(), chatBot.record.applicationId);
    QCOMPARE(answer.value(u"app_name"_s).toString(), u"Chat bot"_s);
    QCOMPARE(answer.value(u"key_hint"_s).toString(), chatBot.keys.constFirst().keyHint);
    QCOMPARE(answer.value(u"permissions"_s).toArray(),
             QJsonArray::fromStringList({u"appointments.read"_s, u"services.read"_s}));
    QCOMPARE(answer.value(u"expires_at"_s).toString(), chatBot.keys.constFirst().expiresAt.toString(Qt::ISODateWithMs));

    const CliProcess unknown = verify(CredentialFormat::generate(CredentialKind::ApiKey), {u"--json"_s});
    QCOMPARE(unknown.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(unknown.out.toUtf8()).object().value(u"code"_s).toString(), u"NOT_FOUND"_s);
    const CliProcess malformed = verify(u"appkey_nonsense"_s, {u"--json"_s});
    QCOMPARE(malformed.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(malformed.out.toUtf8()).object().value(u"code"_s).toString(), u"MALFORMED"_s);
    QCOMPARE(malformed.err,
             u"appkeys: This is not an AppKeys API key: its prefix, length, characters or checksum are wrong.\n"_s);
}

void CliVerifyTest::requiredPermissionsMustAllBeGranted()
{
    const QString chat = m_registry->app(u"Chat bot"_s).apiKeys.constFirst();
    const QString booking = m_registry->app(u"Booking site"_s).apiKeys.constFirst();
    const QStringList granted = m_registry->app(u"Booking site"_s).record.scope.permissionIds;
    QCOMPARE(verify(booking, {u"--require"_s, granted.first(), u"--require"_s, granted.last()}).exitCode, 0);
    const CliProcess missing = verify(booking, {u"--require"_s, granted.first(), u"--require=clients.write"_s});
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(missing.err, u"appkeys: The key's app lacks a required permission.\n"_s);
    // A revoked key is refused as such, whatever it would be granted.
    QCOMPARE(verify(chat, {u"--require=clients.write"_s}).err, u"appkeys: The key is revoked.\n"_s);
    QCOMPARE(verify(booking, {u"--require="_s}).exitCode, 2);
}

void CliVerifyTest::theKeyIsTakenFromStandardInputOnly()
{
    const QString key = m_registry->app(u"Booking site"_s).apiKeys.constFirst();
    const CliProcess asArgument = run({u"verify"_s, key});
    QCOMPARE(asArgument.exitCode, 2);
    QVERIFY2(asArgument.err.startsWith(u"appkeys: unexpected argument"_s), qPrintable(asArgument.describe()));
    const CliProcess nothing = run({u"verify"_s});
    QCOMPARE(nothing.exitCode, 1);
    QCOMPARE(nothing.err,
             u"appkeys: No key on standard input.\nPipe the key in, for example: appkeys verify < key.txt\n"_s);
    // Surrounding white space, a line break from a file, is not part of the key.
    QCOMPARE(verify(u"  "_s + key + u"\r\n"_s).exitCode, 0);
}

void CliVerifyTest::listNamesTheAppsWhoseKeysWereNotUsed()
{
    const QString path = m_registry->filePath();
    const KeyRecord booking = m_registry->app(u"Booking site"_s).keys.constFirst();
    const KeyRecord frontDesk = m_registry->app(u"Front desk"_s).keys.constFirst();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(RawSql::executeOutsideAppKeys(path, u"DELETE FROM key_usage"_s));
    QVERIFY(RawSql::executeOutsideAppKeys(
        path, u"INSERT INTO key_usage (key_id, last_used_at, use_count) VALUES ('%1', '%2', 40), ('%3', '%4', 2)"_s.arg(
                  booking.keyId, now.addDays(-1).toString(Qt::ISODateWithMs), frontDesk.keyId,
                  now.addDays(-45).toString(Qt::ISODateWithMs))));

    const auto namesListed = [this](const QString& days) {
        const CliProcess list = run({u"list"_s, u"--json"_s, u"--unused-for"_s, days});
        QSet<QString> names;
        for (const QJsonValue& app : QJsonDocument::fromJson(list.out.toUtf8()).array())
            names.insert(app.toObject().value(u"name"_s).toString());
        return names;
    };
    // The sample keys were issued in March 2025; a deactivated app's key is unused as well. Revoked, expired and
    // missing keys are not listed: nothing to revoke there.
    QCOMPARE(namesListed(u"30"_s), (QSet<QString>{u"Front desk"_s, u"Paused app"_s}));
    QCOMPARE(namesListed(u"60"_s), QSet<QString>{u"Paused app"_s});
    QCOMPARE(namesListed(u"0"_s), (QSet<QString>{u"Booking site"_s, u"Front desk"_s, u"Paused app"_s}));

    const CliProcess bad = run({u"list"_s, u"--unused-for"_s, u"soon"_s});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.startsWith(u"appkeys: bad number of days “soon” for '--unused-for'"_s), qPrintable(bad.err));
}

void CliVerifyTest::listAndShowTellWhenKeysWereLastUsed()
{
    const QString path = m_registry->filePath();
    const KeyRecord booking = m_registry->app(u"Booking site"_s).keys.constFirst();
    const QDateTime lastUsed(QDate(2026, 2, 3), QTime(4, 5, 6, 789), Qt::UTC);
    QVERIFY(RawSql::executeOutsideAppKeys(path, u"DELETE FROM key_usage"_s));
    QVERIFY(RawSql::executeOutsideAppKeys(
        path, u"INSERT INTO key_usage (key_id, last_used_at, use_count) VALUES ('%1', '%2', 1234)"_s.arg(
                  booking.keyId, lastUsed.toString(Qt::ISODateWithMs))));

    const CliProcess list = run({u"list"_s, u"--json"_s});
    QCOMPARE(list.exitCode, 0);
    for (const QJsonValue& app : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
        const QJsonObject object = app.toObject();
        const bool isBooking = object.value(u"name"_s).toString() == u"Booking site"_s;
        QCOMPARE(object.value(u"last_used_at"_s).toString(), isBooking ? u"2026-02-03T04:05:06.789Z"_s : QString());
        QVERIFY(isBooking || object.value(u"last_used_at"_s).isNull());
    }
    const CliProcess show = run({u"show"_s, u"Booking site"_s, u"--json"_s});
    const QJsonObject key =
        QJsonDocument::fromJson(show.out.toUtf8()).object().value(u"keys"_s).toArray().first().toObject();
    QCOMPARE(key.value(u"last_used_at"_s).toString(), u"2026-02-03T04:05:06.789Z"_s);
    QCOMPARE(key.value(u"use_count"_s).toInteger(), 1234);
    const CliProcess text = run({u"show"_s, u"Booking site"_s});
    QVERIFY2(text.out.contains(u"Last used:"_s) && text.out.contains(u"2026-02-03 04:05 UTC"_s), qPrintable(text.out));
}

void CliVerifyTest::serveRefusesBadOptionsAsBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no port") << QStringList{u"--listen"_s, u"127.0.0.1"_s}
                             << u"appkeys: bad address “127.0.0.1” for '--listen'"_s;
    QTest::newRow("host name") << QStringList{u"--listen"_s, u"example.com:80"_s}
                               << u"appkeys: bad address “example.com:80” for '--listen'"_s;
    QTest::newRow("IPv6 without brackets")
        << QStringList{u"--listen=::1:8477"_s} << u"appkeys: bad address “::1:8477” for '--listen'"_s;
    QTest::newRow("port too big") << QStringList{u"--listen"_s, u"127.0.0.1:70000"_s}
                                  << u"appkeys: bad port “70000” for '--listen'"_s;
    QTest::newRow("no threads") << QStringList{u"--threads"_s, u"0"_s} << u"appkeys: bad value “0” for '--threads'"_s;
    QTest::newRow("interval not a number")
        << QStringList{u"--last-used-interval"_s, u"1m"_s} << u"appkeys: bad value “1m” for '--last-used-interval'"_s;
}

void CliVerifyTest::serveRefusesBadOptionsAsBadUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliProcess serve = run(QStringList{u"serve"_s} + arguments);
    QCOMPARE(serve.exitCode, 2);
    QVERIFY2(serve.err.startsWith(message), qPrintable(serve.err));
}

QTEST_GUILESS_MAIN(CliVerifyTest)
#include "tst_cli_verify.moc"
