#include "AppDetailsForm.h"

#include "AppDetailsValidator.h"
#include "AppRepository.h"
#include "SourceAppIcon.h"
#include "ui_AppDetailsForm.h"

#include <QIcon>
#include <QStyle>

namespace AppKeys {

namespace {
constexpr int SourceAppIconSize = 32;
}

AppDetailsForm::AppDetailsForm(std::shared_ptr<const AppRepository> repository, const QString& ownApplicationId,
                               QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AppDetailsForm>()), m_repository(std::move(repository)),
      m_ownApplicationId(ownApplicationId)
{
    m_ui->setupUi(this);
    m_ui->postLogoutRedirectUrls->setFieldName(tr("Post Logout Redirect URL"));
    m_ui->postLoginRedirectUrls->setFieldName(tr("Post Login Redirect URL"));
    presentChoices();

    m_nameLookupTimer.setSingleShot(true);
    m_nameLookupTimer.setInterval(NameLookupDelayMs);
    connect(&m_nameLookupTimer, &QTimer::timeout, this, &AppDetailsForm::checkNameInRegistry);

    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this] { m_nameTouched = true; });
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &AppDetailsForm::checkNameSyntax);
    connect(m_ui->uriEdit, &QLineEdit::textEdited, this, [this] { m_uriTouched = true; });
    connect(m_ui->uriEdit, &QLineEdit::textChanged, this, &AppDetailsForm::checkUri);
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this, &AppDetailsForm::checkDescription);
    connect(m_ui->postLogoutRedirectUrls, &RedirectUrlListEditor::changed, this, &AppDetailsForm::completeChanged);
    connect(m_ui->postLoginRedirectUrls, &RedirectUrlListEditor::changed, this, &AppDetailsForm::completeChanged);

    checkNameSyntax();
    checkUri();
    checkDescription();
}

AppDetailsForm::~AppDetailsForm() = default;

QList<AppDetailsForm::SourceAppChoice> AppDetailsForm::sourceAppChoices() const
{
    return {{SourceApp::ExternalCma, m_ui->externalCmaRadio, m_ui->externalCmaExplanation},
            {SourceApp::ExternalWebstore, m_ui->externalWebstoreRadio, m_ui->externalWebstoreExplanation},
            {SourceApp::ClientApp, m_ui->clientAppRadio, m_ui->clientAppExplanation},
            {SourceApp::Bot, m_ui->botRadio, m_ui->botExplanation}};
}

void AppDetailsForm::presentChoices()
{
    // Explanations line up with the text of their radio button, past its indicator.
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) +
                       style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    for (QLabel* label : {m_ui->guestExplanation, m_ui->employeeExplanation})
        label->setIndent(indent);
    m_ui->guestRadio->setAccessibleDescription(m_ui->guestExplanation->text());
    m_ui->employeeRadio->setAccessibleDescription(m_ui->employeeExplanation->text());

    for (const SourceAppChoice& choice : sourceAppChoices()) {
        choice.button->setIcon(sourceAppIcon(choice.source));
        choice.button->setIconSize(QSize(SourceAppIconSize, SourceAppIconSize));
        choice.explanation->setText(explanation(choice.source));
        choice.explanation->setIndent(indent);
        choice.button->setAccessibleDescription(choice.explanation->text());
    }
}

AppDetails AppDetailsForm::details() const
{
    AppDetails details;
    details.name = m_ui->nameEdit->text().trimmed();
    details.uri = m_ui->uriEdit->text().trimmed();
    details.description = m_ui->descriptionEdit->toPlainText().trimmed();
    details.loginUserType = m_ui->employeeRadio->isChecked() ? LoginUserType::Employee : LoginUserType::Guest;
    for (const SourceAppChoice& choice : sourceAppChoices()) {
        if (choice.button->isChecked())
            details.sourceApp = choice.source;
    }
    details.postLogoutRedirectUrls = m_ui->postLogoutRedirectUrls->urls();
    details.postLoginRedirectUrls = m_ui->postLoginRedirectUrls->urls();
    return details;
}

void AppDetailsForm::setDetails(const AppDetails& details)
{
    m_nameTouched = true;
    m_uriTouched = true;
    m_ui->nameEdit->setText(details.name);
    m_ui->uriEdit->setText(details.uri);
    m_ui->descriptionEdit->setPlainText(details.description);
    (details.loginUserType == LoginUserType::Employee ? m_ui->employeeRadio : m_ui->guestRadio)->setChecked(true);
    for (const SourceAppChoice& choice : sourceAppChoices())
        choice.button->setChecked(choice.source == details.sourceApp);
    m_ui->postLogoutRedirectUrls->setUrls(details.postLogoutRedirectUrls);
    m_ui->postLoginRedirectUrls->setUrls(details.postLoginRedirectUrls);
}

bool AppDetailsForm::isComplete() const
{
    return !m_nameLookupPending && m_nameCheck.isValid() && m_uriCheck.isValid() && m_descriptionCheck.isValid() &&
           m_ui->postLogoutRedirectUrls->isComplete() && m_ui->postLoginRedirectUrls->isComplete();
}

void AppDetailsForm::checkNameSyntax()
{
    m_nameCheck = AppDetailsValidator::checkName(m_ui->nameEdit->text());
    // Until the registry has answered, the name may be taken: the form stays incomplete meanwhile.
    m_nameLookupPending = m_nameCheck.isValid();
    if (m_nameLookupPending)
        m_nameLookupTimer.start();
    else
        m_nameLookupTimer.stop();
    showCheck(m_ui->nameMessage, m_nameCheck, m_nameTouched || !m_ui->nameEdit->text().isEmpty());
    emit completeChanged();
}

void AppDetailsForm::checkNameInRegistry()
{
    const auto isNameTaken = [this](const QString& trimmedName) {
        return m_repository->isNameTaken(trimmedName, m_ownApplicationId);
    };
    m_nameCheck = AppDetailsValidator::checkName(m_ui->nameEdit->text(), isNameTaken);
    m_nameLookupPending = false;
    showCheck(m_ui->nameMessage, m_nameCheck, m_nameTouched || !m_ui->nameEdit->text().isEmpty());
    emit completeChanged();
}

void AppDetailsForm::checkUri()
{
    m_uriCheck = AppDetailsValidator::checkUri(m_ui->uriEdit->text().trimmed());
    showCheck(m_ui->uriMessage, m_uriCheck, m_uriTouched || !m_ui->uriEdit->text().isEmpty());
    emit completeChanged();
}

void AppDetailsForm::checkDescription()
{
    const QString description = m_ui->descriptionEdit->toPlainText().trimmed();
    m_descriptionCheck = AppDetailsValidator::checkDescription(description);
    m_ui->descriptionCounter->setText(
        tr("%1 / %2").arg(description.size()).arg(AppDetailsValidator::MaxDescriptionLength));
    showCheck(m_ui->descriptionMessage, m_descriptionCheck, true);
    emit completeChanged();
}

void AppDetailsForm::showCheck(FieldMessageLabel* label, const FieldCheck& check, bool touched)
{
    if (touched)
        label->showCheck(check);
    else
        label->clearMessage();
}

} // namespace AppKeys
