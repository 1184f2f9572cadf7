#pragma once

#include "AuditEntry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace AppKeys {

/// Audit entries for the audit view and the details panel's history: sequence, local time, actor, action,
/// app, key hint and a summary of the details.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SequenceColumn,
        TimeColumn,
        ActorColumn,
        ActionColumn,
        AppColumn,
        KeyColumn,
        DetailsColumn,
        ColumnCount
    };

    static constexpr int SortRole = Qt::UserRole;

    explicit AuditTableModel(QObject* parent = nullptr);

    /// `appNames` maps Application IDs to what the App column shows (see AuditAppNames); unnamed apps show their id.
    void setEntries(const QList<AuditEntry>& entries, const QHash<QString, QString>& appNames = {});
    const QList<AuditEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const AuditEntry& entry, int column) const;
    QVariant sortData(const AuditEntry& entry, int column) const;
    QVariant toolTip(const AuditEntry& entry, int column) const;

    QList<AuditEntry> m_entries;
    QHash<QString, QString> m_appNames;
};

} // namespace AppKeys
