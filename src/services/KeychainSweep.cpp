#include "KeychainSweep.h"

#include "AppRepository.h"
#include "AppSelection.h"
#include "AuditLog.h"
#include "Clock.h"
#include "CredentialFormat.h"
#include "Database.h"
#include "KeyRepository.h"
#include "KeyRules.h"
#include "KeychainReportFile.h"
#include "LazyReaderThread.h"
#include "SecretEntryKeys.h"
#include "SecretStore.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <algorithm>
#include <chrono>
#include <future>
#include <vector>

namespace AppKeys {

namespace {

/// Keychain reads in flight at once: enough to hide the D-Bus round trips, few enough not to flood the keyring.
constexpr int ReadsInFlight = 8;
/// Apps read at a time: a keystroke in the window waits for at most one page (with 200, its 95th percentile at 100,000
/// apps was 42 ms; with 100, 25 ms).
constexpr int PageSize = 100;

/// A page of the registry's live apps, without their redirect URLs and permissions, which a check never reads (on a
/// PostgreSQL registry of 100,000 apps a keystroke's median went from 21-24 ms to 12-15 ms), and their keys.
struct SweepPage
{
    QList<AppRecord> apps;
    QList<KeyRecord> keys;
};

Result<SweepPage> readSweepPage(const std::shared_ptr<Database>& database, const std::shared_ptr<const Clock>& clock,
                                const QString& afterApplicationId)
{
    const AppSelection page = AppSelection::page(afterApplicationId, PageSize, database->dialect());
    Result<QList<AppRecord>> apps = AppRepository(database, clock).listAppsWithoutScope(page);
    if (!apps)
        return apps.error();
    Result<QList<KeyRecord>> keys = KeyRepository(database, clock).listKeys(page);
    if (!keys)
        return keys.error();
    return SweepPage{std::move(apps).value(), std::move(keys).value()};
}

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
          m_clock(std::move(clock)), m_options(options), m_done(std::move(done)),
          m_reportFile(std::make_unique<KeychainReportFile>(m_database->registryId(), m_now, m_database->actor()))
    {
        m_outcome.checkedAt = m_now;
        m_outcome.checkedBy = m_database->actor();
    }

    void start()
    {
        if (Status read = readIssuers(); !read)
            return finish(read.error());
        auto self = shared_from_this();
        m_secrets->listEntries(m_database->registryId() + u'/', [self](Result<QList<ListedEntry>> listed) {
            if (listed)
                self->m_listed = std::move(listed).value();
            else
                self->m_outcome.listingProblem = listed.error().text();
            self->m_listingWorked = listed.ok();
            self->m_listedKept.assign(self->m_listed.size(), false);
            self->requestPage();
        });
    }

private:
    /// Who issued each regenerated secret: the app's creator issued the others.
    Status readIssuers()
    {
        AuditFilter regenerated;
        regenerated.action = AuditAction::SecretRegenerated;
        const Result<QList<AuditEntry>> regenerations = AuditLog(m_database).entries(regenerated);
        if (!regenerations)
            return regenerations.error();
        for (const AuditEntry& entry : regenerations.value())
            m_secretIssuer.insert(entry.applicationId, entry.actor);
        return {};
    }

    /// Asks for the page after the last one asked for. A page at a time, so that the sweep holds two pages of the
    /// registry, not all of it; read on a thread of its own when a second connection opens, so that the window's event
    /// loop only checks the pages, and the next is read while one is checked.
    void requestPage()
    {
        auto self = shared_from_this();
        const auto arrived = [self](Result<SweepPage> page) {
            self->m_arrived = std::move(page);
            if (!self->m_checking)
                self->checkArrivedPage();
        };
        m_reader.request(
            [arrived, clock = m_clock, after = m_lastApplicationId](const std::shared_ptr<Database>& reader) {
                return ReaderThread::Answer([arrived, page = readSweepPage(reader, clock, after)] { arrived(page); });
            });
    }

    /// Checks the page read last, having asked for the next.
    void checkArrivedPage()
    {
        if (m_failed)
            return;
        const Result<SweepPage> page = *std::exchange(m_arrived, std::nullopt);
        if (!page)
            return fail(page.error());
        m_checking = true;
        m_expected.clear();
        m_next = 0;
        m_lastPage = page.value().apps.size() < PageSize;
        if (!m_lastPage) {
            m_lastApplicationId = page.value().apps.constLast().applicationId;
            requestPage();
        }
        expect(page.value().apps, page.value().keys);
        readNext();
    }

    void expect(const QList<AppRecord>& apps, const QList<KeyRecord>& keys)
    {
        const QString registryId = m_database->registryId();
        QHash<QString, QString> appNames;
        for (const AppRecord& app : apps) {
            const KeychainReport::Finding secret{KeychainReport::State::Unchecked,
                                                 app.applicationId,
                                                 app.details.name,
                                                 {},
                                                 app.secretHint,
                                                 m_secretIssuer.value(app.applicationId, app.createdBy),
                                                 app.secretSha256};
            appNames.insert(app.applicationId, app.details.name);
            m_expected.append(Expected{secret,
                                       {SecretEntryKeys::appSecret(registryId, app.applicationId, app.secretSha256),
                                        SecretEntryKeys::legacyAppSecret(registryId, app.applicationId)},
                                       {}});
        }
        for (const KeyRecord& key : keys) {
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
    }

    /// The index of an entry in the sorted listing, or -1.
    qsizetype listedIndexOf(const QString& name) const
    {
        const auto found = std::lower_bound(m_listed.begin(), m_listed.end(), name,
                                            [](const ListedEntry& entry, const QString& n) { return entry.name < n; });
        return found != m_listed.end() && found->name == name ? found - m_listed.begin() : -1;
    }

    /// The names to read for a credential: those the listing has, or every possible one when there is no listing.
    QStringList namesToRead(const Expected& expected) const
    {
        if (!m_listingWorked)
            return expected.names;
        QStringList present;
        for (const QString& name : expected.names) {
            if (listedIndexOf(name) >= 0)
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
            finishPage();
    }

    /// Keeps the page's findings and the entries its credentials use, then goes on to the next page through the event
    /// loop, or to the orphans after the last.
    void finishPage()
    {
        for (const Expected& expected : m_expected) {
            keep(expected.names.constFirst());
            if (!expected.foundUnder.isEmpty())
                keep(expected.foundUnder);
            if (expected.credential.state != KeychainReport::State::Present)
                report(expected.credential);
        }
        m_expected.clear();
        m_checking = false;
        if (m_lastPage)
            return removeOrphans();
        // The next page, if read already, is checked in a turn of the event loop of its own.
        if (m_arrived) {
            QTimer::singleShot(0, &m_receiver, [self = shared_from_this()] { self->checkArrivedPage(); });
        }
    }

    /// Marks a listed entry as used by a live credential: never an orphan.
    void keep(const QString& name)
    {
        if (const qsizetype index = listedIndexOf(name); index >= 0)
            m_listedKept[size_t(index)] = true;
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
        const QDateTime oldEnough = m_now.addSecs(-m_options.minimumOrphanAge.count());
        for (qsizetype index = 0; index < m_listed.size(); ++index) {
            if (m_listedKept[size_t(index)])
                continue;
            const ListedEntry& entry = m_listed.at(index);
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

    void report(const KeychainReport::Finding& finding)
    {
        ++m_outcome.findings;
        if (finding.issuedBy == m_outcome.checkedBy)
            ++m_outcome.ownFindings;
        m_reportFile->add(finding);
    }

    void report()
    {
        // Sorted and written on a thread of its own: a keychain that holds none of a registry's 100,000 apps'
        // credentials (a new machine on a team registry) makes a report of 60 MB, which the window would wait for.
        m_reportWritten = std::async(std::launch::async, [file = std::move(m_reportFile)] { return file->commit(); });
        finishOnceReported();
    }

    /// Asked again through the event loop until the report is written: the thread posts nothing back, so nothing can
    /// reach an object gone when the program ends meanwhile.
    void finishOnceReported()
    {
        if (m_reportWritten.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
            QTimer::singleShot(ReportPollMs, [self = shared_from_this()] { self->finishOnceReported(); });
            return;
        }
        if (const Status written = m_reportWritten.get(); !written)
            m_outcome.reportFileProblem = written.error().text();
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

    QHash<QString, QString> m_secretIssuer;             ///< application id -> who regenerated its secret last
    QString m_lastApplicationId;                        ///< of the last full page read: the next starts after it
    bool m_lastPage = false;                            ///< the page being checked is the last
    QObject m_receiver;                                 ///< gets the pages read, on this thread
    LazyReaderThread m_reader{m_database, &m_receiver}; ///< after m_receiver, which gets its answers
    std::optional<Result<SweepPage>> m_arrived;         ///< read, and not checked yet
    bool m_checking = false;                            ///< a page's credentials are being checked
    QList<Expected> m_expected;                         ///< of the page being checked
    QList<ListedEntry> m_listed;                        ///< sorted by name
    std::vector<bool> m_listedKept;                     ///< per entry of m_listed: a live credential uses it
    bool m_listingWorked = false;
    std::unique_ptr<KeychainReportFile> m_reportFile; ///< until report() hands it to the thread that writes it
    std::future<Status> m_reportWritten;
    /// How often finishOnceReported() asks: a frame or two, beside a write that takes up to seconds.
    static constexpr int ReportPollMs = 20;
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
