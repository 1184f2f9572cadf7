#include "SecureClipboard.h"

#include "PlaintextWipe.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {
const QByteArray SecretHintValue = QByteArrayLiteral("secret");

QString hintFormat()
{
    return QString::fromLatin1(SecureClipboard::PasswordManagerHintFormat);
}

QByteArray digestOf(const QString& text)
{
    QByteArray plaintext = text.toUtf8();
    const QByteArray digest = QCryptographicHash::hash(plaintext, QCryptographicHash::Sha256);
    PlaintextWipe::wipe(plaintext);
    return digest;
}
} // namespace

SecureClipboard::SecureClipboard(QObject* parent) : QObject(parent)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &SecureClipboard::tick);
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, &SecureClipboard::clearNow);
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &SecureClipboard::forgetReplacedSecret);
}

SecureClipboard::~SecureClipboard()
{
    clearNow();
}

void SecureClipboard::setClearDelaySeconds(int seconds)
{
    m_clearDelaySeconds = qMax(1, seconds);
}

void SecureClipboard::copyPublic(const QString& text)
{
    // The secret copied before is no longer on the clipboard: nothing left to clear.
    stopCountdown();
    QGuiApplication::clipboard()->setText(text);
}

void SecureClipboard::copySecret(const QString& text)
{
    // Recorded first: setting the clipboard notifies forgetReplacedSecret(), which must recognise this copy.
    m_copiedSecretDigest = digestOf(text);
    auto* mimeData = new QMimeData;
    mimeData->setText(text);
    mimeData->setData(hintFormat(), SecretHintValue);
    QGuiApplication::clipboard()->setMimeData(mimeData);

    m_secondsLeft = m_clearDelaySeconds;
    m_ticker.start();
    emit countdownChanged(m_secondsLeft);
}

void SecureClipboard::clearNow()
{
    if (m_copiedSecretDigest.isEmpty())
        return;
    if (QGuiApplication::instance() && clipboardHoldsCopiedSecret())
        QGuiApplication::clipboard()->clear();
    stopCountdown();
}

void SecureClipboard::tick()
{
    --m_secondsLeft;
    if (m_secondsLeft > 0)
        emit countdownChanged(m_secondsLeft);
    else
        clearNow();
}

void SecureClipboard::forgetReplacedSecret()
{
    if (m_ticker.isActive() && !clipboardHoldsCopiedSecret())
        stopCountdown();
}

void SecureClipboard::stopCountdown()
{
    const bool wasCounting = m_ticker.isActive();
    m_ticker.stop();
    m_secondsLeft = 0;
    m_copiedSecretDigest.clear();
    if (wasCounting)
        emit countdownChanged(0);
}

bool SecureClipboard::clipboardHoldsCopiedSecret() const
{
    const QMimeData* current = QGuiApplication::clipboard()->mimeData();
    return current && current->data(hintFormat()) == SecretHintValue &&
           digestOf(current->text()) == m_copiedSecretDigest;
}

} // namespace AppKeys
