#include "ExportCommand.h"

#include "AppOverviewReader.h"
#include "ArgumentParser.h"
#include "AuditLog.h"
#include "CommandContext.h"

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

Result<ExportDocument> appsDocument(const CommandContext& context)
{
    const Result<QList<AppOverview>> overviews = AppOverviewReader::loadAll(context.database(), context.now());
    if (!overviews)
        return overviews.error();
    return ExportDocument::ofApps(overviews.value());
}

Result<ExportDocument> auditDocument(const CommandContext& context)
{
    const Result<QList<AuditEntry>> entries = AuditLog(context.database()).entries();
    if (!entries)
        return entries.error();
    return ExportDocument::ofAudit(entries.value());
}

} // namespace

QStringList ExportCommand::words() const
{
    return {u"export"_s};
}

QString ExportCommand::summary() const
{
    return tr("Export the apps or the audit trail as CSV (RFC 4180) or JSON.");
}

QList<CommandOption> ExportCommand::options() const
{
    return {{u"format"_s, u"FORMAT"_s, tr("csv or json (required)")},
            {u"what"_s, u"WHAT"_s, tr("apps (the default) or audit")},
            {u"output"_s, u"FILE"_s, tr("write to FILE instead of standard output")}};
}

Status ExportCommand::configure(const ArgumentParser& arguments, const QString&)
{
    if (!arguments.isSet(u"format"_s))
        return Error{tr("export needs '--format csv' or '--format json'"), {}};
    for (const auto& [name, allowed] : {std::pair{u"format"_s, QStringList{u"csv"_s, u"json"_s}},
                                        std::pair{u"what"_s, QStringList{u"apps"_s, u"audit"_s}}}) {
        if (Status checked = arguments.checkChoice(name, allowed); !checked)
            return checked;
    }
    if (arguments.isSet(u"output"_s) && arguments.value(u"output"_s).isEmpty())
        return Error{tr("'--output' needs a file name"), {}};
    m_format = arguments.value(u"format"_s) == u"csv"_s ? ExportDocument::Format::Csv : ExportDocument::Format::Json;
    m_audit = arguments.value(u"what"_s) == u"audit"_s;
    m_outputPath = arguments.value(u"output"_s);
    return {};
}

Status ExportCommand::execute(const CommandContext& context)
{
    const Result<ExportDocument> exported = document(context);
    if (!exported)
        return exported.error();
    if (!m_outputPath.isEmpty())
        return exported.value().writeFile(m_outputPath, m_format);
    context.out() << exported.value().text(m_format);
    return {};
}

Result<ExportDocument> ExportCommand::document(const CommandContext& context) const
{
    return m_audit ? auditDocument(context) : appsDocument(context);
}

} // namespace AppKeys
