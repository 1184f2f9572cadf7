#include "AppRepository.h"
#include "AppenderProcesses.h"
#include "AuditLog.h"
#include "AuditTableCheck.h"
#include "CredentialFormat.h"
#include "Database.h"
#include "ErrorCode.h"
#include "ErrorText.h"
#include "FixedClock.h"
#include "RawSql.h"
#include "SampleApps.h"
#include "TemporaryRegistry.h"
#include "TestEngine.h"
#include "WriteTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

QStringList actionsOf(const QList<AuditEntry>& entries)
{
    QStringList actions;
    for (const AuditEntry& entry : entries)
        actions.append(entry.action);
    return actions;
}

QList<qint64> sequencesOf(const QList<AuditEntry>& entries)
{
    QList<qint64> sequences;
    for (const AuditEntry& entry : entries)
        sequences.append(entry.sequence);
    return sequences;
}

} // namespace

/// The hash-chained audit trail of PRODUCT.md section 6, as the repository writes it.
class AuditLogTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyActionIsRecordedInOrder();
    void detailsSayWhatChangedButNeverASecret();
    void aRefusedChangeLeavesNoEntry();
    void anAlteredTrailNamesTheFirstBrokenEntry_data();
    void anAlteredTrailNamesTheFirstBrokenEntry();
    void entriesStoredInAnotherFormStillVerify();
    void filtersByActionActorAppAndTime();
    void twoConnectionsKeepOneChain();
    void twoProcessesAppendingAtOnceKeepOneChain();
    void theTrailOutlivesTheApp();
    void readsTheEntriesThatChangeTablesASliceOfAppsAtATime();

private:
    /// Performs every audited action once, one minute apart, starting at the clock's time.
    void performEveryAction();
    QList<AuditEntry> allEntries() const;
    void tick();

    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<TemporaryRegistry> m_registry;
    std::unique_ptr<AuditLog> m_auditLog;
    AppRecord m_app;
    QStringList m_plaintexts; ///< every secret and key whose hash went into the registry
    KeyRecord m_firstKey;
    KeyRecord m_rotatedKey;
};

void AuditLogTest::initTestCase()
{
    if (const QString unavailable = TestEngine::unavailableReason(); !unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
    qInfo("Storage engine: %s", qPrintable(TestEngine::name()));
}

void AuditLogTest::init()
{
    m_clock = std::make_shared<FixedClock>();
    m_registry = std::make_unique<TemporaryRegistry>(m_clock);
    QVERIFY2(m_registry->isOpen(), qPrintable(m_registry->errorText()));
    m_auditLog = std::make_unique<AuditLog>(m_registry->database());
    m_plaintexts.clear();
}

void AuditLogTest::cleanup()
{
    m_auditLog.reset();
    m_registry.reset();
}

void AuditLogTest::tick()
{
    m_clock->setNowUtc(m_clock->nowUtc().addSecs(60));
}

QList<AuditEntry> AuditLogTest::allEntries() const
{
    const Result<QList<AuditEntry>> entries = m_auditLog->entries();
    return entries.ok() ? entries.value() : QList<AuditEntry>{};
}

void AuditLogTest::performEveryAction()
{
    AppRepository& repository = *m_registry->repository();
    KeyRepository& keys = *m_registry->keys();
    const auto check = [](const Status& status, const char* what) {
        if (!status)
            qFatal("%s failed: %s", what, qPrintable(status.error().text()));
    };
    const QString secret = CredentialFormat::generate(CredentialKind::Secret);
    m_app = SampleApps::record(u"Audited app"_s, m_clock->nowUtc());
    m_app.secretSha256 = CredentialFormat::sha256Hex(secret);
    m_app.secretHint = CredentialFormat::hint(secret);
    check(repository.insertApp(m_app), "insertApp");
    tick();

    AppDetails details = m_app.details;
    // Beyond ASCII and the BMP: the chain is hashed over UTF-8, which verify() reads from SQLite as bytes.
    details.name = u"Audited app, renamed ✓ 🔑"_s;
    check(repository.updateDetails(m_app.applicationId, 1, details), "updateDetails");
    tick();
    check(repository.updateScope(m_app.applicationId, 2,
                                 AppScope{AuthMethod::JwtGroups, {u"appointments.read"_s, u"guests.read"_s}}),
          "updateScope");
    tick();

    const QString firstKey = CredentialFormat::generate(CredentialKind::ApiKey);
    m_firstKey = SampleApps::key(m_app.applicationId, m_clock->nowUtc(), 365, firstKey);
    check(keys.insertKey(m_firstKey), "insertKey");
    tick();
    const QString rotatedKey = CredentialFormat::generate(CredentialKind::ApiKey);
    m_rotatedKey = SampleApps::key(m_app.applicationId, m_clock->nowUtc(), 365, rotatedKey);
    check(keys.rotateKey(m_app.applicationId, m_firstKey.keyId, m_clock->nowUtc().addDays(7), m_rotatedKey),
          "rotateKey");
    tick();
    check(keys.revokeKey(m_app.applicationId, m_firstKey.keyId), "revokeKey");
    tick();

    const QString newSecret = CredentialFormat::generate(CredentialKind::Secret);
    check(repository.replaceSecret(m_app.applicationId, CredentialFormat::sha256Hex(newSecret),
                                   CredentialFormat::hint(newSecret)),
          "replaceSecret");
    tick();
    check(repository.recordSecretRead(m_app.applicationId), "reveal secret");
    tick();
    check(keys.recordKeyRead(m_app.applicationId, m_rotatedKey.keyId), "reveal key");
    tick();
    check(repository.setActive(m_app.applicationId, false), "deactivate");
    tick();
    check(repository.setActive(m_app.applicationId, true), "reactivate");
    tick();
    check(repository.markDeleted(m_app.applicationId), "markDeleted");
    m_plaintexts = {secret, firstKey, rotatedKey, newSecret};
}

void AuditLogTest::everyActionIsRecordedInOrder()
{
    const QDateTime start = m_clock->nowUtc();
    performEveryAction();

    const QList<AuditEntry> entries = allEntries();
    QCOMPARE(actionsOf(entries),
             (QStringList{u"app.created"_s, u"app.details_edited"_s, u"app.scope_edited"_s, u"key.generated"_s,
                          u"key.rotated"_s, u"key.revoked"_s, u"secret.regenerated"_s, u"secret.revealed"_s,
                          u"key.revealed"_s, u"app.deactivated"_s, u"app.reactivated"_s, u"app.deleted"_s}));
    QCOMPARE(sequencesOf(entries), (QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}));
    QString previousHash = AuditEntry::genesisHash();
    for (qsizetype index = 0; index < entries.size(); ++index) {
        const AuditEntry& entry = entries.at(index);
        QCOMPARE(entry.timestamp, start.addSecs(60 * index));
        QCOMPARE(entry.actor, m_registry->database()->actor());
        QCOMPARE(entry.applicationId, m_app.applicationId);
        QCOMPARE(entry.previousHash, previousHash);
        QCOMPARE(entry.hash, entry.computeHash());
        previousHash = entry.hash;
    }
    const QStringList keyHints{entries.at(3).keyHint, entries.at(4).keyHint, entries.at(5).keyHint,
                               entries.at(8).keyHint};
    QCOMPARE(keyHints,
             (QStringList{m_firstKey.keyHint, m_rotatedKey.keyHint, m_firstKey.keyHint, m_rotatedKey.keyHint}));
    QCOMPARE(entries.at(0).keyHint, QString());

    const Result<std::optional<AuditChainVerifier::Break>> verified = m_auditLog->verify();
    QVERIFY2(verified.ok(), qPrintable(errorText(verified)));
    QVERIFY2(!verified.value().has_value(), qPrintable(verified.value() ? verified.value()->reason : QString()));
}

void AuditLogTest::detailsSayWhatChangedButNeverASecret()
{
    performEveryAction();
    const QList<AuditEntry> entries = allEntries();
    QCOMPARE(entries.size(), 12);

    const QJsonObject created = entries.at(0).details;
    QCOMPARE(created.value(u"name"_s).toString(), u"Audited app"_s);
    QCOMPARE(created.value(u"uri"_s).toString(), m_app.details.uri);
    QCOMPARE(created.value(u"login_user_type"_s).toString(), u"guest"_s);
    QCOMPARE(created.value(u"source_app"_s).toString(), u"external_webstore"_s);
    QCOMPARE(created.value(u"auth_method"_s).toString(), u"apikey_groups"_s);
    QCOMPARE(created.value(u"permissions"_s).toArray(), QJsonArray::fromStringList(m_app.scope.permissionIds));
    QCOMPARE(created.value(u"post_login_redirect_urls"_s).toArray(),
             QJsonArray::fromStringList(m_app.details.postLoginRedirectUrls));
    QVERIFY(!created.contains(u"secret_sha256"_s));

    const QJsonObject renamed = entries.at(1).details.value(u"changes"_s).toObject();
    QCOMPARE(renamed.keys(), QStringList{u"name"_s});
    QCOMPARE(renamed.value(u"name"_s).toObject(),
             (QJsonObject{{u"from"_s, u"Audited app"_s}, {u"to"_s, u"Audited app, renamed ✓ 🔑"_s}}));

    const QJsonObject scope = entries.at(2).details;
    QCOMPARE(scope.value(u"auth_method"_s).toObject(),
             (QJsonObject{{u"from"_s, u"apikey_groups"_s}, {u"to"_s, u"jwt_groups"_s}}));
    QCOMPARE(scope.value(u"added"_s).toArray(), QJsonArray{u"guests.read"_s});
    QCOMPARE(scope.value(u"removed"_s).toArray(), QJsonArray{u"appointments.write"_s});

    QCOMPARE(entries.at(3).details.value(u"key_id"_s).toString(), m_firstKey.keyId);
    const QJsonObject rotated = entries.at(4).details;
    QCOMPARE(rotated.value(u"old_key_hint"_s).toString(), m_firstKey.keyHint);
    QCOMPARE(rotated.value(u"old_key_expires_at"_s).toString(), u"2025-03-08T10:04:00.000Z"_s);
    QCOMPARE(rotated.value(u"expires_at"_s).toString(), u"2026-03-01T10:04:00.000Z"_s);
    QCOMPARE(entries.at(6).details.value(u"old_secret_hint"_s).toString(), m_app.secretHint);
    QCOMPARE(entries.at(11).details.value(u"name"_s).toString(), u"Audited app, renamed ✓ 🔑"_s);

    // Not the token, not its random part, not even its hash: hints are all an entry may show.
    QCOMPARE(m_plaintexts.size(), 4);
    QByteArray everything;
    for (const AuditEntry& entry : entries)
        everything += entry.canonicalJson() + entry.keyHint.toUtf8();
    for (const QString& plaintext : m_plaintexts) {
        for (const QString& part :
             {plaintext, plaintext.mid(CredentialFormat::PrefixLength), CredentialFormat::sha256Hex(plaintext)})
            QVERIFY2(!everything.contains(part.toUtf8()), qPrintable(part.left(10)));
    }
    QVERIFY(everything.contains(CredentialFormat::hint(m_plaintexts.at(1)).toUtf8()));
}

void AuditLogTest::aRefusedChangeLeavesNoEntry()
{
    AppRepository& repository = *m_registry->repository();
    KeyRepository& keys = *m_registry->keys();
    const AppRecord app = SampleApps::record(u"Refused"_s, m_clock->nowUtc());
    QVERIFY(repository.insertApp(app).ok());
    const KeyRecord key = SampleApps::key(app.applicationId, m_clock->nowUtc());
    QVERIFY(keys.insertKey(key).ok());
    QVERIFY(keys.insertKey(SampleApps::key(app.applicationId, m_clock->nowUtc())).ok());

    QVERIFY(!keys.insertKey(SampleApps::key(app.applicationId, m_clock->nowUtc())).ok());
    QVERIFY(!repository.updateDetails(app.applicationId, 7, SampleApps::details(u"Stale"_s)).ok());
    QVERIFY(!repository.insertApp(SampleApps::record(u"REFUSED"_s, m_clock->nowUtc())).ok());
    QVERIFY(keys.revokeKey(app.applicationId, key.keyId).ok());
    QVERIFY(!keys.revokeKey(app.applicationId, key.keyId).ok());

    QCOMPARE(actionsOf(allEntries()),
             (QStringList{u"app.created"_s, u"key.generated"_s, u"key.generated"_s, u"key.revoked"_s}));
    QVERIFY(!m_auditLog->verify().value().has_value());
}

void AuditLogTest::anAlteredTrailNamesTheFirstBrokenEntry_data()
{
    QTest::addColumn<QString>("tampering");
    QTest::addColumn<qint64>("brokenSequence");
    QTest::addColumn<QString>("expectedReasonPart");

    QTest::newRow("details rewritten") << u"UPDATE audit_log SET details = '{\"changes\":{}}' WHERE sequence = 3"_s
                                       << qint64(3) << u"changed after it was written"_s;
    QTest::newRow("details no longer JSON")
        << u"UPDATE audit_log SET details = 'nothing' WHERE sequence = 3"_s << qint64(3) << u"not JSON"_s;
    QTest::newRow("actor replaced") << u"UPDATE audit_log SET actor = 'someone@else' WHERE sequence = 3"_s << qint64(3)
                                    << u"changed after it was written"_s;
    QTest::newRow("entry removed") << u"DELETE FROM audit_log WHERE sequence = 3"_s << qint64(4) << u"missing"_s;
    QTest::newRow("hash replaced") << u"UPDATE audit_log SET hash = '%1' WHERE sequence = 3"_s.arg(QString(64, u'f'))
                                   << qint64(3) << u"changed after it was written"_s;
}

void AuditLogTest::anAlteredTrailNamesTheFirstBrokenEntry()
{
    QFETCH(QString, tampering);
    QFETCH(qint64, brokenSequence);
    QFETCH(QString, expectedReasonPart);
    performEveryAction();
    QVERIFY(!m_auditLog->verify().value().has_value());

    QVERIFY(m_registry->place().executeOutsideAppKeys(tampering));

    const Result<std::optional<AuditChainVerifier::Break>> verified = m_auditLog->verify();
    QVERIFY2(verified.ok(), qPrintable(errorText(verified)));
    QVERIFY(verified.value().has_value());
    QCOMPARE(verified.value()->sequence, brokenSequence);
    QVERIFY2(verified.value()->reason.contains(QString::number(brokenSequence)), qPrintable(verified.value()->reason));
    QVERIFY2(verified.value()->reason.contains(expectedReasonPart), qPrintable(verified.value()->reason));
}

void AuditLogTest::entriesStoredInAnotherFormStillVerify()
{
    performEveryAction();
    // The same details and times in another form (spaces around the JSON, a time without milliseconds): the entries
    // no longer hash as stored, and are parsed; their content is what was hashed, and so they verify.
    QVERIFY(m_registry->place().executeOutsideAppKeys(
        u"UPDATE audit_log SET details = ' ' || details || ' ' WHERE sequence IN (2, 5)"_s));
    QVERIFY(m_registry->place().executeOutsideAppKeys(
        u"UPDATE audit_log SET timestamp = replace(timestamp, '.000Z', 'Z') WHERE sequence = 7"_s));
    QVERIFY(RawSql::scalar(*m_registry->database(), u"SELECT timestamp FROM audit_log WHERE sequence = 7"_s)
                .toString()
                .endsWith(u":00Z"_s));
    QList<qint64> taken;
    const Result<std::optional<AuditChainVerifier::Break>> verified =
        m_auditLog->verify([&taken](qint64 sequence, const QString&) { taken.append(sequence); });
    QVERIFY2(verified.ok(), qPrintable(errorText(verified)));
    QVERIFY2(!verified.value().has_value(), qPrintable(verified.value() ? verified.value()->reason : QString()));
    QCOMPARE(taken, (QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}));

    // Altered in that form too, the entry is still found.
    QVERIFY(
        m_registry->place().executeOutsideAppKeys(u"UPDATE audit_log SET actor = 'someone@else' WHERE sequence = 5"_s));
    const Result<std::optional<AuditChainVerifier::Break>> altered = m_auditLog->verify();
    QVERIFY(altered.ok() && altered.value().has_value());
    QCOMPARE(altered.value()->sequence, qint64(5));
}

void AuditLogTest::filtersByActionActorAppAndTime()
{
    const QDateTime start = m_clock->nowUtc();
    QCOMPARE(m_auditLog->extent().value().count, 0);
    QCOMPARE(m_auditLog->extent().value().lastSequence, 0);
    performEveryAction();
    // An entry by another actor about another app, appended as the repository does, inside a transaction.
    tick();
    QSqlDatabase db = m_registry->database()->connection();
    const QString otherApp = u"11111111-1111-4111-8111-111111111111"_s;
    QVERIFY(WriteTransaction::run(db, [&] {
                return AuditLog::appendInTransaction(db, u"support@desk"_s, m_clock->nowUtc(),
                                                     AuditAction::SecretRevealed, otherApp, {}, {});
            }).ok());

    const auto sequencesFor = [this](const AuditFilter& filter) {
        const Result<QList<AuditEntry>> entries = m_auditLog->entries(filter);
        return entries.ok() ? sequencesOf(entries.value()) : QList<qint64>{-1};
    };
    QCOMPARE(sequencesFor({}).size(), 13);
    QCOMPARE(sequencesFor(AuditFilter{AuditAction::SecretRevealed, {}, {}, {}, {}, {}, {}}), (QList<qint64>{8, 13}));
    QCOMPARE(sequencesFor(AuditFilter{AuditAction::KeyRotated, {}, {}, {}, {}, {}, {}}), QList<qint64>{5});
    QCOMPARE(sequencesFor(AuditFilter{std::nullopt, u"support@desk"_s, {}, {}, {}, {}, {}}), QList<qint64>{13});
    QCOMPARE(sequencesFor(AuditFilter{std::nullopt, m_registry->database()->actor(), {}, {}, {}, {}, {}}).size(), 12);
    QCOMPARE(sequencesFor(AuditFilter{std::nullopt, {}, otherApp, {}, {}, {}, {}}), QList<qint64>{13});
    QCOMPARE(sequencesFor(AuditFilter{std::nullopt, {}, m_app.applicationId, {}, {}, {}, {}}).size(), 12);
    // From is inclusive, until exclusive: minutes 2, 3 and 4 after the start.
    QCOMPARE(sequencesFor(AuditFilter{std::nullopt, {}, {}, start.addSecs(120), start.addSecs(300), {}, {}}),
             (QList<qint64>{3, 4, 5}));
    QCOMPARE(
        sequencesFor(AuditFilter{AuditAction::KeyRevoked, {}, m_app.applicationId, start, start.addSecs(300), {}, {}}),
        QList<qint64>{});
    // Sequence bounds, both exclusive, combine with the rest.
    QCOMPARE(sequencesFor(AuditFilter{std::nullopt, {}, m_app.applicationId, {}, {}, 3, 7}), (QList<qint64>{4, 5, 6}));
    QVERIFY(!m_auditLog->verify().value().has_value());

    // What the audit trail window reads: pages in either order, their count, the last sequence and the actors.
    const auto pageOf = [this](const AuditFilter& filter, Qt::SortOrder order, qint64 offset, int limit) {
        const Result<QList<AuditEntry>> page = m_auditLog->page(filter, order, offset, limit);
        return page.ok() ? sequencesOf(page.value()) : QList<qint64>{-1};
    };
    QCOMPARE(pageOf({}, Qt::DescendingOrder, 0, 3), (QList<qint64>{13, 12, 11}));
    QCOMPARE(pageOf({}, Qt::DescendingOrder, 11, 5), (QList<qint64>{2, 1}));
    QCOMPARE(pageOf({}, Qt::AscendingOrder, 2, 3), (QList<qint64>{3, 4, 5}));
    QCOMPARE(pageOf({}, Qt::AscendingOrder, 13, 3), QList<qint64>{});
    const AuditFilter throughTen{std::nullopt, {}, m_app.applicationId, {}, {}, 1, 11};
    QCOMPARE(pageOf(throughTen, Qt::DescendingOrder, 1, 4), (QList<qint64>{9, 8, 7, 6}));
    QCOMPARE(m_auditLog->extent().value().count, 13);
    QCOMPARE(m_auditLog->extent().value().lastSequence, 13);
    QCOMPARE(m_auditLog->extent(throughTen).value().count, 9);
    QCOMPARE(m_auditLog->extent(throughTen).value().lastSequence, 10);
    const AuditLog::Extent support =
        m_auditLog->extent(AuditFilter{std::nullopt, u"support@desk"_s, {}, {}, {}, {}, {}}).value();
    QCOMPARE(support.count, 1);
    QCOMPARE(support.lastSequence, 13);
    // Only what names apps, and only the columns that do: app.created (1) and app.details_edited (2) after entry 1.
    QList<AuditEntry> naming;
    QVERIFY(m_auditLog
                ->forEachDetailsOf({AuditAction::AppCreated, AuditAction::DetailsEdited}, 1,
                                   [&naming](const AuditEntry& entry) {
                                       naming.append(entry);
                                       return Status();
                                   })
                .ok());
    QCOMPARE(sequencesOf(naming), QList<qint64>{2});
    QCOMPARE(naming.first().action, u"app.details_edited"_s);
    QCOMPARE(naming.first().applicationId, m_app.applicationId);
    QVERIFY(naming.first().details.contains(u"changes"_s));
    QVERIFY(naming.first().actor.isEmpty() && naming.first().hash.isEmpty());
    QStringList actors = m_auditLog->actors().value();
    QStringList expectedActors{m_registry->database()->actor(), u"support@desk"_s};
    actors.sort();
    expectedActors.sort();
    QCOMPARE(actors, expectedActors);
    QCOMPARE(m_auditLog->actors(AuditFilter{std::nullopt, {}, {}, {}, {}, 12, {}}).value(),
             QStringList{u"support@desk"_s});
    QCOMPARE(m_auditLog->actors(AuditFilter{std::nullopt, {}, {}, {}, {}, 13, {}}).value(), QStringList{});
}

void AuditLogTest::twoConnectionsKeepOneChain()
{
    const Result<std::shared_ptr<AppRepository>> otherWindow = m_registry->openAnother();
    QVERIFY2(otherWindow.ok(), qPrintable(errorText(otherWindow)));
    const std::array<AppRepository*, 2> windows{m_registry->repository().get(), otherWindow.value().get()};
    for (int index = 0; index < 6; ++index) {
        const Status inserted =
            windows.at(index % 2)->insertApp(SampleApps::record(u"App %1"_s.arg(index), m_clock->nowUtc()));
        QVERIFY2(inserted.ok(), qPrintable(errorText(inserted)));
    }

    QCOMPARE(sequencesOf(allEntries()), (QList<qint64>{1, 2, 3, 4, 5, 6}));
    const Result<std::optional<AuditChainVerifier::Break>> verified =
        AuditLog(otherWindow.value()->database()).verify();
    QVERIFY(verified.ok());
    QVERIFY(!verified.value().has_value());
}

void AuditLogTest::twoProcessesAppendingAtOnceKeepOneChain()
{
    constexpr int EntriesPerProcess = 500;
    const AppRecord app = SampleApps::record(u"Busy"_s, m_clock->nowUtc());
    QVERIFY(m_registry->repository()->insertApp(app).ok());

    const QStringList arguments{u"reveal"_s, m_registry->location(), app.applicationId,
                                QString::number(EntriesPerProcess)};
    AppenderProcesses::runTogether({arguments, arguments}, EntriesPerProcess);
    if (QTest::currentTestFailed())
        return;

    const QList<AuditEntry> entries = allEntries();
    QCOMPARE(entries.size(), 1 + 2 * EntriesPerProcess);
    const QList<qint64> sequences = sequencesOf(entries);
    for (qsizetype index = 0; index < sequences.size(); ++index)
        QCOMPARE(sequences.at(index), index + 1);
    QCOMPARE(RawSql::scalar(*m_registry->database(), u"SELECT COUNT(DISTINCT previous_hash) FROM audit_log"_s).toInt(),
             entries.size());
    const Result<std::optional<AuditChainVerifier::Break>> verified = m_auditLog->verify();
    QVERIFY2(verified.ok(), qPrintable(errorText(verified)));
    QVERIFY2(!verified.value().has_value(), qPrintable(verified.value() ? verified.value()->reason : QString()));
}

void AuditLogTest::theTrailOutlivesTheApp()
{
    performEveryAction();
    QCOMPARE(m_registry->repository()->listApps().value().size(), 0);

    const Result<QList<AuditEntry>> history =
        m_auditLog->entries(AuditFilter{std::nullopt, {}, m_app.applicationId, {}, {}, {}, {}});
    QVERIFY(history.ok());
    QCOMPARE(history.value().size(), 12);
    QCOMPARE(history.value().constLast().action, u"app.deleted"_s);
}

void AuditLogTest::readsTheEntriesThatChangeTablesASliceOfAppsAtATime()
{
    performEveryAction();
    QSqlDatabase db = m_registry->database()->connection();
    // An app id that sorts before the one above and one after it, each with a change and a read.
    const QString before = u"00000000-0000-4000-8000-000000000000"_s;
    const QString after = u"ffffffff-ffff-4fff-bfff-ffffffffffff"_s;
    for (const QString& applicationId : {after, before}) {
        QVERIFY(WriteTransaction::run(db, [&] {
                    return AuditLog::appendInTransaction(db, u"support@desk"_s, m_clock->nowUtc(),
                                                         AuditAction::AppDeleted, applicationId, {}, {});
                }).ok());
        QVERIFY(WriteTransaction::run(db, [&] {
                    return AuditLog::appendInTransaction(db, u"support@desk"_s, m_clock->nowUtc(),
                                                         AuditAction::SecretRevealed, applicationId, {}, {});
                }).ok());
    }
    const auto read = [this](const AppIdRange& range) {
        QList<AuditEntry> entries;
        const Status status = m_auditLog->forEachEntryOfApps(range, AuditTableCheck::replayedActions(),
                                                             [&entries](const AuditEntry& entry) {
                                                                 entries.append(entry);
                                                                 return Status();
                                                             });
        if (!status)
            qFatal("%s", qPrintable(status.error().text()));
        return entries;
    };

    // By app id, then in sequence order; no reads (secret.revealed, key.revealed).
    const QList<AuditEntry> every = read({});
    QCOMPARE(sequencesOf(every), (QList<qint64>{15, 1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 13}));
    QCOMPARE(actionsOf(every).mid(1, 10),
             (QStringList{u"app.created"_s, u"app.details_edited"_s, u"app.scope_edited"_s, u"key.generated"_s,
                          u"key.rotated"_s, u"key.revoked"_s, u"secret.regenerated"_s, u"app.deactivated"_s,
                          u"app.reactivated"_s, u"app.deleted"_s}));
    // Slices that start where the last ended: each entry once.
    QCOMPARE(sequencesOf(read({std::nullopt, before})), (QList<qint64>{15}));
    QCOMPARE(sequencesOf(read({before, m_app.applicationId})), (QList<qint64>{1, 2, 3, 4, 5, 6, 7, 10, 11, 12}));
    QCOMPARE(sequencesOf(read({m_app.applicationId, std::nullopt})), (QList<qint64>{13}));
    QCOMPARE(sequencesOf(read({after, std::nullopt})), QList<qint64>{});
}

QTEST_GUILESS_MAIN(AuditLogTest)
#include "tst_audit_log.moc"
