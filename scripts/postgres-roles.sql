-- The roles of a team registry on PostgreSQL (docs/postgresql.md), so that the server enforces who may do what:
--   owner    owns the database, its schema and every table. Only it creates and upgrades the schema: open the
--            registry once with it (`appkeys --database postgresql://appkeys_owner@host/appkeys`) after creating it
--            and after installing a newer AppKeys. Nobody works with it day to day.
--   admin    business admins: read and change the registry and append to the audit trail, but never change, delete or
--            truncate an entry of it. AppKeys' schema version 4 narrows the default privileges below to exactly what
--            it needs (INSERT and SELECT only on audit_log), and adds a trigger that refuses UPDATE and DELETE on
--            audit_log to everyone, even a role that somehow holds those privileges.
--   support  support staff: SELECT, without the credential hash columns (apps.secret_sha256, api_keys.key_sha256),
--            which schema version 4 takes away from it.
--   verifier the verification service (`appkeys serve`): SELECT, the key hashes included, and writes to key_usage
--            only (see the end of this file).
--
-- Run once as a superuser, connected to the registry's (new, empty) database:
--   createdb appkeys
--   psql -d appkeys -f scripts/postgres-roles.sql
--   psql -d appkeys -c '\password appkeys_owner' -c '\password appkeys_admin' -c '\password appkeys_support'
-- Other role names: psql -v owner_role=registry_owner -v admin_role=registry_admin -v support_role=registry_reader ...
-- The passwords are set with psql's \password, which sends them hashed, so they appear in no log or history.

\set ON_ERROR_STOP on
\if :{?owner_role}
\else
    \set owner_role appkeys_owner
\endif
\if :{?admin_role}
\else
    \set admin_role appkeys_admin
\endif
\if :{?support_role}
\else
    \set support_role appkeys_support
\endif
SELECT current_database() AS registry_database \gset

CREATE ROLE :"owner_role" LOGIN;
CREATE ROLE :"admin_role" LOGIN;
CREATE ROLE :"support_role" LOGIN;

-- The database owner owns its public schema (pg_database_owner, PostgreSQL 15), so the owner role may create the
-- tables, and owns every table AppKeys creates when it migrates the schema. Nobody else may create anything.
ALTER DATABASE :"registry_database" OWNER TO :"owner_role";
REVOKE ALL ON DATABASE :"registry_database" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"registry_database" TO :"owner_role", :"admin_role";
GRANT CONNECT ON DATABASE :"registry_database" TO :"support_role";
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"admin_role", :"support_role";

-- On every table the owner creates, now and in later schema versions: admins read and write, support staff read.
-- AppKeys' schema version 4 then narrows these on the tables it knows (see above).
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner_role" IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"admin_role";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner_role" IN SCHEMA public GRANT SELECT ON TABLES TO :"support_role";

-- ---------------------------------------------------------------------------------------------------------------------
-- The verification service (`appkeys serve`, docs/verification.md): a role that reads the registry (key hashes,
-- apps, permissions, and the audit trail to see what changed) and writes one table only, key_usage ("last used").
-- The write comes through appkeys_usage_writer, a group role with a fixed name, because key_usage may not exist yet:
-- schema migration 5, which creates it, grants it to that group. Another name for the login role:
--   psql -v verifier_role=registry_verifier -d appkeys -f ...
-- and give it a password (psql -c '\password appkeys_verifier') for the service's password file (PGPASSFILE).
\if :{?verifier_role}
\else
    \set verifier_role appkeys_verifier
\endif
SELECT NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'appkeys_usage_writer') AS create_usage_writer \gset
\if :create_usage_writer
    CREATE ROLE appkeys_usage_writer NOLOGIN;
\endif
CREATE ROLE :"verifier_role" LOGIN IN ROLE appkeys_usage_writer;
GRANT CONNECT ON DATABASE :"registry_database" TO :"verifier_role";
GRANT USAGE ON SCHEMA public TO :"verifier_role";
GRANT SELECT ON ALL TABLES IN SCHEMA public TO :"verifier_role";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner_role" IN SCHEMA public GRANT SELECT ON TABLES TO :"verifier_role";
-- A registry whose schema is already at version 5 or later.
SELECT to_regclass('public.key_usage') IS NOT NULL AS has_key_usage \gset
\if :has_key_usage
    GRANT INSERT, UPDATE ON key_usage TO appkeys_usage_writer;
\endif
