#include "AuditChainVerifier.h"

#include <QTest>

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
    void intactChainVerifies();
    void alteredDetailsBreakAtThatEntry();
    void alteredHashBreaksTheNextLink();
    void missingEntryIsNamed();
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

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_audit_chain.moc"
