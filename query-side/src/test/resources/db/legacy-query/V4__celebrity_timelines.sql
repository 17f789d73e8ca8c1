-- Hybrid fan-out. An author with more followers than flock.timeline.celebrity-followers becomes a celebrity (and
-- stays one): their posts are no longer copied into every follower's timeline; a timeline read merges them in
-- from timeline_post. The timeline view keeps each author's follower count to know when.
alter table timeline_a.timeline_user
    add column followers integer not null default 0,
    add column celebrity boolean not null default false;
alter table timeline_b.timeline_user
    add column followers integer not null default 0,
    add column celebrity boolean not null default false;
update timeline_a.timeline_user u
set followers = (select count(*) from timeline_a.timeline_follow f where f.followed_id = u.user_id);
update timeline_b.timeline_user u
set followers = (select count(*) from timeline_b.timeline_follow f where f.followed_id = u.user_id);
create index timeline_user_celebrities on timeline_a.timeline_user (user_id) where celebrity;
create index timeline_user_celebrities on timeline_b.timeline_user (user_id) where celebrity;
