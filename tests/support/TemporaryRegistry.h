#pragma once

#include "AppRepository.h"
#include "Database.h"
#include "SystemClock.h"

#include <QTemporaryDir>
#include <memory>

namespace AppKeys {

/// A fresh SQLite registry (appkeys.sqlite) in its own temporary folder, removed with this object.
///
///     TemporaryRegistry registry;
///     QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
///     registry.repository()->insertApp(...);
class TemporaryRegistry
{
public:
    /// The repository stamps its audit entries and counts live keys with `clock`.
    explicit TemporaryRegistry(std::shared_ptr<const Clock> clock = std::make_shared<SystemClock>());

    bool isOpen() const { return m_database != nullptr; }
    /// Why the registry did not open; empty when it did.
    QString errorText() const { return m_errorText; }

    QString filePath() const;
    std::shared_ptr<Database> database() const { return m_database; }
    std::shared_ptr<AppRepository> repository() const { return m_repository; }

    /// Releases this object's connection, for example to reopen the file with Database::openSqlite().
    void close();
    /// A repository on a connection of its own to the same file, as a second window or a support user would have;
    /// it shares this registry's clock.
    Result<std::shared_ptr<AppRepository>>
    openAnother(Database::AccessMode mode = Database::AccessMode::ReadWrite) const;

private:
    QTemporaryDir m_folder;
    std::shared_ptr<Database> m_database;
    std::shared_ptr<AppRepository> m_repository;
    std::shared_ptr<const Clock> m_clock;
    QString m_errorText;
};

} // namespace AppKeys
