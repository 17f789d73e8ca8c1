-- profiles: who is registered, and since when. Also resolves usernames (any case) to ids for every query.
-- credential_version counts the user's password changes: a timeline read refuses a bearer token issued before the
-- latest one. (Applied to each slot's schema, profiles_a and profiles_b: see ViewSchemas.)
create table profile (
    user_id            uuid primary key,
    username           varchar(30) not null,
    username_key       varchar(30) not null unique,
    registered_at      timestamptz not null,
    credential_version integer     not null default 0
);
