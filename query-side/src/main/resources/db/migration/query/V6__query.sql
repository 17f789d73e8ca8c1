-- The query side's own tables in schema `query`; Flyway owns them. Each view's tables live in schemas of their own,
-- <view>_a and <view>_b, created from db/views/<view> (ViewSchemas). User and post ids are the command side's
-- UUIDs, stored as uuid.
--
-- This script replaces V1 to V5, which created the views' tables here as well: on a database they built, every
-- statement below finds its object there already (`if not exists`), Flyway ignores the missing V1 to V5
-- (spring.flyway.ignore-migration-patterns), and the views' own migrations take their slot schemas as version 1.

-- Axon's JDBC token store: one row per processor and segment. Tokens are JSON in bytea, never oid.
create table if not exists token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          bytea,
    token_type     varchar(255),
    timestamp      varchar(255),
    owner          varchar(255),
    primary key (processor_name, segment)
);

-- Which slot of each view the API reads, and the replay in progress, if any (ProjectionSlots). A view's row is
-- added when the query side first starts with the view.
create table if not exists projection_slot (
    view_name     varchar(30) primary key,
    live_slot     char(1)     not null check (live_slot in ('a', 'b')),
    building_slot char(1) check (building_slot in ('a', 'b') and building_slot <> live_slot),
    reset_done    boolean     not null default false,
    started_at    timestamptz,
    switched_at   timestamptz
);

-- Every running query-side instance, with when it last said so (QueryInstances, every second). The processors
-- share their segments among the instances seen within the claim timeout.
create table if not exists query_instance (
    node_id varchar(255) primary key,
    seen_at timestamptz  not null
);

-- Axon's dead-letter queue (JdbcSequencedDeadLetterQueue): the events a view's projector failed on, and the later
-- events of the same sequence, parked until an operator retries them (POST /api/admin/dead-letters/{view}/retry).
-- Axon's generic DDL with PostgreSQL types: bytea for serialized data, text for the cause.
create table if not exists dead_letter_entry (
    dead_letter_identifier varchar(255) not null primary key,
    processing_group       varchar(255) not null,
    sequence_identifier    varchar(255) not null,
    sequence_index         bigint       not null,
    message_type           varchar(255) not null,
    event_identifier       varchar(255) not null,
    time_stamp             varchar(255) not null,
    payload_type           varchar(255) not null,
    payload_revision       varchar(255),
    payload                bytea        not null,
    meta_data              bytea,
    aggregate_type         varchar(255),
    aggregate_identifier   varchar(255),
    sequence_number        bigint,
    token_type             varchar(255),
    token                  bytea,
    enqueued_at            varchar(255) not null,
    last_touched           varchar(255),
    processing_started     varchar(255),
    cause_type             varchar(255),
    cause_message          text,
    diagnostics            bytea,
    constraint dead_letter_sequence_index unique (processing_group, sequence_identifier, sequence_index)
);
create index if not exists dead_letter_processing_group on dead_letter_entry (processing_group);
create index if not exists dead_letter_sequence on dead_letter_entry (processing_group, sequence_identifier);
