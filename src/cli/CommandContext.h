#pragma once

#include <QDateTime>
#include <QJsonDocument>
#include <QTextStream>
#include <memory>

namespace AppKeys {

class Database;

/// What a command runs with: the open registry, one "now" for every status it computes, and where to write.
class CommandContext
{
public:
    CommandContext(std::shared_ptr<Database> database, QDateTime now, bool json, QTextStream& out, QTextStream& err);

    const std::shared_ptr<Database>& database() const { return m_database; }
    QDateTime now() const { return m_now; }
    /// Whether --json asked for JSON instead of text.
    bool json() const { return m_json; }
    QTextStream& out() const { return m_out; }
    /// For what a command reports besides its result and its one Error (each alert that stayed pending).
    QTextStream& err() const { return m_err; }

    void writeJson(const QJsonDocument& document) const;

private:
    std::shared_ptr<Database> m_database;
    QDateTime m_now;
    bool m_json = false;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace AppKeys
