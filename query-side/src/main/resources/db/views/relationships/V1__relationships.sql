-- relationships (v2): pending follow requests, blocks and mutes, each listed most recent first by its owner, and
-- looked up by pair for GET /api/users/{u}/relationships/{other}.
-- (Applied to each slot's schema, relationships_a and relationships_b: see ViewSchemas.)
create table follow_request (
    target_id      uuid        not null,
    requester_id   uuid        not null,
    requester_name varchar(30) not null,
    since          timestamptz not null,
    primary key (target_id, requester_id)
);
create index follow_request_pending on follow_request (target_id, since desc, requester_id desc);

create table block (
    blocker_id   uuid        not null,
    blocked_id   uuid        not null,
    blocked_name varchar(30) not null,
    since        timestamptz not null,
    primary key (blocker_id, blocked_id)
);
create index block_list on block (blocker_id, since desc, blocked_id desc);

-- A mute replaced by a new one starts again (since) with its new end; expires_at null: until unmuted.
create table mute (
    muter_id   uuid        not null,
    muted_id   uuid        not null,
    muted_name varchar(30) not null,
    since      timestamptz not null,
    expires_at timestamptz,
    primary key (muter_id, muted_id)
);
create index mute_list on mute (muter_id, since desc, muted_id desc);
