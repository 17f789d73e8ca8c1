-- Set-based state of the rules that cross two users' streams (v2). Every row here is written in the transaction
-- of the command whose events record the change, so the tables and the event store agree at every commit; a rule
-- that involves two users reads them under a lock on the pair (JdbcRelationships), so two users acting on each
-- other at once are serialized.

-- Who follows whom, and who asked to: one row per direction of a pair. 'F' following, 'R' request pending.
create table follow (
    follower_id varchar(36) not null,
    followed_id varchar(36) not null,
    state       char(1)     not null check (state in ('F', 'R')),
    primary key (follower_id, followed_id)
);
create index follow_requests_to on follow (followed_id) where state = 'R';

create table block (
    blocker_id varchar(36) not null,
    blocked_id varchar(36) not null,
    primary key (blocker_id, blocked_id)
);

-- A mute's end, to the millisecond (the events' clock); null until unmuted. A deadline compares its own end
-- with this one, so a mute replaced before its end is not ended by the old deadline.
create table mute (
    muter_id   varchar(36) not null,
    muted_id   varchar(36) not null,
    ends_at_ms bigint,
    primary key (muter_id, muted_id)
);

-- Whose post is which, and whether it is deleted: the aggregate keeps no list of its posts.
create table post (
    post_id   varchar(36) primary key,
    author_id varchar(36) not null,
    deleted   boolean     not null default false
);

alter table user_lookup add column protected boolean not null default false;

-- Databases written before v2: the follows and posts their events hold. (The event store is migrated first.)
insert into follow (follower_id, followed_id, state)
select follower_id, followed_id, 'F'
from (select distinct on (p ->> 'followerId', p ->> 'followedId')
             p ->> 'followerId' as follower_id, p ->> 'followedId' as followed_id, payload_type
      from (select convert_from(payload, 'UTF8')::jsonb as p, payload_type, global_index
            from eventstore.domain_event_entry
            where payload_type in ('dev.flock.events.UserFollowed', 'dev.flock.events.UserUnfollowed')) e
      order by p ->> 'followerId', p ->> 'followedId', global_index desc) latest
where payload_type = 'dev.flock.events.UserFollowed';

insert into post (post_id, author_id)
select convert_from(payload, 'UTF8')::jsonb ->> 'postId', aggregate_identifier
from eventstore.domain_event_entry
where payload_type = 'dev.flock.events.PostPublished';

-- Axon's deadlines (timed mutes) in db-scheduler's table, as db-scheduler's PostgreSQL DDL has it.
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time on scheduled_tasks (priority desc, execution_time asc);
