#pragma once

#include "AuditEntry.h"

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
