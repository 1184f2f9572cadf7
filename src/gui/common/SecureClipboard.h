#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

namespace AppKeys {

/// Copies to the system clipboard the way password managers do (PRODUCT.md section 9): secrets are
/// tagged for clipboard managers and cleared after a delay, with a countdown, and on quit, but only
/// while the clipboard still holds what was copied here.
class SecureClipboard : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultClearDelaySeconds = 30;
    /// The MIME type KDE's Klipper and other clipboard managers read to keep a secret out of their history.
    static constexpr auto PasswordManagerHintFormat = "x-kde-passwordManagerHint";

    explicit SecureClipboard(QObject* parent = nullptr);
    ~SecureClipboard() override;

    void setClearDelaySeconds(int seconds);
    int clearDelaySeconds() const { return m_clearDelaySeconds; }
    /// Seconds until the copied secret is cleared; 0 when no countdown runs.
    int secondsLeft() const { return m_secondsLeft; }

    /// For what is not a secret (an Application ID): copied as plain text and left on the clipboard.
    void copyPublic(const QString& text);
    /// For a secret or an API key: tagged, and cleared after clearDelaySeconds().
    void copySecret(const QString& text);
    /// Clears the clipboard now if it still holds the secret copied here.
    void clearNow();

signals:
    /// Each second while a secret waits to be cleared; 0 once it was cleared or replaced.
    void countdownChanged(int secondsLeft);

private:
    void tick();
    /// Someone else copied something: the secret is gone, so the countdown has nothing left to clear.
    void forgetReplacedSecret();
    void stopCountdown();
    bool clipboardHoldsCopiedSecret() const;

    QTimer m_ticker;
    int m_clearDelaySeconds = DefaultClearDelaySeconds;
    int m_secondsLeft = 0;
    /// SHA-256 of the copied secret: enough to recognise it later without keeping the plaintext.
    QByteArray m_copiedSecretDigest;
};

} // namespace AppKeys
