#include "ApplicationTableModel.h"

#include "AppRepository.h"

#include <QLocale>

namespace AppKeys {

ApplicationTableModel::ApplicationTableModel(std::shared_ptr<const AppRepository> repository, QObject* parent)
    : QAbstractTableModel(parent), m_repository(std::move(repository))
{
    for (const SourceApp source : allSourceApps())
        m_sourceAppIcons.emplace(source, QIcon(iconResourcePath(source)));
}

Status ApplicationTableModel::reload()
{
    auto apps = m_repository->listApps();
    if (!apps)
        return apps.error();
    beginResetModel();
    m_apps = std::move(apps).value();
    endResetModel();
    return {};
}

int ApplicationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_apps.size());
}

int ApplicationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AppRecord& app = m_apps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(app, index.column());
    case SortRole:
        return sortData(app, index.column());
    case Qt::DecorationRole:
        if (index.column() == SourceAppColumn)
            return m_sourceAppIcons.at(app.details.sourceApp);
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return tr("Application ID: %1").arg(app.applicationId);
        if (index.column() == SourceAppColumn)
            return explanation(app.details.sourceApp);
        if (index.column() == PermissionsColumn)
            return app.scope.permissionIds.join(QLatin1Char('\n'));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PermissionsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ApplicationTableModel::displayData(const AppRecord& app, int column) const
{
    switch (column) {
    case NameColumn:
        return app.details.name;
    case SourceAppColumn:
        return displayName(app.details.sourceApp);
    case LoginUserTypeColumn:
        return displayName(app.details.loginUserType);
    case AuthMethodColumn:
        return displayName(app.scope.authMethod);
    case PermissionsColumn:
        return int(app.scope.permissionIds.size());
    case CreatedByColumn:
        return app.createdBy;
    case CreatedAtColumn:
        return QLocale().toString(app.createdAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant ApplicationTableModel::sortData(const AppRecord& app, int column) const
{
    if (column == CreatedAtColumn)
        return app.createdAt;
    return displayData(app, column);
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
    case CreatedByColumn:
        return tr("Created By");
    case CreatedAtColumn:
        return tr("Created At");
    default:
        return {};
    }
}

} // namespace AppKeys
