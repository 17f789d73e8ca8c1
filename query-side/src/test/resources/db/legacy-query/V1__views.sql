-- The query side's schemas. Flyway owns them. `query` holds the token store and which slot of each view is live;
-- each view has two slots, schemas <view>_a and <view>_b, with the same tables: one is live (read by the API, kept
-- current by processor <view>-a or <view>-b), the other is empty or being rebuilt by a replay. Only a view's own
-- processors write its tables. User and post ids are the command side's UUIDs, stored as uuid (16 bytes).

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

-- Which slot of each view the API reads, and the replay in progress, if any (see ReplayCoordinator).
create table projection_slot (
    view_name     varchar(30) primary key,
    live_slot     char(1)     not null check (live_slot in ('a', 'b')),
    building_slot char(1) check (building_slot in ('a', 'b') and building_slot <> live_slot),
    reset_done    boolean     not null default false,
    started_at    timestamptz,
    switched_at   timestamptz
);
insert into projection_slot (view_name, live_slot)
values ('profiles', 'a'), ('follows', 'a'), ('posts', 'a'), ('timeline', 'a');

create schema profiles_a;
create schema follows_a;
create schema posts_a;
create schema timeline_a;

-- profiles: who is registered, and since when. Also resolves usernames (any case) to ids for every query.
create table profiles_a.profile (
    user_id       uuid primary key,
    username      varchar(30) not null,
    username_key  varchar(30) not null unique,
    registered_at timestamptz not null
);

-- follows: the follow graph with the time each follow started, indexed both ways for keyset pages
-- (most recent follow first), and counts that move only when a follow row is really inserted or deleted.
create table follows_a.follow (
    follower_id   uuid        not null,
    followed_id   uuid        not null,
    follower_name varchar(30) not null,
    followed_name varchar(30) not null,
    since         timestamptz not null,
    primary key (follower_id, followed_id)
);
create index follow_followers on follows_a.follow (followed_id, since desc, follower_id desc);
create index follow_following on follows_a.follow (follower_id, since desc, followed_id desc);

-- No CHECK (count >= 0): PostgreSQL checks the row an upsert proposes to insert before it finds the conflict,
-- so a batch's net -1 for an existing row would be refused. A count goes below its rows only if it drifted, and
-- the randomized model test compares every count with its rows.
create table follows_a.follow_count (
    user_id   uuid primary key,
    followers bigint not null default 0,
    following bigint not null default 0
);

-- posts: each author's posts, newest first, and a count that moves only when a post row is inserted.
create table posts_a.post_author (
    user_id  uuid primary key,
    username varchar(30) not null
);

create table posts_a.post (
    post_id      uuid primary key,
    author_id    uuid        not null,
    body         text        not null,
    published_at timestamptz not null
);
create index post_by_author on posts_a.post (author_id, published_at desc, post_id desc);

create table posts_a.post_count (
    user_id uuid primary key,
    posts   bigint not null default 0
);

-- timeline: fan-out on write. The group keeps its own copy of users, posts and the follow graph, so that a
-- post's fan-out and a follow's backfill read only what this group has already processed.
create table timeline_a.timeline_user (
    user_id  uuid primary key,
    username varchar(30) not null
);

create table timeline_a.timeline_post (
    post_id      uuid primary key,
    author_id    uuid        not null,
    published_at timestamptz not null,
    body         text        not null
);
create index timeline_post_by_author on timeline_a.timeline_post (author_id, published_at desc, post_id desc);

create table timeline_a.timeline_follow (
    followed_id uuid not null,
    follower_id uuid not null,
    primary key (followed_id, follower_id)
);

-- One row per post in a home timeline: small on purpose (owner, time, post, author).
create table timeline_a.timeline_entry (
    owner_id     uuid        not null,
    published_at timestamptz not null,
    post_id      uuid        not null,
    author_id    uuid        not null,
    primary key (owner_id, published_at, post_id)
);

-- Slot b of every view: the same tables, indexes and constraints, empty until a replay builds it.
create schema profiles_b;
create table profiles_b.profile (like profiles_a.profile including all);
create schema follows_b;
create table follows_b.follow (like follows_a.follow including all);
create table follows_b.follow_count (like follows_a.follow_count including all);
create schema posts_b;
create table posts_b.post_author (like posts_a.post_author including all);
create table posts_b.post (like posts_a.post including all);
create table posts_b.post_count (like posts_a.post_count including all);
create schema timeline_b;
create table timeline_b.timeline_user (like timeline_a.timeline_user including all);
create table timeline_b.timeline_post (like timeline_a.timeline_post including all);
create table timeline_b.timeline_follow (like timeline_a.timeline_follow including all);
create table timeline_b.timeline_entry (like timeline_a.timeline_entry including all);
