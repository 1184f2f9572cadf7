#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;

namespace AppKeys {

/// How long a new API key lives (PRODUCT.md section 4): 30, 90, 180 or 365 days, or until a date up to
/// KeyRules::MaxLifetimeDays ahead. Settings' default lifetime is preselected and marked "(default)".
class KeyLifetimeChooser : public QWidget
{
    Q_OBJECT
public:
    /// `today` is the user's local date, from which the days are counted; `defaultDays` (AppSettings::
    /// defaultKeyLifetimeDays) is preselected, and offered among the presets when it is none of them.
    KeyLifetimeChooser(const QDate& today, int defaultDays, QWidget* parent = nullptr);

    int lifetimeDays() const;
    QComboBox* choices() const { return m_choices; }
    QDateEdit* untilDateEdit() const { return m_untilDate; }

signals:
    void lifetimeChanged();

private:
    void addChoices(int defaultDays);
    bool isUntilDateChosen() const;

    QDate m_today;
    QComboBox* m_choices;
    QDateEdit* m_untilDate;
};

} // namespace AppKeys
