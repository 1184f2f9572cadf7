#pragma once

#include "AppRecord.h"
#include "KeyRecord.h"
#include "Result.h"
#include "Status.h"

#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace AppKeys {

class Database;

/// Reads what the verification service's in-memory index holds (PRODUCT.md section 10): row by row, so that the
/// rows of 200,000 keys are never held all at once beside the index, and what changed since it last looked.
class KeyIndexReader
{
public:
    /// The apps that changed after an audit sequence, and the newest sequence there is.
    struct Changes
    {
        QStringList applicationIds;
        qint64 latestSequence = 0;
    };

    explicit KeyIndexReader(std::shared_ptr<Database> database);

    /// The sequence of the newest audit entry (0 when there is none). Every change to an app or its keys appends
    /// an entry about that app in the same transaction, so the audit trail says what changed since a sequence.
    Result<qint64> latestSequence() const;
    /// The apps that the audit entries after `sequence` are about, each once.
    Result<Changes> changesSince(qint64 sequence) const;
    /// Every live app with its id, name, state and permissions; its other fields stay empty.
    Status forEachApp(const std::function<void(const AppRecord&)>& visit) const;
    /// Every key of every live app, revoked and expired ones included, with its id, app, hash and times.
    Status forEachKey(const std::function<void(const KeyRecord&)>& visit) const;
    /// The key whose SHA-256 is `sha256Hex`, as forEachKey gives it, whatever its app's state; nullopt when there is
    /// none.
    Result<std::optional<KeyRecord>> keyWithHash(const QString& sha256Hex) const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace AppKeys
