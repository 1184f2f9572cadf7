#include "RotateKeyDialog.h"

#include "DaysSuffix.h"
#include "KeyLifetimeChooser.h"
#include "KeyRules.h"
#include "LocalTime.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace AppKeys {

RotateKeyDialog::RotateKeyDialog(const QString& appName, const KeyRecord& oldKey, const QDateTime& now,
                                 int defaultLifetimeDays, int defaultOverlapDays, QWidget* parent)
    : QDialog(parent), m_oldKey(oldKey), m_now(now), m_overlap(new QSpinBox(this)),
      m_lifetime(new KeyLifetimeChooser(now.toLocalTime().date(), defaultLifetimeDays, this)),
      m_explanation(new QLabel(this))
{
    setWindowTitle(tr("Rotate API key"));
    auto* intro = new QLabel(tr("Issue a new API key for “%1” to replace %2.").arg(appName, oldKey.keyHint), this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_overlap->setObjectName(u"overlapSpin"_s);
    m_overlap->setAccessibleName(tr("Overlap in days"));
    m_overlap->setRange(KeyRules::MinRotationOverlapDays, KeyRules::MaxRotationOverlapDays);
    m_overlap->setValue(defaultOverlapDays);
    m_explanation->setObjectName(u"overlapExplanation"_s);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Rotate"), QDialogButtonBox::AcceptRole)->setObjectName(u"rotateButton"_s);

    auto* form = new QFormLayout;
    form->addRow(tr("&Overlap"), m_overlap);
    form->addRow(tr("New key &lifetime"), m_lifetime);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_explanation);
    layout->addWidget(buttons);

    DaysSuffix::follow(m_overlap);
    connect(m_overlap, &QSpinBox::valueChanged, this, &RotateKeyDialog::explain);
    connect(m_lifetime, &KeyLifetimeChooser::lifetimeChanged, this, &RotateKeyDialog::explain);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    explain();
}

int RotateKeyDialog::overlapDays() const
{
    return m_overlap->value();
}

int RotateKeyDialog::lifetimeDays() const
{
    return m_lifetime->lifetimeDays();
}

QDateTime RotateKeyDialog::oldKeyEnd() const
{
    return std::min(m_now.addDays(overlapDays()), m_oldKey.expiresAt);
}

void RotateKeyDialog::explain()
{
    const QString oldKey = overlapDays() == 0
                               ? tr("The old key %1 stops working now.").arg(m_oldKey.keyHint)
                               : tr("The old key %1 keeps working until %2, so clients can switch to the new key "
                                    "without downtime.")
                                     .arg(m_oldKey.keyHint, LocalTime::minutes(oldKeyEnd()));
    const QString newKey = tr("The new key expires on %1.").arg(LocalTime::longDate(m_now.addDays(lifetimeDays())));
    m_explanation->setText(oldKey + u' ' + newKey);
}

} // namespace AppKeys
