#include "SecretValueDialog.h"

#include "FieldMessageLabel.h"
#include "SecretField.h"
#include "SecureClipboard.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AppKeys {

SecretValueDialog::SecretValueDialog(const Content& content, SecureClipboard* clipboard, QWidget* parent)
    : QDialog(parent), m_clipboard(clipboard), m_valueField(new SecretField(this)),
      m_copyButton(new QPushButton(tr("&Copy"), this)), m_clipboardStatus(new QLabel(this))
{
    setWindowTitle(content.title);
    auto* intro = new QLabel(content.intro, this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    auto* valueLabel = new QLabel(content.valueLabel, this);
    // The field takes no focus: the label's mnemonic goes to Copy, the one way to copy the value.
    valueLabel->setBuddy(m_copyButton);
    m_valueField->setObjectName(u"valueField"_s);
    m_valueField->setText(content.value);
    m_copyButton->setObjectName(u"copyButton"_s);
    m_copyButton->setAccessibleName(tr("Copy %1").arg(content.valueLabel));
    auto* note = new FieldMessageLabel(this);
    note->setObjectName(u"noteLabel"_s);
    note->showCheck(content.note);
    m_clipboardStatus->setObjectName(u"clipboardStatusLabel"_s);
    m_clipboardStatus->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* valueRow = new QGridLayout;
    valueRow->addWidget(valueLabel, 0, 0);
    valueRow->addWidget(m_valueField, 0, 1);
    valueRow->addWidget(m_copyButton, 0, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(valueRow);
    layout->addWidget(note);
    layout->addWidget(m_clipboardStatus);
    layout->addWidget(buttons);

    connect(m_copyButton, &QPushButton::clicked, this, [this] { m_clipboard->copySecret(m_valueField->text()); });
    connect(m_clipboard, &SecureClipboard::countdownChanged, this, &SecretValueDialog::showClipboardCountdown);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_copyButton->setFocus();
}

SecretValueDialog* SecretValueDialog::showModal(const Content& content, SecureClipboard* clipboard, QWidget* parent)
{
    auto* dialog = new SecretValueDialog(content, clipboard, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QString SecretValueDialog::value() const
{
    return m_valueField->text();
}

void SecretValueDialog::showClipboardCountdown(int secondsLeft)
{
    m_clipboardStatus->setVisible(secondsLeft > 0);
    m_clipboardStatus->setText(tr("Copied. The clipboard clears in %1 s.").arg(secondsLeft));
}

} // namespace AppKeys
