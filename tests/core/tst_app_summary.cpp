#include "AppFilter.h"
#include "AppSummary.h"
#include "CompactId.h"
#include "CompactSha256.h"
#include "KeychainReport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace AppKeys;
using namespace Qt::StringLiterals;

/// The summary the Manage Applications table keeps of each app (AppSummary, with CompactSha256): it must answer the
/// table's filters and keychain notes exactly as the whole app does.
class AppSummaryTest : public QObject
{
    Q_OBJECT

private slots:
    void compactHashesAreEqualExactlyWhenTheirTextsAre();
    void compactIdsKeepTheirTextWhateverItIs();
    void keepsTheLiveKeysAndWhatTheColumnsShow();
    void keychainFindingsApplyAsToTheWholeApp();
    void aFindingsLineBeginsWithItsAppsPrefix_data();
    void aFindingsLineBeginsWithItsAppsPrefix();
    void aFindingsLineReadsBackAsItWasWritten_data();
    void aFindingsLineReadsBackAsItWasWritten();
    void aFindingsLineIsWhatQtsJsonWriterWrites_data();
    void aFindingsLineIsWhatQtsJsonWriterWrites();
    void aLineNotAsWrittenIsReadAsJsonOrRefused_data();
    void aLineNotAsWrittenIsReadAsJsonOrRefused();
    void aKeyNeverUsedCountsAsUnusedFromItsCreation();
};

namespace {

const QDateTime Now(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC);
// SHA-256("abc"), FIPS 180-2's first example.
const QString AbcSha256 = u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s;

KeyRecord key(const QString& id, int createdDaysAgo, int lifetimeDays, const QString& sha256)
{
    KeyRecord key;
    key.keyId = id;
    key.applicationId = u"app-1"_s;
    key.keySha256 = sha256;
    key.keyHint = u"ak_…"_s + id;
    key.createdAt = Now.addDays(-createdDaysAgo);
    key.expiresAt = key.createdAt.addDays(lifetimeDays);
    return key;
}

AppOverview sampleApp()
{
    AppRecord app;
    app.applicationId = u"app-1"_s;
    app.details.name = u"Front desk"_s;
    app.details.description = u"Checks guests in."_s;
    app.details.sourceApp = SourceApp::Bot;
    app.details.loginUserType = LoginUserType::Employee;
    app.scope.authMethod = AuthMethod::ApiKeyGroups;
    app.scope.permissionIds = {u"guests.read"_s, u"guests.write"_s};
    app.secretSha256 = AbcSha256;
    app.createdBy = u"ann"_s;
    app.createdAt = Now.addDays(-400);
    KeyRecord used = key(u"older"_s, 300, 365, QString(64, u'1'));
    used.lastUsedAt = Now.addDays(-2);
    used.useCount = 7;
    KeyRecord revoked = key(u"revoked"_s, 20, 365, QString(64, u'2'));
    revoked.revokedAt = Now.addDays(-1);
    revoked.useCount = 3;
    return AppOverview::of(
        app,
        {key(u"newest"_s, 10, 365, QString(64, u'a')), revoked, key(u"expired"_s, 500, 365, QString(64, u'3')), used},
        Now);
}

KeychainReport::Finding finding(const QString& name, const QString& hint)
{
    return {KeychainReport::State::Different,
            u"5f0c1b2e-7d1a-4c3e-9b8f-2a6d4e1c0b9a"_s,
            name,
            u"0b9a2a6d-7d1a-4c3e-9b8f-5f0c1b2e4e1c"_s,
            hint,
            u"ann@desk-7"_s,
            AbcSha256};
}

/// The line of finding(u"Front desk"_s, u"appkey_…oiTv"_s), with `from` (unless empty) replaced by `to`.
QByteArray sampleLineWith(const QByteArray& from, const QByteArray& to)
{
    QByteArray line = KeychainReport::findingLine(finding(u"Front desk"_s, u"appkey_…oiTv"_s));
    return from.isEmpty() ? line : line.replace(from, to);
}

QStringList keyIdsOf(const QList<KeychainReport::Finding>& findings)
{
    QStringList ids;
    for (const KeychainReport::Finding& finding : findings)
        ids.append(finding.keyId);
    return ids;
}

} // namespace

void AppSummaryTest::compactHashesAreEqualExactlyWhenTheirTextsAre()
{
    QVERIFY(CompactSha256::of(AbcSha256) == CompactSha256::of(QString(AbcSha256)));
    QVERIFY(CompactSha256::of(AbcSha256) != CompactSha256::of(AbcSha256.toUpper()));
    QVERIFY(CompactSha256::of(AbcSha256) != CompactSha256::of(QString(AbcSha256).replace(63, 1, u'c')));
    QVERIFY(CompactSha256::of(AbcSha256) != CompactSha256::of(AbcSha256.left(62)));
    // Text of another form, as a damaged or hostile registry may hold.
    QVERIFY(CompactSha256::of(u"not a hash"_s) == CompactSha256::of(u"not a hash"_s));
    QVERIFY(CompactSha256::of(u"not a hash"_s) != CompactSha256::of(u"not a hasH"_s));
    QVERIFY(CompactSha256::of(QString(QChar(0xD800))) != CompactSha256::of(QString(QChar(0xDC00))));
    QVERIFY(CompactSha256::of(QString()) != CompactSha256::of(QString(64, u'0')));
    // A text whose own SHA-256 the digits of another text spell stays apart from it.
    const QString text = u"x"_s;
    const QString digitsOfItsHash =
        QString::fromLatin1(QCryptographicHash::hash(QByteArrayView(reinterpret_cast<const char*>(text.utf16()), 2),
                                                     QCryptographicHash::Sha256)
                                .toHex());
    QVERIFY(CompactSha256::of(text) != CompactSha256::of(digitsOfItsHash));
}

void AppSummaryTest::compactIdsKeepTheirTextWhateverItIs()
{
    const QString uuid = u"0000f762-dae8-433a-8a01-e171267f58a5"_s;
    const QStringList texts = {
        uuid,       uuid.toUpper(), u"{"_s + uuid + u"}"_s, u"00000000-0000-0000-0000-000000000000"_s,
        u"app-1"_s, u"a/b"_s,       u"\u202Eevil"_s,        QString()};
    for (const QString& text : texts) {
        QCOMPARE(CompactId::of(text).text(), text);
        for (const QString& other : texts)
            QCOMPARE(CompactId::of(text) == CompactId::of(other), text == other);
    }
    QVERIFY(CompactId::of(QString()) == CompactId::of(u""_s));
}

void AppSummaryTest::keepsTheLiveKeysAndWhatTheColumnsShow()
{
    const AppOverview whole = sampleApp();
    const AppSummary summary = AppSummary::of(whole, Now);
    QCOMPARE(summary.applicationId.text(), u"app-1"_s);
    QCOMPARE(summary.name, u"Front desk"_s);
    QCOMPARE(summary.createdBy, u"ann"_s);
    QCOMPARE(summary.createdAt, Now.addDays(-400));
    QCOMPARE(summary.permissionIds, (QStringList{u"guests.read"_s, u"guests.write"_s}));
    QCOMPARE(summary.sourceApp, SourceApp::Bot);
    QCOMPARE(summary.loginUserType, LoginUserType::Employee);
    QCOMPARE(summary.authMethod, AuthMethod::ApiKeyGroups);
    QVERIFY(summary.secretSha256 == CompactSha256::of(AbcSha256));
    QCOMPARE(summary.liveKeys.size(), 2);
    QCOMPARE(summary.liveKeys.at(0).keyId.text(), u"newest"_s);
    QCOMPARE(summary.liveKeys.at(1).keyId.text(), u"older"_s);
    QVERIFY(summary.liveKeys.at(0).keySha256 == CompactSha256::of(QString(64, u'a')));
    QCOMPARE(summary.liveKeys.at(1).lastUsedAt, Now.addDays(-2));
    // Worked out from every key, the dead ones included.
    QCOMPARE(summary.status.state, KeyStatus::State::Active);
    QCOMPARE(summary.expiresAt, Now.addDays(-10 + 365));
    QCOMPARE(summary.lastUsedAt, Now.addDays(-2));
    QCOMPARE(summary.useCount, 10);
    QVERIFY(summary.hasKey());
    QVERIFY(!AppSummary::of(AppOverview::of(whole.app, {}, Now), Now).hasKey());
}

void AppSummaryTest::keychainFindingsApplyAsToTheWholeApp()
{
    const AppOverview whole = sampleApp();
    const AppSummary summary = AppSummary::of(whole, Now);
    using State = KeychainReport::State;
    const auto finding = [](State state, const QString& keyId, const QString& sha256) {
        return KeychainReport::Finding{state, u"app-1"_s, u"Front desk"_s, keyId, {}, {}, sha256};
    };
    // The secret as checked, a live key, a key of another hash and a dead key: the last two no longer apply.
    const KeychainReport report(Now, u"ann@desk"_s,
                                {finding(State::Missing, {}, AbcSha256),
                                 finding(State::Different, u"newest"_s, QString(64, u'a')),
                                 finding(State::Missing, u"older"_s, QString(64, u'9')),
                                 finding(State::Missing, u"expired"_s, QString(64, u'3'))});
    QCOMPARE(keyIdsOf(report.findingsFor(summary)), (QStringList{QString(), u"newest"_s}));
    QCOMPARE(keyIdsOf(report.findingsFor(whole, Now)), (QStringList{QString(), u"newest"_s}));
    QCOMPARE(report.noteFor(summary), u"Secret not in this keychain; Keychain holds a different key"_s);
    QCOMPARE(report.noteFor(whole, Now), report.noteFor(summary));
    // A regenerated secret: its finding was about the one before.
    const KeychainReport older(Now, u"ann@desk"_s, {finding(State::Missing, {}, QString(64, u'f'))});
    QVERIFY(older.findingsFor(summary).isEmpty());
    QVERIFY(older.noteFor(whole, Now).isEmpty());
}

void AppSummaryTest::aKeyNeverUsedCountsAsUnusedFromItsCreation()
{
    AppFilter unused;
    unused.unusedForDays = 5;
    // "newest", never used, was issued 10 days ago; "older" was used 2 days ago.
    const AppOverview whole = sampleApp();
    QVERIFY(!unused.matchesApartFromSearch(AppSummary::of(whole, Now), Now));
    QVERIFY(!unused.matches(whole, Now));
    const AppOverview neverUsed = AppOverview::of(whole.app, {key(u"new"_s, 10, 365, QString(64, u'a'))}, Now);
    QVERIFY(unused.matchesApartFromSearch(AppSummary::of(neverUsed, Now), Now));
    QVERIFY(unused.matches(neverUsed, Now));
    unused.unusedForDays = 11;
    QVERIFY(!unused.matches(neverUsed, Now));
    // Without a live key there is nothing unused.
    unused.unusedForDays = 1;
    QVERIFY(!unused.matches(AppOverview::of(whole.app, {key(u"gone"_s, 500, 365, QString(64, u'a'))}, Now), Now));
}

void AppSummaryTest::aFindingsLineBeginsWithItsAppsPrefix_data()
{
    QTest::addColumn<QString>("applicationId");
    QTest::addColumn<QByteArray>("prefix");
    QTest::newRow("a UUID") << u"5f0c1b2e-7d1a-4c3e-9b8f-2a6d4e1c0b9a"_s
                            << QByteArray("[\"5f0c1b2e-7d1a-4c3e-9b8f-2a6d4e1c0b9a\",");
    QTest::newRow("a quote and a backslash") << u"a\"b\\c"_s << QByteArray("[\"a\\\"b\\\\c\",");
    QTest::newRow("a control character") << u"a\tb"_s << QByteArray("[\"a\\tb\",");
    QTest::newRow("DEL and beyond ASCII") << u"\x7f\u00e9"_s << QByteArray("[\"\x7f\xc3\xa9\",");
    QTest::newRow("empty") << QString() << QByteArray("[\"\",");
}

/// The bytes a reader looks for are exactly the start of the app's lines, as Qt's JSON writer writes them.
void AppSummaryTest::aFindingsLineBeginsWithItsAppsPrefix()
{
    QFETCH(QString, applicationId);
    QFETCH(QByteArray, prefix);
    QCOMPARE(KeychainReport::findingLinePrefix(applicationId), prefix);
    KeychainReport::Finding finding;
    finding.applicationId = applicationId;
    QVERIFY(KeychainReport::findingLine(finding).startsWith(prefix));
}

void AppSummaryTest::aFindingsLineReadsBackAsItWasWritten_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("hint");
    QTest::newRow("ids, a hash, a hint with an ellipsis") << u"Front desk"_s << u"appkey_…oiTv"_s;
    QTest::newRow("beyond the BMP, bidi, DEL") << u"Café 🚀 \u202Eevil\x7f"_s << u"appsec_…s2mu"_s;
    QTest::newRow("U+FFFD and U+FFFF") << u"a\ufffdb\uffff"_s << u"appsec_…s2mu"_s;
    QTest::newRow("a quote and a backslash") << u"say \"hi\" \\o/"_s << u"appkey_…oiTv"_s;
    QTest::newRow("control characters") << u"a\tb\nc\x01"_s << u"appkey_…\roiTv"_s;
    QTest::newRow("empty texts") << QString() << QString();
}

/// Whatever the texts, a line reads back as the finding it was written from (most lines without a JSON document).
void AppSummaryTest::aFindingsLineReadsBackAsItWasWritten()
{
    QFETCH(QString, name);
    QFETCH(QString, hint);
    for (const KeychainReport::State state : {KeychainReport::State::Missing, KeychainReport::State::Different}) {
        KeychainReport::Finding written = finding(name, hint);
        written.state = state;
        const Result<KeychainReport::Finding> read =
            KeychainReport::findingFromLine(KeychainReport::findingLine(written));
        QVERIFY(read);
        QCOMPARE(read.value().state, state);
        QCOMPARE(read.value().applicationId, written.applicationId);
        QCOMPARE(read.value().applicationName, name);
        QCOMPARE(read.value().keyId, written.keyId);
        QCOMPARE(read.value().hint, hint);
        QCOMPARE(read.value().issuedBy, written.issuedBy);
        QCOMPARE(read.value().sha256, AbcSha256);
    }
}

void AppSummaryTest::aFindingsLineIsWhatQtsJsonWriterWrites_data()
{
    aFindingsLineReadsBackAsItWasWritten_data();
    QTest::newRow("lone surrogates") << u"a"_s + QChar(0xd800) + u"b"_s << QString(QChar(0xdc00));
    QTest::newRow("a terminal escape, zero-width, a formula") << u"\x1b[31m=cmd|' /C calc'!A0\u200b"_s << u"@SUM(1)"_s;
    QTest::newRow("100 KiB") << QString(100 * 1024, u'\u00e9') << QString(64, u'\x7f');
}

/// The report file a sweep writes is, byte for byte, what Qt's JSON writer writes for the same finding: the files of
/// earlier versions, and the prefixes readers look for, stay as they are.
void AppSummaryTest::aFindingsLineIsWhatQtsJsonWriterWrites()
{
    QFETCH(QString, name);
    QFETCH(QString, hint);
    for (const KeychainReport::State state : {KeychainReport::State::Missing, KeychainReport::State::Different}) {
        KeychainReport::Finding written = finding(name, hint);
        written.state = state;
        written.issuedBy = hint + name;
        const QJsonObject object{{u"state"_s, KeychainReport::storageString(state)},
                                 {u"application_id"_s, written.applicationId},
                                 {u"application_name"_s, written.applicationName},
                                 {u"key_id"_s, written.keyId},
                                 {u"hint"_s, written.hint},
                                 {u"issued_by"_s, written.issuedBy},
                                 {u"sha256"_s, written.sha256}};
        QCOMPARE(KeychainReport::findingLine(written),
                 QJsonDocument(QJsonArray{written.applicationId, object}).toJson(QJsonDocument::Compact));
    }
}

void AppSummaryTest::aLineNotAsWrittenIsReadAsJsonOrRefused_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("name"); // null when the line is refused
    QTest::newRow("as written") << sampleLineWith({}, {}) << u"Front desk"_s;
    QTest::newRow("spaces between members") << sampleLineWith(",\"", ", \"") << u"Front desk"_s;
    QTest::newRow("members in another order")
        << sampleLineWith("\"application_name\":\"Front desk\",", {}).replace("{", "{\"application_name\":\"Desk\",")
        << u"Desk"_s;
    QTest::newRow("an escaped letter") << sampleLineWith("Front", "\\u0046ront") << u"Front desk"_s;
    QTest::newRow("an escaped ellipsis in the hint") << sampleLineWith("\xe2\x80\xa6", "\\u2026") << u"Front desk"_s;
    QTest::newRow("bytes that are not UTF-8") << sampleLineWith("Front", "Fr\xffnt") << QString();
    QTest::newRow("an encoded surrogate") << sampleLineWith("Front", "Fr\xed\xa0\x80nt") << QString();
    // Qt's reader takes a control character as it is, as it did before the fast reading.
    QTest::newRow("a raw tab") << sampleLineWith("Front desk", "Front\tdesk") << u"Front\tdesk"_s;
    QTest::newRow("an unknown state") << sampleLineWith("different", "lost") << QString();
    QTest::newRow("an id unlike the object's") << sampleLineWith("[\"5f0c", "[\"6f0c") << QString();
    QTest::newRow("cut short") << sampleLineWith("}]", "}") << QString();
    QTest::newRow("a third element") << sampleLineWith("}]", "},1]") << QString();
    QTest::newRow("not JSON") << QByteArray("5f0c1b2e,Front desk,missing") << QString();
}

/// A line this version did not write as it is (another writer, a damaged file) is read as JSON reads it, or refused as
/// unreadable: the fast reading of the usual line never accepts what JSON would not.
void AppSummaryTest::aLineNotAsWrittenIsReadAsJsonOrRefused()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, name);
    const Result<KeychainReport::Finding> read = KeychainReport::findingFromLine(line);
    QCOMPARE(bool(read), !name.isNull());
    if (!read) {
        QCOMPARE(read.error().message, KeychainReport::unreadable().message);
        return;
    }
    QCOMPARE(read.value().applicationName, name);
    QCOMPARE(read.value().hint, u"appkey_…oiTv"_s);
    QCOMPARE(read.value().state, KeychainReport::State::Different);
}

QTEST_MAIN(AppSummaryTest)
#include "tst_app_summary.moc"
