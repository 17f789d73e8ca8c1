-- The command side's schema `command`. Flyway owns it; Hibernate only validates it (ddl-auto=validate). The event
-- store itself is schema `eventstore`, migrated by both services from shared-web (db/eventstore) before this.
-- Axon's tables follow the DDL Hibernate generates for Axon 4.13's entities with ByteaEnforcedPostgresSQLDialect:
-- every payload, metadata, token and snapshot column is bytea, never an oid large object.

-- Axon registers these entities wherever JPA is on the classpath; the command side runs no processor or saga, so
-- they stay empty, but they exist for schema validation.
create table token_entry (
    segment        integer      not null,
    token          bytea,
    owner          varchar(255),
    processor_name varchar(255) not null,
    timestamp      varchar(255) not null,
    token_type     varchar(255),
    primary key (processor_name, segment)
);

create table saga_entry (
    serialized_saga bytea,
    revision        varchar(255),
    saga_id         varchar(255) not null primary key,
    saga_type       varchar(255)
);

create sequence association_value_entry_seq start with 1 increment by 50;
create table association_value_entry (
    id                bigint       not null primary key,
    association_key   varchar(255) not null,
    association_value varchar(255),
    saga_id           varchar(255) not null,
    saga_type         varchar(255)
);
create index association_value_entry_saga_type_key on association_value_entry (saga_type, association_key, association_value);
create index association_value_entry_saga on association_value_entry (saga_id, saga_type);

create table dead_letter_entry (
    enqueued_at          timestamp(6) with time zone not null,
    last_touched         timestamp(6) with time zone,
    processing_started   timestamp(6) with time zone,
    sequence_index       bigint       not null,
    sequence_number      bigint,
    cause_message        varchar(1023),
    diagnostics          bytea,
    meta_data            bytea,
    payload              bytea        not null,
    token                bytea,
    aggregate_identifier varchar(255),
    cause_type           varchar(255),
    dead_letter_id       varchar(255) not null primary key,
    event_identifier     varchar(255) not null,
    message_type         varchar(255) not null,
    payload_revision     varchar(255),
    payload_type         varchar(255) not null,
    processing_group     varchar(255) not null,
    sequence_identifier  varchar(255) not null,
    time_stamp           varchar(255) not null,
    token_type           varchar(255),
    type                 varchar(255),
    unique (processing_group, sequence_identifier, sequence_index)
);
create index dead_letter_entry_group on dead_letter_entry (processing_group);
create index dead_letter_entry_group_sequence on dead_letter_entry (processing_group, sequence_identifier);

-- Set-based validation (AxonIQ's pattern): written in the same transaction as UserRegistered, so a username or
-- email is taken exactly when its user exists. Also maps usernames to aggregate ids.
create table user_lookup (
    user_id      varchar(36) primary key,
    username     varchar(30)  not null,
    username_key varchar(30)  not null unique, -- lower-case username
    email_key    varchar(254) not null unique  -- lower-case email
);

-- Password hashes (Argon2id, with Spring Security's {id} prefix). Never in an event, never in a log.
create table user_credentials (
    user_id       varchar(36) primary key references user_lookup (user_id),
    password_hash varchar(255) not null,
    updated_at    timestamptz  not null default now()
);
