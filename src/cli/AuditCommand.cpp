#include "AuditCommand.h"

#include "AppRepository.h"
#include "ArgumentParser.h"
#include "AuditJson.h"
#include "AuditLog.h"
#include "AuditTable.h"
#include "CommandContext.h"
#include "DateArgument.h"
#include "ErrorCode.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace AppKeys {

QStringList AuditCommand::words() const
{
    return {u"audit"_s};
}

QString AuditCommand::summary() const
{
    return tr("List the audit trail's entries, oldest first; the options narrow the list.");
}

QList<CommandOption> AuditCommand::options() const
{
    return {
        {u"app"_s, u"APP"_s, tr("only entries about this app, by id or name (the id of a deleted app works too)")},
        {u"action"_s, u"ACTION"_s, tr("only entries of this action: %1").arg(actionChoices().join(u", "_s))},
        {u"actor"_s, u"ACTOR"_s, tr("only entries by this actor (user@host)")},
        {u"since"_s, u"DATE"_s, tr("only entries at or after DATE (YYYY-MM-DD or an ISO-8601 date-time, UTC)")},
        {u"until"_s, u"DATE"_s, tr("only entries before DATE's end (YYYY-MM-DD) or before the date-time")},
    };
}

Status AuditCommand::configure(const ArgumentParser& arguments, const QString&)
{
    if (Status checked = arguments.checkChoice(u"action"_s, actionChoices()); !checked)
        return checked;
    if (Status read = readDates(arguments); !read)
        return read;
    m_filter.action = auditActionFromStorageString(arguments.value(u"action"_s));
    m_filter.actor = arguments.value(u"actor"_s);
    m_app = arguments.value(u"app"_s);
    return {};
}

Status AuditCommand::execute(const CommandContext& context)
{
    const Result<QString> id = applicationId(context);
    if (!id)
        return id.error();
    AuditFilter filter = m_filter;
    filter.applicationId = id.value();
    const Result<QList<AuditEntry>> entries = AuditLog(context.database()).entries(filter);
    if (!entries)
        return entries.error();
    if (!context.json()) {
        AuditTable::write(entries.value(), context.out());
        return {};
    }
    QJsonArray array;
    for (const AuditEntry& entry : entries.value())
        array.append(AuditJson::entry(entry));
    context.writeJson(QJsonDocument(array));
    return {};
}

QStringList AuditCommand::actionChoices()
{
    QStringList choices;
    for (const AuditAction action : allAuditActions())
        choices.append(toStorageString(action));
    return choices;
}

Status AuditCommand::readDates(const ArgumentParser& arguments)
{
    const QList<std::tuple<QString, DateArgument::Bound, QDateTime*>> dates = {
        {u"since"_s, DateArgument::Bound::Start, &m_filter.from},
        {u"until"_s, DateArgument::Bound::End, &m_filter.until}};
    for (const auto& [name, bound, target] : dates) {
        if (!arguments.isSet(name))
            continue;
        const Result<QDateTime> time = DateArgument::parse(arguments.value(name), bound);
        if (!time)
            return time.error();
        *target = time.value();
    }
    if (m_filter.from.isValid() && m_filter.until.isValid() && m_filter.from >= m_filter.until)
        return Error{
            tr("'--since %1' is not before '--until %2'").arg(arguments.value(u"since"_s), arguments.value(u"until"_s)),
            {}};
    return {};
}

Result<QString> AuditCommand::applicationId(const CommandContext& context) const
{
    if (m_app.isEmpty())
        return QString();
    const Result<AppRecord> app = AppRepository(context.database()).findAppByIdOrName(m_app);
    if (app)
        return app.value().applicationId;
    if (app.error().code == ErrorCode::NotFound)
        return m_app;
    return app.error();
}

} // namespace AppKeys
