#include "KeychainSecretStore.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace AppKeys {

static_assert(SecretStore::EntryNotFoundCode == QKeychain::EntryNotFound);

namespace {

/// The keychain's own words, plus what the user can do about them.
Error errorOf(const QKeychain::Job& job)
{
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
        return Error{QCoreApplication::translate("AppKeys::KeychainSecretStore", "The OS keychain is not available: %1")
                         .arg(detail),
                     QCoreApplication::translate(
                         "AppKeys::KeychainSecretStore",
                         "Start your desktop's keyring (for example gnome-keyring or KWallet) and try again. AppKeys "
                         "never stores secrets without it."),
                     job.error()};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error{QCoreApplication::translate("AppKeys::KeychainSecretStore", "The OS keychain refused access: %1")
                         .arg(detail),
                     QCoreApplication::translate("AppKeys::KeychainSecretStore",
                                                 "Unlock your keyring (it may be locked) and try again."),
                     job.error()};
    case QKeychain::EntryNotFound:
        return Error{QCoreApplication::translate("AppKeys::KeychainSecretStore",
                                                 "No secret is stored in the keychain for this entry."),
                     {},
                     job.error()};
    default:
        return Error{QCoreApplication::translate("AppKeys::KeychainSecretStore",
                                                 "The OS keychain could not complete the request: %1")
                         .arg(detail),
                     {},
                     job.error()};
    }
}

Status statusOf(const QKeychain::Job& job)
{
    if (job.error() == QKeychain::NoError)
        return {};
    return errorOf(job);
}

/// Settings every job shares: the plaintext fallback stays off, so a missing keychain is an error, never a file.
template <typename Job> Job* newJob(const QString& serviceName, const QString& entryKey)
{
    auto* job = new Job(serviceName);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryKey);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString serviceName) : m_serviceName(std::move(serviceName)) {}

void KeychainSecretStore::write(const QString& entryKey, const QString& secret, StatusCallback done)
{
    auto* job = newJob<QKeychain::WritePasswordJob>(m_serviceName, entryKey);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [done = std::move(done)](QKeychain::Job* finished) { done(statusOf(*finished)); });
    job->start();
}

void KeychainSecretStore::read(const QString& entryKey, ReadCallback done)
{
    auto* job = newJob<QKeychain::ReadPasswordJob>(m_serviceName, entryKey);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError)
            done(job->textData());
        else
            done(errorOf(*job));
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& entryKey, StatusCallback done)
{
    auto* job = newJob<QKeychain::DeletePasswordJob>(m_serviceName, entryKey);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [done = std::move(done)](QKeychain::Job* finished) { done(statusOf(*finished)); });
    job->start();
}

} // namespace AppKeys
