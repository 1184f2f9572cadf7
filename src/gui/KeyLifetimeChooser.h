#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;

namespace AppKeys {

/// How long a new API key lives (PRODUCT.md section 4): 30, 90, 180 or 365 days (the default), or until a date
/// up to 730 days ahead.
class KeyLifetimeChooser : public QWidget
{
    Q_OBJECT
public:
    /// `today` is the user's local date, from which the days are counted.
    explicit KeyLifetimeChooser(const QDate& today, QWidget* parent = nullptr);

    int lifetimeDays() const;
    QComboBox* choices() const { return m_choices; }
    QDateEdit* untilDateEdit() const { return m_untilDate; }

signals:
    void lifetimeChanged();

private:
    bool isUntilDateChosen() const;

    QDate m_today;
    QComboBox* m_choices;
    QDateEdit* m_untilDate;
};

} // namespace AppKeys
