#include "RepairCommand.h"

#include "ArgumentParser.h"
#include "CommandContext.h"
#include "IsoTime.h"
#include "KeychainSweepRun.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

const QString DryRunOption = u"dry-run"_s;
const QString GraceOption = u"grace"_s;
constexpr int MaxGraceMinutes = 7 * 24 * 60;

QJsonArray findingsJson(const KeychainReport& report)
{
    QJsonArray findings;
    for (const KeychainReport::Finding& finding : report.findings())
        findings.append(QJsonObject{{u"state"_s, KeychainReport::storageString(finding.state)},
                                    {u"application_id"_s, finding.applicationId},
                                    {u"application_name"_s, finding.applicationName},
                                    {u"key_id"_s, finding.keyId.isEmpty() ? QJsonValue() : QJsonValue(finding.keyId)},
                                    {u"hint"_s, finding.hint},
                                    {u"issued_by"_s, finding.issuedBy},
                                    {u"problem"_s, KeychainReport::text(finding, report.checkedBy())},
                                    {u"cure"_s, KeychainReport::cure(finding)}});
    return findings;
}

} // namespace

QStringList RepairCommand::words() const
{
    return {u"repair"_s};
}

QString RepairCommand::summary() const
{
    return tr("Bring this keychain and the registry into step: remove keychain entries no live credential uses (each "
              "on the audit trail) and list live credentials whose plaintext this keychain lacks.");
}

QList<CommandOption> RepairCommand::options() const
{
    return {
        {DryRunOption, {}, tr("only report what would be removed; change nothing")},
        {GraceOption, u"MINUTES"_s,
         tr("leave unused entries younger than this, which another AppKeys may be writing right now (default: "
            "%1)")
             .arg(
                 std::chrono::duration_cast<std::chrono::minutes>(KeychainSweep::Options{}.minimumOrphanAge).count())}};
}

Status RepairCommand::configure(const ArgumentParser& arguments, const QString&)
{
    m_options.dryRun = arguments.isSet(DryRunOption);
    if (!arguments.isSet(GraceOption))
        return {};
    bool isNumber = false;
    const int minutes = arguments.value(GraceOption).toInt(&isNumber);
    if (!isNumber || minutes < 0 || minutes > MaxGraceMinutes)
        return Error{tr("bad number of minutes “%1” for '--grace': use a whole number from 0 to %2")
                         .arg(arguments.value(GraceOption))
                         .arg(MaxGraceMinutes),
                     {}};
    m_options.minimumOrphanAge = std::chrono::minutes(minutes);
    return {};
}

Command::RegistryAccess RepairCommand::registryAccess() const
{
    return m_options.dryRun ? RegistryAccess::ReadOnly : RegistryAccess::ReadWrite;
}

Status RepairCommand::execute(const CommandContext& context)
{
    const Result<KeychainSweep::Outcome> outcome = KeychainSweepRun::runAndWait(context, m_options);
    if (!outcome)
        return outcome.error();
    if (context.json())
        writeJson(outcome.value(), m_options.dryRun, context);
    else
        writeText(outcome.value(), m_options.dryRun, context.out());
    if (!outcome.value().reportFileProblem.isEmpty())
        context.err() << outcome.value().reportFileProblem << u'\n';
    return exitStatus(outcome.value());
}

void RepairCommand::writeText(const KeychainSweep::Outcome& outcome, bool dryRun, QTextStream& out)
{
    const int removed = int(outcome.removedEntries.size());
    if (removed > 0) {
        out << (dryRun ? tr("Would remove %n keychain entry(s) that no live credential uses:", nullptr, removed)
                       : tr("Removed %n keychain entry(s) that no live credential used:", nullptr, removed))
            << u'\n';
        for (const QString& entry : outcome.removedEntries)
            out << u"  "_s << entry << u'\n';
    }
    if (const int young = int(outcome.youngEntries.size()); young > 0) {
        out << tr("Left %n unused entry(s) younger than the grace period, which another AppKeys may be writing:",
                  nullptr, young)
            << u'\n';
        for (const QString& entry : outcome.youngEntries)
            out << u"  "_s << entry << u'\n';
    }
    if (!outcome.listingProblem.isEmpty())
        out << tr("Unused entries could not be looked for: %1").arg(outcome.listingProblem) << u'\n';
    const KeychainReport& report = outcome.report;
    for (const KeychainReport::Finding& finding : report.findings())
        out << tr("“%1” (%2), %3: %4. %5")
                   .arg(finding.applicationName, finding.applicationId, finding.hint,
                        KeychainReport::text(finding, report.checkedBy()), KeychainReport::cure(finding))
            << u'\n';
    if (report.findings().isEmpty() && removed == 0 && outcome.youngEntries.isEmpty())
        out << tr("This keychain and the registry are in step.") << u'\n';
}

void RepairCommand::writeJson(const KeychainSweep::Outcome& outcome, bool dryRun, const CommandContext& context)
{
    context.writeJson(QJsonDocument(QJsonObject{
        {u"dry_run"_s, dryRun},
        {u"checked_at"_s, IsoTime::text(outcome.report.checkedAt())},
        {u"removed"_s, QJsonArray::fromStringList(outcome.removedEntries)},
        {u"young"_s, QJsonArray::fromStringList(outcome.youngEntries)},
        {u"listing_problem"_s, outcome.listingProblem.isEmpty() ? QJsonValue() : QJsonValue(outcome.listingProblem)},
        {u"findings"_s, findingsJson(outcome.report)}}));
}

Status RepairCommand::exitStatus(const KeychainSweep::Outcome& outcome)
{
    const int findings = int(outcome.report.findings().size());
    if (findings == 0)
        return {};
    return Error{tr("%n live credential(s) lack their plaintext in this keychain.", nullptr, findings),
                 tr("Regenerate or rotate them as listed; on a team registry, the admin who issued one may hold it.")};
}

} // namespace AppKeys
