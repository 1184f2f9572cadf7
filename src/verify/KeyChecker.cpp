#include "KeyChecker.h"

#include "KeyIndex.h"
#include "ServiceLog.h"
#include "UsageTally.h"
#include "VerificationMetrics.h"

using namespace Qt::StringLiterals;

namespace AppKeys {

KeyChecker::KeyChecker(const KeyIndex& index, VerificationMetrics& metrics, UsageTally* usage, ServiceLog* requestLog)
    : m_index(index), m_metrics(metrics), m_usage(usage), m_requestLog(requestLog)
{
}

KeyVerdict KeyChecker::check(QStringView token, const QStringList& required, const char* endpoint) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    KeyIndex::Lookup lookup = m_index.verify(token, required, now);
    m_metrics.countVerification(lookup.verdict.code);
    if (m_usage && lookup.verdict.isValid())
        m_usage->add(*lookup.digest, now);
    if (m_requestLog)
        log(lookup.verdict, endpoint, now);
    return std::move(lookup.verdict);
}

void KeyChecker::log(const KeyVerdict& verdict, const char* endpoint, const QDateTime& now) const
{
    // Machine-read, so not translated. The hint is what the registry shows of a key; the key itself is never logged.
    const auto orDash = [](const QString& text) {
        return text.isEmpty() ? u"-"_s : text;
    };
    m_requestLog->write(u"%1 %2 %3 key=%4 app=%5"_s.arg(now.toString(Qt::ISODateWithMs), QLatin1StringView(endpoint),
                                                        KeyVerification::codeName(verdict.code),
                                                        orDash(verdict.keyHint), orDash(verdict.applicationId)));
}

} // namespace AppKeys
