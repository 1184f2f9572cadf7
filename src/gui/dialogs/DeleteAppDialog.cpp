#include "DeleteAppDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AppKeys {

DeleteAppDialog::DeleteAppDialog(const QString& appName, QWidget* parent)
    : QDialog(parent), m_appName(appName), m_confirmation(new QLineEdit(this)), m_deleteButton(nullptr)
{
    setWindowTitle(tr("Delete app"));
    auto* explanation = new QLabel(
        tr("Delete “%1”? Its secret and API keys are removed from the keychain and stop working for every client at "
           "once. This cannot be undone. Its audit trail stays, and its name becomes free.")
            .arg(appName),
        this);
    explanation->setObjectName(u"explanationLabel"_s);
    explanation->setWordWrap(true);
    // Names are shown as typed: a name with markup must not change how the question reads.
    explanation->setTextFormat(Qt::PlainText);
    auto* prompt = new QLabel(tr("Type the app's name, %1, to confirm:").arg(appName), this);
    prompt->setWordWrap(true);
    prompt->setTextFormat(Qt::PlainText);
    prompt->setBuddy(m_confirmation);
    m_confirmation->setObjectName(u"confirmationEdit"_s);
    m_confirmation->setAccessibleName(tr("App name to confirm deletion"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_deleteButton = buttons->addButton(tr("&Delete app"), QDialogButtonBox::DestructiveRole);
    m_deleteButton->setObjectName(u"deleteButton"_s);
    m_deleteButton->setEnabled(false);
    m_deleteButton->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(prompt);
    layout->addWidget(m_confirmation);
    layout->addWidget(buttons);

    connect(m_confirmation, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_deleteButton->setEnabled(text == m_appName); });
    connect(m_deleteButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace AppKeys
