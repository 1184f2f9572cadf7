#include "AuditTableModel.h"

#include "AuditAction.h"
#include "AuditDetailsText.h"
#include "LocalTime.h"

namespace AppKeys {

namespace {

QString actionText(const QString& storedAction)
{
    const std::optional<AuditAction> action = auditActionFromStorageString(storedAction);
    return action ? displayName(*action) : storedAction;
}

} // namespace

AuditTableModel::AuditTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AuditTableModel::setEntries(const QList<AuditEntry>& entries, const QHash<QString, QString>& appNames)
{
    beginResetModel();
    m_entries = entries;
    m_appNames = appNames;
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(entry, index.column());
    case SortRole:
        return sortData(entry, index.column());
    case Qt::ToolTipRole:
        return toolTip(entry, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == SequenceColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
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

QVariant AuditTableModel::sortData(const AuditEntry& entry, int column) const
{
    // Entries of the same second keep the trail's order.
    if (column == TimeColumn)
        return entry.sequence;
    return displayData(entry, column);
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
