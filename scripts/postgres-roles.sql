-- The two roles of a team registry on PostgreSQL (docs/postgresql.md): an admin who owns the schema and changes the
-- registry, and a support role that may only read it, so that read-only access is enforced by the server.
--
-- Run once as a superuser, connected to the registry's (new, empty) database:
--   createdb appkeys
--   psql -d appkeys -f scripts/postgres-roles.sql
--   psql -d appkeys -c '\password appkeys_admin' -c '\password appkeys_support'
-- Other role names: psql -v admin_role=registry_admin -v support_role=registry_reader -d appkeys -f ...
-- The passwords are set with psql's \password, which sends them hashed, so they appear in no log or history.

\set ON_ERROR_STOP on
\if :{?admin_role}
\else
    \set admin_role appkeys_admin
\endif
\if :{?support_role}
\else
    \set support_role appkeys_support
\endif
SELECT current_database() AS registry_database \gset

CREATE ROLE :"admin_role" LOGIN;
CREATE ROLE :"support_role" LOGIN;

-- The database owner owns its public schema (pg_database_owner, PostgreSQL 15), so the admin may create the tables,
-- and owns every table AppKeys creates when it migrates the schema.
ALTER DATABASE :"registry_database" OWNER TO :"admin_role";
REVOKE ALL ON DATABASE :"registry_database" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"registry_database" TO :"admin_role";
GRANT CONNECT ON DATABASE :"registry_database" TO :"support_role";
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"support_role";

-- SELECT only: on the tables there are already, and on those the admin creates in later schema upgrades.
GRANT SELECT ON ALL TABLES IN SCHEMA public TO :"support_role";
ALTER DEFAULT PRIVILEGES FOR ROLE :"admin_role" IN SCHEMA public GRANT SELECT ON TABLES TO :"support_role";

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
ALTER DEFAULT PRIVILEGES FOR ROLE :"admin_role" IN SCHEMA public GRANT SELECT ON TABLES TO :"verifier_role";
-- A registry whose schema is already at version 5 or later.
SELECT to_regclass('public.key_usage') IS NOT NULL AS has_key_usage \gset
\if :has_key_usage
    GRANT INSERT, UPDATE ON key_usage TO appkeys_usage_writer;
\endif
