#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <utility>

namespace AppKeys {

/// The choices of a filter's combo box, each a text shown and the value it filters by (Qt::UserRole, as
/// QComboBox::itemData reads it). Made from a list in one step: the audit trail window's app filter offers 100,000
/// apps, which a QStandardItemModel takes in 170 ms, one item at a time. QComboBox::addItem still adds one.
class FilterChoiceModel : public QAbstractListModel
{
    Q_OBJECT
public:
    using Choice = std::pair<QString, QString>;

    explicit FilterChoiceModel(QList<Choice> choices, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;

private:
    QList<Choice> m_choices;
};

} // namespace AppKeys
