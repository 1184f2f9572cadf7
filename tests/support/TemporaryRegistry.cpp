#include "TemporaryRegistry.h"

namespace AppKeys {

TemporaryRegistry::TemporaryRegistry(std::shared_ptr<const Clock> clock, const QString& sqliteFolder)
    : m_place(TestRegistryLocation::Contents::Schema, sqliteFolder), m_clock(std::move(clock))
{
    if (!m_place.isValid()) {
        m_errorText = m_place.errorText();
        return;
    }
    Result<std::shared_ptr<Database>> opened = m_place.open();
    if (!opened) {
        m_errorText = opened.error().text();
        return;
    }
    m_database = std::move(opened).value();
    m_repository = std::make_shared<AppRepository>(m_database, m_clock);
    m_keys = std::make_shared<KeyRepository>(m_database, m_clock);
}

Result<std::shared_ptr<AppRepository>> TemporaryRegistry::openAnother(Database::AccessMode mode) const
{
    Result<std::shared_ptr<Database>> opened = m_place.open(mode);
    if (!opened)
        return opened.error();
    return std::make_shared<AppRepository>(std::move(opened).value(), m_clock);
}

void TemporaryRegistry::close()
{
    m_repository.reset();
    m_keys.reset();
    m_database.reset();
}

} // namespace AppKeys
