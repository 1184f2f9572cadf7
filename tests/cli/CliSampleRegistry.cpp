#include "CliSampleRegistry.h"

#include "AppRepository.h"
#include "CredentialFormat.h"
#include "KeyRepository.h"
#include "SampleApps.h"

#include <QUuid>
#include <functional>

using namespace Qt::StringLiterals;

namespace AppKeys {

CliSampleRegistry::CliSampleRegistry()
{
    if (!m_registry.isOpen()) {
        m_errorText = m_registry.errorText();
        return;
    }
    m_actor = m_registry.database()->actor();
    m_repository = std::make_shared<AppRepository>(m_registry.database(), m_clock);
    m_keys = std::make_shared<KeyRepository>(m_registry.database(), m_clock);
    if (Status built = build(); !built)
        m_errorText = built.error().text();
    m_repository.reset();
    m_keys.reset();
    m_registry.close();
}

Status CliSampleRegistry::build()
{
    const AppScope apiKeys = SampleApps::scope();
    const AppScope jwt{AuthMethod::JwtGroups, {u"guests.read"_s}};
    const AppScope chat{AuthMethod::ApiKeyGroups, {u"appointments.read"_s, u"services.read"_s}};
    const std::function<Status()> steps[] = {
        [&] {
            return addApp(
                {u"Booking site"_s, SourceApp::ExternalWebstore, LoginUserType::Guest, apiKeys, 1, u"active"_s});
        },
        [&] { return addKey(u"Booking site"_s, m_now.addDays(200)); },
        [&] {
            return addApp({u"Front desk"_s, SourceApp::ClientApp, LoginUserType::Employee, jwt, 2, u"expiring"_s});
        },
        // Half a day more than 10 days, so that "Expires in 10 days" still holds while the test runs.
        [&] { return addKey(u"Front desk"_s, m_now.addDays(10).addSecs(12 * 3600)); },
        [&] {
            return addApp({u"Chat bot"_s, SourceApp::Bot, LoginUserType::Guest, chat, 3, u"revoked"_s});
        },
        [&] { return addKey(u"Chat bot"_s, m_now.addDays(100)); },
        [&] {
            m_clock->setNowUtc(auditDay(4));
            const SampleApp& chatBot = app(u"Chat bot"_s);
            return m_keys->revokeKey(chatBot.record.applicationId, chatBot.keys.first().keyId);
        },
        [&] {
            return addApp({u"Old kiosk"_s, SourceApp::ExternalCma, LoginUserType::Guest, apiKeys, 5, u"expired"_s});
        },
        [&] { return addKey(u"Old kiosk"_s, m_now.addDays(-2)); },
        [&] {
            return addApp(
                {nameNeedingCsvQuotes(), SourceApp::ExternalWebstore, LoginUserType::Guest, apiKeys, 6, u"no_key"_s});
        },
        [&] {
            return addApp(
                {u"Paused app"_s, SourceApp::ExternalWebstore, LoginUserType::Guest, apiKeys, 7, u"inactive"_s});
        },
        [&] { return addKey(u"Paused app"_s, m_now.addDays(300)); },
        [&] { return m_repository->setActive(app(u"Paused app"_s).record.applicationId, false); },
    };
    for (const auto& step : steps) {
        if (Status done = step(); !done)
            return done;
    }
    return {};
}

Status CliSampleRegistry::addApp(const AppPlan& plan)
{
    m_clock->setNowUtc(auditDay(plan.day));
    SampleApp app;
    app.secret = CredentialFormat::generate(CredentialKind::Secret);
    app.record = SampleApps::record(plan.name, auditDay(plan.day));
    app.record.details.sourceApp = plan.source;
    app.record.details.loginUserType = plan.userType;
    // Distinct texts, so that --search finds one app.
    const QString host = plan.name.section(u' ', 0, 0).remove(u',').toLower();
    app.record.details.uri = u"https://%1.example.com"_s.arg(host);
    app.record.details.description = u"Serves %1."_s.arg(host);
    app.record.scope = plan.scope;
    app.record.secretSha256 = CredentialFormat::sha256Hex(app.secret);
    app.record.secretHint = CredentialFormat::hint(app.secret);
    app.status = plan.status;
    m_apps.append(app);
    return m_repository->insertApp(app.record);
}

Status CliSampleRegistry::addKey(const QString& name, const QDateTime& expiresAt)
{
    SampleApp& app = mutableApp(name);
    const QString plaintext = CredentialFormat::generate(CredentialKind::ApiKey);
    KeyRecord key;
    key.keyId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    key.applicationId = app.record.applicationId;
    key.keySha256 = CredentialFormat::sha256Hex(plaintext);
    key.keyHint = CredentialFormat::hint(plaintext);
    key.createdBy = app.record.createdBy;
    key.createdAt = m_clock->nowUtc();
    key.expiresAt = expiresAt;
    app.apiKeys.append(plaintext);
    app.keys.prepend(key);
    return m_keys->insertKey(key);
}

const CliSampleRegistry::SampleApp& CliSampleRegistry::app(const QString& name) const
{
    return m_apps.at(indexOf(name));
}

CliSampleRegistry::SampleApp& CliSampleRegistry::mutableApp(const QString& name)
{
    return m_apps[indexOf(name)];
}

qsizetype CliSampleRegistry::indexOf(const QString& name) const
{
    for (qsizetype index = 0; index < m_apps.size(); ++index) {
        if (m_apps.at(index).record.details.name == name)
            return index;
    }
    qFatal("The sample registry has no app named %s", qPrintable(name));
    return -1;
}

QStringList CliSampleRegistry::forbiddenTexts() const
{
    QStringList texts;
    for (const SampleApp& app : m_apps) {
        texts << app.secret << app.record.secretSha256 << app.apiKeys;
        for (const KeyRecord& key : app.keys)
            texts << key.keySha256;
    }
    return texts;
}

QDateTime CliSampleRegistry::auditDay(int day)
{
    return QDateTime(QDate(2025, 3, day), QTime(10, 0), Qt::UTC);
}

QString CliSampleRegistry::nameNeedingCsvQuotes()
{
    return u"Smith, \"Jones\" & Co"_s;
}

} // namespace AppKeys
