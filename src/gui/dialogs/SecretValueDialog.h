#pragma once

#include "FieldCheck.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace AppKeys {

class FieldMessageLabel;
class SecretField;
class SecureClipboard;

/// Shows one secret or API key with a Copy button: a value just issued (shown this once) or read back from the
/// keychain. Copy goes through SecureClipboard, so the value is tagged for clipboard managers and cleared; it is the
/// only way to copy the value (SecretField).
class SecretValueDialog : public QDialog
{
    Q_OBJECT
public:
    struct Content
    {
        QString title;
        QString intro;      ///< what happened, e.g. "The new secret of “Web store”:"
        QString valueLabel; ///< "Secret" or "API key"
        QString value;
        FieldCheck note; ///< e.g. the warning to note it now, or that the read was audited
    };

    SecretValueDialog(const Content& content, SecureClipboard* clipboard, QWidget* parent = nullptr);

    /// Opens a window-modal dialog that deletes itself when closed.
    static SecretValueDialog* showModal(const Content& content, SecureClipboard* clipboard, QWidget* parent);

    QString value() const;

private:
    void showClipboardCountdown(int secondsLeft);

    SecureClipboard* m_clipboard;
    SecretField* m_valueField;
    QPushButton* m_copyButton;
    QLabel* m_clipboardStatus;
};

} // namespace AppKeys
