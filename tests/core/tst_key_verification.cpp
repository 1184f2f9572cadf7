#include "AppFilter.h"
#include "AppOverview.h"
#include "ArgumentParser.h"
#include "CredentialFormat.h"
#include "KeyVerification.h"

#include <QTest>

using namespace AppKeys;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(AppKeys::VerificationCode)

namespace {

const QDateTime Now(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);

KeyRecord keyAt(const QDateTime& createdAt, const QDateTime& expiresAt, const QDateTime& revokedAt = {},
                const QDateTime& lastUsedAt = {}, qint64 useCount = 0)
{
    KeyRecord key;
    key.keyId = u"key-%1"_s.arg(createdAt.toSecsSinceEpoch());
    key.createdAt = createdAt;
    key.expiresAt = expiresAt;
    key.revokedAt = revokedAt;
    key.lastUsedAt = lastUsedAt;
    key.useCount = useCount;
    return key;
}

} // namespace

/// The verification rule of core (PRODUCT.md section 10) that `appkeys verify` and `appkeys serve` share, and what
/// "last used" adds to the rules of apps and filters.
class TestKeyVerification : public QObject
{
    Q_OBJECT

private slots:
    void judgesByKeyStatusThenAppThenPermissions_data();
    void judgesByKeyStatusThenAppThenPermissions();
    void namesEveryCodeAsTheApiDoes();
    void refusesWhatIsNoApiKeyBeforeAnyLookup_data();
    void refusesWhatIsNoApiKeyBeforeAnyLookup();
    void rawDigestIsTheStoredHexDecoded();
    void overviewTakesTheLatestUseAndSumsTheCounts();
    void unusedForCountsNeverUsedKeysFromTheirCreation_data();
    void unusedForCountsNeverUsedKeysFromTheirCreation();
    void repeatedOptionsKeepEveryValue();
};

void TestKeyVerification::judgesByKeyStatusThenAppThenPermissions_data()
{
    QTest::addColumn<QDateTime>("expiresAt");
    QTest::addColumn<QDateTime>("revokedAt");
    QTest::addColumn<bool>("appActive");
    QTest::addColumn<QStringList>("required");
    QTest::addColumn<VerificationCode>("code");
    const QStringList granted{u"appointments.read"_s, u"services.read"_s};
    QTest::newRow("valid") << Now.addDays(10) << QDateTime() << true << QStringList() << VerificationCode::Valid;
    QTest::newRow("valid with every required permission")
        << Now.addDays(10) << QDateTime() << true << granted << VerificationCode::Valid;
    QTest::newRow("one permission missing")
        << Now.addDays(10) << QDateTime() << true << QStringList{u"appointments.read"_s, u"clients.write"_s}
        << VerificationCode::InsufficientPermissions;
    QTest::newRow("expired this very moment")
        << Now << QDateTime() << true << QStringList() << VerificationCode::Expired;
    QTest::newRow("revoked") << Now.addDays(10) << Now.addSecs(-1) << true << QStringList()
                             << VerificationCode::Revoked;
    QTest::newRow("revoked and expired: revoked")
        << Now.addDays(-1) << Now.addDays(-2) << true << QStringList() << VerificationCode::Revoked;
    QTest::newRow("deactivated app") << Now.addDays(10) << QDateTime() << false << QStringList()
                                     << VerificationCode::Inactive;
    QTest::newRow("deactivated app, expired key: expired")
        << Now.addDays(-1) << QDateTime() << false << QStringList() << VerificationCode::Expired;
    QTest::newRow("deactivated app, missing permission: inactive")
        << Now.addDays(10) << QDateTime() << false << QStringList{u"clients.write"_s} << VerificationCode::Inactive;
}

void TestKeyVerification::judgesByKeyStatusThenAppThenPermissions()
{
    QFETCH(QDateTime, expiresAt);
    QFETCH(QDateTime, revokedAt);
    QFETCH(bool, appActive);
    QFETCH(QStringList, required);
    QFETCH(VerificationCode, code);
    const QStringList granted{u"appointments.read"_s, u"services.read"_s};
    QCOMPARE(KeyVerification::judge(keyAt(Now.addDays(-5), expiresAt, revokedAt), appActive, granted, required, Now),
             code);
}

void TestKeyVerification::namesEveryCodeAsTheApiDoes()
{
    QStringList names;
    for (const VerificationCode code : KeyVerification::allCodes())
        names.append(KeyVerification::codeName(code));
    QCOMPARE(names, (QStringList{u"VALID"_s, u"MALFORMED"_s, u"NOT_FOUND"_s, u"EXPIRED"_s, u"REVOKED"_s, u"INACTIVE"_s,
                                 u"INSUFFICIENT_PERMISSIONS"_s}));
    QCOMPARE(KeyVerification::reason(VerificationCode::Revoked), u"The key is revoked."_s);
}

void TestKeyVerification::refusesWhatIsNoApiKeyBeforeAnyLookup_data()
{
    const QString key = CredentialFormat::generate(CredentialKind::ApiKey);
    QString badChecksum = key;
    badChecksum[badChecksum.size() - 1] = badChecksum.back() == u'0' ? u'1' : u'0';
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("wellFormed");
    QTest::newRow("a generated key") << key << true;
    QTest::newRow("one checksum character changed") << badChecksum << false;
    QTest::newRow("a secret") << CredentialFormat::generate(CredentialKind::Secret) << false;
    QTest::newRow("one character short") << key.left(key.size() - 1) << false;
    QTest::newRow("a space inside") << key.left(20) + u' ' + key.mid(21) << false;
    QTest::newRow("empty") << QString() << false;
}

void TestKeyVerification::refusesWhatIsNoApiKeyBeforeAnyLookup()
{
    QFETCH(QString, token);
    QFETCH(bool, wellFormed);
    QCOMPARE(KeyVerification::isWellFormed(token), wellFormed);
}

void TestKeyVerification::rawDigestIsTheStoredHexDecoded()
{
    // SHA-256("abc"), FIPS 180-2 appendix B.1.
    const QByteArray expected = QByteArray::fromHex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QCOMPARE(CredentialFormat::sha256(u"abc"), expected);
    QCOMPARE(CredentialFormat::sha256Hex(u"abc"), QString::fromLatin1(expected.toHex()));
}

void TestKeyVerification::overviewTakesTheLatestUseAndSumsTheCounts()
{
    AppRecord app;
    app.active = true;
    const QList<KeyRecord> keys{
        keyAt(Now.addDays(-40), Now.addDays(300), {}, Now.addDays(-3), 120),
        keyAt(Now.addDays(-400), Now.addDays(3), {}, Now.addSecs(-60), 7),
        keyAt(Now.addDays(-500), Now.addDays(-100)),
    };
    const AppOverview overview = AppOverview::of(app, keys, Now);
    QCOMPARE(overview.lastUsedAt, Now.addSecs(-60));
    QCOMPARE(overview.useCount, 127);
    const AppOverview unused = AppOverview::of(app, {keyAt(Now.addDays(-1), Now.addDays(30))}, Now);
    QVERIFY(!unused.lastUsedAt.isValid());
    QCOMPARE(unused.useCount, 0);
}

void TestKeyVerification::unusedForCountsNeverUsedKeysFromTheirCreation_data()
{
    QTest::addColumn<QList<KeyRecord>>("keys");
    QTest::addColumn<bool>("unused");
    QTest::newRow("used 31 days ago") << QList<KeyRecord>{keyAt(Now.addDays(-200), Now.addDays(100), {},
                                                                Now.addDays(-31), 5)}
                                      << true;
    QTest::newRow("used 29 days ago") << QList<KeyRecord>{keyAt(Now.addDays(-200), Now.addDays(100), {},
                                                                Now.addDays(-29), 5)}
                                      << false;
    QTest::newRow("never used, issued 31 days ago")
        << QList<KeyRecord>{keyAt(Now.addDays(-31), Now.addDays(100))} << true;
    QTest::newRow("never used, issued yesterday")
        << QList<KeyRecord>{keyAt(Now.addDays(-1), Now.addDays(100))} << false;
    QTest::newRow("old key dead, its successor in use")
        << QList<KeyRecord>{keyAt(Now.addDays(-300), Now.addDays(2), {}, Now.addDays(-60), 9),
                            keyAt(Now.addDays(-40), Now.addDays(300), {}, Now.addDays(-1), 50)}
        << false;
    QTest::newRow("only a revoked key") << QList<KeyRecord>{keyAt(Now.addDays(-300), Now.addDays(2), Now.addDays(-90))}
                                        << false;
    QTest::newRow("only an expired key") << QList<KeyRecord>{keyAt(Now.addDays(-300), Now.addDays(-2))} << false;
    QTest::newRow("no key") << QList<KeyRecord>{} << false;
}

void TestKeyVerification::unusedForCountsNeverUsedKeysFromTheirCreation()
{
    QFETCH(QList<KeyRecord>, keys);
    QFETCH(bool, unused);
    AppRecord app;
    app.active = true;
    AppFilter filter;
    filter.unusedForDays = 30;
    QCOMPARE(filter.matches(AppOverview::of(app, keys, Now), Now), unused);
}

void TestKeyVerification::repeatedOptionsKeepEveryValue()
{
    ArgumentParser parser({{u"require"_s, u"PERMISSION"_s, {}}, {u"json"_s, {}, {}}});
    QVERIFY(parser.parse({u"--require"_s, u"a.read"_s, u"--json"_s, u"--require=b.write"_s}).ok());
    QCOMPARE(parser.values(u"require"_s), (QStringList{u"a.read"_s, u"b.write"_s}));
    QCOMPARE(parser.value(u"require"_s), u"b.write"_s);
    QCOMPARE(parser.values(u"json"_s), QStringList{QString()});
    QVERIFY(parser.values(u"other"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestKeyVerification)
#include "tst_key_verification.moc"
