#include "ExportCommand.h"

#include "AppJson.h"
#include "AppOverviewReader.h"
#include "ArgumentParser.h"
#include "AuditJson.h"
#include "AuditLog.h"
#include "CommandContext.h"
#include "ConcurrentPageReader.h"
#include "ExportWriter.h"

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

/// A page's apps as the writer's records, on the thread that read them. Written as text at once: the same bytes as
/// each app's QJsonObject would give, for less work.
ConcurrentPageReader::Render recordsOf(const ExportWriter& writer)
{
    return [&writer](const QList<AppOverview>& page) {
        QByteArray records;
        for (const AppOverview& overview : page)
            AppJson::appendJoined(records, overview, writer);
        records.squeeze(); // it waits to be written, and grew by doubling
        return records;
    };
}

Status addApps(const CommandContext& context, ExportWriter& writer)
{
    return ConcurrentPageReader::forEachRenderedPage(
        context.database(), context.now(), AppOverviewReader::PageSize, [&writer] { return recordsOf(writer); },
        [&writer](const QByteArray& records) {
            writer.addJoined(records);
            return Status();
        });
}

Status addAuditEntries(const CommandContext& context, ExportWriter& writer)
{
    return AuditLog(context.database()).forEachEntry({}, [&writer](const AuditEntry& entry) {
        writer.add(AuditJson::entry(entry));
        return Status();
    });
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
    // Streamed, a page of apps or one entry at a time: an export of any size holds little in memory.
    const QStringList columns = m_audit ? AuditJson::fieldNames() : AppJson::appFieldNames();
    const auto fill = [this, &context](ExportWriter& writer) {
        return m_audit ? addAuditEntries(context, writer) : addApps(context, writer);
    };
    if (!m_outputPath.isEmpty())
        return ExportWriter::writeFile(m_outputPath, m_format, columns, fill);
    return ExportWriter::write(context.out(), m_format, columns, fill);
}

} // namespace AppKeys
