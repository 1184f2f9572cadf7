#pragma once

#include "AppRecord.h"
#include "RegistrySession.h"

#include <QObject>

namespace AppKeys {

class ActionFeedback;
class AppEditDialog;

/// The main window's actions on a whole app (PRODUCT.md sections 1 and 4): each asks what a careful user expects
/// (a form, a confirmation), then calls AppLifecycleService and reports through ActionFeedback.
class AppActions : public QObject
{
    Q_OBJECT
public:
    AppActions(RegistrySession session, ActionFeedback* feedback);

    void editDetails(const AppRecord& app);
    void editScope(const AppRecord& app);
    void regenerateSecret(const AppRecord& app);
    void revealSecret(const AppRecord& app);
    void deactivate(const AppRecord& app);
    void reactivate(const AppRecord& app);
    void deleteApp(const AppRecord& app);

private:
    void openEditDialog(AppEditDialog* dialog, const QString& savedMessage);
    void startRegeneratingSecret(const AppRecord& app);
    void startDeleting(const AppRecord& app);
    void reportSetActive(const Status& status, const QString& done, const QString& failed);

    RegistrySession m_session;
    ActionFeedback* m_feedback;
};

} // namespace AppKeys
