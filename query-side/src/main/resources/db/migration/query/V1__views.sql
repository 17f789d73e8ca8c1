-- The query side's schema `query`. Flyway owns it; Hibernate only validates it (ddl-auto=validate).
-- Each view belongs to one processing group and only that group writes its tables. User and post ids are the
-- command side's UUIDs, stored as uuid (16 bytes) to keep rows small.

-- Axon's JDBC token store: one row per processor and segment. Tokens are JSON in bytea, never oid.
create table token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          bytea,
    token_type     varchar(255),
    timestamp      varchar(255),
    owner          varchar(255),
    primary key (processor_name, segment)
);

-- profiles: who is registered, and since when. Also resolves usernames (any case) to ids for every query.
create table profile (
    user_id       uuid primary key,
    username      varchar(30) not null,
    username_key  varchar(30) not null unique,
    registered_at timestamptz not null
);

-- follows: the follow graph with the time each follow started, indexed both ways for keyset pages
-- (most recent follow first), and counts that move only when a follow row is really inserted or deleted.
create table follow (
    follower_id   uuid        not null,
    followed_id   uuid        not null,
    follower_name varchar(30) not null,
    followed_name varchar(30) not null,
    since         timestamptz not null,
    primary key (follower_id, followed_id)
);
create index follow_followers on follow (followed_id, since desc, follower_id desc);
create index follow_following on follow (follower_id, since desc, followed_id desc);

-- No CHECK (count >= 0): PostgreSQL checks the row an upsert proposes to insert before it finds the conflict,
-- so a batch's net -1 for an existing row would be refused. A count goes below its rows only if it drifted, and
-- the randomized model test compares every count with its rows.
create table follow_count (
    user_id   uuid primary key,
    followers bigint not null default 0,
    following bigint not null default 0
);

-- posts: each author's posts, newest first, and a count that moves only when a post row is inserted.
create table post_author (
    user_id  uuid primary key,
    username varchar(30) not null
);

create table post (
    post_id      uuid primary key,
    author_id    uuid        not null,
    body         text        not null,
    published_at timestamptz not null
);
create index post_by_author on post (author_id, published_at desc, post_id desc);

create table post_count (
    user_id uuid primary key,
    posts   bigint not null default 0
);

-- timeline: fan-out on write. The group keeps its own copy of users, posts and the follow graph, so that a
-- post's fan-out and a follow's backfill read only what this group has already processed.
create table timeline_user (
    user_id  uuid primary key,
    username varchar(30) not null
);

create table timeline_post (
    post_id      uuid primary key,
    author_id    uuid        not null,
    published_at timestamptz not null,
    body         text        not null
);
create index timeline_post_by_author on timeline_post (author_id, published_at desc, post_id desc);

create table timeline_follow (
    followed_id uuid not null,
    follower_id uuid not null,
    primary key (followed_id, follower_id)
);

-- One row per post in a home timeline: small on purpose (owner, time, post, author).
create table timeline_entry (
    owner_id     uuid        not null,
    published_at timestamptz not null,
    post_id      uuid        not null,
    author_id    uuid        not null,
    primary key (owner_id, published_at, post_id)
);
