#include "WebhookSender.h"

#include "WebhookPayload.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace AppKeys {

/// One body on its way, over all its attempts.
struct WebhookSender::Post
{
    QNetworkRequest request;
    QByteArray body;
    std::function<void(DeliveryOutcome)> done;
    int attempts = 0;
};

namespace {

struct AttemptResult
{
    bool delivered = false;
    bool worthRetrying = false;
    QString error;
};

AttemptResult judge(QNetworkReply* reply, int timeoutMs)
{
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        const int code = status.toInt();
        if (code >= 200 && code < 300)
            return {true, false, {}};
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return {false, code >= 500 || code == 408 || code == 429,
                WebhookSender::tr("The webhook answered HTTP %1 %2.").arg(code).arg(reason).simplified()};
    }
    // The transfer timeout aborts the request; nothing else here does while the sender exists.
    if (reply->error() == QNetworkReply::OperationCanceledError)
        return {false, true,
                WebhookSender::tr("The webhook did not answer within %1 seconds.").arg(timeoutMs / 1000.0)};
    return {false, true, WebhookSender::tr("The webhook could not be reached: %1").arg(reply->errorString())};
}

} // namespace

WebhookSender::WebhookSender(QObject* parent) : QObject(parent) {}

WebhookSender::~WebhookSender() = default;

void WebhookSender::setTimeoutMs(int timeoutMs)
{
    m_timeoutMs = timeoutMs;
}

void WebhookSender::setRetryPolicy(int maxAttempts, int firstRetryDelayMs)
{
    m_maxAttempts = std::max(1, maxAttempts);
    m_firstRetryDelayMs = firstRetryDelayMs;
}

void WebhookSender::post(const QUrl& url, const QByteArray& body, const QByteArray& signingSecret,
                         std::function<void(DeliveryOutcome)> done)
{
    auto post = std::make_shared<Post>();
    post->request = QNetworkRequest(url);
    post->request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    post->request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("AppKeys/" APPKEYS_VERSION));
    post->request.setRawHeader(WebhookPayload::SignatureHeader, WebhookPayload::signature(body, signingSecret));
    post->request.setTransferTimeout(m_timeoutMs);
    // A redirect is not followed: the signed body goes only where the admin said.
    post->request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    post->body = body;
    post->done = std::move(done);
    attempt(post);
}

void WebhookSender::attempt(const std::shared_ptr<Post>& post)
{
    ++post->attempts;
    QNetworkReply* reply = m_network.post(post->request, post->body);
    connect(reply, &QNetworkReply::finished, this, [this, post, reply] { handleReply(post, reply); });
}

void WebhookSender::handleReply(const std::shared_ptr<Post>& post, QNetworkReply* reply)
{
    reply->deleteLater();
    const AttemptResult result = judge(reply, m_timeoutMs);
    if (result.worthRetrying && post->attempts < m_maxAttempts) {
        const int delayMs = m_firstRetryDelayMs << (post->attempts - 1);
        QTimer::singleShot(delayMs, this, [this, post] { attempt(post); });
        return;
    }
    post->done(DeliveryOutcome{result.delivered, post->attempts, result.error});
}

} // namespace AppKeys
