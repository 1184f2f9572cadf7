#pragma once

#include "AppRecord.h"
#include "Status.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>
#include <map>
#include <memory>

namespace AppKeys {

class AppRepository;

/// The registry's apps as rows of the "Manage Applications" table, read through AppRepository::listApps().
class ApplicationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        SourceAppColumn,
        LoginUserTypeColumn,
        AuthMethodColumn,
        PermissionsColumn,
        CreatedByColumn,
        CreatedAtColumn,
        ColumnCount
    };

    /// A value that sorts as the column's meaning says (a date as a date, a count as a number).
    static constexpr int SortRole = Qt::UserRole;

    explicit ApplicationTableModel(std::shared_ptr<const AppRepository> repository, QObject* parent = nullptr);

    /// Reads the apps again; on failure the previous rows stay and the Error says why.
    Status reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const AppRecord& app, int column) const;
    QVariant sortData(const AppRecord& app, int column) const;

    std::shared_ptr<const AppRepository> m_repository;
    QList<AppRecord> m_apps;
    /// Loaded once: each QIcon renders and caches its SVG, which a fresh QIcon per paint would redo.
    std::map<SourceApp, QIcon> m_sourceAppIcons;
};

} // namespace AppKeys
