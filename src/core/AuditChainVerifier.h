#pragma once

#include "AuditEntry.h"
#include "StoredAuditEntry.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace AppKeys {

/// Checks that audit entries form an unbroken chain: consecutive sequence numbers, each entry's
/// previousHash equal to the hash before it, and each hash equal to what its content hashes to.
class AuditChainVerifier
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::AuditChainVerifier)

public:
    struct Break
    {
        qint64 sequence = 0; ///< the first entry that does not verify
        QString reason;      ///< translated, names what does not match
    };

    /// Feed entries in sequence order; returns the first break, if any, and then stops checking.
    std::optional<Break> add(const AuditEntry& entry);
    /// The quick way for an entry as stored, for a trail of any length: true, and the entry is verified, when it
    /// follows the one before and its columns as they are hash to its hash (StoredAuditEntry::canonicalJson). False,
    /// and nothing is changed, otherwise: the entry is then parsed and given to add(), which either verifies it (its
    /// columns hold what was written, in another form) or says what is wrong.
    bool addAsStored(const StoredAuditEntry& stored);
    std::optional<Break> firstBreak() const { return m_break; }
    qint64 verifiedCount() const { return m_verifiedCount; }

    static std::optional<Break> verify(const QList<AuditEntry>& entries);

private:
    QString m_previousHash = AuditEntry::genesisHash();
    qint64 m_expectedSequence = 1;
    qint64 m_verifiedCount = 0;
    std::optional<Break> m_break;
};

} // namespace AppKeys
