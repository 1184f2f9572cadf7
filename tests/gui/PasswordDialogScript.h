#pragma once

#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <functional>

namespace AppKeys {

class DatabasePasswordDialog;

/// Plays the user of the modal DatabasePasswordDialogs that DatabasePasswordDialog::openAsking() shows while the
/// test waits for it to return: one step for each dialog, in order. A dialog beyond the steps is cancelled, so that
/// a test whose code asks once too often fails instead of hanging.
class PasswordDialogScript
{
public:
    using Step = std::function<void(DatabasePasswordDialog& dialog)>;

    explicit PasswordDialogScript(QList<Step> steps);

    /// How many dialogs were shown.
    int shownCount() const { return int(m_reasons.size()); }
    /// The reason each dialog showed above its field, in order.
    QStringList reasons() const { return m_reasons; }

    /// Types `password` and presses Return, as a user would.
    static void typeAndPressReturn(DatabasePasswordDialog& dialog, const QString& password);

private:
    void playNewDialog();

    QList<Step> m_steps;
    QStringList m_reasons;
    QPointer<DatabasePasswordDialog> m_current;
    QTimer m_watch;
};

} // namespace AppKeys
