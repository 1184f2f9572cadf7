#include "UsageRecorder.h"

#include "KeyUsageRepository.h"
#include "ServiceLog.h"
#include "UsageTally.h"
#include "VerificationMetrics.h"

namespace AppKeys {

UsageRecorder::UsageRecorder(std::shared_ptr<Database> database, UsageTally& tally, VerificationMetrics& metrics,
                             ServiceLog& log, std::chrono::seconds interval, QObject* parent)
    : QObject(parent), m_database(std::move(database)), m_tally(tally), m_metrics(metrics), m_log(log)
{
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &UsageRecorder::flush);
}

void UsageRecorder::start()
{
    m_timer.start();
}

void UsageRecorder::flush()
{
    const QList<KeyUsage> batch = m_tally.take();
    if (batch.isEmpty())
        return;
    if (Status written = KeyUsageRepository(m_database).record(batch); !written) {
        m_tally.putBack(batch);
        m_log.write(tr("appkeys serve: could not record when %n key(s) were last used; trying again later: %1", nullptr,
                       int(batch.size()))
                        .arg(written.error().hint.isEmpty() ? written.error().message : written.error().hint));
        return;
    }
    m_metrics.countUsageBatch(batch.size());
}

} // namespace AppKeys
