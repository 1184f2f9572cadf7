// appkeys_bench_fill --database PATH_OR_POSTGRES_URL [--apps N] [--seed S] [--now ISO_DATE]
// Fills a new registry for the benchmark (bench/run); see RegistryFiller. A developer tool: its output is for
// bench/run and people measuring, not for users, so it is not translated.
#include "Database.h"
#include "RegistryFiller.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

/// The bulk load alone may skip waiting for the disk: a crash leaves a half-filled registry, which is thrown away
/// and generated again. The program's own connections keep their settings.
void speedUpBulkLoad(const Database& database)
{
    if (database.connection().driverName() != u"QSQLITE"_s)
        return;
    // One connection, no other reader: the journal in memory and an exclusive lock spare a WAL frame per page and
    // a lock call per statement. finishBulkLoad puts the journal back to WAL, as Database::openSqlite wants it.
    for (const QString& pragma : {u"PRAGMA locking_mode = EXCLUSIVE"_s, u"PRAGMA journal_mode = MEMORY"_s,
                                  u"PRAGMA synchronous = OFF"_s, u"PRAGMA cache_size = -65536"_s})
        QSqlQuery(database.connection()).exec(pragma);
}

void finishBulkLoad(const Database& database)
{
    if (database.connection().driverName() != u"QSQLITE"_s)
        return;
    QSqlQuery(database.connection()).exec(u"PRAGMA journal_mode = WAL"_s);
    QSqlQuery(database.connection()).exec(u"PRAGMA locking_mode = NORMAL"_s);
}

int fail(const QString& message)
{
    QTextStream(stderr) << u"appkeys_bench_fill: "_s << message << u'\n';
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"database"_s,
                      u"SQLite file (must not exist) or postgresql:// URL of an empty database; "
                      "its password in APPKEYS_BENCH_POSTGRES_PASSWORD."_s,
                      u"location"_s});
    parser.addOption({u"apps"_s, u"How many apps (default 100000)."_s, u"N"_s, u"100000"_s});
    parser.addOption({u"seed"_s, u"Seed of the generator (default 14)."_s, u"S"_s, u"14"_s});
    parser.addOption(
        {u"now"_s, u"The end of the two years of history, yyyy-MM-dd (default: today, UTC)."_s, u"date"_s});
    parser.process(app);

    const QString location = parser.value(u"database"_s);
    if (location.isEmpty())
        return fail(u"--database is required."_s);
    if (!location.startsWith(u"postgresql:"_s) && QFileInfo::exists(location))
        return fail(u"%1 exists; the generator fills only a new registry."_s.arg(location));
    bool appsOk = false, seedOk = false;
    const int apps = parser.value(u"apps"_s).toInt(&appsOk);
    const quint32 seed = parser.value(u"seed"_s).toUInt(&seedOk);
    if (!appsOk || apps < 0 || !seedOk)
        return fail(u"--apps and --seed take whole numbers."_s);
    // Midnight, so that the same day and seed give the same registry.
    const QDate today = parser.isSet(u"now"_s) ? QDate::fromString(parser.value(u"now"_s), Qt::ISODate)
                                               : QDateTime::currentDateTimeUtc().date();
    if (!today.isValid())
        return fail(u"--now takes a date, yyyy-MM-dd."_s);

    auto opened = Database::open(location, Database::AccessMode::ReadWrite,
                                 qEnvironmentVariable("APPKEYS_BENCH_POSTGRES_PASSWORD"));
    if (!opened)
        return fail(opened.error().text());
    speedUpBulkLoad(*opened.value());

    QElapsedTimer timer;
    timer.start();
    Bench::RegistryFiller filler(opened.value(), seed, QDateTime(today, QTime(0, 0), Qt::UTC));
    if (Status filled = filler.fill(apps); !filled)
        return fail(filled.error().text());
    finishBulkLoad(*opened.value());
    QTextStream(stdout) << u"figure=fill apps=%1 audit_entries=%2 ms=%3\n"_s.arg(apps)
                               .arg(qint64(apps) * Bench::RegistryFiller::EntriesPerApp)
                               .arg(timer.elapsed());
    return 0;
}
