#include "KeyLifetimeChooser.h"

#include "AppRegistrationService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {
/// The combo's data for "until a date": the days then come from the date edit.
constexpr int UntilDateChoice = 0;
} // namespace

KeyLifetimeChooser::KeyLifetimeChooser(const QDate& today, QWidget* parent)
    : QWidget(parent), m_today(today), m_choices(new QComboBox(this)), m_untilDate(new QDateEdit(this))
{
    m_choices->setObjectName(u"lifetimeCombo"_s);
    m_choices->setAccessibleName(tr("Key lifetime"));
    for (const int days : {30, 90, 180})
        m_choices->addItem(tr("%1 days").arg(days), days);
    m_choices->addItem(tr("%1 days (default)").arg(AppRegistrationService::DefaultKeyLifetimeDays),
                       AppRegistrationService::DefaultKeyLifetimeDays);
    m_choices->addItem(tr("Until a date…"), UntilDateChoice);
    m_choices->setCurrentIndex(m_choices->findData(AppRegistrationService::DefaultKeyLifetimeDays));

    m_untilDate->setObjectName(u"untilDateEdit"_s);
    m_untilDate->setAccessibleName(tr("Key valid until"));
    m_untilDate->setCalendarPopup(true);
    m_untilDate->setDateRange(today.addDays(AppRegistrationService::MinKeyLifetimeDays),
                              today.addDays(AppRegistrationService::MaxKeyLifetimeDays));
    m_untilDate->setDate(today.addDays(AppRegistrationService::DefaultKeyLifetimeDays));
    m_untilDate->setEnabled(false);

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
