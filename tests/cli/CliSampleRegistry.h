#pragma once

#include "AppRecord.h"
#include "FixedClock.h"
#include "KeyRecord.h"
#include "Status.h"
#include "TemporaryRegistry.h"

#include <QList>
#include <memory>

namespace AppKeys {

/// A registry file with one app in each key status, written through the real AppRepository and KeyRepository, its audit
/// entries stamped on known days (2025-03-01 to 2025-03-07), then closed so that only the command line has it open.
class CliSampleRegistry
{
public:
    struct SampleApp
    {
        AppRecord record;
        QList<KeyRecord> keys;
        QString status;      ///< the KeyStatus::storageString() the command line must report
        QString secret;      ///< generated here and never stored: must never be printed
        QStringList apiKeys; ///< likewise
    };

    CliSampleRegistry();

    /// Empty when the registry was built; else what failed.
    QString errorText() const { return m_errorText; }
    QString filePath() const { return m_registry.filePath(); }
    /// Who the audit entries name.
    QString actor() const { return m_actor; }
    const QList<SampleApp>& apps() const { return m_apps; }
    const SampleApp& app(const QString& name) const;
    /// The secrets and keys, and their hashes: no output may contain any of them.
    QStringList forbiddenTexts() const;

    static constexpr int AuditEntryCount = 13;
    /// 10:00 UTC on day `day` of March 2025.
    static QDateTime auditDay(int day);
    /// The name whose CSV field needs quotes and doubled quotes.
    static QString nameNeedingCsvQuotes();

private:
    struct AppPlan
    {
        QString name;
        SourceApp source;
        LoginUserType userType;
        AppScope scope;
        int day; ///< of the audit clock
        QString status;
    };

    Status build();
    Status addApp(const AppPlan& plan);
    Status addKey(const QString& name, const QDateTime& expiresAt);
    SampleApp& mutableApp(const QString& name);
    qsizetype indexOf(const QString& name) const;

    TemporaryRegistry m_registry;
    std::shared_ptr<FixedClock> m_clock = std::make_shared<FixedClock>();
    std::shared_ptr<AppRepository> m_repository;
    std::shared_ptr<KeyRepository> m_keys;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
    QList<SampleApp> m_apps;
    QString m_actor;
    QString m_errorText;
};

} // namespace AppKeys
