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
    QByteArray signingSecret;
    QString deliveryId;
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

constexpr int AlreadyReceived = 409;
/// Added to a post's longest time for the answer to be recorded, before another run may take the delivery over.
constexpr int RecordingMarginMs = 30000;

AttemptResult judge(QNetworkReply* reply, int timeoutMs)
{
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // An aborted request may have its status line already.
    if (status.isValid() && reply->error() != QNetworkReply::OperationCanceledError) {
        const int code = status.toInt();
        if ((code >= 200 && code < 300) || code == AlreadyReceived)
            return {true, false, {}};
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return {false, code >= 500 || code == 408 || code == 429,
                WebhookSender::tr("The webhook answered HTTP %1 %2.").arg(code).arg(reason).simplified()};
    }
    // The deadline aborts the request; nothing else here does while the sender exists.
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

int WebhookSender::longestPostMs() const
{
    int retryDelaysMs = 0;
    for (int retry = 1; retry < m_maxAttempts; ++retry)
        retryDelaysMs += m_firstRetryDelayMs << (retry - 1);
    return m_maxAttempts * m_timeoutMs + retryDelaysMs + RecordingMarginMs;
}

void WebhookSender::post(const QUrl& url, const QByteArray& body, const QByteArray& signingSecret,
                         const QString& deliveryId, std::function<void(DeliveryOutcome)> done)
{
    auto post = std::make_shared<Post>();
    post->request = QNetworkRequest(url);
    post->request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    post->request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("AppKeys/" APPKEYS_VERSION));
    // A redirect is not followed: the signed body goes only where the admin said.
    post->request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    post->body = body;
    post->signingSecret = signingSecret;
    post->deliveryId = deliveryId;
    post->done = std::move(done);
    attempt(post);
}

void WebhookSender::attempt(const std::shared_ptr<Post>& post)
{
    ++post->attempts;
    post->request.setRawHeader(WebhookPayload::SignatureHeader,
                               WebhookPayload::signature(QDateTime::currentSecsSinceEpoch(), post->deliveryId,
                                                         post->body, post->signingSecret));
    QNetworkReply* reply = m_network.post(post->request, post->body);
    // An overall deadline: a transfer timeout alone restarts with every byte that arrives.
    QTimer::singleShot(m_timeoutMs, reply, &QNetworkReply::abort);
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
