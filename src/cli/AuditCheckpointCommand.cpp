#include "AuditCheckpointCommand.h"

#include "AuditVerification.h"
#include "CommandContext.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace AppKeys {

QStringList AuditCheckpointCommand::words() const
{
    return {u"audit"_s, u"checkpoint"_s};
}

QString AuditCheckpointCommand::summary() const
{
    return tr("Verify the audit trail, then print its head as one line to keep elsewhere (a ticket, a commit) and "
              "check later with 'appkeys audit verify --against LINE'.");
}

Status AuditCheckpointCommand::configure(const ArgumentParser&, const QString&)
{
    return {};
}

Status AuditCheckpointCommand::execute(const CommandContext& context)
{
    // Only a trail that verifies gets a checkpoint: a line kept of a rewritten trail would vouch for it.
    const Result<AuditVerification::Report> verified =
        AuditVerification(context.database(), context.secrets()).runAndWait(std::nullopt);
    if (!verified)
        return verified.error();
    const AuditCheckpoint& head = verified.value().head;
    if (!context.json()) {
        context.out() << head.toLine() << u'\n';
        return {};
    }
    context.writeJson(QJsonDocument(QJsonObject{{u"checkpoint"_s, head.toLine()},
                                                {u"registry_id"_s, head.registryId},
                                                {u"sequence"_s, head.sequence},
                                                {u"hash"_s, head.hash},
                                                {u"seen_at"_s, head.seenAt.toString(Qt::ISODateWithMs)}}));
    return {};
}

} // namespace AppKeys
