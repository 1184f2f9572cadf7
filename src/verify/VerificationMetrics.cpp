#include "VerificationMetrics.h"

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

const char* rejectionName(VerificationMetrics::Rejection rejection)
{
    switch (rejection) {
    case VerificationMetrics::Rejection::Malformed:
        return "malformed";
    case VerificationMetrics::Rejection::TimedOut:
        return "timed_out";
    case VerificationMetrics::Rejection::BodyTooLarge:
        return "body_too_large";
    case VerificationMetrics::Rejection::HeaderTooLarge:
        return "header_too_large";
    case VerificationMetrics::Rejection::Count:
        break;
    }
    Q_UNREACHABLE();
    return "";
}

void writeFamily(QByteArray& text, const char* name, const char* type, const char* help)
{
    text += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
}

} // namespace

void VerificationMetrics::countVerification(VerificationCode code)
{
    ++m_verifications.at(std::size_t(code));
}

void VerificationMetrics::countMissingKey()
{
    ++m_missingKeys;
}

void VerificationMetrics::countRejection(Rejection rejection)
{
    ++m_rejections.at(std::size_t(rejection));
}

void VerificationMetrics::countUsageBatch(qsizetype keys)
{
    ++m_usageBatches;
    m_usageRows += quint64(keys);
}

void VerificationMetrics::setIndex(std::size_t keys, const QDateTime& refreshedAt)
{
    m_indexedKeys = keys;
    m_lastRefreshMs = refreshedAt.toMSecsSinceEpoch();
}

void VerificationMetrics::setRegistryReachable(bool reachable)
{
    m_registryReachable = reachable;
}

QDateTime VerificationMetrics::lastRefresh() const
{
    const qint64 ms = m_lastRefreshMs.load();
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QByteArray VerificationMetrics::prometheusText() const
{
    QByteArray text;
    writeFamily(text, "appkeys_verifications_total", "counter", "Keys verified, by result code.");
    for (const VerificationCode code : KeyVerification::allCodes())
        text += "appkeys_verifications_total{code=\"" + KeyVerification::codeName(code).toString().toLatin1() + "\"} " +
                QByteArray::number(m_verifications.at(std::size_t(code)).load()) + '\n';
    writeFamily(text, "appkeys_auth_missing_key_total", "counter", "Auth requests that carried no key.");
    text += "appkeys_auth_missing_key_total " + QByteArray::number(m_missingKeys.load()) + '\n';
    writeFamily(text, "appkeys_http_rejected_total", "counter",
                "Requests refused before any endpoint saw them, by reason.");
    for (std::size_t reason = 0; reason < m_rejections.size(); ++reason)
        text += QByteArray("appkeys_http_rejected_total{reason=\"") + rejectionName(Rejection(reason)) + "\"} " +
                QByteArray::number(m_rejections.at(reason).load()) + '\n';
    writeFamily(text, "appkeys_index_keys", "gauge", "Keys in the in-memory index.");
    text += "appkeys_index_keys " + QByteArray::number(quint64(m_indexedKeys.load())) + '\n';
    writeFamily(text, "appkeys_index_last_refresh_timestamp_seconds", "gauge",
                "When the index last followed the registry, in seconds since the epoch.");
    text += "appkeys_index_last_refresh_timestamp_seconds " +
            QByteArray::number(double(m_lastRefreshMs.load()) / 1000.0, 'f', 3) + '\n';
    writeFamily(text, "appkeys_registry_up", "gauge", "1 when the last look at the registry succeeded.");
    text += "appkeys_registry_up " + QByteArray(m_registryReachable.load() ? "1" : "0") + '\n';
    writeFamily(text, "appkeys_last_used_batches_total", "counter", "Batches of last-used times written.");
    text += "appkeys_last_used_batches_total " + QByteArray::number(m_usageBatches.load()) + '\n';
    writeFamily(text, "appkeys_last_used_keys_written_total", "counter", "Keys written in those batches.");
    text += "appkeys_last_used_keys_written_total " + QByteArray::number(m_usageRows.load()) + '\n';
    return text;
}

} // namespace AppKeys
