#include "CredentialsPage.h"

#include "CredentialFormat.h"
#include "CredentialService.h"
#include "LocalTime.h"
#include "SecureClipboard.h"
#include "ui_CredentialsPage.h"

#include <QFontDatabase>
#include <QMessageBox>
#include <QPointer>

namespace AppKeys {

CredentialsPage::CredentialsPage(std::shared_ptr<CredentialService> credentials, SecureClipboard* clipboard,
                                 int keyLifetimeDays, QWidget* parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::CredentialsPage>()), m_credentials(std::move(credentials)),
      m_clipboard(clipboard), m_keyLifetimeDays(keyLifetimeDays)
{
    m_ui->setupUi(this);
    showMonospaced(m_ui->applicationIdEdit);
    m_ui->secretWarning->showCheck(
        FieldCheck::warning(tr("Note the secret now: it will not be shown again here. It is kept in your system "
                               "keychain.")));
    m_ui->generateNote->setText(keyLifetimeNote());
    m_ui->busyIndicator->hide();
    m_ui->clipboardStatusLabel->hide();
    setApiKeyRowVisible(false);

    connect(m_ui->copyApplicationIdButton, &QPushButton::clicked, this, &CredentialsPage::copyApplicationId);
    connect(m_ui->copySecretButton, &QPushButton::clicked, this,
            [this] { m_clipboard->copySecret(m_ui->secretField->text()); });
    connect(m_ui->copyApiKeyButton, &QPushButton::clicked, this,
            [this] { m_clipboard->copySecret(m_ui->apiKeyField->text()); });
    connect(m_ui->generateApiKeyButton, &QPushButton::clicked, this, &CredentialsPage::generateApiKey);
    connect(m_clipboard, &SecureClipboard::countdownChanged, this, &CredentialsPage::showClipboardCountdown);
}

CredentialsPage::~CredentialsPage() = default;

void CredentialsPage::showIssuedApp(const IssuedApp& issuedApp)
{
    m_applicationId = issuedApp.applicationId;
    m_ui->applicationIdEdit->setText(issuedApp.applicationId);
    m_ui->secretField->setText(issuedApp.secret);
}

bool CredentialsPage::isComplete() const
{
    return m_hasApiKey;
}

void CredentialsPage::generateApiKey()
{
    m_ui->apiKeyMessage->clearMessage();
    setGeneratingApiKey(true);
    // The page may be gone (wizard closed) by the time the keychain answers.
    const QPointer<CredentialsPage> self(this);
    m_credentials->generateApiKey(m_applicationId, m_keyLifetimeDays, [self](Result<IssuedKey> result) {
        if (self)
            self->finishGeneratingApiKey(result);
    });
}

void CredentialsPage::finishGeneratingApiKey(const Result<IssuedKey>& result)
{
    setGeneratingApiKey(false);
    if (!result) {
        showApiKeyError(result.error());
        return;
    }
    const IssuedKey& key = result.value();
    m_ui->apiKeyField->setText(key.apiKey);
    m_ui->expiryLabel->setText(tr("Expires on %1").arg(LocalTime::longDate(key.expiresAt)));
    setApiKeyRowVisible(true);
    // One key per visit: further keys are the main window's Generate/Rotate.
    m_ui->generateApiKeyButton->hide();
    m_ui->generateNote->hide();
    m_hasApiKey = true;
    emit completeChanged();
}

void CredentialsPage::setGeneratingApiKey(bool generating)
{
    m_generatingApiKey = generating;
    m_ui->generateApiKeyButton->setEnabled(!generating);
    m_ui->busyIndicator->setVisible(generating);
    m_ui->generateNote->setText(generating ? tr("Generating API key…") : keyLifetimeNote());
}

QString CredentialsPage::keyLifetimeNote() const
{
    return tr("A new key is valid for %n day(s).", nullptr, m_keyLifetimeDays);
}

void CredentialsPage::showApiKeyError(const Error& error)
{
    m_ui->apiKeyMessage->showCheck(FieldCheck::invalid(error.text()));
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("No API key was generated"),
                        tr("No API key was generated. The app exists; you can try again."), QMessageBox::Ok, this);
    box->setInformativeText(error.text());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void CredentialsPage::showClipboardCountdown(int secondsLeft)
{
    m_ui->clipboardStatusLabel->setVisible(secondsLeft > 0);
    m_ui->clipboardStatusLabel->setText(tr("Clipboard clears in %1 s").arg(secondsLeft));
}

void CredentialsPage::copyApplicationId()
{
    m_clipboard->copyPublic(m_ui->applicationIdEdit->text());
    m_ui->clipboardStatusLabel->setText(tr("Application ID copied."));
    m_ui->clipboardStatusLabel->show();
}

void CredentialsPage::setApiKeyRowVisible(bool visible)
{
    for (QWidget* widget : std::initializer_list<QWidget*>{m_ui->apiKeyLabel, m_ui->apiKeyField, m_ui->copyApiKeyButton,
                                                           m_ui->expiryLabel})
        widget->setVisible(visible);
}

void CredentialsPage::showMonospaced(QLineEdit* edit)
{
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // As wide as a secret's field (SecretField), so that the columns line up.
    const int width =
        edit->fontMetrics().horizontalAdvance(QString(CredentialFormat::TotalLength + 2, QLatin1Char('M')));
    edit->setMinimumWidth(width);
}

} // namespace AppKeys
