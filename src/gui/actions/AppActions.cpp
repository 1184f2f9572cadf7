#include "AppActions.h"

#include "ActionFeedback.h"
#include "AppService.h"
#include "Confirmation.h"
#include "CredentialService.h"
#include "DeleteAppDialog.h"
#include "EditDetailsDialog.h"
#include "EditScopeDialog.h"
#include "SecretValueDialog.h"

#include <QPointer>

namespace AppKeys {

AppActions::AppActions(RegistrySession session, ActionFeedback* feedback)
    : QObject(feedback), m_session(std::move(session)), m_feedback(feedback)
{
}

void AppActions::editDetails(const AppRecord& app)
{
    openEditDialog(new EditDetailsDialog(app, m_session.apps, m_session.repository, m_feedback->window()),
                   tr("The details of “%1” were saved.").arg(app.details.name));
}

void AppActions::editScope(const AppRecord& app)
{
    openEditDialog(
        new EditScopeDialog(app, m_session.apps, m_session.repository, *m_session.catalogue, m_feedback->window()),
        tr("The scope of “%1” was saved.").arg(app.details.name));
}

void AppActions::openEditDialog(AppEditDialog* dialog, const QString& savedMessage)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, m_feedback,
            [feedback = m_feedback, savedMessage] { feedback->succeeded(savedMessage); });
    connect(dialog, &AppEditDialog::changedElsewhere, m_feedback, &ActionFeedback::registryChanged);
    dialog->open();
}

void AppActions::regenerateSecret(const AppRecord& app)
{
    Confirmation::ask(m_feedback->window(),
                      {tr("Regenerate secret"), tr("Regenerate the secret of “%1”?").arg(app.details.name),
                       tr("The current secret stops working at once. Every client that uses it needs the new one, "
                          "which is shown once."),
                       tr("Regenerate secret")},
                      [self = QPointer(this), app] {
                          if (self)
                              self->startRegeneratingSecret(app);
                      });
}

void AppActions::startRegeneratingSecret(const AppRecord& app)
{
    m_feedback->begin(tr("Regenerating the secret of “%1”…").arg(app.details.name));
    m_session.credentials->regenerateSecret(
        app.applicationId, [self = QPointer(this), name = app.details.name](Result<IssuedApp> issued) {
            if (!self)
                return;
            if (!issued)
                return self->m_feedback->failed(tr("The secret of “%1” was not regenerated").arg(name), issued.error());
            self->m_feedback->succeeded(tr("The secret of “%1” was regenerated.").arg(name));
            SecretValueDialog::showModal(
                {tr("New secret"), tr("The new secret of “%1”:").arg(name), tr("Secret"), issued.value().secret,
                 FieldCheck::warning(tr("Note the secret now: it will not be shown again here. It is kept in your "
                                        "system keychain."))},
                self->m_session.clipboard.get(), self->m_feedback->window());
        });
}

void AppActions::revealSecret(const AppRecord& app)
{
    m_feedback->begin(tr("Reading the secret of “%1” from the keychain…").arg(app.details.name));
    m_session.credentials->revealSecret(
        app.applicationId, [self = QPointer(this), name = app.details.name](Result<QString> secret) {
            if (!self)
                return;
            if (!secret)
                return self->m_feedback->failed(tr("The secret of “%1” could not be read").arg(name), secret.error());
            self->m_feedback->succeeded(tr("The secret of “%1” was revealed; the audit trail records it.").arg(name));
            SecretValueDialog::showModal(
                {tr("Secret of “%1”").arg(name), tr("The secret of “%1”, read from your system keychain:").arg(name),
                 tr("Secret"), secret.value(),
                 FieldCheck{FieldCheck::Severity::Ok, tr("This read was recorded in the audit trail.")}},
                self->m_session.clipboard.get(), self->m_feedback->window());
        });
}

void AppActions::deactivate(const AppRecord& app)
{
    Confirmation::ask(m_feedback->window(),
                      {tr("Deactivate app"), tr("Deactivate “%1”?").arg(app.details.name),
                       tr("Its API keys stop working until you reactivate it. Nothing is deleted."), tr("Deactivate")},
                      [self = QPointer(this), app] {
                          if (!self)
                              return;
                          self->reportSetActive(self->m_session.apps->deactivate(app.applicationId),
                                                tr("“%1” was deactivated.").arg(app.details.name),
                                                tr("“%1” was not deactivated").arg(app.details.name));
                      });
}

void AppActions::reactivate(const AppRecord& app)
{
    reportSetActive(m_session.apps->reactivate(app.applicationId), tr("“%1” was reactivated.").arg(app.details.name),
                    tr("“%1” was not reactivated").arg(app.details.name));
}

void AppActions::reportSetActive(const Status& status, const QString& done, const QString& failed)
{
    if (status)
        m_feedback->succeeded(done);
    else
        m_feedback->failed(failed, status.error());
}

void AppActions::deleteApp(const AppRecord& app)
{
    auto* dialog = new DeleteAppDialog(app.details.name, m_feedback->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, app] { startDeleting(app); });
    dialog->open();
}

void AppActions::startDeleting(const AppRecord& app)
{
    m_feedback->begin(tr("Deleting “%1”…").arg(app.details.name));
    m_session.apps->deleteApp(app.applicationId, [self = QPointer(this), name = app.details.name](Status deleted) {
        if (!self)
            return;
        if (deleted)
            self->m_feedback->succeeded(tr("“%1” was deleted. Its audit trail stays.").arg(name));
        else
            self->m_feedback->failed(tr("“%1” was not deleted").arg(name), deleted.error());
    });
}

} // namespace AppKeys
