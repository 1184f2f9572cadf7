#include "FilterChoiceModel.h"

namespace AppKeys {

FilterChoiceModel::FilterChoiceModel(QList<Choice> choices, QObject* parent)
    : QAbstractListModel(parent), m_choices(std::move(choices))
{
}

int FilterChoiceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_choices.size());
}

QVariant FilterChoiceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Choice& choice = m_choices.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return choice.first;
    case Qt::UserRole:
        return choice.second;
    default:
        return {};
    }
}

bool FilterChoiceModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Choice& choice = m_choices[index.row()];
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        choice.first = value.toString();
    else if (role == Qt::UserRole)
        choice.second = value.toString();
    else
        return false;
    emit dataChanged(index, index, {role});
    return true;
}

bool FilterChoiceModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > m_choices.size() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    m_choices.insert(row, count, Choice());
    endInsertRows();
    return true;
}

} // namespace AppKeys
