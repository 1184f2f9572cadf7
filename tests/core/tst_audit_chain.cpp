#include "AuditChainVerifier.h"

#include <QJsonArray>
#include <QTest>

#include <limits>

using namespace AppKeys;
using namespace Qt::StringLiterals;

namespace {
QList<AuditEntry> makeChain(int length)
{
    QList<AuditEntry> entries;
    QString previous = AuditEntry::genesisHash();
    for (int i = 1; i <= length; ++i) {
        AuditEntry entry;
        entry.sequence = i;
        entry.timestamp = QDateTime(QDate(2026, 11, 27), QTime(12, 0, 0, i), Qt::UTC);
        entry.actor = u"admin@host"_s;
        entry.action = u"app.created"_s;
        entry.applicationId = u"6f1c1a0e-3f5e-4d7e-9a43-0c2f5f4b1e%1"_s.arg(i, 2, 10, QChar(u'0'));
        entry.details = QJsonObject{{u"name"_s, u"App %1"_s.arg(i)}};
        entry.previousHash = previous;
        entry.hash = entry.computeHash();
        previous = entry.hash;
        entries.append(entry);
    }
    return entries;
}
} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT

private slots:
    void canonicalJsonIsStable();
    void canonicalJsonIsWhatQJsonDocumentWrites_data();
    void canonicalJsonIsWhatQJsonDocumentWrites();
    void intactChainVerifies();
    void alteredDetailsBreakAtThatEntry();
    void alteredHashBreaksTheNextLink();
    void missingEntryIsNamed();
    void knownHashesOfFixedEntries();
    void aBrokenPreviousHashLinkAloneIsNamed_data();
    void aBrokenPreviousHashLinkAloneIsNamed();
    void anEntryAsStoredHashesWithoutParsing();
    void anEntryStoredInAnotherFormIsLeftToTheParsedCheck_data();
    void anEntryStoredInAnotherFormIsLeftToTheParsedCheck();
};

void TestAuditChain::canonicalJsonIsStable()
{
    const AuditEntry entry = makeChain(1).first();
    QCOMPARE(entry.canonicalJson(),
             QByteArray(R"({"action":"app.created","actor":"admin@host","application_id":)"
                        R"("6f1c1a0e-3f5e-4d7e-9a43-0c2f5f4b1e01","details":{"name":"App 1"},"key_hint":"",)"
                        R"("sequence":1,"timestamp":"2026-11-27T12:00:00.001Z"})"));
    QCOMPARE(entry.hash.size(), 64);
    QCOMPARE(entry.previousHash, QString(64, u'0'));
}

void TestAuditChain::canonicalJsonIsWhatQJsonDocumentWrites_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("keyHint");
    QTest::addColumn<qint64>("sequence");
    QTest::addColumn<QDateTime>("timestamp");
    QTest::addColumn<QJsonObject>("details");
    const QDateTime time(QDate(2026, 3, 1), QTime(9, 30, 0, 123), Qt::UTC);
    const QJsonObject details{
        {u"name"_s, u"Café \"Ünïcödé\" \\ ✓ 🎉"_s}, {u"n"_s, 1.5}, {u"list"_s, QJsonArray{1, u"a"_s}}};
    QTest::newRow("plain") << u"admin@desk"_s << u"appkey_…x7Qz"_s << qint64(7) << time << details;
    QTest::newRow("null hint") << u"admin@desk"_s << QString() << qint64(1) << time << QJsonObject();
    QTest::newRow("no-break space and CJK") << u"a\u00a0b 日本"_s << u""_s << qint64(2) << time << details;
    QTest::newRow("quote") << u"a\"b"_s << u""_s << qint64(3) << time << details;
    QTest::newRow("backslash") << u"a\\b"_s << u""_s << qint64(3) << time << details;
    QTest::newRow("controls") << u"a\u0001\t\n\u001b[2J"_s << u""_s << qint64(4) << time << details;
    QTest::newRow("DEL and C1") << u"a\u007f\u0085"_s << u""_s << qint64(5) << time << details;
    QTest::newRow("line separator") << u"a\u2028b"_s << u""_s << qint64(5) << time << details;
    QTest::newRow("emoji") << u"a🎉"_s << u""_s << qint64(6) << time << details;
    QTest::newRow("lone surrogate") << QString(QChar(0xd800)) << u""_s << qint64(6) << time << details;
    QTest::newRow("private use") << u"\ue000\uffff"_s << u""_s << qint64(6) << time << details;
    QTest::newRow("large sequence") << u"x"_s << u""_s << std::numeric_limits<qint64>::max() << time << details;
    QTest::newRow("negative sequence") << u"x"_s << u""_s << qint64(-12) << time << details;
    QTest::newRow("no time") << u"x"_s << u""_s << qint64(8) << QDateTime() << details;
}

/// The canonical form is written without a QJsonObject where the text allows; it must stay byte for byte what
/// QJsonDocument writes, or every stored hash would stop verifying.
void TestAuditChain::canonicalJsonIsWhatQJsonDocumentWrites()
{
    QFETCH(QString, actor);
    QFETCH(QString, keyHint);
    QFETCH(qint64, sequence);
    QFETCH(QDateTime, timestamp);
    QFETCH(QJsonObject, details);
    AuditEntry entry;
    entry.sequence = sequence;
    entry.timestamp = timestamp;
    entry.actor = actor;
    entry.action = u"key.generated"_s;
    entry.applicationId = u"6f1c1a0e-3f5e-4d7e-9a43-0c2f5f4b1e01"_s;
    entry.keyHint = keyHint;
    entry.details = details;
    QCOMPARE(entry.canonicalJson(), entry.canonicalJsonByQt(timestamp.toUTC().toString(Qt::ISODateWithMs)));
}

void TestAuditChain::intactChainVerifies()
{
    QVERIFY(!AuditChainVerifier::verify(makeChain(50)).has_value());
    QVERIFY(!AuditChainVerifier::verify({}).has_value());
}

void TestAuditChain::alteredDetailsBreakAtThatEntry()
{
    QList<AuditEntry> entries = makeChain(10);
    entries[6].details[u"name"_s] = u"Renamed"_s;
    const auto broken = AuditChainVerifier::verify(entries);
    QVERIFY(broken.has_value());
    QCOMPARE(broken->sequence, 7);
    QVERIFY(broken->reason.contains(u"changed"_s));
}

void TestAuditChain::alteredHashBreaksTheNextLink()
{
    QList<AuditEntry> entries = makeChain(10);
    entries[3].hash = QString(64, u'f');
    const auto broken = AuditChainVerifier::verify(entries);
    QVERIFY(broken.has_value());
    QCOMPARE(broken->sequence, 4);
}

void TestAuditChain::missingEntryIsNamed()
{
    QList<AuditEntry> entries = makeChain(10);
    entries.removeAt(4);
    const auto broken = AuditChainVerifier::verify(entries);
    QVERIFY(broken.has_value());
    QCOMPARE(broken->sequence, 6);
    QVERIFY(broken->reason.contains(u"missing"_s));
}

void TestAuditChain::knownHashesOfFixedEntries()
{
    // Expected values computed apart from Qt, with Python:
    //   canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    //   hash = hashlib.sha256(previous_hash.encode("ascii") + canonical).hexdigest()
    AuditEntry created;
    created.sequence = 1;
    created.timestamp = QDateTime(QDate(2026, 3, 1), QTime(9, 30, 0, 123), Qt::UTC);
    created.actor = u"admin@booking-desk"_s;
    created.action = u"app.created"_s;
    created.applicationId = u"6f1c1a0e-3f5e-4d7e-9a43-0c2f5f4b1e01"_s;
    created.details =
        QJsonObject{{u"uri"_s, u"https://café.example.com/book?a=1&b=2"_s}, {u"name"_s, u"Café \"Central\" <b>"_s}};
    created.previousHash = AuditEntry::genesisHash();
    // The escaped quotes are in an ordinary string literal: moc misreads \" inside a raw one.
    QCOMPARE(created.canonicalJson(),
             QByteArray(R"({"action":"app.created","actor":"admin@booking-desk",)"
                        R"("application_id":"6f1c1a0e-3f5e-4d7e-9a43-0c2f5f4b1e01",)"
                        "\"details\":{\"name\":\"Café \\\"Central\\\" <b>\","
                        R"("uri":"https://café.example.com/book?a=1&b=2"},)"
                        R"("key_hint":"","sequence":1,"timestamp":"2026-03-01T09:30:00.123Z"})"));
    QCOMPARE(created.computeHash(), u"2992ea89fa14897744eb71e737467a6669c3af3e99747148ffa765118d211703"_s);

    AuditEntry generated;
    generated.sequence = 2;
    generated.timestamp = QDateTime(QDate(2026, 3, 1), QTime(9, 31), Qt::UTC);
    generated.actor = u"admin@booking-desk"_s;
    generated.action = u"key.generated"_s;
    generated.applicationId = created.applicationId;
    generated.keyHint = u"appkey_…x7Qz"_s;
    generated.details = QJsonObject{{u"lifetime_days"_s, 365}, {u"expires_at"_s, u"2027-03-01T09:31:00.000Z"_s}};
    generated.previousHash = created.computeHash();
    QCOMPARE(generated.computeHash(), u"638b9906ff1b38791986eff041692d9e667b140552ba1f0966ffc780a33f3dea"_s);
}

void TestAuditChain::aBrokenPreviousHashLinkAloneIsNamed_data()
{
    QTest::addColumn<int>("brokenIndex");
    QTest::addColumn<QString>("wrongPreviousHash");

    const QList<AuditEntry> chain = makeChain(10);
    QTest::newRow("points two back") << 5 << chain.at(3).hash;
    QTest::newRow("points to itself") << 5 << chain.at(5).hash;
    QTest::newRow("first entry not on the genesis hash") << 0 << QString(64, u'1');
    QTest::newRow("a later entry on the genesis hash") << 9 << AuditEntry::genesisHash();
}

void TestAuditChain::aBrokenPreviousHashLinkAloneIsNamed()
{
    QFETCH(int, brokenIndex);
    QFETCH(QString, wrongPreviousHash);
    // Every entry's hash matches its own content, and every link but one is right: only following the links finds
    // the break, as when someone rewrites one entry and rehashes everything after it.
    QList<AuditEntry> entries = makeChain(10);
    entries[brokenIndex].previousHash = wrongPreviousHash;
    for (qsizetype i = brokenIndex; i < entries.size(); ++i) {
        if (i > brokenIndex)
            entries[i].previousHash = entries.at(i - 1).hash;
        entries[i].hash = entries.at(i).computeHash();
    }
    for (const AuditEntry& entry : std::as_const(entries))
        QCOMPARE(entry.computeHash(), entry.hash);

    const auto broken = AuditChainVerifier::verify(entries);
    QVERIFY(broken.has_value());
    const qint64 sequence = brokenIndex + 1;
    QCOMPARE(broken->sequence, sequence);
    QCOMPARE(broken->reason, u"entry %1 does not point to the hash of the entry before it"_s.arg(sequence));

    AuditChainVerifier verifier;
    for (const AuditEntry& entry : std::as_const(entries))
        verifier.add(entry);
    QCOMPARE(verifier.verifiedCount(), qint64(brokenIndex));
}

namespace {

/// The fixed entries of knownHashesOfFixedEntries as AuditLog stores them: the time as text, the details as compact
/// JSON text.
QList<StoredAuditEntry> storedFixedEntries()
{
    const QString applicationId = u"6f1c1a0e-3f5e-4d7e-9a43-0c2f5f4b1e01"_s;
    const StoredAuditEntry created{
        1,
        u"2026-03-01T09:30:00.123Z"_s,
        u"admin@booking-desk"_s,
        u"app.created"_s,
        applicationId,
        {},
        u"{\"name\":\"Café \\\"Central\\\" <b>\",\"uri\":\"https://café.example.com/book?a=1&b=2\"}"_s,
        AuditEntry::genesisHash(),
        u"2992ea89fa14897744eb71e737467a6669c3af3e99747148ffa765118d211703"_s};
    const StoredAuditEntry generated{2,
                                     u"2026-03-01T09:31:00.000Z"_s,
                                     u"admin@booking-desk"_s,
                                     u"key.generated"_s,
                                     applicationId,
                                     u"appkey_…x7Qz"_s,
                                     u"{\"expires_at\":\"2027-03-01T09:31:00.000Z\",\"lifetime_days\":365}"_s,
                                     created.hash,
                                     u"638b9906ff1b38791986eff041692d9e667b140552ba1f0966ffc780a33f3dea"_s};
    return {created, generated};
}

} // namespace

void TestAuditChain::anEntryAsStoredHashesWithoutParsing()
{
    AuditChainVerifier verifier;
    for (const StoredAuditEntry& stored : storedFixedEntries()) {
        QCOMPARE(stored.computeHash(), std::optional(stored.hash));
        QVERIFY(verifier.addAsStored(stored));
    }
    QCOMPARE(verifier.verifiedCount(), qint64(2));
    QVERIFY(!verifier.firstBreak());
}

void TestAuditChain::anEntryStoredInAnotherFormIsLeftToTheParsedCheck_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("text");
    // The same content in another form: as PostgreSQL's jsonb writes it, or an ISO time without milliseconds.
    QTest::newRow("details with spaces") << u"details"_s
                                         << u"{\"expires_at\": \"2027-03-01T09:31:00.000Z\", "
                                            "\"lifetime_days\": 365}"_s;
    QTest::newRow("time without milliseconds") << u"timestamp"_s << u"2026-03-01T09:31:00Z"_s;
    // A text a JSON writer escapes: its hash is only QJsonDocument's to say.
    QTest::newRow("actor with a quote") << u"actor"_s << u"admin\"@desk"_s;
    // The key hint moved into the details, so that the bytes around the boundary read alike: never the same bytes.
    QTest::newRow("hint moved into the details")
        << u"details"_s
        << u"{\"expires_at\":\"2027-03-01T09:31:00.000Z\",\"lifetime_days\":365},\"key_hint\":\"appkey_…x7Qz\""_s;
}

void TestAuditChain::anEntryStoredInAnotherFormIsLeftToTheParsedCheck()
{
    QFETCH(QString, column);
    QFETCH(QString, text);
    const QList<StoredAuditEntry> fixed = storedFixedEntries();
    StoredAuditEntry other = fixed.at(1);
    if (column == u"details"_s)
        other.details = text;
    else if (column == u"timestamp"_s)
        other.timestamp = text;
    else
        other.actor = text;
    if (column == u"details"_s && text.endsWith(u"x7Qz\""_s))
        other.keyHint.clear();

    AuditChainVerifier verifier;
    QVERIFY(verifier.addAsStored(fixed.at(0)));
    QVERIFY(!verifier.addAsStored(other));
    // Nothing changed: the parsed entry is what add() then checks.
    QCOMPARE(verifier.verifiedCount(), qint64(1));
    QVERIFY(!verifier.firstBreak());
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_audit_chain.moc"
