#include "CommandContext.h"

#include "Database.h"

namespace AppKeys {

CommandContext::CommandContext(std::shared_ptr<Database> database, QDateTime now, bool json, QTextStream& out,
                               QTextStream& err)
    : m_database(std::move(database)), m_now(std::move(now)), m_json(json), m_out(out), m_err(err)
{
}

void CommandContext::writeJson(const QJsonDocument& document) const
{
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

} // namespace AppKeys
