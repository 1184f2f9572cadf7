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

bool executeOutsideAppKeys(const QString& filePath, const QString& sql)
{
    const QString connectionName = u"outside-appkeys-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool executed = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        db.setDatabaseName(filePath);
        QSqlQuery query(db);
        executed = db.open() && query.exec(sql);
    }
    QSqlDatabase::removeDatabase(connectionName);
    return executed;
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
