-- timeline: fan-out on write. The view keeps its own copy of users, posts and the follow graph, so that a post's
-- fan-out and a follow's backfill read only what this view has already processed.
-- (Applied to each slot's schema, timeline_a and timeline_b: see ViewSchemas.)

-- Hybrid fan-out: an author with more followers than flock.timeline.celebrity-followers becomes a celebrity (and
-- stays one): their posts are no longer copied into every follower's timeline; a timeline read merges them in
-- from timeline_post. The view keeps each author's follower count to know when.
create table timeline_user (
    user_id   uuid primary key,
    username  varchar(30) not null,
    followers integer     not null default 0,
    celebrity boolean     not null default false
);
create index timeline_user_celebrities on timeline_user (user_id) where celebrity;

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
