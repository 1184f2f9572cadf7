#include "AuditTableCheck.h"

#include "AppChanges.h"
#include "AuditAction.h"
#include "CredentialFormat.h"
#include "ErrorCode.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

const QString SecretFingerprintKey = u"secret_fingerprint"_s;
const QString SecretHintKey = u"secret_hint"_s;
const QString KeyFingerprintKey = u"key_fingerprint"_s;

/// A secret or key as the entry that issued it recorded it: a fingerprint from schema version 4 on, a hint before.
struct Issued
{
    qint64 sequence = 0;
    QString fingerprint;
    QString hint;
};

struct ExpectedApp
{
    qint64 createdBy = 0;
    QJsonObject fields; ///< as AppChanges::created() words them
    /// The entries that changed a field after app.created, which set every field: only the edited ones are kept, as
    /// a million entries are replayed in memory.
    QHash<QString, qint64> fieldSetBy;
    bool active = true;
    qint64 activeSetBy = 0;
    qint64 deletedBy = 0; ///< 0 while not deleted
    Issued secret;
};

struct ExpectedKey
{
    QString applicationId;
    Issued issued;
    QDateTime expiresAt;
    qint64 expirySetBy = 0;
    qint64 revokedBy = 0; ///< 0 while not revoked
};

QDateTime timeOf(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QJsonArray sortedUnion(const QJsonArray& current, const QJsonArray& added, const QJsonArray& removed)
{
    QStringList permissions;
    for (const QJsonValue& value : current) {
        if (!removed.contains(value))
            permissions.append(value.toString());
    }
    for (const QJsonValue& value : added) {
        if (!permissions.contains(value.toString()))
            permissions.append(value.toString());
    }
    permissions.sort();
    return QJsonArray::fromStringList(permissions);
}

/// The tables as the trail says they should be, entry by entry.
class Replay
{
public:
    void apply(const AuditEntry& entry)
    {
        const std::optional<AuditAction> action = auditActionFromStorageString(entry.action);
        if (!action)
            return;
        if (*action == AuditAction::AppCreated)
            return created(entry);
        if (*action == AuditAction::KeyGenerated || *action == AuditAction::KeyRotated)
            return issuedKey(entry, *action == AuditAction::KeyRotated);
        if (*action == AuditAction::KeyRevoked) {
            if (ExpectedKey* key = findKey(entry.details.value(u"key_id"_s).toString()))
                key->revokedBy = entry.sequence;
            return;
        }
        if (ExpectedApp* app = findApp(entry.applicationId))
            changed(*app, *action, entry);
    }

    QList<QString> appIds; ///< in the order the trail created them
    QHash<QString, ExpectedApp> apps;
    QList<QString> keyIds;
    QHash<QString, ExpectedKey> keys;

private:
    ExpectedApp* findApp(const QString& id) { return apps.contains(id) ? &apps[id] : nullptr; }
    ExpectedKey* findKey(const QString& id) { return keys.contains(id) ? &keys[id] : nullptr; }

    void created(const AuditEntry& entry)
    {
        ExpectedApp app;
        app.createdBy = entry.sequence;
        app.activeSetBy = entry.sequence;
        app.fields = entry.details;
        app.fields.remove(SecretFingerprintKey);
        app.fields.remove(SecretHintKey);
        app.secret = Issued{entry.sequence, entry.details.value(SecretFingerprintKey).toString(),
                            entry.details.value(SecretHintKey).toString()};
        if (!apps.contains(entry.applicationId))
            appIds.append(entry.applicationId);
        apps.insert(entry.applicationId, app);
    }

    void issuedKey(const AuditEntry& entry, bool rotated)
    {
        const QString keyId = entry.details.value(u"key_id"_s).toString();
        if (!keys.contains(keyId))
            keyIds.append(keyId);
        keys.insert(
            keyId, ExpectedKey{entry.applicationId,
                               Issued{entry.sequence, entry.details.value(KeyFingerprintKey).toString(), entry.keyHint},
                               timeOf(entry.details.value(u"expires_at"_s)), entry.sequence, 0});
        if (ExpectedKey* old = rotated ? findKey(entry.details.value(u"old_key_id"_s).toString()) : nullptr) {
            old->expiresAt = timeOf(entry.details.value(u"old_key_expires_at"_s));
            old->expirySetBy = entry.sequence;
        }
    }

    void changed(ExpectedApp& app, AuditAction action, const AuditEntry& entry)
    {
        switch (action) {
        case AuditAction::DetailsEdited:
            return setFields(app, entry.details.value(u"changes"_s).toObject(), entry.sequence);
        case AuditAction::ScopeEdited:
            return changeScope(app, entry);
        case AuditAction::AppDeactivated:
        case AuditAction::AppReactivated:
            app.active = action == AuditAction::AppReactivated;
            app.activeSetBy = entry.sequence;
            return;
        case AuditAction::AppDeleted:
            app.deletedBy = entry.sequence;
            return;
        case AuditAction::SecretRegenerated:
            app.secret = Issued{entry.sequence, entry.details.value(SecretFingerprintKey).toString(),
                                entry.details.value(SecretHintKey).toString()};
            return;
        default:
            return; // reads and keychain housekeeping change no table (not in replayedActions())
        }
    }

    static void setFields(ExpectedApp& app, const QJsonObject& changes, qint64 sequence)
    {
        for (auto change = changes.begin(); change != changes.end(); ++change) {
            app.fields.insert(change.key(), change.value().toObject().value(u"to"_s));
            app.fieldSetBy.insert(change.key(), sequence);
        }
    }

    static void changeScope(ExpectedApp& app, const AuditEntry& entry)
    {
        if (entry.details.contains(u"auth_method"_s))
            setFields(app, QJsonObject{{u"auth_method"_s, entry.details.value(u"auth_method"_s)}}, entry.sequence);
        app.fields.insert(u"permissions"_s, sortedUnion(app.fields.value(u"permissions"_s).toArray(),
                                                        entry.details.value(u"added"_s).toArray(),
                                                        entry.details.value(u"removed"_s).toArray()));
        app.fieldSetBy.insert(u"permissions"_s, entry.sequence);
    }
};

QString appName(const AppRecord* app, const ExpectedApp* expected)
{
    if (app)
        return app->details.name;
    return expected ? expected->fields.value(u"name"_s).toString() : QString();
}

/// Whether the credential in the tables is the one `issued` recorded: by fingerprint where both are there, else by
/// hint; an entry that recorded neither (app.created before schema version 4) vouches for any.
bool isIssuedCredential(const Issued& issued, const QString& storedSha256, const QString& storedHint,
                        bool hashesReadable)
{
    if (hashesReadable && !issued.fingerprint.isEmpty())
        return CredentialFormat::fingerprint(storedSha256) == issued.fingerprint;
    return issued.hint.isEmpty() || issued.hint == storedHint;
}

class Comparer
{
public:
    Comparer(const Replay& replay, const RegistryContents& contents) : m_replay(replay), m_contents(contents)
    {
        for (const AppRecord& app : contents.apps)
            m_appRows.insert(app.applicationId, &app);
        for (const KeyRecord& key : contents.keys)
            m_keyRows.insert(key.keyId, &key);
    }

    void compareApp(const AppRecord& app)
    {
        const auto found = m_replay.apps.constFind(app.applicationId);
        if (found == m_replay.apps.cend())
            return unissuedApp(app);
        ++checkedApps;
        const ExpectedApp& expected = found.value();
        const QString name = app.details.name;
        if (app.deleted && expected.deletedBy == 0)
            add(0, app.applicationId, {},
                AuditTableCheck::tr("The app “%1” is marked deleted in the registry, but no entry of the audit trail "
                                    "deleted it.")
                    .arg(name));
        if (!app.deleted && expected.deletedBy != 0)
            add(expected.deletedBy, app.applicationId, {},
                AuditTableCheck::tr("Entry %1 deleted the app “%2”, but it is not deleted in the registry.")
                    .arg(expected.deletedBy)
                    .arg(name));
        if (app.active != expected.active)
            add(expected.activeSetBy, app.applicationId, {},
                (app.active
                     ? AuditTableCheck::tr("The app “%1” is active in the registry, but entry %2 deactivated it.")
                     : AuditTableCheck::tr("The app “%1” is deactivated in the registry, but entry %2 left it "
                                           "active."))
                    .arg(name)
                    .arg(expected.activeSetBy));
        compareFields(app, expected);
        if (!isIssuedCredential(expected.secret, app.secretSha256, app.secretHint, m_contents.hashesReadable))
            add(expected.secret.sequence, app.applicationId, {},
                AuditTableCheck::tr("The secret of the app “%1” in the registry is not the one entry %2 issued.")
                    .arg(name)
                    .arg(expected.secret.sequence));
    }

    void compareKey(const KeyRecord& key)
    {
        const auto found = m_replay.keys.constFind(key.keyId);
        const QString name = appName(appRow(key.applicationId), nullptr);
        if (found == m_replay.keys.cend())
            return unissuedKey(key, name);
        ++checkedKeys;
        const ExpectedKey& expected = found.value();
        if (expected.applicationId != key.applicationId ||
            !isIssuedCredential(expected.issued, key.keySha256, key.keyHint, m_contents.hashesReadable))
            add(expected.issued.sequence, key.applicationId, key.keyId,
                AuditTableCheck::tr("The API key %1 of the app “%2” in the registry is not the one entry %3 issued.")
                    .arg(key.keyHint, name)
                    .arg(expected.issued.sequence));
        compareRevocation(key, expected, name);
        if (expected.expiresAt.isValid() && key.expiresAt != expected.expiresAt)
            add(expected.expirySetBy, key.applicationId, key.keyId,
                AuditTableCheck::tr("The API key %1 of the app “%2” expires at %3 in the registry, but entry %4 "
                                    "recorded %5.")
                    .arg(key.keyHint, name, key.expiresAt.toString(Qt::ISODateWithMs))
                    .arg(expected.expirySetBy)
                    .arg(expected.expiresAt.toString(Qt::ISODateWithMs)));
    }

    /// Entries that created an app or issued a key the tables do not have.
    void findMissingRows()
    {
        for (const QString& id : m_replay.appIds) {
            if (appRow(id))
                continue;
            const ExpectedApp expected = m_replay.apps.value(id);
            add(expected.createdBy, id, {},
                AuditTableCheck::tr("Entry %1 created the app “%2” (%3), but the registry has no such app.")
                    .arg(expected.createdBy)
                    .arg(appName(nullptr, &expected), id));
        }
        for (const QString& id : m_replay.keyIds) {
            if (keyRow(id))
                continue;
            const ExpectedKey expected = m_replay.keys.value(id);
            add(expected.issued.sequence, expected.applicationId, id,
                AuditTableCheck::tr("Entry %1 issued the API key %2 of the app “%3”, but the registry has no such "
                                    "key.")
                    .arg(expected.issued.sequence)
                    .arg(expected.issued.hint,
                         appName(appRow(expected.applicationId), expectedApp(expected.applicationId))));
        }
    }

    QList<AuditTableCheck::Finding> findings;
    int checkedApps = 0;
    int checkedKeys = 0;
    int predatingRows = 0;

private:
    void add(qint64 sequence, const QString& applicationId, const QString& keyId, const QString& text)
    {
        findings.append(AuditTableCheck::Finding{sequence, applicationId, keyId, text});
    }

    bool predatesTheTrail(const QDateTime& createdAt) const
    {
        return m_contents.trailStartedAt.isValid() && createdAt < m_contents.trailStartedAt;
    }

    void unissuedApp(const AppRecord& app)
    {
        if (predatesTheTrail(app.createdAt)) {
            ++predatingRows;
            return;
        }
        add(0, app.applicationId, {},
            AuditTableCheck::tr("The app “%1” (%2) is in the registry, but no entry of the audit trail created it.")
                .arg(app.details.name, app.applicationId));
    }

    void unissuedKey(const KeyRecord& key, const QString& name)
    {
        if (predatesTheTrail(key.createdAt)) {
            ++predatingRows;
            return;
        }
        add(0, key.applicationId, key.keyId,
            AuditTableCheck::tr("The API key %1 of the app “%2” is in the registry, but no entry of the audit trail "
                                "issued it.")
                .arg(key.keyHint, name));
    }

    void compareFields(const AppRecord& app, const ExpectedApp& expected)
    {
        AppChanges::forEachCreatedField(app, [&](const QString& key, const QJsonValue& stored) {
            const auto recorded = expected.fields.constFind(key);
            if (recorded == expected.fields.constEnd() || *recorded == stored)
                return;
            const qint64 setBy = expected.fieldSetBy.value(key, expected.createdBy);
            add(setBy, app.applicationId, {},
                AuditTableCheck::tr("The field “%1” of the app “%2” in the registry is not what entry %3 recorded.")
                    .arg(key, app.details.name)
                    .arg(setBy));
        });
    }

    void compareRevocation(const KeyRecord& key, const ExpectedKey& expected, const QString& name)
    {
        const bool revoked = key.revokedAt.isValid();
        if (revoked && expected.revokedBy == 0)
            add(0, key.applicationId, key.keyId,
                AuditTableCheck::tr("The API key %1 of the app “%2” is revoked in the registry, but no entry of the "
                                    "audit trail revoked it.")
                    .arg(key.keyHint, name));
        if (!revoked && expected.revokedBy != 0)
            add(expected.revokedBy, key.applicationId, key.keyId,
                AuditTableCheck::tr("Entry %1 revoked the API key %2 of the app “%3”, but it is not revoked in the "
                                    "registry.")
                    .arg(expected.revokedBy)
                    .arg(key.keyHint, name));
    }

    const AppRecord* appRow(const QString& id) const { return m_appRows.value(id); }
    const ExpectedApp* expectedApp(const QString& id) const
    {
        const auto found = m_replay.apps.constFind(id);
        return found == m_replay.apps.cend() ? nullptr : &found.value();
    }
    const KeyRecord* keyRow(const QString& id) const { return m_keyRows.value(id); }

    const Replay& m_replay;
    const RegistryContents& m_contents;
    QHash<QString, const AppRecord*> m_appRows;
    QHash<QString, const KeyRecord*> m_keyRows;
};

} // namespace

QList<AuditAction> AuditTableCheck::replayedActions()
{
    return {AuditAction::AppCreated,        AuditAction::DetailsEdited,  AuditAction::ScopeEdited,
            AuditAction::AppDeactivated,    AuditAction::AppReactivated, AuditAction::AppDeleted,
            AuditAction::SecretRegenerated, AuditAction::KeyGenerated,   AuditAction::KeyRotated,
            AuditAction::KeyRevoked};
}

struct AuditTableCheck::Replayer::State
{
    Replay replay;
};

AuditTableCheck::Replayer::Replayer() : m_state(std::make_unique<State>()) {}

AuditTableCheck::Replayer::~Replayer() = default;

void AuditTableCheck::Replayer::add(const AuditEntry& entry)
{
    m_state->replay.apply(entry);
}

AuditTableCheck AuditTableCheck::Replayer::compare(const RegistryContents& contents) const
{
    const Replay& replay = m_state->replay;
    Comparer comparer(replay, contents);
    for (const AppRecord& app : contents.apps)
        comparer.compareApp(app);
    for (const KeyRecord& key : contents.keys)
        comparer.compareKey(key);
    comparer.findMissingRows();

    AuditTableCheck check;
    check.m_findings = std::move(comparer.findings);
    check.m_checkedApps = comparer.checkedApps;
    check.m_checkedKeys = comparer.checkedKeys;
    check.m_predatingRows = comparer.predatingRows;
    check.m_comparedHashes = contents.hashesReadable;
    return check;
}

void AuditTableCheck::add(const AuditTableCheck& slice)
{
    m_findings.append(slice.m_findings);
    m_checkedApps += slice.m_checkedApps;
    m_checkedKeys += slice.m_checkedKeys;
    m_predatingRows += slice.m_predatingRows;
    m_comparedHashes = m_comparedHashes && slice.m_comparedHashes;
}

Error AuditTableCheck::error() const
{
    QStringList lines;
    for (const Finding& finding : m_findings)
        lines.append(finding.text);
    return Error{
        tr("The registry's tables do not match the audit trail: %n problem(s).", nullptr, int(m_findings.size())),
        lines.join(u'\n'), ErrorCode::AuditTrailMismatch};
}

} // namespace AppKeys
