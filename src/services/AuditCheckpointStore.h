#pragma once

#include "AuditCheckpoint.h"
#include "Result.h"
#include "Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <functional>
#include <memory>

namespace AppKeys {

class SecretStore;

/// This machine's checkpoints of one registry's audit trail (PRODUCT.md section 6): the heads it saw, each line of
/// the file signed with an HMAC-SHA256 whose key is in the keychain (SecretEntryKeys::auditCheckpointKey), so that
/// whoever can write the file but not read the keychain cannot forge a checkpoint that matches a rewritten trail.
///
/// The checkpoints are kept in a file rather than in the keychain: one is added after every change this machine
/// makes, and a private file (0600 in a 0700 folder under QStandardPaths::AppDataLocation,
/// "audit-checkpoints/<registry id>") is written at once and without a round trip to the Secret Service; only the
/// key, read once per process, lives in the keychain. Older checkpoints are kept (thinned out beyond MaxKept), so
/// that `audit verify` can name the last entry that is still as this machine saw it.
class AuditCheckpointStore : public std::enable_shared_from_this<AuditCheckpointStore>
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::AuditCheckpointStore)

public:
    /// Beyond this many, every other one of the older half is dropped.
    static constexpr int MaxKept = 1024;

    /// Callbacks hold it weakly: make it with std::make_shared.
    AuditCheckpointStore(std::shared_ptr<SecretStore> secrets, QString registryId);

    static QString pathFor(const QString& registryId);

    /// Reads the HMAC key from the keychain, creating it the first time. `done` runs once; read() and record() work
    /// only after it reported success.
    void unlock(std::function<void(Status)> done);
    bool isUnlocked() const { return !m_key.isEmpty(); }

    /// Every checkpoint kept, oldest first (none for a registry this machine has not checkpointed yet). An Error when
    /// the file cannot be read, or one of its lines was altered, or was signed with another key.
    Result<QList<AuditCheckpoint>> read() const;
    /// Keeps `head` when it is newer than every checkpoint kept; an older or equal one changes nothing.
    Status record(const AuditCheckpoint& head);

private:
    QString path() const { return pathFor(m_registryId); }
    QByteArray signatureOf(const QString& line) const;
    Result<QList<AuditCheckpoint>> readUnlocked() const;
    Status write(const QList<AuditCheckpoint>& checkpoints) const;
    Error altered(int lineNumber) const;
    void keyRead(Result<QString> key, std::function<void(Status)> done);

    std::shared_ptr<SecretStore> m_secrets;
    QString m_registryId;
    QByteArray m_key;
    bool m_keyIsNew = false;
};

} // namespace AppKeys
