#include "TemporaryRegistry.h"

using namespace Qt::StringLiterals;

namespace AppKeys {

TemporaryRegistry::TemporaryRegistry(std::shared_ptr<const Clock> clock) : m_clock(std::move(clock))
{
    if (!m_folder.isValid()) {
        m_errorText = m_folder.errorString();
        return;
    }
    Result<std::shared_ptr<Database>> opened = Database::openSqlite(filePath());
    if (!opened) {
        m_errorText = opened.error().text();
        return;
    }
    m_database = std::move(opened).value();
    m_repository = std::make_shared<AppRepository>(m_database, m_clock);
}

QString TemporaryRegistry::filePath() const
{
    return m_folder.filePath(u"appkeys.sqlite"_s);
}

Result<std::shared_ptr<AppRepository>> TemporaryRegistry::openAnother(Database::AccessMode mode) const
{
    Result<std::shared_ptr<Database>> opened = Database::openSqlite(filePath(), mode);
    if (!opened)
        return opened.error();
    return std::make_shared<AppRepository>(std::move(opened).value(), m_clock);
}

void TemporaryRegistry::close()
{
    m_repository.reset();
    m_database.reset();
}

} // namespace AppKeys
