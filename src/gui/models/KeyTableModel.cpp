#include "KeyTableModel.h"

#include "KeyRules.h"
#include "KeyStatusStyle.h"
#include "LastUsedText.h"
#include "LocalTime.h"

#include <QBrush>
#include <QFontDatabase>
#include <QGuiApplication>
#include <algorithm>

namespace AppKeys {

KeyTableModel::KeyTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void KeyTableModel::setKeys(const QList<KeyRecord>& keys, bool appActive, const QDateTime& now)
{
    beginResetModel();
    m_keys = keys;
    m_appActive = appActive;
    m_now = now;
    endResetModel();
}

KeyStatus KeyTableModel::status(int row) const
{
    const KeyRecord& key = m_keys.at(row);
    if (!m_appActive && KeyRules::isLive(key, m_now))
        return {KeyStatus::State::Inactive, 0};
    return KeyStatus::ofKey(key, m_now);
}

void KeyTableModel::setKeychainFindings(QList<KeychainReport::Finding> findings, QString checkedBy)
{
    m_findings = std::move(findings);
    m_checkedBy = std::move(checkedBy);
    if (!m_keys.isEmpty())
        emit dataChanged(index(0, StatusColumn), index(int(m_keys.size()) - 1, StatusColumn));
}

const KeychainReport::Finding* KeyTableModel::findingFor(int row) const
{
    const QString& keyId = m_keys.at(row).keyId;
    const auto found =
        std::find_if(m_findings.begin(), m_findings.end(),
                     [&keyId](const KeychainReport::Finding& finding) { return finding.keyId == keyId; });
    return found == m_findings.end() ? nullptr : &*found;
}

int KeyTableModel::rowOf(const QString& keyId) const
{
    for (int row = 0; row < m_keys.size(); ++row) {
        if (m_keys.at(row).keyId == keyId)
            return row;
    }
    return -1;
}

int KeyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int KeyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayData(index.row(), index.column());
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn) {
            // The views paint with the application's palette and ask at each paint, so a palette change is followed.
            if (findingFor(index.row()))
                return QBrush(KeyStatusStyle::cellForeground(TextColors::Tone::Problem, QGuiApplication::palette()));
            if (const auto color =
                    KeyStatusStyle::cellForeground(status(index.row()).state, QGuiApplication::palette()))
                return QBrush(*color);
        }
        break;
    case Qt::FontRole:
        if (index.column() == HintColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && findingFor(index.row()))
            return KeychainReport::cure(*findingFor(index.row()));
        if (index.column() == StatusColumn && m_keys.at(index.row()).revokedAt.isValid())
            return tr("Revoked on %1").arg(LocalTime::minutes(m_keys.at(index.row()).revokedAt));
        if (index.column() == LastUsedColumn && m_keys.at(index.row()).lastUsedAt.isValid())
            return tr("Accepted by the verification service for %1 in all.")
                .arg(LastUsedText::requests(m_keys.at(index.row()).useCount));
        break;
    default:
        break;
    }
    return {};
}

QVariant KeyTableModel::displayData(int row, int column) const
{
    const KeyRecord& key = m_keys.at(row);
    switch (column) {
    case HintColumn:
        return key.keyHint;
    case CreatedColumn:
        return LocalTime::minutes(key.createdAt);
    case ExpiresColumn:
        return LocalTime::minutes(key.expiresAt);
    case LastUsedColumn:
        return LastUsedText::when(key.lastUsedAt);
    case StatusColumn:
        if (const KeychainReport::Finding* finding = findingFor(row))
            return tr("%1 — %2").arg(status(row).text(), KeychainReport::text(*finding, m_checkedBy));
        return status(row).text();
    default:
        return {};
    }
}

QVariant KeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HintColumn:
        return tr("Key");
    case CreatedColumn:
        return tr("Created");
    case ExpiresColumn:
        return tr("Expires");
    case LastUsedColumn:
        return tr("Last Used");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace AppKeys
