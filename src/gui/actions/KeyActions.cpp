#include "KeyActions.h"

#include "ActionFeedback.h"
#include "AppSettings.h"
#include "Clock.h"
#include "Confirmation.h"
#include "CredentialService.h"
#include "GenerateKeyDialog.h"
#include "LocalTime.h"
#include "RotateKeyDialog.h"
#include "SecretValueDialog.h"

#include <QPointer>

namespace AppKeys {

KeyActions::KeyActions(RegistrySession session, ActionFeedback* feedback)
    : QObject(feedback), m_session(std::move(session)), m_feedback(feedback)
{
}

void KeyActions::generateKey(const AppRecord& app)
{
    auto* dialog = new GenerateKeyDialog(app.details.name, m_session.clock->nowUtc(),
                                         m_session.settings->defaultKeyLifetimeDays(), m_feedback->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, app] { startGenerating(app, dialog->lifetimeDays()); });
    dialog->open();
}

void KeyActions::startGenerating(const AppRecord& app, int lifetimeDays)
{
    m_feedback->begin(tr("Generating an API key for “%1”…").arg(app.details.name));
    m_session.credentials->generateApiKey(
        app.applicationId, lifetimeDays, [self = QPointer(this), name = app.details.name](Result<IssuedKey> key) {
            if (!self)
                return;
            if (!key)
                return self->m_feedback->failed(tr("No API key was generated for “%1”").arg(name), key.error());
            self->m_feedback->succeeded(tr("A new API key for “%1” was generated.").arg(name));
            self->showNewKey(name, key.value(), tr("The new API key of “%1”:").arg(name));
        });
}

void KeyActions::rotateKey(const AppRecord& app, const KeyRecord& oldKey)
{
    auto* dialog = new RotateKeyDialog(app.details.name, oldKey, m_session.clock->nowUtc(),
                                       m_session.settings->defaultKeyLifetimeDays(),
                                       m_session.settings->rotationOverlapDays(), m_feedback->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, app, oldKey] {
        startRotating(app, oldKey, dialog->lifetimeDays(), dialog->overlapDays(), dialog->oldKeyEnd());
    });
    dialog->open();
}

void KeyActions::startRotating(const AppRecord& app, const KeyRecord& oldKey, int lifetimeDays, int overlapDays,
                               const QDateTime& oldKeyEnd)
{
    m_feedback->begin(tr("Rotating the API key %1…").arg(oldKey.keyHint));
    const QString intro = overlapDays == 0 ? tr("The new API key of “%1”. The old key %2 no longer works.")
                                           : tr("The new API key of “%1”. The old key %2 keeps working until %3.");
    m_session.credentials->rotateKey(
        app.applicationId, oldKey.keyId, lifetimeDays, overlapDays,
        [self = QPointer(this), name = app.details.name, oldHint = oldKey.keyHint,
         intro = intro.arg(app.details.name, oldKey.keyHint, LocalTime::minutes(oldKeyEnd))](Result<IssuedKey> key) {
            if (!self)
                return;
            if (!key)
                return self->m_feedback->failed(tr("The API key %1 was not rotated").arg(oldHint), key.error());
            self->m_feedback->succeeded(tr("The API key %1 of “%2” was rotated.").arg(oldHint, name));
            self->showNewKey(name, key.value(), intro);
        });
}

void KeyActions::showNewKey(const QString& appName, const IssuedKey& key, const QString& intro)
{
    SecretValueDialog::showModal(
        {tr("New API key for “%1”").arg(appName),
         intro + u' ' + tr("It expires on %1.").arg(LocalTime::longDate(key.expiresAt)), tr("API key"), key.apiKey,
         FieldCheck::warning(
             tr("Note the key now: it will not be shown again here. It is kept in your system keychain."))},
        m_session.clipboard.get(), m_feedback->window());
}

void KeyActions::revokeKey(const AppRecord& app, const KeyRecord& key)
{
    Confirmation::ask(m_feedback->window(),
                      {tr("Revoke API key"), tr("Revoke the API key %1 of “%2”?").arg(key.keyHint, app.details.name),
                       tr("It stops working now, for every client that uses it. This cannot be undone."),
                       tr("Revoke key")},
                      [self = QPointer(this), app, key] {
                          if (self)
                              self->startRevoking(app, key);
                      });
}

void KeyActions::startRevoking(const AppRecord& app, const KeyRecord& key)
{
    m_feedback->begin(tr("Revoking the API key %1…").arg(key.keyHint));
    m_session.credentials->revokeKey(
        app.applicationId, key.keyId,
        [self = QPointer(this), name = app.details.name, hint = key.keyHint](Status revoked) {
            if (!self)
                return;
            if (revoked)
                self->m_feedback->succeeded(tr("The API key %1 of “%2” was revoked.").arg(hint, name));
            else
                self->m_feedback->failed(tr("The API key %1 was not revoked").arg(hint), revoked.error());
        });
}

void KeyActions::revealKey(const AppRecord& app, const KeyRecord& key)
{
    m_feedback->begin(tr("Reading the API key %1 from the keychain…").arg(key.keyHint));
    m_session.credentials->revealKey(
        app.applicationId, key.keyId,
        [self = QPointer(this), name = app.details.name, hint = key.keyHint](Result<QString> value) {
            if (!self)
                return;
            if (!value)
                return self->m_feedback->failed(tr("The API key %1 could not be read").arg(hint), value.error());
            self->m_feedback->succeeded(tr("The API key %1 was revealed; the audit trail records it.").arg(hint));
            SecretValueDialog::showModal(
                {tr("API key %1").arg(hint),
                 tr("The API key %1 of “%2”, read from your system keychain:").arg(hint, name), tr("API key"),
                 value.value(), FieldCheck{FieldCheck::Severity::Ok, tr("This read was recorded in the audit trail.")}},
                self->m_session.clipboard.get(), self->m_feedback->window());
        });
}

} // namespace AppKeys
