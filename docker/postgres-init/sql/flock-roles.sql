-- Least privilege for Flock's two services in one database (run once, as the database owner, by
-- 10-flock-roles.sh when the PostgreSQL container first starts; LeastPrivilegeIT runs it too).
--   flock_command: owns the event store (appends to it) and its own schema `command`; cannot see `query`.
--   flock_query:   reads the event store, owns its own schemas (`query` and the views' slots); cannot write events
--                  or see `command` (credentials).
-- psql variables: command_password, query_password.
create role flock_command login password :'command_password';
create role flock_query login password :'query_password';

-- Each service creates its own schemas with Flyway; nobody else may create anything in `public`.
revoke create on schema public from public;
do $$ begin
    execute format('grant connect, create on database %I to flock_command, flock_query', current_database());
end $$;

-- The event store is the command side's; the query side may read every table in it, now and later.
create schema eventstore authorization flock_command;
grant usage on schema eventstore to flock_query;
alter default privileges for role flock_command in schema eventstore grant select on tables to flock_query;
