#include "ListCommand.h"

#include "AppJson.h"
#include "AppOverviewReader.h"
#include "ArgumentParser.h"
#include "CommandContext.h"
#include "ConcurrentPageReader.h"
#include "ExportWriter.h"
#include "KeychainMarks.h"
#include "PermissionCatalogue.h"
#include "TableTime.h"
#include "TextTable.h"

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

template <typename Enum> QStringList storageStrings(const QList<Enum>& values)
{
    QStringList strings;
    for (const Enum value : values)
        strings.append(toStorageString(value));
    return strings;
}

QStringList sourceAppChoices()
{
    return storageStrings(allSourceApps());
}

QStringList loginUserTypeChoices()
{
    return storageStrings(allLoginUserTypes());
}

QStringList authMethodChoices()
{
    return storageStrings(allAuthMethods());
}

/// The key status, and what the keychain lacks, for the Status column.
QString statusText(const AppOverview& overview, const KeychainReport& keychain, const QDateTime& now)
{
    const QString note = keychain.noteFor(overview, now);
    return note.isEmpty() ? overview.status.text() : ListCommand::tr("%1 (%2)").arg(overview.status.text(), note);
}

QStringList tableRow(const AppOverview& overview, const KeychainReport& keychain, const QDateTime& now)
{
    const AppRecord& app = overview.app;
    return {app.details.name,
            displayName(app.details.sourceApp),
            displayName(app.details.loginUserType),
            displayName(app.scope.authMethod),
            QString::number(app.scope.permissionIds.size()),
            statusText(overview, keychain, now),
            TableTime::date(overview.expiresAt),
            app.createdBy,
            TableTime::minutes(app.createdAt)};
}

} // namespace

ListCommand::ListCommand(std::shared_ptr<const PermissionCatalogue> catalogue) : m_catalogue(std::move(catalogue)) {}

QStringList ListCommand::words() const
{
    return {u"list"_s};
}

QString ListCommand::summary() const
{
    return tr("List the registry's apps, with their key status; the options narrow the list.");
}

QList<CommandOption> ListCommand::options() const
{
    const QString oneOf = tr("only apps whose %1 is one of: %2");
    return {
        {u"source-app"_s, u"S"_s, oneOf.arg(tr("source app"), sourceAppChoices().join(u", "_s))},
        {u"login-user-type"_s, u"T"_s, oneOf.arg(tr("login user type"), loginUserTypeChoices().join(u", "_s))},
        {u"auth-method"_s, u"M"_s, oneOf.arg(tr("auth method"), authMethodChoices().join(u", "_s))},
        {u"api-group"_s, u"G"_s,
         tr("only apps with a permission in this API group: %1").arg(apiGroupChoices().join(u", "_s))},
        {u"status"_s, u"STATUS"_s, oneOf.arg(tr("key status"), AppFilter::statusChoices().join(u", "_s))},
        {u"expires-within"_s, u"DAYS"_s,
         tr("only apps whose usable key expires within DAYS days (the later one, if two)")},
        {u"search"_s, u"TEXT"_s, tr("only apps with TEXT in their name, id, URI, description or creator")},
        {u"unused-for"_s, u"DAYS"_s,
         tr("only apps with a usable key, none of whose usable keys was used (or, if never used, issued) in the "
            "last DAYS days, as 'appkeys serve' records it")},
    };
}

Status ListCommand::configure(const ArgumentParser& arguments, const QString&)
{
    if (Status read = readChoices(arguments); !read)
        return read;
    if (Status read = readDays(arguments, u"expires-within"_s, m_filter.expiresWithinDays); !read)
        return read;
    if (Status read = readDays(arguments, u"unused-for"_s, m_filter.unusedForDays); !read)
        return read;
    m_filter.searchText = arguments.value(u"search"_s);
    return {};
}

Status ListCommand::execute(const CommandContext& context)
{
    const KeychainReportLookup keychain = KeychainMarks::lastReports(*context.database());
    if (context.json())
        return writeJson(context, keychain);
    // A table's columns are as wide as their widest cell: its rows are kept as text (not as apps) until then.
    TextTable table = emptyTable();
    const Status read = forEachShown(context, keychain, [&](const AppOverview& overview, const KeychainReport& report) {
        table.addRow(tableRow(overview, report, context.now()));
    });
    if (!read)
        return read;
    table.write(context.out());
    return {};
}

/// Streamed, a page of apps at a time: the registry is never in memory whole.
Status ListCommand::writeJson(const CommandContext& context, const KeychainReportLookup& keychain) const
{
    return ExportWriter::write(context.out(), ExportDocument::Format::Json, {}, [&](ExportWriter& writer) {
        return ConcurrentPageReader::forEachRenderedPage(
            context.database(), context.now(), AppOverviewReader::PageSize,
            [&] { return jsonRender(context, keychain.forAnotherThread()); },
            [&writer](const QByteArray& apps) {
                writer.addJoined(apps);
                return Status();
            },
            m_filter.searchText);
    });
}

ConcurrentPageReader::Render ListCommand::jsonRender(const CommandContext& context, KeychainReportLookup keychain) const
{
    // Shared, not copied: a Render is a std::function, which a lookup (it owns its open file) cannot be moved into.
    return [this, &context, lookup = std::make_shared<const KeychainReportLookup>(std::move(keychain))](
               const QList<AppOverview>& page) {
        QByteArray apps;
        for (const AppOverview& overview : page) {
            if (!m_filter.matches(overview, context.now()))
                continue;
            JsonObjectText app = AppJson::appText(overview, ExportWriter::ElementDepth);
            const KeychainReport report = KeychainMarks::lastReportFor(*lookup, overview.app.applicationId);
            app.insert(QLatin1StringView("keychain"),
                       KeychainMarks::jsonText(report, overview, context.now(), app.depth() + 1));
            ExportWriter::appendJoined(apps, app);
        }
        apps.squeeze(); // it waits to be written, and grew by doubling
        return apps;
    };
}

Status ListCommand::forEachShown(const CommandContext& context, const KeychainReportLookup& keychain,
                                 const std::function<void(const AppOverview&, const KeychainReport&)>& take) const
{
    return ConcurrentPageReader::forEachPage(
        context.database(), context.now(), AppOverviewReader::PageSize,
        [&](const QList<AppOverview>& page) {
            for (const AppOverview& overview : page) {
                if (m_filter.matches(overview, context.now()))
                    take(overview, KeychainMarks::lastReportFor(keychain, overview.app.applicationId));
            }
            return Status();
        },
        m_filter.searchText);
}

QStringList ListCommand::apiGroupChoices() const
{
    QStringList ids;
    for (const PermissionGroup& group : m_catalogue->groups())
        ids.append(group.id);
    return ids;
}

Status ListCommand::readChoices(const ArgumentParser& arguments)
{
    const QList<std::pair<QString, QStringList>> choices = {{u"source-app"_s, sourceAppChoices()},
                                                            {u"login-user-type"_s, loginUserTypeChoices()},
                                                            {u"auth-method"_s, authMethodChoices()},
                                                            {u"api-group"_s, apiGroupChoices()},
                                                            {u"status"_s, AppFilter::statusChoices()}};
    for (const auto& [name, allowed] : choices) {
        if (Status checked = arguments.checkChoice(name, allowed); !checked)
            return checked;
    }
    m_filter.sourceApp = sourceAppFromStorageString(arguments.value(u"source-app"_s));
    m_filter.loginUserType = loginUserTypeFromStorageString(arguments.value(u"login-user-type"_s));
    m_filter.authMethod = authMethodFromStorageString(arguments.value(u"auth-method"_s));
    m_filter.apiGroup = arguments.value(u"api-group"_s);
    m_filter.status = arguments.value(u"status"_s);
    return {};
}

Status ListCommand::readDays(const ArgumentParser& arguments, const QString& option, std::optional<int>& days)
{
    if (!arguments.isSet(option))
        return {};
    bool isNumber = false;
    const int number = arguments.value(option).toInt(&isNumber);
    if (!isNumber || number < 0)
        return Error{tr("bad number of days “%1” for '--%2': use a whole number, 0 or more")
                         .arg(arguments.value(option), option),
                     {}};
    days = number;
    return {};
}

TextTable ListCommand::emptyTable()
{
    return TextTable({tr("Name"), tr("Source App"), tr("Login User Type"), tr("Auth Method"), tr("Permissions"),
                      tr("Status"), tr("Expires"), tr("Created By"), tr("Created At")});
}

} // namespace AppKeys
