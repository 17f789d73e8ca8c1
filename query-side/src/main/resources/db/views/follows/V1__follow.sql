-- follows: the follow graph with the time each follow started, indexed both ways for keyset pages
-- (most recent follow first), and counts that move only when a follow row is really inserted or deleted.
-- (Applied to each slot's schema, follows_a and follows_b: see ViewSchemas.)
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
