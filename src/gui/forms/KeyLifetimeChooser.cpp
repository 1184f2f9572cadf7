#include "KeyLifetimeChooser.h"

#include "KeyRules.h"
#include "SettingsRules.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {
/// The combo's data for "until a date": the days then come from the date edit.
constexpr int UntilDateChoice = 0;
} // namespace

KeyLifetimeChooser::KeyLifetimeChooser(const QDate& today, int defaultDays, QWidget* parent)
    : QWidget(parent), m_today(today), m_choices(new QComboBox(this)), m_untilDate(new QDateEdit(this))
{
    m_choices->setObjectName(u"lifetimeCombo"_s);
    m_choices->setAccessibleName(tr("Key lifetime"));
    addChoices(defaultDays);

    m_untilDate->setObjectName(u"untilDateEdit"_s);
    m_untilDate->setAccessibleName(tr("Key valid until"));
    m_untilDate->setCalendarPopup(true);
    m_untilDate->setDateRange(today.addDays(KeyRules::MinLifetimeDays), today.addDays(KeyRules::MaxLifetimeDays));
    m_untilDate->setDate(today.addDays(defaultDays));
    m_untilDate->setEnabled(false);
    // With its calendar button the edit's own size hint leaves no room for the last digits of a short-format date.
    m_untilDate->setMinimumWidth(m_untilDate->sizeHint().width() +
                                 m_untilDate->fontMetrics().horizontalAdvance(u"0000"_s));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_choices);
    layout->addWidget(m_untilDate);
    layout->addStretch();
    setFocusProxy(m_choices);

    connect(m_choices, &QComboBox::currentIndexChanged, this, [this] {
        m_untilDate->setEnabled(isUntilDateChosen());
        emit lifetimeChanged();
    });
    connect(m_untilDate, &QDateEdit::dateChanged, this, &KeyLifetimeChooser::lifetimeChanged);
}

void KeyLifetimeChooser::addChoices(int defaultDays)
{
    QList<int> offered = SettingsRules::keyLifetimePresetDays();
    if (!offered.contains(defaultDays)) {
        offered.append(defaultDays);
        std::sort(offered.begin(), offered.end());
    }
    for (const int days : offered) {
        m_choices->addItem(
            days == defaultDays ? tr("%n day(s) (default)", nullptr, days) : tr("%n day(s)", nullptr, days), days);
    }
    m_choices->addItem(tr("Until a date…"), UntilDateChoice);
    m_choices->setCurrentIndex(m_choices->findData(defaultDays));
}

bool KeyLifetimeChooser::isUntilDateChosen() const
{
    return m_choices->currentData().toInt() == UntilDateChoice;
}

int KeyLifetimeChooser::lifetimeDays() const
{
    if (isUntilDateChosen())
        return int(m_today.daysTo(m_untilDate->date()));
    return m_choices->currentData().toInt();
}

} // namespace AppKeys
