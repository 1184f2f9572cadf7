#include "SettingsDialog.h"

#include "AppSettings.h"
#include "Database.h"
#include "DaysSuffix.h"
#include "SecureClipboard.h"
#include "SettingsRules.h"
#include "ui_SettingsDialog.h"

#include <QPointer>
#include <QPushButton>

namespace AppKeys {

namespace {
/// The item of the lifetime choices that enables the day count of its own.
constexpr int OtherLifetime = 0;
} // namespace

SettingsDialog::SettingsDialog(std::shared_ptr<AppSettings> settings, std::shared_ptr<SecretStore> secrets,
                               const QString& registryId, SecureClipboard* clipboard, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_settings(std::move(settings)),
      m_signingSecret(std::move(secrets), registryId), m_clipboard(clipboard)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save the settings"));
    fillKeyLifetimeChoices();
    loadValues();
    connectFields();
    checkRegistryLocation();
    checkThresholds();
    checkWebhookUrl();
    checkKeyLifetime();
    checkRotationOverlap();
    checkClipboardClear();
    readStoredSigningSecret();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::reject()
{
    if (!m_saving)
        QDialog::reject();
}

void SettingsDialog::fillKeyLifetimeChoices()
{
    for (const int days : SettingsRules::keyLifetimePresetDays())
        m_ui->keyLifetimeCombo->addItem(tr("%n day(s)", nullptr, days), days);
    m_ui->keyLifetimeCombo->addItem(tr("Other…"), OtherLifetime);
}

void SettingsDialog::loadValues()
{
    m_ui->registryLocationEdit->setText(m_settings->registryLocation());
    m_ui->registryLocationEdit->setPlaceholderText(
        tr("Empty: the registry on this computer, %1").arg(Database::defaultSqlitePath()));
    m_ui->alertsEnabledCheck->setChecked(m_settings->alertsEnabled());
    m_ui->thresholdsEdit->setText(SettingsRules::thresholdDaysText(m_settings->alertThresholdDays()));
    m_ui->webhookUrlEdit->setText(m_settings->webhookUrl());
    const int lifetime = m_settings->defaultKeyLifetimeDays();
    const int preset = m_ui->keyLifetimeCombo->findData(lifetime);
    m_ui->keyLifetimeCombo->setCurrentIndex(preset >= 0 ? preset : m_ui->keyLifetimeCombo->findData(OtherLifetime));
    m_ui->customLifetimeSpin->setValue(lifetime);
    m_ui->customLifetimeSpin->setVisible(preset < 0);
    m_ui->rotationOverlapSpin->setValue(m_settings->rotationOverlapDays());
    m_ui->clipboardClearSpin->setValue(m_settings->clipboardClearSeconds());
}

void SettingsDialog::connectFields()
{
    connect(m_ui->registryLocationEdit, &QLineEdit::textChanged, this, &SettingsDialog::checkRegistryLocation);
    connect(m_ui->thresholdsEdit, &QLineEdit::textChanged, this, &SettingsDialog::checkThresholds);
    connect(m_ui->webhookUrlEdit, &QLineEdit::textChanged, this, &SettingsDialog::checkWebhookUrl);
    // Whether a signing secret is needed depends on the URL too.
    connect(m_ui->webhookUrlEdit, &QLineEdit::textChanged, this, &SettingsDialog::checkSigningSecret);
    connect(m_ui->signingSecretEdit, &QLineEdit::textChanged, this, &SettingsDialog::checkSigningSecret);
    connect(m_ui->showSecretButton, &QToolButton::toggled, this, &SettingsDialog::showSecret);
    connect(m_ui->removeSecretButton, &QPushButton::toggled, this, &SettingsDialog::markSecretForRemoval);
    connect(m_ui->keyLifetimeCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::checkKeyLifetime);
    connect(m_ui->customLifetimeSpin, &QSpinBox::valueChanged, this, &SettingsDialog::checkKeyLifetime);
    connect(m_ui->rotationOverlapSpin, &QSpinBox::valueChanged, this, &SettingsDialog::checkRotationOverlap);
    connect(m_ui->clipboardClearSpin, &QSpinBox::valueChanged, this, &SettingsDialog::checkClipboardClear);
    DaysSuffix::follow(m_ui->customLifetimeSpin);
    DaysSuffix::follow(m_ui->rotationOverlapSpin);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

void SettingsDialog::readStoredSigningSecret()
{
    m_ui->removeSecretButton->setEnabled(false);
    m_ui->signingSecretEdit->setPlaceholderText(tr("Looking in the keychain…"));
    QPointer<SettingsDialog> self(this);
    // Only whether a secret is stored matters here; its text is dropped at once.
    m_signingSecret.read([self](Result<QString> stored) {
        if (self)
            self->showStoredSigningSecret(stored);
    });
}

void SettingsDialog::showStoredSigningSecret(const Result<QString>& stored)
{
    if (stored) {
        m_storedSecret = StoredSecret::Present;
        m_ui->signingSecretEdit->setPlaceholderText(tr("A secret is set; type a new one to replace it"));
    } else if (stored.error().code == SecretStore::EntryNotFoundCode) {
        m_storedSecret = StoredSecret::Missing;
        m_ui->signingSecretEdit->setPlaceholderText(tr("Not set"));
    } else {
        m_ui->signingSecretEdit->setPlaceholderText(tr("Unknown: the keychain could not be read"));
        m_ui->signingSecretMessage->showCheck(FieldCheck::warning(stored.error().text()));
    }
    m_ui->removeSecretButton->setEnabled(m_storedSecret != StoredSecret::Missing);
    if (m_storedSecret != StoredSecret::Unknown)
        checkSigningSecret();
}

void SettingsDialog::checkRegistryLocation()
{
    const QString typed = m_ui->registryLocationEdit->text();
    FieldCheck check = SettingsRules::checkRegistryLocation(typed);
    // The window keeps the registry it opened with until it is started again.
    if (check.isValid() && check.message.isEmpty() && typed.trimmed() != m_settings->registryLocation())
        check.message = tr("AppKeys opens this registry from its next start.");
    showCheck(m_registryLocationCheck, check, m_ui->registryLocationMessage);
}

void SettingsDialog::checkThresholds()
{
    const Result<QList<int>> days = SettingsRules::parseThresholdDays(m_ui->thresholdsEdit->text());
    showCheck(m_thresholdsCheck, days ? FieldCheck::ok() : FieldCheck::invalid(days.error().message),
              m_ui->thresholdsMessage);
}

void SettingsDialog::checkWebhookUrl()
{
    showCheck(m_webhookUrlCheck, SettingsRules::checkWebhookUrl(m_ui->webhookUrlEdit->text()), m_ui->webhookUrlMessage);
}

void SettingsDialog::checkSigningSecret()
{
    showCheck(m_signingSecretCheck, signingSecretCheck(), m_ui->signingSecretMessage);
}

FieldCheck SettingsDialog::signingSecretCheck() const
{
    const QString typed = m_ui->signingSecretEdit->text();
    if (!typed.isEmpty() && !m_ui->removeSecretButton->isChecked())
        return WebhookSigningSecret::check(typed);
    const bool secretWillBeMissing = m_ui->removeSecretButton->isChecked() || m_storedSecret == StoredSecret::Missing;
    if (secretWillBeMissing && !m_ui->webhookUrlEdit->text().trimmed().isEmpty())
        return FieldCheck::warning(tr("Without a signing secret, webhook alerts stay pending: the receiver could not "
                                      "tell them from forgeries."));
    if (m_ui->removeSecretButton->isChecked())
        return {FieldCheck::Severity::Ok,
                tr("The signing secret will be removed from the keychain when you click OK.")};
    return FieldCheck::ok();
}

void SettingsDialog::checkKeyLifetime()
{
    m_ui->customLifetimeSpin->setVisible(m_ui->keyLifetimeCombo->currentData().toInt() == OtherLifetime);
    showCheck(m_keyLifetimeCheck, SettingsRules::checkKeyLifetimeDays(keyLifetimeDays()), m_ui->keyLifetimeMessage);
}

void SettingsDialog::checkRotationOverlap()
{
    showCheck(m_rotationOverlapCheck, SettingsRules::checkRotationOverlapDays(m_ui->rotationOverlapSpin->value()),
              m_ui->rotationOverlapMessage);
}

void SettingsDialog::checkClipboardClear()
{
    showCheck(m_clipboardClearCheck, SettingsRules::checkClipboardClearSeconds(m_ui->clipboardClearSpin->value()),
              m_ui->clipboardClearMessage);
}

void SettingsDialog::showCheck(FieldCheck& field, const FieldCheck& check, FieldMessageLabel* label)
{
    field = check;
    label->showCheck(check);
    updateOkButton();
}

void SettingsDialog::updateOkButton()
{
    bool allValid = true;
    for (const FieldCheck* check :
         {&m_registryLocationCheck, &m_thresholdsCheck, &m_webhookUrlCheck, &m_signingSecretCheck, &m_keyLifetimeCheck,
          &m_rotationOverlapCheck, &m_clipboardClearCheck})
        allValid = allValid && check->isValid();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(allValid && !m_saving);
}

int SettingsDialog::keyLifetimeDays() const
{
    const int preset = m_ui->keyLifetimeCombo->currentData().toInt();
    return preset == OtherLifetime ? m_ui->customLifetimeSpin->value() : preset;
}

void SettingsDialog::showSecret(bool shown)
{
    m_ui->signingSecretEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    m_ui->showSecretButton->setText(shown ? tr("Hide") : tr("Show"));
    m_ui->showSecretButton->setAccessibleName(shown ? tr("Hide the signing secret") : tr("Show the signing secret"));
}

void SettingsDialog::markSecretForRemoval(bool remove)
{
    if (remove)
        m_ui->signingSecretEdit->clear();
    m_ui->signingSecretEdit->setEnabled(!remove);
    m_ui->showSecretButton->setEnabled(!remove);
    checkSigningSecret();
}

void SettingsDialog::save()
{
    setSaving(true);
    m_ui->saveMessage->clearMessage();
    QPointer<SettingsDialog> self(this);
    // The keychain first: when it refuses the secret, nothing is saved and the dialog stays open to try again.
    storeSigningSecret([self](Status stored) {
        if (self)
            self->finishSaving(stored);
    });
}

void SettingsDialog::storeSigningSecret(SecretStore::StatusCallback done)
{
    const QString typed = m_ui->signingSecretEdit->text();
    if (m_ui->removeSecretButton->isChecked())
        m_signingSecret.remove(std::move(done));
    else if (!typed.isEmpty())
        m_signingSecret.save(typed, std::move(done));
    else
        done({});
}

void SettingsDialog::finishSaving(const Status& secretStored)
{
    setSaving(false);
    if (!secretStored) {
        m_ui->signingSecretMessage->showCheck(FieldCheck::invalid(secretStored.error().text()));
        return;
    }
    if (const Status written = writeSettings(); !written) {
        m_ui->saveMessage->showCheck(FieldCheck::invalid(written.error().text()));
        return;
    }
    if (m_clipboard)
        m_clipboard->setClearDelaySeconds(m_settings->clipboardClearSeconds());
    emit settingsSaved();
    accept();
}

Status SettingsDialog::writeSettings()
{
    m_settings->setAlertsEnabled(m_ui->alertsEnabledCheck->isChecked());
    const Result<QList<int>> thresholds = SettingsRules::parseThresholdDays(m_ui->thresholdsEdit->text());
    const QList<FieldCheck> checks{
        m_settings->setRegistryLocation(m_ui->registryLocationEdit->text()),
        m_settings->setAlertThresholdDays(thresholds ? thresholds.value() : QList<int>()),
        m_settings->setWebhookUrl(m_ui->webhookUrlEdit->text()),
        m_settings->setDefaultKeyLifetimeDays(keyLifetimeDays()),
        m_settings->setRotationOverlapDays(m_ui->rotationOverlapSpin->value()),
        m_settings->setClipboardClearSeconds(m_ui->clipboardClearSpin->value()),
    };
    for (const FieldCheck& check : checks) {
        if (!check.isValid())
            return Error{check.message, {}};
    }
    return m_settings->save();
}

void SettingsDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!saving);
    updateOkButton();
}

} // namespace AppKeys
