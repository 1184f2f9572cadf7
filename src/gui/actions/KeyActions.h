#pragma once

#include "AppRecord.h"
#include "KeyRecord.h"
#include "RegistrySession.h"

#include <QObject>

namespace AppKeys {

class ActionFeedback;
struct IssuedKey;

/// The main window's actions on an app's API keys (PRODUCT.md section 4): generate, rotate, revoke and reveal,
/// each with its dialog or confirmation, reported through ActionFeedback.
class KeyActions : public QObject
{
    Q_OBJECT
public:
    KeyActions(RegistrySession session, ActionFeedback* feedback);

    void generateKey(const AppRecord& app);
    void rotateKey(const AppRecord& app, const KeyRecord& oldKey);
    void revokeKey(const AppRecord& app, const KeyRecord& key);
    void revealKey(const AppRecord& app, const KeyRecord& key);

private:
    void startGenerating(const AppRecord& app, int lifetimeDays);
    void startRotating(const AppRecord& app, const KeyRecord& oldKey, int lifetimeDays, int overlapDays,
                       const QDateTime& oldKeyEnd);
    void startRevoking(const AppRecord& app, const KeyRecord& key);
    void showNewKey(const QString& appName, const IssuedKey& key, const QString& intro);

    RegistrySession m_session;
    ActionFeedback* m_feedback;
};

} // namespace AppKeys
