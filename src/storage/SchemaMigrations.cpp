#include "SchemaMigrations.h"

#include "SqlTime.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace AppKeys::SchemaMigrations {

namespace {

// The registry's identity is created with its schema, so an AppKeys database always has exactly one.
Status insertRegistryRow(QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO registry (id, registry_id, created_at) VALUES (1, :registry_id, :created_at)"_s);
    query.bindValue(u":registry_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
    query.bindValue(u":created_at"_s, SqlTime::toValue(QDateTime::currentDateTimeUtc()));
    if (query.exec())
        return {};
    return Error{QCoreApplication::translate("AppKeys::SchemaMigrations", "Could not create the registry's identity."),
                 query.lastError().text()};
}

Migration version1()
{
    return {1,
            {
                u"CREATE TABLE registry ("
                "  id INTEGER PRIMARY KEY CHECK (id = 1),"
                "  registry_id TEXT NOT NULL,"
                "  created_at TEXT NOT NULL)"_s,

                u"CREATE TABLE apps ("
                "  application_id TEXT PRIMARY KEY,"
                "  name TEXT NOT NULL,"
                "  name_key TEXT NOT NULL,"
                "  uri TEXT NOT NULL,"
                "  description TEXT NOT NULL DEFAULT '',"
                "  login_user_type TEXT NOT NULL CHECK (login_user_type IN ('guest', 'employee')),"
                "  source_app TEXT NOT NULL"
                "    CHECK (source_app IN ('external_cma', 'external_webstore', 'client_app', 'bot')),"
                "  auth_method TEXT NOT NULL CHECK (auth_method IN ('apikey_groups', 'jwt_groups')),"
                // A hex SHA-256 is 64 characters: a plaintext secret (53) can never land here by mistake.
                "  secret_sha256 TEXT NOT NULL CHECK (length(secret_sha256) = 64),"
                "  secret_hint TEXT NOT NULL,"
                "  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),"
                "  created_by TEXT NOT NULL,"
                "  created_at TEXT NOT NULL,"
                "  updated_at TEXT NOT NULL,"
                "  row_version INTEGER NOT NULL DEFAULT 1,"
                "  deleted_at TEXT)"_s,

                // Deleted apps free their name; name_key is the case-folded name.
                u"CREATE UNIQUE INDEX apps_live_name_key ON apps (name_key) WHERE deleted_at IS NULL"_s,
                u"CREATE INDEX apps_created_at ON apps (created_at)"_s,

                u"CREATE TABLE app_redirect_urls ("
                "  application_id TEXT NOT NULL REFERENCES apps (application_id) ON DELETE CASCADE,"
                "  kind TEXT NOT NULL CHECK (kind IN ('post_logout', 'post_login')),"
                "  position INTEGER NOT NULL,"
                "  url TEXT NOT NULL,"
                "  PRIMARY KEY (application_id, kind, position))"_s,

                u"CREATE TABLE app_permissions ("
                "  application_id TEXT NOT NULL REFERENCES apps (application_id) ON DELETE CASCADE,"
                "  permission_id TEXT NOT NULL,"
                "  PRIMARY KEY (application_id, permission_id))"_s,

                u"CREATE TABLE api_keys ("
                "  key_id TEXT PRIMARY KEY,"
                "  application_id TEXT NOT NULL REFERENCES apps (application_id) ON DELETE CASCADE,"
                "  key_sha256 TEXT NOT NULL UNIQUE CHECK (length(key_sha256) = 64),"
                "  key_hint TEXT NOT NULL,"
                "  created_by TEXT NOT NULL,"
                "  created_at TEXT NOT NULL,"
                "  expires_at TEXT NOT NULL,"
                "  revoked_at TEXT)"_s,

                u"CREATE INDEX api_keys_application_id ON api_keys (application_id)"_s,
            },
            insertRegistryRow};
}

// The audit trail (PRODUCT.md section 6). No foreign key to apps: the trail outlives the apps it tells about.
// Nothing in SQL stops an UPDATE: the hash chain is what makes a change visible, to `appkeys audit verify`.
// Existing registries start their trail empty.
Migration version2(const SqlDialect& dialect)
{
    return {2,
            {
                u"CREATE TABLE audit_log ("
                "  sequence %1 PRIMARY KEY,"
                "  timestamp TEXT NOT NULL,"
                "  actor TEXT NOT NULL,"
                "  action TEXT NOT NULL,"
                "  application_id TEXT NOT NULL,"
                "  key_hint TEXT NOT NULL DEFAULT '',"
                "  details TEXT NOT NULL,"
                "  previous_hash TEXT NOT NULL CHECK (length(previous_hash) = 64),"
                "  hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64))"_s.arg(dialect.counterKeyType()),

                u"CREATE INDEX audit_log_application_id ON audit_log (application_id)"_s,
                u"CREATE INDEX audit_log_action ON audit_log (action)"_s,
                u"CREATE INDEX audit_log_timestamp ON audit_log (timestamp)"_s,
            },
            {}};
}

// What the expiry alerts sent (PRODUCT.md section 5): one row per key, threshold and channel, so that no alert is
// sent twice across runs and restarts. A pending row is retried by the next run.
Migration version3()
{
    return {3,
            {
                u"CREATE TABLE alert_deliveries ("
                "  key_id TEXT NOT NULL REFERENCES api_keys (key_id) ON DELETE CASCADE,"
                "  threshold_days INTEGER NOT NULL CHECK (threshold_days > 0),"
                "  channel TEXT NOT NULL CHECK (channel IN ('webhook', 'desktop')),"
                "  state TEXT NOT NULL CHECK (state IN ('pending', 'delivered')),"
                "  attempts INTEGER NOT NULL DEFAULT 0,"
                "  last_error TEXT NOT NULL DEFAULT '',"
                "  due_at TEXT NOT NULL,"
                "  delivered_at TEXT,"
                "  PRIMARY KEY (key_id, threshold_days, channel))"_s,
            },
            {}};
}

// When the verification service last accepted each key, and how often (PRODUCT.md section 10). A table of its own,
// written in batches by the service apart from the registry's write lock and audit trail, so that on PostgreSQL the
// service's role may write it and nothing else: scripts/postgres-roles.sql makes that role a member of
// appkeys_usage_writer, which is granted INSERT and UPDATE here when it exists (and by that script when the table
// already does).
Migration version5(const SqlDialect& dialect)
{
    QStringList statements{
        u"CREATE TABLE key_usage ("
        "  key_id TEXT PRIMARY KEY REFERENCES api_keys (key_id) ON DELETE CASCADE,"
        "  last_used_at TEXT NOT NULL,"
        "  use_count BIGINT NOT NULL CHECK (use_count >= 0))"_s,
    };
    if (dialect.engine() == SqlDialect::Engine::Postgres)
        statements.append(u"DO $$ BEGIN"
                          "  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'appkeys_usage_writer') THEN"
                          "    GRANT INSERT, UPDATE ON key_usage TO appkeys_usage_writer;"
                          "  END IF;"
                          " END $$"_s);
    return {5, statements, {}};
}

} // namespace

QList<Migration> all(const SqlDialect& dialect)
{
    return {version1(), version2(dialect), version3(), version5(dialect)};
}

int latestVersion()
{
    return all(SqlDialect(SqlDialect::Engine::Sqlite)).constLast().version;
}

} // namespace AppKeys::SchemaMigrations
