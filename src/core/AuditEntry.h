#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace AppKeys {

/// One link of the append-only audit trail (PRODUCT.md section 6).
struct AuditEntry
{
    qint64 sequence = 0;
    QDateTime timestamp; ///< UTC, millisecond precision
    QString actor;       ///< user@host on SQLite, the database role on PostgreSQL
    QString action;      ///< one of AuditAction's names, e.g. "app.created"
    QString applicationId;
    QString keyHint;     ///< never a whole key: prefix + "…" + last 4
    QJsonObject details; ///< field changes; never a secret
    QString previousHash;
    QString hash;

    /// The entry's content without its hashes, as compact JSON with sorted keys: what the hash covers.
    QByteArray canonicalJson() const;
    /// The same, built as a QJsonObject and written by QJsonDocument: the definition of the form, used for text
    /// canonicalJson() does not write itself. `time` is the timestamp as ISO 8601 with milliseconds.
    QByteArray canonicalJsonByQt(const QString& time) const;
    /// SHA-256 (hex) over the previous entry's hash followed by canonicalJson().
    QString computeHash() const;

    /// The previousHash of the first entry.
    static QString genesisHash();
};

} // namespace AppKeys
