#pragma once

#include "DeliveryOutcome.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkReply;

namespace AppKeys {

/// POSTs one signed webhook body (WebhookPayload) with a deadline per request, retrying with exponential back-off.
/// Each attempt is signed anew, with its own time and the delivery's id. Nothing is logged: neither the body nor the
/// signing secret.
class WebhookSender : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 10000;
    /// One try and up to three retries, 1 s, 2 s and 4 s after the failure before them.
    static constexpr int DefaultMaxAttempts = 4;
    static constexpr int DefaultFirstRetryDelayMs = 1000;

    explicit WebhookSender(QObject* parent = nullptr);
    ~WebhookSender() override;

    /// How long one request may take in all, from connecting to the last byte of the answer, before it is aborted
    /// and counts as failed: a receiver that answers a byte at a time cannot keep it waiting longer.
    void setTimeoutMs(int timeoutMs);
    /// Tests shorten the delays; each retry waits twice as long as the one before.
    void setRetryPolicy(int maxAttempts, int firstRetryDelayMs);

    /// The longest a post() may take with its retries: how long a run claims a delivery before another run may.
    int longestPostMs() const;

    /// Sends `body` with Content-Type application/json and WebhookPayload::SignatureHeader (with `deliveryId`). A 2xx
    /// answer is delivered, and so is 409 Conflict: the receiver already has this delivery id (an earlier attempt
    /// arrived, its answer did not). A timeout, a network error, or HTTP 408, 429 or 5xx is retried; any other answer
    /// (a redirect or a 4xx such as a rejected signature) fails at once, because the same request would fail again.
    /// `done` runs once, from the event loop, unless the sender is destroyed first.
    void post(const QUrl& url, const QByteArray& body, const QByteArray& signingSecret, const QString& deliveryId,
              std::function<void(DeliveryOutcome)> done);

private:
    struct Post;

    void attempt(const std::shared_ptr<Post>& post);
    void handleReply(const std::shared_ptr<Post>& post, QNetworkReply* reply);

    QNetworkAccessManager m_network;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_maxAttempts = DefaultMaxAttempts;
    int m_firstRetryDelayMs = DefaultFirstRetryDelayMs;
};

} // namespace AppKeys
