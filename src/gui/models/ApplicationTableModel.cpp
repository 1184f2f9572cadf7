#include "ApplicationTableModel.h"

#include "AppOverviewReader.h"
#include "AppRepository.h"
#include "Clock.h"
#include "KeyStatusStyle.h"
#include "LastUsedText.h"
#include "LocalTime.h"
#include "SourceAppIcon.h"

#include <QBrush>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

/// The rest of a load, for the reload of `generation`, once the event loop has turned `turnsToWait` more times.
struct ReadTheRestEvent : QEvent
{
    static inline const QEvent::Type Id = QEvent::Type(QEvent::registerEventType());
    ReadTheRestEvent(int generation, int turnsToWait) : QEvent(Id), generation(generation), turnsToWait(turnsToWait) {}
    const int generation;
    const int turnsToWait;
};

} // namespace

/// A page of apps read for a load, after the registry's count for the first page after the first paint.
struct ApplicationTableModel::PageRead
{
    std::optional<qint64> apps;
    Result<QList<AppOverview>> page;
};

ApplicationTableModel::ApplicationTableModel(std::shared_ptr<const AppRepository> repository,
                                             std::shared_ptr<const Clock> clock, QObject* parent)
    : QAbstractTableModel(parent), m_repository(std::move(repository)), m_clock(std::move(clock)),
      m_reader(m_repository->database(), this)
{
    for (const SourceApp source : allSourceApps())
        m_sourceAppIcons.emplace(source, sourceAppIcon(source));
}

Status ApplicationTableModel::reload()
{
    const int generation = ++m_generation;
    // A refresh under way starts over; a first load under way too, but still as a first load.
    const bool firstLoad = m_rows.isEmpty() || m_loading;
    m_refreshing = false;
    m_pending = {};
    Result<ApplicationTableRows> rows = readFirstPage(m_clock->nowUtc());
    if (!rows) {
        if (std::exchange(m_loading, false))
            emit loadFinished(rows.error().text());
        return rows.error();
    }
    const bool complete = rows.value().size() < FirstPageSize;
    if (!firstLoad && !complete) {
        // The rows shown stay until the fresh ones replace them in one reset (refreshFinished).
        m_refreshing = true;
        m_pending = std::move(rows).value();
        readTheRest(generation);
        return {};
    }
    // Set before the reset, so that what the reset updates (the window's count) knows the rows are only the first.
    const bool interruptsLoad = std::exchange(m_loading, !complete);
    beginResetModel();
    m_rows = std::move(rows).value();
    m_loadedAt = m_rows.now();
    endResetModel();
    if (interruptsLoad && complete)
        emit loadFinished({});
    if (m_loading) {
        m_pending = m_rows;
        readTheRest(generation);
    }
    return {};
}

void ApplicationTableModel::readTheRest(int generation)
{
    // After the rows just set are painted, which reading the rest on this thread (where no second connection opens)
    // would hold up, as the count and the next page did when this thread always read them (about 100 ms at 100,000
    // apps on PostgreSQL): a shown window's update request waits at low priority (QWidgetRepaintManager), and a window
    // just shown paints on its expose event, which a turn of the event loop delivers after the events posted in it.
    QCoreApplication::postEvent(this, new ReadTheRestEvent(generation, 1), Qt::LowEventPriority);
}

bool ApplicationTableModel::event(QEvent* event)
{
    if (event->type() != ReadTheRestEvent::Id)
        return QAbstractTableModel::event(event);
    const auto* rest = static_cast<ReadTheRestEvent*>(event);
    if (rest->generation != m_generation)
        return true;
    if (rest->turnsToWait > 0) {
        // Posted while the event loop sends its posted events: it waits for the next turn.
        QCoreApplication::postEvent(this, new ReadTheRestEvent(rest->generation, rest->turnsToWait - 1),
                                    Qt::LowEventPriority);
        return true;
    }
    requestPage(rest->generation, m_pending.last().applicationId.text(), true);
    return true;
}

void ApplicationTableModel::updateRow(const AppOverview& app)
{
    const int row = rowOf(app.app.applicationId);
    if (row < 0)
        return;
    m_rows.replace(row, app);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

Result<ApplicationTableRows> ApplicationTableModel::readFirstPage(const QDateTime& now) const
{
    const Result<QList<AppOverview>> page =
        AppOverviewReader::loadPage(m_repository->database(), now, {}, FirstPageSize);
    if (!page)
        return page.error();
    ApplicationTableRows rows(now);
    rows.append(page.value());
    return rows;
}

void ApplicationTableModel::requestPage(int generation, const QString& after, bool countFirst)
{
    const QDateTime now = m_pending.now();
    m_reader.request([this, generation, now, after, countFirst](const std::shared_ptr<Database>& reader) {
        return ReaderThread::Answer(
            [this, generation, read = readPage(reader, now, after, countFirst)] { takePage(generation, read); });
    });
}

ApplicationTableModel::PageRead ApplicationTableModel::readPage(const std::shared_ptr<Database>& database,
                                                                const QDateTime& now, const QString& after,
                                                                bool countFirst)
{
    std::optional<qint64> apps;
    if (countFirst) {
        if (const Result<qint64> counted = AppOverviewReader::count(database))
            apps = counted.value();
    }
    return {apps, AppOverviewReader::loadPage(database, now, after, PageSize)};
}

void ApplicationTableModel::takePage(int generation, const PageRead& read)
{
    if (generation != m_generation)
        return;
    // Room for every app at once: growing by doubling would hold the rows twice.
    if (read.apps)
        m_pending.reserveFor(*read.apps);
    if (!read.page)
        return finishLoading(read.page.error().text());
    const QList<AppOverview>& page = read.page.value();
    const bool isLast = page.size() < PageSize;
    // Asked for first, so that the reader reads it while this thread adds this one: one after the other, a refresh
    // of 100,000 apps took 5.3 s instead of 4.3 s.
    if (!isLast)
        requestPage(generation, page.constLast().app.applicationId, false);
    m_pending.append(page);
    if (isLast)
        return finishLoading({});
    emit loadProgress(int(m_pending.size()));
}

void ApplicationTableModel::finishLoading(const QString& problem)
{
    const bool refreshed = std::exchange(m_refreshing, false);
    m_loading = false;
    if (problem.isEmpty()) {
        beginResetModel();
        m_rows = std::exchange(m_pending, {});
        m_loadedAt = m_rows.now();
        endResetModel();
    }
    m_pending = {};
    if (refreshed)
        emit refreshFinished(problem);
    else
        emit loadFinished(problem);
}

void ApplicationTableModel::setKeychainChecks(std::shared_ptr<const KeychainReportLookup> checks)
{
    m_keychainChecks = std::move(checks);
    m_keychainReports.clear();
    // How the Status column reads, and no summary: which rows a filter shows and their order stay as they are.
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, StatusColumn), index(int(m_rows.size()) - 1, StatusColumn),
                         {Qt::DisplayRole, Qt::ToolTipRole, Qt::ForegroundRole});
}

Result<KeychainReport> ApplicationTableModel::keychainReportFor(const CompactId& applicationId) const
{
    if (!m_keychainChecks)
        return KeychainReport();
    if (const auto kept = m_keychainReports.constFind(applicationId); kept != m_keychainReports.cend())
        return *kept;
    if (m_keychainReports.size() >= KeptKeychainReports)
        m_keychainReports.clear();
    return *m_keychainReports.insert(applicationId, m_keychainChecks->reportFor(applicationId.text()));
}

QString ApplicationTableModel::keychainNote(const AppSummary& app) const
{
    const Result<KeychainReport> report = keychainReportFor(app.applicationId);
    return report ? report.value().noteFor(app) : report.error().message;
}

QString ApplicationTableModel::statusText(const AppSummary& app) const
{
    const QString note = keychainNote(app);
    return note.isEmpty() ? app.status.text() : tr("%1 — %2").arg(app.status.text(), note);
}

int ApplicationTableModel::rowOf(const QString& applicationId) const
{
    const CompactId id = CompactId::of(applicationId);
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).applicationId == id)
            return row;
    }
    return -1;
}

int ApplicationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApplicationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AppSummary& app = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(app, index.column());
    case SortRole:
        return sortData(app, index.column());
    case Qt::DecorationRole:
        if (index.column() == SourceAppColumn)
            return m_sourceAppIcons.at(app.sourceApp);
        break;
    case Qt::ToolTipRole:
        return toolTip(app, index.column());
    case Qt::ForegroundRole:
        return foreground(app, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == PermissionsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ApplicationTableModel::displayData(const AppSummary& app, int column) const
{
    switch (column) {
    case NameColumn:
        return app.name;
    case SourceAppColumn:
        return displayName(app.sourceApp);
    case LoginUserTypeColumn:
        return displayName(app.loginUserType);
    case AuthMethodColumn:
        return displayName(app.authMethod);
    case PermissionsColumn:
        return int(app.permissionIds.size());
    case StatusColumn:
        return statusText(app);
    case ExpiresColumn:
        return LocalTime::date(app.expiresAt);
    case LastUsedColumn:
        return !app.hasKey() ? LocalTime::none() : LastUsedText::when(app.lastUsedAt);
    case CreatedByColumn:
        return app.createdBy;
    case CreatedAtColumn:
        return LocalTime::minutes(app.createdAt);
    default:
        return {};
    }
}

QVariant ApplicationTableModel::sortData(const AppSummary& app, int column) const
{
    switch (column) {
    case StatusColumn:
        return KeyStatusStyle::urgency(app.status);
    case ExpiresColumn:
        return app.expiresAt;
    case LastUsedColumn:
        return app.lastUsedAt;
    case CreatedAtColumn:
        return app.createdAt;
    default:
        return displayData(app, column);
    }
}

QVariant ApplicationTableModel::toolTip(const AppSummary& app, int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Application ID: %1").arg(app.applicationId.text());
    case SourceAppColumn:
        return explanation(app.sourceApp);
    case PermissionsColumn:
        return app.permissionIds.join(QLatin1Char('\n'));
    case StatusColumn:
        return statusToolTip(app);
    case ExpiresColumn:
        return LocalTime::minutes(app.expiresAt);
    case LastUsedColumn:
        return lastUsedToolTip(app);
    default:
        break;
    }
    return {};
}

QVariant ApplicationTableModel::statusToolTip(const AppSummary& app) const
{
    QStringList tips;
    if (app.status.state == KeyStatus::State::Inactive)
        tips.append(tr("The app is deactivated: its keys cannot be used until it is reactivated."));
    const Result<KeychainReport> keychain = keychainReportFor(app.applicationId);
    if (!keychain) {
        tips.append(keychain.error().text());
    } else {
        for (const KeychainReport::Finding& finding : keychain.value().findingsFor(app))
            tips.append(KeychainReport::text(finding, keychain.value().checkedBy()) + u". "_s +
                        KeychainReport::cure(finding));
    }
    return tips.isEmpty() ? QVariant() : QVariant(tips.join(u'\n'));
}

QVariant ApplicationTableModel::lastUsedToolTip(const AppSummary& app)
{
    if (!app.lastUsedAt.isValid())
        return {};
    return tr("Its keys were accepted by the verification service for %1 in all.")
        .arg(LastUsedText::requests(app.useCount));
}

QVariant ApplicationTableModel::foreground(const AppSummary& app, int column) const
{
    if (column != StatusColumn)
        return {};
    // The views paint with the application's palette and ask at each paint, so a palette change is followed.
    if (!keychainNote(app).isEmpty())
        return QBrush(KeyStatusStyle::cellForeground(TextColors::Tone::Problem, QGuiApplication::palette()));
    if (const auto color = KeyStatusStyle::cellForeground(app.status.state, QGuiApplication::palette()))
        return QBrush(*color);
    return {};
}

QVariant ApplicationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SourceAppColumn:
        return tr("Source App");
    case LoginUserTypeColumn:
        return tr("Login User Type");
    case AuthMethodColumn:
        return tr("Auth Method");
    case PermissionsColumn:
        return tr("Permissions");
    case StatusColumn:
        return tr("Status");
    case ExpiresColumn:
        return tr("Expires");
    case LastUsedColumn:
        return tr("Last Used");
    case CreatedByColumn:
        return tr("Created By");
    case CreatedAtColumn:
        return tr("Created At");
    default:
        return {};
    }
}

} // namespace AppKeys
