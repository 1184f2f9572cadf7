#include "TemporarySession.h"

#include "WindowDriver.h"

using namespace Qt::StringLiterals;

namespace AppKeys {

TemporarySession::TemporarySession(std::shared_ptr<SecretStore> secrets, std::shared_ptr<const Clock> clock)
{
    if (!m_folder.isValid()) {
        m_errorText = m_folder.errorString();
        return;
    }
    Result<RegistrySession> opened = WindowDriver::openSession(registryPath(), Database::AccessMode::ReadWrite,
                                                               std::move(secrets), std::move(clock));
    if (!opened) {
        m_errorText = opened.error().text();
        return;
    }
    m_session = std::move(opened).value();
}

QString TemporarySession::registryPath() const
{
    return filePath(u"appkeys.sqlite"_s);
}

QString TemporarySession::filePath(const QString& fileName) const
{
    return m_folder.filePath(fileName);
}

} // namespace AppKeys
