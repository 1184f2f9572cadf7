#include "ScopePage.h"

#include "AppDetailsPage.h"
#include "AppService.h"
#include "PermissionCatalogue.h"
#include "ScopeForm.h"
#include "ui_ScopePage.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QPointer>
#include <QWizard>

namespace AppKeys {

ScopePage::ScopePage(std::shared_ptr<AppService> apps, std::shared_ptr<const PermissionCatalogue> catalogue,
                     const AppDetailsPage* detailsPage, QWidget* parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::ScopePage>()), m_form(new ScopeForm(*catalogue, this)),
      m_apps(std::move(apps)), m_detailsPage(detailsPage)
{
    m_ui->setupUi(this);
    m_ui->pageLayout->insertWidget(0, m_form, 1);
    m_ui->busyPanel->hide();

    setCommitPage(true);
    // The seed flow calls this button Next, like the one on the page before.
    setButtonText(QWizard::CommitButton, tr("Next"));

    connect(m_form, &ScopeForm::completeChanged, this, &QWizardPage::completeChanged);
}

ScopePage::~ScopePage() = default;

AppScope ScopePage::scope() const
{
    return m_form->scope();
}

bool ScopePage::isComplete() const
{
    return !m_creatingApp && m_form->isComplete();
}

bool ScopePage::validatePage()
{
    if (m_appCreated)
        return true;
    if (!m_creatingApp)
        startCreatingApp();
    // The wizard moves on from finishCreatingApp() once the app exists.
    return false;
}

void ScopePage::startCreatingApp()
{
    m_ui->creationMessage->clearMessage();
    setCreatingApp(true);
    // The page may be gone (wizard closed) by the time the keychain answers.
    const QPointer<ScopePage> self(this);
    m_apps->createApp(m_detailsPage->details(), scope(), [self](Result<IssuedApp> result) {
        if (self)
            self->finishCreatingApp(result);
    });
}

void ScopePage::finishCreatingApp(const Result<IssuedApp>& result)
{
    setCreatingApp(false);
    if (!result) {
        showCreationError(result.error());
        return;
    }
    m_appCreated = true;
    emit appCreated(result.value());
    // Queued: the answer may arrive while the wizard is still inside validatePage().
    QMetaObject::invokeMethod(wizard(), &QWizard::next, Qt::QueuedConnection);
}

void ScopePage::setCreatingApp(bool creating)
{
    m_creatingApp = creating;
    m_ui->busyPanel->setVisible(creating);
    m_form->setEnabled(!creating);
    // completeChanged() makes the wizard set Back and Next to what the page allows; Back then waits too.
    emit completeChanged();
    if (creating)
        wizard()->button(QWizard::BackButton)->setEnabled(false);
    wizard()->button(QWizard::CancelButton)->setEnabled(!creating);
}

void ScopePage::showCreationError(const Error& error)
{
    m_ui->creationMessage->showCheck(FieldCheck::invalid(error.text()));
    auto* box = new QMessageBox(QMessageBox::Warning, tr("The app was not created"),
                                tr("The app was not created, and nothing was saved."), QMessageBox::Ok, this);
    box->setInformativeText(error.text());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace AppKeys
