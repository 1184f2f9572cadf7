#include "AuditTableModel.h"

#include "AuditAction.h"
#include "AuditDetailsText.h"
#include "AuditLog.h"
#include "AuditPageCache.h"
#include "LocalTime.h"

#include <limits>

namespace AppKeys {

namespace {

QString actionText(const QString& storedAction)
{
    const std::optional<AuditAction> action = auditActionFromStorageString(storedAction);
    return action ? displayName(*action) : storedAction;
}

} // namespace

AuditTableModel::AuditTableModel(QObject* parent) : QAbstractTableModel(parent), m_pages(new AuditPageCache(this))
{
    connect(m_pages, &AuditPageCache::readFailed, this, &AuditTableModel::readFailed);
}

Status AuditTableModel::show(std::shared_ptr<const AuditLog> auditLog, const AuditFilter& filter)
{
    beginResetModel();
    const Status shown = m_pages->reset(std::move(auditLog), filter, m_pages->order());
    endResetModel();
    return shown;
}

void AuditTableModel::clear()
{
    beginResetModel();
    m_pages->clear();
    endResetModel();
}

void AuditTableModel::setAppNames(const QHash<QString, QString>& appNames)
{
    m_appNames = appNames;
    if (rowCount() > 0)
        emit dataChanged(index(0, AppColumn), index(rowCount() - 1, AppColumn), {Qt::DisplayRole});
}

const AuditFilter& AuditTableModel::shownFilter() const
{
    return m_pages->filter();
}

qint64 AuditTableModel::entryCount() const
{
    return m_pages->rowCount();
}

Qt::SortOrder AuditTableModel::sortOrder() const
{
    return m_pages->order();
}

void AuditTableModel::sort(int column, Qt::SortOrder order)
{
    if (!sortsBy(column))
        return;
    m_sortColumn = column;
    if (order == m_pages->order())
        return;
    beginResetModel();
    m_pages->setOrder(order);
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    // A view counts its rows in int: past two billion entries, the first two billion in the order shown.
    return parent.isValid() ? 0 : int(std::min<qint64>(m_pages->rowCount(), std::numeric_limits<int>::max()));
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == SequenceColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const AuditEntry* entry = m_pages->entryAt(index.row());
    if (!entry)
        return {};
    return role == Qt::DisplayRole ? displayData(*entry, index.column()) : toolTip(*entry, index.column());
}

QVariant AuditTableModel::displayData(const AuditEntry& entry, int column) const
{
    switch (column) {
    case SequenceColumn:
        return entry.sequence;
    case TimeColumn:
        return LocalTime::seconds(entry.timestamp);
    case ActorColumn:
        return entry.actor;
    case ActionColumn:
        return actionText(entry.action);
    case AppColumn:
        return m_appNames.value(entry.applicationId, entry.applicationId);
    case KeyColumn:
        return entry.keyHint;
    case DetailsColumn:
        return AuditDetailsText::summary(entry.details);
    default:
        return {};
    }
}

QVariant AuditTableModel::toolTip(const AuditEntry& entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return tr("%1 UTC").arg(entry.timestamp.toUTC().toString(Qt::ISODateWithMs));
    case ActionColumn:
        return entry.action;
    case AppColumn:
        return tr("Application ID: %1").arg(entry.applicationId);
    case DetailsColumn:
        return entry.details.isEmpty() ? QVariant() : AuditDetailsText::full(entry.details);
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SequenceColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Actor");
    case ActionColumn:
        return tr("Action");
    case AppColumn:
        return tr("App");
    case KeyColumn:
        return tr("Key");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace AppKeys
