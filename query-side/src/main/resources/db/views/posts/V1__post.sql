-- posts: each author's posts, newest first, and a count that moves only when a post row is inserted.
-- (Applied to each slot's schema, posts_a and posts_b: see ViewSchemas.)
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
