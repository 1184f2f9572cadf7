#include "AppNameKeyMigration.h"

#include "AppNameKey.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

struct StoredName
{
    QString applicationId;
    QString name;
    QString oldKey;
    bool live = false;
};

Error migrationError(const QSqlQuery& query)
{
    return SqlDialect::of(query).statementError(
        query.lastError(),
        QCoreApplication::translate("AppKeys::SchemaMigrator", "Could not update the registry's schema."));
}

Result<QList<StoredName>> readNames(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT application_id, name, name_key, deleted_at IS NULL FROM apps"
                    " ORDER BY created_at, application_id"_s))
        return migrationError(query);
    QList<StoredName> names;
    while (query.next())
        names.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toBool()});
    return names;
}

/// A key no name can have, since names hold no control characters: unique by the Application ID.
QString keyNoNameHas(const StoredName& app)
{
    return app.oldKey + QChar(0x1) + app.applicationId;
}

/// The new key of each app, by Application ID, oldest live app first to claim a key.
QHash<QString, QString> newKeys(const QList<StoredName>& names)
{
    QHash<QString, QString> keys;
    QSet<QString> claimed;
    QList<const StoredName*> displaced;
    for (const StoredName& app : names) {
        const QString key = AppNameKey::of(app.name);
        if (app.live && claimed.contains(key)) {
            displaced.append(&app);
            continue;
        }
        keys.insert(app.applicationId, key);
        if (app.live)
            claimed.insert(key);
    }
    for (const StoredName* app : displaced) {
        const QString key = claimed.contains(app->oldKey) ? keyNoNameHas(*app) : app->oldKey;
        keys.insert(app->applicationId, key);
        claimed.insert(key);
    }
    return keys;
}

Status setKey(const QSqlDatabase& db, const QString& applicationId, const QString& key)
{
    QSqlQuery query(db);
    query.prepare(u"UPDATE apps SET name_key = :name_key WHERE application_id = :application_id"_s);
    query.bindValue(u":name_key"_s, key);
    query.bindValue(u":application_id"_s, applicationId);
    if (query.exec())
        return {};
    return migrationError(query);
}

} // namespace

Status AppNameKeyMigration::recompute(QSqlDatabase& db)
{
    const Result<QList<StoredName>> names = readNames(db);
    if (!names)
        return names.error();
    // First every key to a placeholder no name has, so that no update meets a key another app gives up later.
    for (const StoredName& app : names.value()) {
        if (Status cleared = setKey(db, app.applicationId, QChar(0x1) + app.applicationId); !cleared)
            return cleared;
    }
    const QHash<QString, QString> keys = newKeys(names.value());
    for (const StoredName& app : names.value()) {
        if (Status set = setKey(db, app.applicationId, keys.value(app.applicationId)); !set)
            return set;
    }
    return {};
}

} // namespace AppKeys
