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
