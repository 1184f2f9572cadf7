#include "SchemaMigrations.h"

#include "AppNameKeyMigration.h"
#include "AppSelection.h"
#include "SqlTime.h"
#include "SqliteSearchIndex.h"

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
// The hash chain is what makes a change visible, to `appkeys audit verify` (and, on PostgreSQL, version 4's trigger
// refuses one).
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

// PostgreSQL: the server itself keeps the audit trail append-only, even for a role that holds UPDATE or DELETE.
const QStringList AppendOnlyTrail{
    u"CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $appkeys$"
    " BEGIN"
    "   RAISE EXCEPTION 'The audit trail is append-only: % on audit_log is refused.', TG_OP"
    "     USING ERRCODE = 'insufficient_privilege';"
    " END $appkeys$"_s,
    u"CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log"
    " FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()"_s,
    u"CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log"
    " FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()"_s,
};

// PostgreSQL: each role gets exactly what AppKeys needs (docs/postgresql.md). The roles are those the schema owner's
// default privileges (scripts/postgres-roles.sql) gave rights on apps: a role that may insert apps is an admin, one
// that may only select them is support staff, unless it is the verification service's (a member of
// appkeys_usage_writer), which needs the key hashes. Admins may append to the trail but not change it; support staff
// read everything but the credential hash columns.
const QString RolePrivileges =
    u"DO $appkeys$"
    " DECLARE member regrole;"
    " BEGIN"
    "   REVOKE ALL ON audit_log FROM PUBLIC;"
    "   FOR member IN SELECT DISTINCT acl.grantee::regrole FROM pg_class c, aclexplode(c.relacl) acl"
    "       WHERE c.oid = 'apps'::regclass AND acl.grantee NOT IN (0, c.relowner) AND acl.privilege_type = 'INSERT'"
    "   LOOP"
    "     EXECUTE format('REVOKE ALL ON registry, schema_migrations, apps, app_redirect_urls, app_permissions,"
    "       api_keys, audit_log, alert_deliveries FROM %1$s', member);"
    "     EXECUTE format('GRANT SELECT ON registry, schema_migrations TO %1$s', member);"
    "     EXECUTE format('GRANT SELECT, INSERT, UPDATE ON apps, api_keys TO %1$s', member);"
    "     EXECUTE format('GRANT SELECT, INSERT, DELETE ON app_redirect_urls, app_permissions TO %1$s', member);"
    "     EXECUTE format('GRANT SELECT, INSERT ON audit_log TO %1$s', member);"
    "     EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON alert_deliveries TO %1$s', member);"
    "   END LOOP;"
    "   FOR member IN SELECT DISTINCT acl.grantee::regrole FROM pg_class c, aclexplode(c.relacl) acl"
    "       WHERE c.oid = 'apps'::regclass AND acl.grantee NOT IN (0, c.relowner) AND acl.privilege_type = 'SELECT'"
    "         AND NOT has_table_privilege(acl.grantee, 'apps', 'INSERT')"
    "         AND acl.grantee NOT IN (SELECT m.member FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
    "           WHERE g.rolname = 'appkeys_usage_writer')"
    "   LOOP"
    "     EXECUTE format('REVOKE SELECT ON apps, api_keys FROM %1$s', member);"
    "     EXECUTE format('GRANT SELECT (application_id, name, name_key, uri, description, login_user_type,"
    "       source_app, auth_method, secret_hint, status, created_by, created_at, updated_at, row_version,"
    "       deleted_at) ON apps TO %1$s', member);"
    "     EXECUTE format('GRANT SELECT (key_id, application_id, key_hint, created_by, created_at, expires_at,"
    "       revoked_at) ON api_keys TO %1$s', member);"
    "   END LOOP;"
    " END $appkeys$"_s;

// An audit trail that the database enforces and that is checked against the data (PRODUCT.md sections 6 and 7), and
// webhook deliveries that are claimed before they are sent, so that two runs never send one twice (section 5):
// - alert_deliveries: delivery_id, the id the receiver sees (the same over retries), and until when a run that is
//   sending it has claimed it (claimed_until);
// - PostgreSQL only: the append-only trigger and the role privileges above. Nothing in SQL can stop the owner of an
//   SQLite file; there, the hash chain and the checkpoints outside the database are what show a change.
// The credentials' fingerprints that app.created, secret.regenerated, key.generated and key.rotated record from now
// on need no column: they are in the entries' details. Older entries keep what they had (see AuditTableCheck).
Migration version4(const SqlDialect& dialect)
{
    QStringList statements{
        u"ALTER TABLE alert_deliveries ADD COLUMN delivery_id TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE alert_deliveries ADD COLUMN claimed_until TEXT"_s,
    };
    if (dialect.engine() == SqlDialect::Engine::Postgres)
        statements += AppendOnlyTrail + QStringList{RolePrivileges};
    return {4, statements, {}};
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

// Look-alike names (PRODUCT.md section 2): the name key becomes NFKC-normalised as well as case-folded.
Migration version6()
{
    return {AppNameKeyMigration::Version, {}, AppNameKeyMigration::recompute};
}

// PostgreSQL's own trigram index (pg_trgm, which a database owner may install: it is trusted) answers
// AppSelection::search's LIKE on the lowered text. Without the extension, or the right to install it, the search
// scans as before: the same answers, more slowly.
QString postgresSearchIndex()
{
    return u"DO $$ BEGIN"
           "  IF EXISTS (SELECT FROM pg_available_extensions WHERE name = 'pg_trgm') THEN"
           "    CREATE EXTENSION IF NOT EXISTS pg_trgm;"
           "    CREATE INDEX IF NOT EXISTS apps_search ON apps USING gin ((%1) gin_trgm_ops);"
           "  END IF;"
           " EXCEPTION WHEN insufficient_privilege THEN NULL;"
           " END $$"_s.arg(AppSelection::postgresSearchedText({}));
}

// `appkeys list --search` at 100,000 apps (issue 14): a trigram index of the fields the search looks in, SQLite's
// kept by triggers (SqliteSearchIndex), PostgreSQL's by the server.
Migration version7(const SqlDialect& dialect)
{
    if (dialect.engine() == SqlDialect::Engine::Postgres)
        return {7, {postgresSearchIndex()}, {}};
    return {7, SqliteSearchIndex::statements(), {}};
}

// A listing's page (AppSelection::page) is the next apps in the order created_at descending, then application_id:
// an index in exactly that order is read in order, where version 1's index on created_at alone left SQLite to sort
// the apps of each created_at apart, clearing a sorter per app (10 % of `list --json`'s instructions at 10,000 apps).
Migration version8()
{
    return {8,
            {u"CREATE INDEX IF NOT EXISTS apps_listing ON apps (created_at DESC, application_id)"_s,
             u"DROP INDEX IF EXISTS apps_created_at"_s},
            {}};
}

// PostgreSQL's search asks about its text with LONG S and KELVIN SIGN turned into s and k, so that its pattern keeps
// them and the index narrows a search with an s or a k as much as any other (AppSelection::postgresSearchedText):
// version 7's index was on the text lowered alone. (A registry created since has the new index from version 7, and
// rebuilds it here while it is empty.) SQLite's FTS5 index folds them already: nothing to do there.
Migration version9(const SqlDialect& dialect)
{
    if (dialect.engine() == SqlDialect::Engine::Postgres)
        return {9, {u"DROP INDEX IF EXISTS apps_search"_s, postgresSearchIndex()}, {}};
    return {9, {}, {}};
}

} // namespace

QList<Migration> all(const SqlDialect& dialect)
{
    return {version1(), version2(dialect), version3(), version4(dialect), version5(dialect),
            version6(), version7(dialect), version8(), version9(dialect)};
}

int latestVersion()
{
    return all(SqlDialect(SqlDialect::Engine::Sqlite)).constLast().version;
}

} // namespace AppKeys::SchemaMigrations
