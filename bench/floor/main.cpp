// appkeys_bench_verify_floor --database PATH_OR_POSTGRES_URL
// The floor of `appkeys audit verify`: the least any verifier must do, which is to stream the same audit rows from the
// same driver (Qt SQL, forward-only, so that no row is cached) and hash each one, chained to the previous hash, with
// SHA-256. It checks each row's previous_hash against the hash before it, and compares with nothing else, so that
// the ratio to it shows what verify spends beyond reading and hashing. The PostgreSQL password comes from
// APPKEYS_BENCH_POSTGRES_PASSWORD. A developer tool: not translated.
#include "SqliteLibrary.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QSqlDatabase connect(const QString& location)
{
    if (!location.startsWith(u"postgresql://"_s)) {
        AppKeys::SqliteLibrary::configure();
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s);
        db.setDatabaseName(location);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        return db;
    }
    const QUrl url(location);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    db.setPassword(qEnvironmentVariable("APPKEYS_BENCH_POSTGRES_PASSWORD"));
    return db;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype at = arguments.indexOf(u"--database"_s);
    QTextStream err(stderr);
    if (at < 0 || at + 1 >= arguments.size()) {
        err << u"usage: appkeys_bench_verify_floor --database PATH_OR_POSTGRES_URL\n"_s;
        return 2;
    }
    QSqlDatabase db = connect(arguments.at(at + 1));
    if (!db.open()) {
        err << db.lastError().text() << u'\n';
        return 1;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT sequence, timestamp, actor, action, application_id, key_hint, details, previous_hash,"
                    " hash FROM audit_log ORDER BY sequence"_s)) {
        err << query.lastError().text() << u'\n';
        return 1;
    }
    QByteArray previous(64, '0');
    qint64 entries = 0;
    qint64 linksMatching = 0;
    while (query.next()) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(previous);
        for (int column = 0; column < 7; ++column)
            hash.addData(query.value(column).toString().toUtf8());
        linksMatching += query.value(7).toString().toLatin1() == previous ? 1 : 0;
        previous = query.value(8).toString().toLatin1();
        hash.result();
        ++entries;
    }
    QTextStream(stdout) << u"entries=%1 links_matching=%2\n"_s.arg(entries).arg(linksMatching);
    return 0;
}
