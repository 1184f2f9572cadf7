#include "AuditVerifyCommand.h"

#include "AuditLog.h"
#include "CommandContext.h"

using namespace Qt::StringLiterals;

namespace AppKeys {

QStringList AuditVerifyCommand::words() const
{
    return {u"audit"_s, u"verify"_s};
}

QString AuditVerifyCommand::summary() const
{
    return tr("Check the audit trail's hash chain; a broken chain names its first broken entry and exits with 1.");
}

Status AuditVerifyCommand::configure(const ArgumentParser&, const QString&)
{
    return {};
}

Status AuditVerifyCommand::execute(const CommandContext& context)
{
    const AuditLog log(context.database());
    const Result<std::optional<AuditChainVerifier::Break>> verified = log.verify();
    if (!verified)
        return verified.error();
    if (const std::optional<AuditChainVerifier::Break>& broken = verified.value())
        return Error{tr("Audit trail broken at entry %1: %2").arg(broken->sequence).arg(broken->reason),
                     tr("Entries from there on cannot be trusted; compare them with an earlier export or backup.")};
    const Result<QList<AuditEntry>> entries = log.entries();
    if (!entries)
        return entries.error();
    const int count = static_cast<int>(entries.value().size());
    if (context.json())
        context.writeJson(QJsonDocument(QJsonObject{{u"verified"_s, true}, {u"entries"_s, count}}));
    else
        context.out() << tr("Audit trail verified: %n entries.", nullptr, count) << u'\n';
    return {};
}

} // namespace AppKeys
