#include "DatabasePasswordDialog.h"

#include "ConnectionErrorCode.h"
#include "PostgresLocation.h"
#include "RegistryConnector.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {
constexpr int MinimumWidthInCharacters = 70;
} // namespace

DatabasePasswordDialog::DatabasePasswordDialog(const QString& location, const Error& reason, QWidget* parent)
    : QDialog(parent), m_password(new QLineEdit(this)), m_okButton(nullptr)
{
    setWindowTitle(tr("Database password"));
    const Result<PostgresLocation> parsed = PostgresLocation::parse(location);
    const QString role = parsed ? parsed.value().role() : QString();
    const QString registry = parsed ? parsed.value().canonicalUrl() : location;

    // An unrecognised refusal is explained only by the server's own words, which are in the hint.
    auto* reasonLabel =
        new QLabel(reason.code == ConnectionErrorCode::Unrecognised ? reason.text() : reason.message, this);
    reasonLabel->setObjectName(u"reasonLabel"_s);
    reasonLabel->setWordWrap(true);
    reasonLabel->setTextFormat(Qt::PlainText);
    auto* explanation = new QLabel(tr("Enter the password of the database role “%1” for the registry %2. AppKeys "
                                      "keeps it in the keychain, so you enter it only once.")
                                       .arg(role, registry),
                                   this);
    explanation->setObjectName(u"explanationLabel"_s);
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);
    auto* prompt = new QLabel(tr("&Password:"), this);
    prompt->setBuddy(m_password);
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Database password"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setText(tr("&Connect"));
    m_okButton->setEnabled(false);

    // Wide enough for a registry URL on one line, so the wrapped labels do not make a tall, narrow column.
    setMinimumWidth(fontMetrics().averageCharWidth() * MinimumWidthInCharacters);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(reasonLabel);
    layout->addWidget(explanation);
    layout->addWidget(prompt);
    layout->addWidget(m_password);
    layout->addWidget(buttons);

    connect(m_password, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_okButton->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString DatabasePasswordDialog::password() const
{
    return m_password->text();
}

Result<std::shared_ptr<Database>> DatabasePasswordDialog::openAsking(QWidget* parent, RegistryConnector& connector,
                                                                     const QString& location, Database::AccessMode mode)
{
    Result<std::shared_ptr<Database>> opened = connector.openAndWait(location, mode);
    while (!opened && RegistryConnector::isCurableByPassword(opened.error())) {
        DatabasePasswordDialog dialog(location, opened.error(), parent);
        if (dialog.exec() != QDialog::Accepted)
            return opened.error();
        opened = connector.logInAndWait(location, dialog.password(), mode);
    }
    return opened;
}

} // namespace AppKeys
