#include "GenerateKeyDialog.h"

#include "KeyLifetimeChooser.h"
#include "LocalTime.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace AppKeys {

GenerateKeyDialog::GenerateKeyDialog(const QString& appName, const QDateTime& now, int defaultLifetimeDays,
                                     QWidget* parent)
    : QDialog(parent), m_now(now),
      m_lifetime(new KeyLifetimeChooser(now.toLocalTime().date(), defaultLifetimeDays, this)),
      m_expiryLabel(new QLabel(this))
{
    setWindowTitle(tr("Generate API key"));
    auto* intro = new QLabel(tr("A new API key for “%1”. It is shown once, then kept only in your system keychain. "
                                "An app can have two usable keys at a time.")
                                 .arg(appName),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_expiryLabel->setObjectName(u"expiryLabel"_s);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Generate"), QDialogButtonBox::AcceptRole)->setObjectName(u"generateButton"_s);

    auto* form = new QFormLayout;
    form->addRow(tr("&Lifetime"), m_lifetime);
    form->addRow(QString(), m_expiryLabel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_lifetime, &KeyLifetimeChooser::lifetimeChanged, this, &GenerateKeyDialog::showExpiry);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showExpiry();
}

int GenerateKeyDialog::lifetimeDays() const
{
    return m_lifetime->lifetimeDays();
}

void GenerateKeyDialog::showExpiry()
{
    m_expiryLabel->setText(tr("The key will expire on %1.").arg(LocalTime::longDate(m_now.addDays(lifetimeDays()))));
}

} // namespace AppKeys
