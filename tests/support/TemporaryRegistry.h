#pragma once

#include "AppRepository.h"
#include "Database.h"
#include "KeyRepository.h"
#include "SystemClock.h"
#include "TestRegistryLocation.h"

#include <memory>

namespace AppKeys {

/// A fresh registry on the engine under test (TestEngine: an appkeys.sqlite file in its own temporary folder unless
/// the storage tests run on PostgreSQL, then a fresh database), removed with this object.
///
///     TemporaryRegistry registry;
///     QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
///     registry.repository()->insertApp(...);
class TemporaryRegistry
{
public:
    /// The repositories stamp their audit entries and count live keys with `clock`. With `sqliteFolder`, an SQLite
    /// registry inside that folder whatever the engine under test (see TestRegistryLocation).
    explicit TemporaryRegistry(std::shared_ptr<const Clock> clock = std::make_shared<SystemClock>(),
                               const QString& sqliteFolder = {});

    bool isOpen() const { return m_database != nullptr; }
    /// Why the registry did not open; empty when it did.
    QString errorText() const { return m_errorText; }

    /// The SQLite file; empty on PostgreSQL.
    QString filePath() const { return m_place.filePath(); }
    /// What Database::open() takes: the file path, or the postgresql:// URL.
    QString location() const { return m_place.location(); }
    /// Where the registry is, to reopen it as someone else or to look at it past AppKeys.
    const TestRegistryLocation& place() const { return m_place; }
    std::shared_ptr<Database> database() const { return m_database; }
    std::shared_ptr<AppRepository> repository() const { return m_repository; }
    std::shared_ptr<KeyRepository> keys() const { return m_keys; }

    /// Releases this object's connection, for example to reopen the registry with place().open().
    void close();
    /// A repository on a connection of its own to the same registry, as a second window or a support user would
    /// have; it shares this registry's clock.
    Result<std::shared_ptr<AppRepository>>
    openAnother(Database::AccessMode mode = Database::AccessMode::ReadWrite) const;

private:
    TestRegistryLocation m_place;
    std::shared_ptr<Database> m_database;
    std::shared_ptr<AppRepository> m_repository;
    std::shared_ptr<KeyRepository> m_keys;
    std::shared_ptr<const Clock> m_clock;
    QString m_errorText;
};

} // namespace AppKeys
