#pragma once

#include "KeyRecord.h"
#include "KeyStatus.h"
#include "KeychainReport.h"

#include <QAbstractTableModel>
#include <QList>

namespace AppKeys {

/// One app's API keys for the details panel: hint, created, expires, last used and status of each, newest first.
class KeyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        HintColumn,
        CreatedColumn,
        ExpiresColumn,
        LastUsedColumn,
        StatusColumn,
        ColumnCount
    };

    explicit KeyTableModel(QObject* parent = nullptr);

    /// The keys of an app, their statuses worked out at `now`; a deactivated app's usable keys show Inactive.
    void setKeys(const QList<KeyRecord>& keys, bool appActive, const QDateTime& now);
    const KeyRecord& key(int row) const { return m_keys.at(row); }
    KeyStatus status(int row) const;
    /// What this machine's keychain lacks of these keys (KeychainReport::findingsFor): the Status column adds it.
    void setKeychainFindings(QList<KeychainReport::Finding> findings, QString checkedBy);
    int rowOf(const QString& keyId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(int row, int column) const;
    const KeychainReport::Finding* findingFor(int row) const;

    QList<KeyRecord> m_keys;
    bool m_appActive = true;
    QDateTime m_now;
    QList<KeychainReport::Finding> m_findings;
    QString m_checkedBy;
};

} // namespace AppKeys
