#pragma once

#include <QDateTime>
#include <QJsonDocument>
#include <QTextStream>
#include <memory>

namespace AppKeys {

class Database;
class SecretStore;

/// What a command runs with: the open registry, the keychain, one "now" for every status it computes, and where to
/// write.
class CommandContext
{
public:
    /// Builds the keychain store, once for the command and the registry's connection.
    CommandContext(QDateTime now, bool json, QTextStream& out, QTextStream& err);

    /// The open registry; null for a command whose registryAccess() is None.
    const std::shared_ptr<Database>& database() const { return m_database; }
    void setDatabase(std::shared_ptr<Database> database) { m_database = std::move(database); }
    /// The keychain: a PostgreSQL registry's password, the webhook's signing secret.
    const std::shared_ptr<SecretStore>& secrets() const { return m_secrets; }
    QDateTime now() const { return m_now; }
    /// Whether --json asked for JSON instead of text.
    bool json() const { return m_json; }
    QTextStream& out() const { return m_out; }
    /// For what a command reports besides its result and its one Error (each alert that stayed pending, a prompt).
    QTextStream& err() const { return m_err; }

    void writeJson(const QJsonDocument& document) const;

private:
    std::shared_ptr<Database> m_database;
    std::shared_ptr<SecretStore> m_secrets;
    QDateTime m_now;
    bool m_json = false;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace AppKeys
