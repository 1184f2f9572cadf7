#include "AddAppWizard.h"

#include "AppDetailsPage.h"
#include "CredentialsPage.h"
#include "ScopePage.h"

#include <QMessageBox>

namespace AppKeys {

namespace {
const QSize DefaultSize(960, 720);
}

AddAppWizard::AddAppWizard(std::shared_ptr<AppService> apps, std::shared_ptr<CredentialService> credentials,
                           std::shared_ptr<const AppRepository> repository,
                           std::shared_ptr<const PermissionCatalogue> catalogue, SecureClipboard* clipboard,
                           int keyLifetimeDays, QWidget* parent)
    : QWizard(parent), m_detailsPage(new AppDetailsPage(std::move(repository), this)),
      m_scopePage(new ScopePage(std::move(apps), std::move(catalogue), m_detailsPage, this)),
      m_credentialsPage(new CredentialsPage(std::move(credentials), clipboard, keyLifetimeDays, this))
{
    setWindowTitle(tr("Add App"));
    setWizardStyle(QWizard::ClassicStyle);
    // Enter must never press the scope page's Next by accident: that creates the app.
    setOption(QWizard::NoDefaultButton, true);
    setButtonText(QWizard::NextButton, tr("Next"));
    setButtonText(QWizard::BackButton, tr("Back"));
    setButtonText(QWizard::FinishButton, tr("Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setPage(DetailsPageId, m_detailsPage);
    setPage(ScopePageId, m_scopePage);
    setPage(CredentialsPageId, m_credentialsPage);
    resize(DefaultSize);

    connect(m_scopePage, &ScopePage::appCreated, m_credentialsPage, &CredentialsPage::showIssuedApp);
}

void AddAppWizard::reject()
{
    // The outcome of a running create or key generation decides what exists: it has to arrive first.
    if (m_scopePage->isCreatingApp() || m_credentialsPage->isGeneratingApiKey())
        return;
    if (currentId() == CredentialsPageId && !m_credentialsPage->hasApiKey()) {
        confirmCloseWithoutApiKey();
        return;
    }
    QWizard::reject();
}

void AddAppWizard::confirmCloseWithoutApiKey()
{
    auto* box = new QMessageBox(QMessageBox::Question, tr("Close without an API key?"),
                                tr("The app “%1” was created without an API key. You can generate one later from "
                                   "the main window. Close anyway?")
                                    .arg(m_detailsPage->details().name),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int answer) {
        if (answer == QMessageBox::Yes)
            QWizard::reject();
    });
    box->open();
}

} // namespace AppKeys
