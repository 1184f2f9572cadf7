#pragma once

#include "Error.h"

#include <QObject>
#include <QPointer>
#include <QWidget>

namespace AppKeys {

/// What the user sees around an action on the registry: a busy cursor while the keychain works (the window
/// disables its actions meanwhile), a status message on success, a message box with Error::text() on failure,
/// and a reload of the window after either, since a failed action may still have changed something.
class ActionFeedback : public QObject
{
    Q_OBJECT
public:
    explicit ActionFeedback(QWidget* window);

    QWidget* window() const { return m_window; }
    bool isBusy() const { return m_busy; }

    void begin(const QString& progressText);
    void end();
    void succeeded(const QString& message);
    void failed(const QString& what, const Error& error);

signals:
    void busyChanged(bool busy);
    void statusMessage(const QString& message);
    /// The registry may have changed: the table, details and audit history read it again.
    void registryChanged();

private:
    QPointer<QWidget> m_window;
    bool m_busy = false;
};

} // namespace AppKeys
