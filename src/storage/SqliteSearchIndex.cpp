#include "SqliteSearchIndex.h"

#include "AppSelection.h"
#include "ErrorCode.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace AppKeys::SqliteSearchIndex {

namespace {

Error damaged(const QString& what)
{
    return Error{
        QCoreApplication::translate("AppKeys::SqliteSearchIndex", "The search index does not match the apps: %1.")
            .arg(what),
        QCoreApplication::translate(
            "AppKeys::SqliteSearchIndex",
            "'appkeys list --search' may leave out apps. Someone changed the database outside AppKeys: compare "
            "the apps with an export or a backup."),
        ErrorCode::SearchIndexMismatch};
}

/// An object statements() creates, as sqlite_master keeps its statement (without IF NOT EXISTS).
struct CreatedObject
{
    QString name;
    QString sql;
};

std::optional<CreatedObject> createdBy(const QString& statement)
{
    static const QRegularExpression create(u"^CREATE (?:VIRTUAL TABLE|TABLE|VIEW|TRIGGER) IF NOT EXISTS (\\w+)"_s);
    const QRegularExpressionMatch match = create.match(statement);
    if (!match.hasMatch())
        return std::nullopt;
    return CreatedObject{match.captured(1), QString(statement).replace(u" IF NOT EXISTS"_s, QString())};
}

Status checkCreated(const QSqlDatabase& db, const CreatedObject& object)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT sql FROM sqlite_master WHERE name = :name"_s);
    query.bindValue(u":name"_s, object.name);
    if (!query.exec())
        return Error{
            QCoreApplication::translate("AppKeys::SqliteSearchIndex", "Could not read the search index's definition."),
            query.lastError().text()};
    if (!query.next() || query.value(0).toString() != object.sql)
        return damaged(
            QCoreApplication::translate("AppKeys::SqliteSearchIndex", "its part “%1” is missing or was changed")
                .arg(object.name));
    return {};
}

Status checkEveryAppHasARow(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT count(*) FROM apps"
                    " WHERE application_id NOT IN (SELECT application_id FROM app_search_rows)"_s) ||
        !query.next())
        return Error{QCoreApplication::translate("AppKeys::SqliteSearchIndex", "Could not read the search index."),
                     query.lastError().text()};
    if (const int missing = query.value(0).toInt(); missing > 0)
        return damaged(
            QCoreApplication::translate("AppKeys::SqliteSearchIndex", "%n app(s) have no row in it", nullptr, missing));
    return {};
}

} // namespace

QStringList statements()
{
    // It stores no text of its own: it reads the apps through the view, and keeps only which trigrams each app has
    // (detail none), a fifth of the size of a full index (22 MB at 100,000 apps). Its rows need a key that VACUUM
    // keeps, which an app's implicit rowid is not, hence app_search_rows. The triggers keep it in step with every
    // writer of `apps`, AppKeys or not. An external-content index forgets an app's text by being told it, while the
    // view still shows it.
    const QString indexTheNewText = u"INSERT INTO app_search (rowid, text) SELECT search_row, text"
                                    "  FROM app_search_text WHERE application_id = new.application_id;"_s;
    const QString forgetTheOldText =
        u"INSERT INTO app_search (app_search, rowid, text) SELECT 'delete', search_row, text"
        "  FROM app_search_text WHERE application_id = old.application_id;"_s;
    const QString searchedFields = u"name, application_id, uri, description, created_by"_s;
    return {
        u"CREATE TABLE IF NOT EXISTS app_search_rows ("
        "  search_row INTEGER PRIMARY KEY,"
        "  application_id TEXT NOT NULL UNIQUE)"_s,
        u"CREATE VIEW IF NOT EXISTS app_search_text AS"
        "  SELECT found.search_row, found.application_id, %1 AS text"
        "  FROM app_search_rows AS found JOIN apps ON apps.application_id = found.application_id"_s.arg(
            AppSelection::searchedText(u"apps."_s)),
        u"CREATE VIRTUAL TABLE IF NOT EXISTS app_search USING fts5(text, tokenize = 'trigram',"
        "  detail = 'none', content = 'app_search_text', content_rowid = 'search_row')"_s,
        u"INSERT OR IGNORE INTO app_search_rows (application_id) SELECT application_id FROM apps"_s,
        u"INSERT INTO app_search (app_search) VALUES ('rebuild')"_s,
        // OR IGNORE: a row left behind by a writer that went around the triggers never stops a new app.
        u"CREATE TRIGGER IF NOT EXISTS app_search_insert AFTER INSERT ON apps BEGIN"
        "  INSERT OR IGNORE INTO app_search_rows (application_id) VALUES (new.application_id); %1"
        " END"_s.arg(indexTheNewText),
        u"CREATE TRIGGER IF NOT EXISTS app_search_before_update BEFORE UPDATE OF %1 ON apps BEGIN %2 END"_s.arg(
            searchedFields, forgetTheOldText),
        u"CREATE TRIGGER IF NOT EXISTS app_search_after_update AFTER UPDATE OF %1 ON apps BEGIN"
        "  UPDATE app_search_rows SET application_id = new.application_id"
        "    WHERE application_id = old.application_id; %2"
        " END"_s.arg(searchedFields, indexTheNewText),
        u"CREATE TRIGGER IF NOT EXISTS app_search_before_delete BEFORE DELETE ON apps BEGIN %1 END"_s.arg(
            forgetTheOldText),
        u"CREATE TRIGGER IF NOT EXISTS app_search_after_delete AFTER DELETE ON apps BEGIN"
        "  DELETE FROM app_search_rows WHERE application_id = old.application_id;"
        " END"_s,
    };
}

Status checkIntact(const QSqlDatabase& db)
{
    for (const QString& statement : statements()) {
        if (const std::optional<CreatedObject> object = createdBy(statement)) {
            if (Status created = checkCreated(db, *object); !created)
                return created;
        }
    }
    return checkEveryAppHasARow(db);
}

} // namespace AppKeys::SqliteSearchIndex
