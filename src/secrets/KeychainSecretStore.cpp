#include "KeychainSecretStore.h"

#include "AppSettings.h"
#include "KeychainDeadline.h"
#include "SecretServiceLister.h"

#include <QCoreApplication>
#include <QTimer>
#include <qt6keychain/keychain.h>
#include <utility>

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

/// Starts `job` and answers `done` with what the finished job says, or with a timeout Error when the deadline passes
/// first; whichever comes second is dropped. The timer belongs to the job, so it goes when the job does.
template <typename Answer>
void startWithDeadline(QKeychain::Job* job, std::chrono::milliseconds deadline,
                       std::function<Answer(const QKeychain::Job&)> answerOf, std::function<void(Answer)> done)
{
    auto answered = std::make_shared<bool>(false);
    auto answer = [answered, done = std::move(done)](Answer value) {
        if (!std::exchange(*answered, true))
            done(std::move(value));
    };
    QObject::connect(
        job, &QKeychain::Job::finished, job,
        [answer, answerOf = std::move(answerOf)](QKeychain::Job* finished) { answer(answerOf(*finished)); });
    QTimer::singleShot(deadline, job, [answer, deadline] { answer(KeychainDeadline::timeoutError(deadline)); });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString serviceName, std::chrono::milliseconds deadline)
    : m_serviceName(std::move(serviceName)), m_deadline(deadline)
{
}

std::shared_ptr<KeychainSecretStore> KeychainSecretStore::configured()
{
    return std::make_shared<KeychainSecretStore>(QString::fromLatin1(SecretEntryKeys::ServiceName),
                                                 std::chrono::seconds(AppSettings().keychainDeadlineSeconds()));
}

void KeychainSecretStore::write(const QString& entryKey, const QString& secret, StatusCallback done)
{
    auto* job = newJob<QKeychain::WritePasswordJob>(m_serviceName, entryKey);
    job->setTextData(secret);
    startWithDeadline<Status>(job, m_deadline, statusOf, std::move(done));
}

void KeychainSecretStore::read(const QString& entryKey, ReadCallback done)
{
    auto* job = newJob<QKeychain::ReadPasswordJob>(m_serviceName, entryKey);
    startWithDeadline<Result<QString>>(
        job, m_deadline,
        [](const QKeychain::Job& finished) -> Result<QString> {
            if (finished.error() != QKeychain::NoError)
                return errorOf(finished);
            return static_cast<const QKeychain::ReadPasswordJob&>(finished).textData();
        },
        std::move(done));
}

void KeychainSecretStore::remove(const QString& entryKey, StatusCallback done)
{
    auto* job = newJob<QKeychain::DeletePasswordJob>(m_serviceName, entryKey);
    startWithDeadline<Status>(job, m_deadline, statusOf, std::move(done));
}

void KeychainSecretStore::listEntries(const QString& prefix, ListCallback done)
{
    SecretServiceLister::list(m_serviceName, prefix, m_deadline, std::move(done));
}

} // namespace AppKeys
