#include "AuditChainVerifier.h"

namespace AppKeys {

std::optional<AuditChainVerifier::Break> AuditChainVerifier::add(const AuditEntry& entry)
{
    if (m_break)
        return m_break;
    if (entry.sequence != m_expectedSequence)
        m_break = Break{entry.sequence, tr("entry %1 follows entry %2: an entry is missing or was inserted")
                                            .arg(entry.sequence)
                                            .arg(m_expectedSequence - 1)};
    else if (entry.previousHash != m_previousHash)
        m_break =
            Break{entry.sequence, tr("entry %1 does not point to the hash of the entry before it").arg(entry.sequence)};
    else if (entry.computeHash() != entry.hash)
        m_break = Break{entry.sequence,
                        tr("entry %1 was changed after it was written: its content no longer matches its hash")
                            .arg(entry.sequence)};
    if (m_break)
        return m_break;
    m_previousHash = entry.hash;
    ++m_expectedSequence;
    ++m_verifiedCount;
    return std::nullopt;
}

bool AuditChainVerifier::addAsStored(const StoredAuditEntry& stored)
{
    if (m_break || stored.sequence != m_expectedSequence || stored.previousHash != m_previousHash ||
        stored.computeHash() != stored.hash)
        return false;
    m_previousHash = stored.hash;
    ++m_expectedSequence;
    ++m_verifiedCount;
    return true;
}

std::optional<AuditChainVerifier::Break> AuditChainVerifier::verify(const QList<AuditEntry>& entries)
{
    AuditChainVerifier verifier;
    for (const AuditEntry& entry : entries) {
        if (auto broken = verifier.add(entry))
            return broken;
    }
    return std::nullopt;
}

} // namespace AppKeys
