#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace AppKeys {

/// An audit entry's columns as the database holds them, before they are parsed into an AuditEntry: the timestamp as
/// ISO-8601 text, the details as compact JSON text. `audit verify` hashes an entry this way first, and parses only an
/// entry whose hash does not match so (AuditChainVerifier::addAsStored).
struct StoredAuditEntry
{
    qint64 sequence = 0;
    QString timestamp;
    QString actor;
    QString action;
    QString applicationId;
    QString keyHint;
    QString details;
    QString previousHash;
    QString hash;

    /// AuditEntry::canonicalJson() written from the columns as they are: the same bytes for an entry that holds what
    /// AuditLog wrote. nullopt when a text column holds a character JSON would escape (or that is written otherwise
    /// than as itself), for which only QJsonDocument's writing is the definition. With no quote or backslash in any
    /// text column, each column's bytes sit between fixed separators: two entries whose columns differ never give the
    /// same bytes, and so a match with the hash proves that every column holds what was hashed when it was written.
    std::optional<QByteArray> canonicalJson() const;
    /// SHA-256 (hex) over previousHash followed by canonicalJson(), as AuditEntry::computeHash(); nullopt with it.
    std::optional<QString> computeHash() const;
};

} // namespace AppKeys
