#include "RepairCommand.h"

#include "ArgumentParser.h"
#include "CommandContext.h"
#include "Database.h"
#include "IsoTime.h"
#include "KeychainReportLookup.h"
#include "KeychainSweepRun.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

const QString DryRunOption = u"dry-run"_s;
const QString GraceOption = u"grace"_s;
constexpr int MaxGraceMinutes = 7 * 24 * 60;

QJsonObject findingJson(const KeychainReport::Finding& finding, const QString& checkedBy)
{
    return QJsonObject{{u"state"_s, KeychainReport::storageString(finding.state)},
                       {u"application_id"_s, finding.applicationId},
                       {u"application_name"_s, finding.applicationName},
                       {u"key_id"_s, finding.keyId.isEmpty() ? QJsonValue() : QJsonValue(finding.keyId)},
                       {u"hint"_s, finding.hint},
                       {u"issued_by"_s, finding.issuedBy},
                       {u"problem"_s, KeychainReport::text(finding, checkedBy)},
                       {u"cure"_s, KeychainReport::cure(finding)}};
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
    if (!outcome.value().reportFileProblem.isEmpty())
        context.err() << outcome.value().reportFileProblem << u'\n';
    // The sweep kept its findings in the report file, not in memory: they are listed from there, unless it could not
    // be written (then it is the last sweep's, and the exit status still counts this one's).
    Result<KeychainReportLookup> findings = KeychainReportLookup();
    if (outcome.value().reportFileProblem.isEmpty())
        findings = KeychainReportLookup::open(context.database()->registryId());
    if (!findings)
        return findings.error();
    const Status listed = context.json()
                              ? writeJson(outcome.value(), findings.value(), m_options.dryRun, context)
                              : writeText(outcome.value(), findings.value(), m_options.dryRun, context.out());
    if (!listed)
        return listed;
    return exitStatus(outcome.value());
}

Status RepairCommand::writeText(const KeychainSweep::Outcome& outcome, const KeychainReportLookup& findings,
                                bool dryRun, QTextStream& out)
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
    if (outcome.findings == 0 && removed == 0 && outcome.youngEntries.isEmpty())
        out << tr("This keychain and the registry are in step.") << u'\n';
    return findings.forEachFinding([&out, &outcome](const KeychainReport::Finding& finding) {
        out << tr("“%1” (%2), %3: %4. %5")
                   .arg(finding.applicationName, finding.applicationId, finding.hint,
                        KeychainReport::text(finding, outcome.checkedBy), KeychainReport::cure(finding))
            << u'\n';
    });
}

Status RepairCommand::writeJson(const KeychainSweep::Outcome& outcome, const KeychainReportLookup& findings,
                                bool dryRun, const CommandContext& context)
{
    QJsonArray findingsJson;
    if (Status read = findings.forEachFinding([&findingsJson, &outcome](const KeychainReport::Finding& finding) {
            findingsJson.append(findingJson(finding, outcome.checkedBy));
        });
        !read)
        return read;
    context.writeJson(QJsonDocument(QJsonObject{
        {u"dry_run"_s, dryRun},
        {u"checked_at"_s, IsoTime::text(outcome.checkedAt)},
        {u"removed"_s, QJsonArray::fromStringList(outcome.removedEntries)},
        {u"young"_s, QJsonArray::fromStringList(outcome.youngEntries)},
        {u"listing_problem"_s, outcome.listingProblem.isEmpty() ? QJsonValue() : QJsonValue(outcome.listingProblem)},
        {u"findings"_s, findingsJson}}));
    return {};
}

Status RepairCommand::exitStatus(const KeychainSweep::Outcome& outcome)
{
    const int findings = int(outcome.findings);
    if (findings == 0)
        return {};
    return Error{tr("%n live credential(s) lack their plaintext in this keychain.", nullptr, findings),
                 tr("Regenerate or rotate them as listed; on a team registry, the admin who issued one may hold it.")};
}

} // namespace AppKeys
