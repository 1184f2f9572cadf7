#include "KeychainSweep.h"

#include "AppRepository.h"
#include "AuditLog.h"
#include "Clock.h"
#include "CredentialFormat.h"
#include "Database.h"
#include "KeyRepository.h"
#include "KeyRules.h"
#include "KeychainReportFile.h"
#include "SecretEntryKeys.h"
#include "SecretStore.h"

#include <QHash>
#include <QSet>

namespace AppKeys {

namespace {

/// Keychain reads in flight at once: enough to hide the D-Bus round trips, few enough not to flood the keyring.
constexpr int ReadsInFlight = 8;

/// A live credential and the entry names its plaintext may be under, the current form first.
struct Expected
{
    KeychainReport::Finding credential; ///< state filled in once read
    QStringList names;
    QString foundUnder; ///< the name that held its plaintext, once read
};

/// One sweep in progress; holds itself alive through the callbacks it hands out.
class SweepRun : public std::enable_shared_from_this<SweepRun>
{
public:
    SweepRun(std::shared_ptr<Database> database, std::shared_ptr<SecretStore> secrets,
             std::shared_ptr<const Clock> clock, KeychainSweep::Options options,
             std::function<void(Result<KeychainSweep::Outcome>)> done)
        : m_database(std::move(database)), m_secrets(std::move(secrets)), m_now(clock->nowUtc()),
          m_clock(std::move(clock)), m_options(options), m_done(std::move(done))
    {
    }

    void start()
    {
        if (Status read = readRegistry(); !read)
            return finish(read.error());
        auto self = shared_from_this();
        m_secrets->listEntries(m_database->registryId() + u'/', [self](Result<QList<ListedEntry>> listed) {
            if (listed)
                self->m_listed = std::move(listed).value();
            else
                self->m_outcome.listingProblem = listed.error().text();
            self->m_listingWorked = listed.ok();
            self->readNext();
        });
    }

private:
    Status readRegistry()
    {
        const Result<QList<AppRecord>> apps = AppRepository(m_database, m_clock).listApps();
        if (!apps)
            return apps.error();
        const Result<QList<KeyRecord>> keys = KeyRepository(m_database, m_clock).listKeys();
        if (!keys)
            return keys.error();
        AuditFilter regenerated;
        regenerated.action = AuditAction::SecretRegenerated;
        const Result<QList<AuditEntry>> regenerations = AuditLog(m_database).entries(regenerated);
        if (!regenerations)
            return regenerations.error();
        QHash<QString, QString> secretIssuer;
        for (const AuditEntry& entry : regenerations.value())
            secretIssuer.insert(entry.applicationId, entry.actor);

        const QString registryId = m_database->registryId();
        QHash<QString, QString> appNames;
        for (const AppRecord& app : apps.value()) {
            const KeychainReport::Finding secret{KeychainReport::State::Unchecked,
                                                 app.applicationId,
                                                 app.details.name,
                                                 {},
                                                 app.secretHint,
                                                 secretIssuer.value(app.applicationId, app.createdBy),
                                                 app.secretSha256};
            appNames.insert(app.applicationId, app.details.name);
            m_expected.append(Expected{secret,
                                       {SecretEntryKeys::appSecret(registryId, app.applicationId, app.secretSha256),
                                        SecretEntryKeys::legacyAppSecret(registryId, app.applicationId)},
                                       {}});
        }
        for (const KeyRecord& key : keys.value()) {
            const KeychainReport::Finding apiKey{KeychainReport::State::Unchecked,
                                                 key.applicationId,
                                                 appNames.value(key.applicationId),
                                                 key.keyId,
                                                 key.keyHint,
                                                 key.createdBy,
                                                 key.keySha256};
            if (KeyRules::isLive(key, m_now))
                m_expected.append(
                    Expected{apiKey, {SecretEntryKeys::apiKey(registryId, key.applicationId, key.keyId)}, {}});
        }
        return {};
    }

    /// The names to read for a credential: those the listing has, or every possible one when there is no listing.
    QStringList namesToRead(const Expected& expected) const
    {
        if (!m_listingWorked)
            return expected.names;
        QStringList present;
        for (const QString& name : expected.names) {
            if (std::binary_search(m_listed.begin(), m_listed.end(), ListedEntry{name, {}},
                                   [](const ListedEntry& a, const ListedEntry& b) { return a.name < b.name; }))
                present.append(name);
        }
        return present;
    }

    void readNext()
    {
        if (m_failed)
            return;
        while (m_inFlight < ReadsInFlight && m_next < m_expected.size()) {
            const qsizetype index = m_next++;
            check(index, namesToRead(m_expected.at(index)));
        }
        if (m_inFlight == 0 && m_next == m_expected.size())
            removeOrphans();
    }

    /// Reads the credential's entries in turn until one holds a plaintext, then judges it.
    void check(qsizetype index, QStringList names)
    {
        Expected& expected = m_expected[index];
        if (names.isEmpty()) {
            expected.credential.state = KeychainReport::State::Missing;
            return;
        }
        ++m_inFlight;
        const QString name = names.takeFirst();
        auto self = shared_from_this();
        m_secrets->read(name, [self, index, name, names](Result<QString> plaintext) {
            --self->m_inFlight;
            if (!plaintext && plaintext.error().code != SecretStore::EntryNotFoundCode)
                return self->fail(plaintext.error());
            Expected& expected = self->m_expected[index];
            if (plaintext) {
                expected.foundUnder = name;
                expected.credential.state = CredentialFormat::sha256Hex(plaintext.value()) == expected.credential.sha256
                                                ? KeychainReport::State::Present
                                                : KeychainReport::State::Different;
            } else if (!names.isEmpty()) {
                self->check(index, names);
            } else {
                expected.credential.state = KeychainReport::State::Missing;
            }
            self->readNext();
        });
    }

    /// Entries no live credential may use: not the name any live credential's plaintext was found under, and not the
    /// current-form name of any live credential (a "different" one stays for the user to see and cure).
    void removeOrphans()
    {
        QSet<QString> kept;
        for (const Expected& expected : m_expected) {
            kept.insert(expected.names.constFirst());
            if (!expected.foundUnder.isEmpty())
                kept.insert(expected.foundUnder);
        }
        const QDateTime oldEnough = m_now.addSecs(-m_options.minimumOrphanAge.count());
        for (const ListedEntry& entry : m_listed) {
            if (kept.contains(entry.name))
                continue;
            const bool young =
                m_options.minimumOrphanAge.count() > 0 && (!entry.createdAt.isValid() || entry.createdAt > oldEnough);
            (young ? m_outcome.youngEntries : m_orphans).append(entry.name);
        }
        if (m_options.dryRun) {
            m_outcome.removedEntries = m_orphans;
            return report();
        }
        removeNextOrphan();
    }

    void removeNextOrphan()
    {
        if (m_orphans.isEmpty())
            return report();
        const QString name = m_orphans.takeFirst();
        auto self = shared_from_this();
        m_secrets->remove(name, [self, name](Status removed) {
            if (!removed && removed.error().code != SecretStore::EntryNotFoundCode)
                return self->fail(removed.error());
            const std::optional<SecretEntryKeys::ParsedEntryKey> parsed =
                SecretEntryKeys::parse(self->m_database->registryId(), name);
            if (Status recorded = AppRepository(self->m_database, self->m_clock)
                                      .recordKeychainEntryRemoved(parsed ? parsed->applicationId : QString(), name);
                !recorded)
                return self->fail(recorded.error());
            self->m_outcome.removedEntries.append(name);
            self->removeNextOrphan();
        });
    }

    void report()
    {
        QList<KeychainReport::Finding> findings;
        for (const Expected& expected : m_expected) {
            if (expected.credential.state != KeychainReport::State::Present)
                findings.append(expected.credential);
        }
        m_outcome.report = KeychainReport(m_now, m_database->actor(), std::move(findings));
        if (Status kept = KeychainReportFile::write(m_database->registryId(), m_outcome.report); !kept)
            m_outcome.reportFileProblem = kept.error().text();
        finish(std::move(m_outcome));
    }

    void fail(const Error& error)
    {
        if (std::exchange(m_failed, true))
            return;
        finish(error);
    }

    void finish(Result<KeychainSweep::Outcome> outcome)
    {
        if (m_done)
            std::exchange(m_done, nullptr)(std::move(outcome));
    }

    std::shared_ptr<Database> m_database;
    std::shared_ptr<SecretStore> m_secrets;
    QDateTime m_now;
    std::shared_ptr<const Clock> m_clock;
    KeychainSweep::Options m_options;
    std::function<void(Result<KeychainSweep::Outcome>)> m_done;

    QList<Expected> m_expected;
    QList<ListedEntry> m_listed; ///< sorted by name
    bool m_listingWorked = false;
    qsizetype m_next = 0;
    int m_inFlight = 0;
    bool m_failed = false;
    QStringList m_orphans;
    KeychainSweep::Outcome m_outcome;
};

} // namespace

void KeychainSweep::run(const std::shared_ptr<Database>& database, const std::shared_ptr<SecretStore>& secrets,
                        const std::shared_ptr<const Clock>& clock, Options options,
                        std::function<void(Result<Outcome>)> done)
{
    std::make_shared<SweepRun>(database, secrets, clock, options, std::move(done))->start();
}

} // namespace AppKeys
