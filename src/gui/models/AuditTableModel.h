#pragma once

#include "AuditEntry.h"
#include "AuditFilter.h"
#include "Status.h"

#include <QAbstractTableModel>
#include <QHash>
#include <memory>

namespace AppKeys {

class AuditLog;
class AuditPageCache;

/// Audit entries for the audit view and the details panel's history: sequence, local time, actor, action,
/// app, key hint and a summary of the details. The entries are read a page at a time as they are shown
/// (AuditPageCache), in the trail's order, newest or oldest first: sorting by # or Time reads them again in the other
/// order, and the other columns do not sort (a trail of a million entries is narrowed with the filters instead).
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

    explicit AuditTableModel(QObject* parent = nullptr);

    /// Shows the entries of `auditLog` matching `filter` as the trail stands now, in the order chosen last (newest
    /// first at the start). On failure no entry is shown.
    Status show(std::shared_ptr<const AuditLog> auditLog, const AuditFilter& filter);
    /// No entries.
    void clear();
    /// `appNames` maps Application IDs to what the App column shows (see AuditAppNames); unnamed apps show their id.
    void setAppNames(const QHash<QString, QString>& appNames);
    /// What the rows are: show()'s filter, bounded to the trail as it stood then (for an export of what is shown).
    const AuditFilter& shownFilter() const;
    qint64 entryCount() const;
    /// The column the rows are sorted by, SequenceColumn or TimeColumn, which sort alike.
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const;
    static bool sortsBy(int column) { return column == SequenceColumn || column == TimeColumn; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    /// A page could not be read while the rows were shown.
    void readFailed(const QString& message);

private:
    QVariant displayData(const AuditEntry& entry, int column) const;
    QVariant toolTip(const AuditEntry& entry, int column) const;

    AuditPageCache* m_pages;
    int m_sortColumn = SequenceColumn;
    QHash<QString, QString> m_appNames;
};

} // namespace AppKeys
