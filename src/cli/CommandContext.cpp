#include "CommandContext.h"

#include "Database.h"
#include "KeychainSecretStore.h"

namespace AppKeys {

CommandContext::CommandContext(QDateTime now, bool json, QTextStream& out, QTextStream& err)
    : m_secrets(KeychainSecretStore::configured()), m_now(std::move(now)), m_json(json), m_out(out), m_err(err)
{
}

void CommandContext::writeJson(const QJsonDocument& document) const
{
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

} // namespace AppKeys
