#pragma once

#include "KeyVerification.h"

#include <QByteArray>
#include <QDateTime>
#include <array>
#include <atomic>

namespace AppKeys {

/// What the verification service counts, for GET /metrics (Prometheus text format) and GET /healthz. Updated from
/// every thread without locks.
class VerificationMetrics
{
public:
    /// Requests the HTTP server answered with an error of its own, before any endpoint saw them.
    enum class Rejection
    {
        Malformed,      ///< 400
        TimedOut,       ///< 408: the whole request did not arrive within the deadline (a slow client)
        BodyTooLarge,   ///< 413
        HeaderTooLarge, ///< 431
        Count
    };

    void countVerification(VerificationCode code);
    /// GET /v1/auth without a key in any of the headers it reads.
    void countMissingKey();
    void countRejection(Rejection rejection);
    /// A batch of "last used" written to the registry, with its number of keys.
    void countUsageBatch(qsizetype keys);
    /// The index as it was after a (partial) refresh at `refreshedAt`.
    void setIndex(std::size_t keys, const QDateTime& refreshedAt);
    /// Whether the last look at the registry succeeded; the index is served either way.
    void setRegistryReachable(bool reachable);

    std::size_t indexedKeys() const { return m_indexedKeys.load(); }
    QDateTime lastRefresh() const;
    bool isRegistryReachable() const { return m_registryReachable.load(); }

    /// Every figure in the Prometheus text exposition format (version 0.0.4).
    QByteArray prometheusText() const;

private:
    std::array<std::atomic<quint64>, 7> m_verifications{};
    std::atomic<quint64> m_missingKeys{0};
    std::array<std::atomic<quint64>, std::size_t(Rejection::Count)> m_rejections{};
    std::atomic<quint64> m_usageBatches{0};
    std::atomic<quint64> m_usageRows{0};
    std::atomic<std::size_t> m_indexedKeys{0};
    std::atomic<qint64> m_lastRefreshMs{0};
    std::atomic<bool> m_registryReachable{false};
};

} // namespace AppKeys
