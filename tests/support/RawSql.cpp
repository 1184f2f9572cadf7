#include "RawSql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace AppKeys::RawSql {

QVariant scalar(const Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

int rowCount(const Database& database, const QString& table)
{
    const QVariant count = scalar(database, u"SELECT COUNT(*) FROM "_s + table);
    return count.isValid() ? count.toInt() : -1;
}

bool execute(const Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    return query.exec(sql);
}

bool executeOutsideAppKeys(const QString& filePath, const QString& sql)
{
    return runOutsideAppKeys(filePath, sql).first;
}

std::pair<bool, QVariant> runOutsideAppKeys(const QString& filePath, const QString& sql)
{
    const QString connectionName = u"outside-appkeys-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::pair<bool, QVariant> outcome{false, {}};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        db.setDatabaseName(filePath);
        QSqlQuery query(db);
        outcome.first = db.open() && query.exec(sql);
        if (outcome.first && query.next())
            outcome.second = query.value(0);
    }
    QSqlDatabase::removeDatabase(connectionName);
    return outcome;
}

QStringList indexNames(const Database& database, const QString& table)
{
    const bool postgres = database.dialect().engine() == SqlDialect::Engine::Postgres;
    QSqlQuery query(database.connection());
    query.prepare(postgres ? u"SELECT indexname FROM pg_indexes WHERE tablename = :table ORDER BY indexname"_s
                           : u"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = :table"
                             " ORDER BY name"_s);
    query.bindValue(u":table"_s, table);
    QStringList names;
    if (query.exec()) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    return names;
}

QByteArray fileFingerprint(const QString& filePath)
{
    QCryptographicHash hasher(QCryptographicHash::Sha256);
    for (const QString& name : {filePath, filePath + u"-wal"_s}) {
        QFile file(name);
        hasher.addData(name.toUtf8());
        if (file.open(QIODevice::ReadOnly))
            hasher.addData(file.readAll());
    }
    return hasher.result().toHex();
}

} // namespace AppKeys::RawSql
