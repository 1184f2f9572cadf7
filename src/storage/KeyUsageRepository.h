#pragma once

#include "KeyUsage.h"
#include "Result.h"
#include "Status.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <memory>

namespace AppKeys {

class Database;

/// The table key_usage: when the verification service last accepted each key, and how often (PRODUCT.md section 10).
/// Written by the service in batches, outside the registry's write lock and audit trail
/// (WriteTransaction::Scope::Usage): a key being used is not a change to the registry, and on PostgreSQL the service's
/// role may write this table only.
class KeyUsageRepository
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::KeyUsageRepository)

public:
    explicit KeyUsageRepository(std::shared_ptr<Database> database);

    /// Adds a batch of usage, each by its keySha256, in one transaction, one row written per key: its count is added to
    /// use_count, and last_used_at moves forward only, as several services may record the same key in any order. A key
    /// the registry does not have (any more) is left out.
    Status record(const QList<KeyUsage>& batch);
    /// Every key's usage, by key id.
    Result<QHash<QString, KeyUsage>> all() const;
    /// The usage of one app's keys, by key id.
    Result<QHash<QString, KeyUsage>> forApp(const QString& applicationId) const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace AppKeys
