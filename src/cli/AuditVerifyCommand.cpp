#include "AuditVerifyCommand.h"

#include "ArgumentParser.h"
#include "AuditCheckpointComparison.h"
#include "CommandContext.h"
#include "TerminalProgress.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

const QString AgainstOption = u"against"_s;

QJsonValue checkpointJson(const std::optional<AuditCheckpoint>& checkpoint)
{
    if (!checkpoint)
        return QJsonValue::Null;
    return QJsonObject{{u"sequence"_s, checkpoint->sequence},
                       {u"hash"_s, checkpoint->hash},
                       {u"seen_at"_s, checkpoint->seenAt.toString(Qt::ISODateWithMs)}};
}

} // namespace

QStringList AuditVerifyCommand::words() const
{
    return {u"audit"_s, u"verify"_s};
}

QString AuditVerifyCommand::summary() const
{
    return tr("Check the audit trail: its hash chain, this machine's checkpoints of it, and the tables against it; a "
              "problem is named and exits with 1.");
}

QList<CommandOption> AuditVerifyCommand::options() const
{
    return {{AgainstOption, u"LINE"_s,
             tr("also check the trail against a checkpoint line that 'appkeys audit checkpoint' printed")}};
}

Status AuditVerifyCommand::configure(const ArgumentParser& arguments, const QString&)
{
    m_against.reset();
    if (!arguments.isSet(AgainstOption))
        return {};
    const Result<AuditCheckpoint> line = AuditCheckpoint::fromLine(arguments.value(AgainstOption));
    if (!line)
        return line.error();
    m_against = line.value();
    return {};
}

Status AuditVerifyCommand::execute(const CommandContext& context)
{
    const Result<AuditVerification::Report> verified = verifyShowingProgress(context);
    if (!verified)
        return verified.error();
    if (context.json())
        writeJson(context, verified.value());
    else
        writeText(context, verified.value());
    return {};
}

Result<AuditVerification::Report> AuditVerifyCommand::verifyShowingProgress(const CommandContext& context) const
{
    // Erased (at the end of this scope) before the result is written.
    TerminalProgress progress(context.err(), tr("Checking the audit trail: %1 of %2 entries"));
    return AuditVerification(context.database(), context.secrets())
        .runAndWait(m_against, [&progress](AuditVerification::Stage stage, qint64 checked, qint64 total) {
            if (stage == AuditVerification::Stage::Tables)
                progress.setText(tr("Comparing the tables with the audit trail: %1 of %2 apps"));
            progress.update(checked, total);
        });
}

void AuditVerifyCommand::writeText(const CommandContext& context, const AuditVerification::Report& report)
{
    QTextStream& out = context.out();
    out << tr("Audit trail verified: %n entries.", nullptr, int(report.entryCount)) << u'\n';
    if (const std::optional<AuditCheckpoint>& seen = report.confirmedCheckpoint)
        out << tr("It still holds entry %1 as this machine saw it on %2.")
                   .arg(seen->sequence)
                   .arg(AuditCheckpointComparison::dateText(seen->seenAt))
            << u'\n';
    else
        out << tr("This machine had no checkpoint of this registry's trail yet; it keeps one from now on.") << u'\n';
    if (const std::optional<AuditCheckpoint>& line = report.confirmedLine)
        out << tr("It holds entry %1 as the given checkpoint saw it on %2.")
                   .arg(line->sequence)
                   .arg(AuditCheckpointComparison::dateText(line->seenAt))
            << u'\n';
    out << (report.tables.comparedHashes()
                ? tr("The tables match the trail: every app, secret and key was issued by an entry.")
                : tr("The tables match the trail: every app, secret and key was issued by an entry (compared by "
                     "their hints: your database role may not read the credential hashes)."))
        << u'\n';
    if (const int older = report.tables.predatingRows(); older > 0)
        out << tr("%n row(s) older than the audit trail were not checked.", nullptr, older) << u'\n';
}

void AuditVerifyCommand::writeJson(const CommandContext& context, const AuditVerification::Report& report)
{
    const QJsonObject tables{{u"apps"_s, report.tables.checkedApps()},
                             {u"keys"_s, report.tables.checkedKeys()},
                             {u"compared_by"_s, report.tables.comparedHashes() ? u"fingerprint"_s : u"hint"_s},
                             {u"not_checked"_s, report.tables.predatingRows()}};
    context.writeJson(QJsonDocument(QJsonObject{{u"verified"_s, true},
                                                {u"entries"_s, report.entryCount},
                                                {u"checkpoint"_s, report.head.toLine()},
                                                {u"confirmed_checkpoint"_s, checkpointJson(report.confirmedCheckpoint)},
                                                {u"confirmed_line"_s, checkpointJson(report.confirmedLine)},
                                                {u"tables"_s, tables}}));
}

} // namespace AppKeys
