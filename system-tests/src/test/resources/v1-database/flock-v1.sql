--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: command; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA command;


--
-- Name: eventstore; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA eventstore;


--
-- Name: follows_a; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA follows_a;


--
-- Name: follows_b; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA follows_b;


--
-- Name: posts_a; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA posts_a;


--
-- Name: posts_b; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA posts_b;


--
-- Name: profiles_a; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA profiles_a;


--
-- Name: profiles_b; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA profiles_b;


--
-- Name: query; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA query;


--
-- Name: timeline_a; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA timeline_a;


--
-- Name: timeline_b; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA timeline_b;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: association_value_entry; Type: TABLE; Schema: command; Owner: -
--

CREATE TABLE command.association_value_entry (
    id bigint NOT NULL,
    association_key character varying(255) NOT NULL,
    association_value character varying(255),
    saga_id character varying(255) NOT NULL,
    saga_type character varying(255)
);


--
-- Name: association_value_entry_seq; Type: SEQUENCE; Schema: command; Owner: -
--

CREATE SEQUENCE command.association_value_entry_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: dead_letter_entry; Type: TABLE; Schema: command; Owner: -
--

CREATE TABLE command.dead_letter_entry (
    enqueued_at timestamp(6) with time zone NOT NULL,
    last_touched timestamp(6) with time zone,
    processing_started timestamp(6) with time zone,
    sequence_index bigint NOT NULL,
    sequence_number bigint,
    cause_message character varying(1023),
    diagnostics bytea,
    meta_data bytea,
    payload bytea NOT NULL,
    token bytea,
    aggregate_identifier character varying(255),
    cause_type character varying(255),
    dead_letter_id character varying(255) NOT NULL,
    event_identifier character varying(255) NOT NULL,
    message_type character varying(255) NOT NULL,
    payload_revision character varying(255),
    payload_type character varying(255) NOT NULL,
    processing_group character varying(255) NOT NULL,
    sequence_identifier character varying(255) NOT NULL,
    time_stamp character varying(255) NOT NULL,
    token_type character varying(255),
    type character varying(255)
);


--
-- Name: flyway_schema_history; Type: TABLE; Schema: command; Owner: -
--

CREATE TABLE command.flyway_schema_history (
    installed_rank integer NOT NULL,
    version character varying(50),
    description character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    script character varying(1000) NOT NULL,
    checksum integer,
    installed_by character varying(100) NOT NULL,
    installed_on timestamp without time zone DEFAULT now() NOT NULL,
    execution_time integer NOT NULL,
    success boolean NOT NULL
);


--
-- Name: saga_entry; Type: TABLE; Schema: command; Owner: -
--

CREATE TABLE command.saga_entry (
    serialized_saga bytea,
    revision character varying(255),
    saga_id character varying(255) NOT NULL,
    saga_type character varying(255)
);


--
-- Name: token_entry; Type: TABLE; Schema: command; Owner: -
--

CREATE TABLE command.token_entry (
    segment integer NOT NULL,
    token bytea,
    owner character varying(255),
    processor_name character varying(255) NOT NULL,
    "timestamp" character varying(255) NOT NULL,
    token_type character varying(255)
);


--
-- Name: user_credentials; Type: TABLE; Schema: command; Owner: -
--

CREATE TABLE command.user_credentials (
    user_id character varying(36) NOT NULL,
    password_hash character varying(255) NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    credential_version integer DEFAULT 0 NOT NULL
);


--
-- Name: user_lookup; Type: TABLE; Schema: command; Owner: -
--

CREATE TABLE command.user_lookup (
    user_id character varying(36) NOT NULL,
    username character varying(30) NOT NULL,
    username_key character varying(30) NOT NULL,
    email_key character varying(254) NOT NULL
);


--
-- Name: domain_event_entry; Type: TABLE; Schema: eventstore; Owner: -
--

CREATE TABLE eventstore.domain_event_entry (
    global_index bigint NOT NULL,
    sequence_number bigint NOT NULL,
    meta_data bytea,
    payload bytea NOT NULL,
    aggregate_identifier character varying(255) NOT NULL,
    event_identifier character varying(255) NOT NULL,
    payload_revision character varying(255),
    payload_type character varying(255) NOT NULL,
    time_stamp character varying(255) NOT NULL,
    type character varying(255)
);


--
-- Name: domain_event_entry_global_index_seq; Type: SEQUENCE; Schema: eventstore; Owner: -
--

ALTER TABLE eventstore.domain_event_entry ALTER COLUMN global_index ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME eventstore.domain_event_entry_global_index_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: flyway_schema_history; Type: TABLE; Schema: eventstore; Owner: -
--

CREATE TABLE eventstore.flyway_schema_history (
    installed_rank integer NOT NULL,
    version character varying(50),
    description character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    script character varying(1000) NOT NULL,
    checksum integer,
    installed_by character varying(100) NOT NULL,
    installed_on timestamp without time zone DEFAULT now() NOT NULL,
    execution_time integer NOT NULL,
    success boolean NOT NULL
);


--
-- Name: snapshot_event_entry; Type: TABLE; Schema: eventstore; Owner: -
--

CREATE TABLE eventstore.snapshot_event_entry (
    sequence_number bigint NOT NULL,
    meta_data bytea,
    payload bytea NOT NULL,
    aggregate_identifier character varying(255) NOT NULL,
    event_identifier character varying(255) NOT NULL,
    payload_revision character varying(255),
    payload_type character varying(255) NOT NULL,
    time_stamp character varying(255) NOT NULL,
    type character varying(255) NOT NULL
);


--
-- Name: flyway_schema_history; Type: TABLE; Schema: follows_a; Owner: -
--

CREATE TABLE follows_a.flyway_schema_history (
    installed_rank integer NOT NULL,
    version character varying(50),
    description character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    script character varying(1000) NOT NULL,
    checksum integer,
    installed_by character varying(100) NOT NULL,
    installed_on timestamp without time zone DEFAULT now() NOT NULL,
    execution_time integer NOT NULL,
    success boolean NOT NULL
);


--
-- Name: follow; Type: TABLE; Schema: follows_a; Owner: -
--

CREATE TABLE follows_a.follow (
    follower_id uuid NOT NULL,
    followed_id uuid NOT NULL,
    follower_name character varying(30) NOT NULL,
    followed_name character varying(30) NOT NULL,
    since timestamp with time zone NOT NULL
);


--
-- Name: follow_count; Type: TABLE; Schema: follows_a; Owner: -
--

CREATE TABLE follows_a.follow_count (
    user_id uuid NOT NULL,
    followers bigint DEFAULT 0 NOT NULL,
    following bigint DEFAULT 0 NOT NULL
);


--
-- Name: flyway_schema_history; Type: TABLE; Schema: follows_b; Owner: -
--

CREATE TABLE follows_b.flyway_schema_history (
    installed_rank integer NOT NULL,
    version character varying(50),
    description character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    script character varying(1000) NOT NULL,
    checksum integer,
    installed_by character varying(100) NOT NULL,
    installed_on timestamp without time zone DEFAULT now() NOT NULL,
    execution_time integer NOT NULL,
    success boolean NOT NULL
);


--
-- Name: follow; Type: TABLE; Schema: follows_b; Owner: -
--

CREATE TABLE follows_b.follow (
    follower_id uuid NOT NULL,
    followed_id uuid NOT NULL,
    follower_name character varying(30) NOT NULL,
    followed_name character varying(30) NOT NULL,
    since timestamp with time zone NOT NULL
);


--
-- Name: follow_count; Type: TABLE; Schema: follows_b; Owner: -
--

CREATE TABLE follows_b.follow_count (
    user_id uuid NOT NULL,
    followers bigint DEFAULT 0 NOT NULL,
    following bigint DEFAULT 0 NOT NULL
);


--
-- Name: flyway_schema_history; Type: TABLE; Schema: posts_a; Owner: -
--

CREATE TABLE posts_a.flyway_schema_history (
    installed_rank integer NOT NULL,
    version character varying(50),
    description character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    script character varying(1000) NOT NULL,
    checksum integer,
    installed_by character varying(100) NOT NULL,
    installed_on timestamp without time zone DEFAULT now() NOT NULL,
    execution_time integer NOT NULL,
    success boolean NOT NULL
);


--
-- Name: post; Type: TABLE; Schema: posts_a; Owner: -
--

CREATE TABLE posts_a.post (
    post_id uuid NOT NULL,
    author_id uuid NOT NULL,
    body text NOT NULL,
    published_at timestamp with time zone NOT NULL
);


--
-- Name: post_author; Type: TABLE; Schema: posts_a; Owner: -
--

CREATE TABLE posts_a.post_author (
    user_id uuid NOT NULL,
    username character varying(30) NOT NULL
);


--
-- Name: post_count; Type: TABLE; Schema: posts_a; Owner: -
--

CREATE TABLE posts_a.post_count (
    user_id uuid NOT NULL,
    posts bigint DEFAULT 0 NOT NULL
);


--
-- Name: flyway_schema_history; Type: TABLE; Schema: posts_b; Owner: -
--

CREATE TABLE posts_b.flyway_schema_history (
    installed_rank integer NOT NULL,
    version character varying(50),
    description character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    script character varying(1000) NOT NULL,
    checksum integer,
    installed_by character varying(100) NOT NULL,
    installed_on timestamp without time zone DEFAULT now() NOT NULL,
    execution_time integer NOT NULL,
    success boolean NOT NULL
);


--
-- Name: post; Type: TABLE; Schema: posts_b; Owner: -
--

CREATE TABLE posts_b.post (
    post_id uuid NOT NULL,
    author_id uuid NOT NULL,
    body text NOT NULL,
    published_at timestamp with time zone NOT NULL
);


--
-- Name: post_author; Type: TABLE; Schema: posts_b; Owner: -
--

CREATE TABLE posts_b.post_author (
    user_id uuid NOT NULL,
    username character varying(30) NOT NULL
);


--
-- Name: post_count; Type: TABLE; Schema: posts_b; Owner: -
--

CREATE TABLE posts_b.post_count (
    user_id uuid NOT NULL,
    posts bigint DEFAULT 0 NOT NULL
);


--
-- Name: flyway_schema_history; Type: TABLE; Schema: profiles_a; Owner: -
--

CREATE TABLE profiles_a.flyway_schema_history (
    installed_rank integer NOT NULL,
    version character varying(50),
    description character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    script character varying(1000) NOT NULL,
    checksum integer,
    installed_by character varying(100) NOT NULL,
    installed_on timestamp without time zone DEFAULT now() NOT NULL,
    execution_time integer NOT NULL,
    success boolean NOT NULL
);


--
-- Name: profile; Type: TABLE; Schema: profiles_a; Owner: -
--

CREATE TABLE profiles_a.profile (
    user_id uuid NOT NULL,
    username character varying(30) NOT NULL,
    username_key character varying(30) NOT NULL,
    registered_at timestamp with time zone NOT NULL,
    credential_version integer DEFAULT 0 NOT NULL
);


--
-- Name: flyway_schema_history; Type: TABLE; Schema: profiles_b; Owner: -
--

CREATE TABLE profiles_b.flyway_schema_history (
    installed_rank integer NOT NULL,
    version character varying(50),
    description character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    script character varying(1000) NOT NULL,
    checksum integer,
    installed_by character varying(100) NOT NULL,
    installed_on timestamp without time zone DEFAULT now() NOT NULL,
    execution_time integer NOT NULL,
    success boolean NOT NULL
);


--
-- Name: profile; Type: TABLE; Schema: profiles_b; Owner: -
--

CREATE TABLE profiles_b.profile (
    user_id uuid NOT NULL,
    username character varying(30) NOT NULL,
    username_key character varying(30) NOT NULL,
    registered_at timestamp with time zone NOT NULL,
    credential_version integer DEFAULT 0 NOT NULL
);


--
-- Name: dead_letter_entry; Type: TABLE; Schema: query; Owner: -
--

CREATE TABLE query.dead_letter_entry (
    dead_letter_identifier character varying(255) NOT NULL,
    processing_group character varying(255) NOT NULL,
    sequence_identifier character varying(255) NOT NULL,
    sequence_index bigint NOT NULL,
    message_type character varying(255) NOT NULL,
    event_identifier character varying(255) NOT NULL,
    time_stamp character varying(255) NOT NULL,
    payload_type character varying(255) NOT NULL,
    payload_revision character varying(255),
    payload bytea NOT NULL,
    meta_data bytea,
    aggregate_type character varying(255),
    aggregate_identifier character varying(255),
    sequence_number bigint,
    token_type character varying(255),
    token bytea,
    enqueued_at character varying(255) NOT NULL,
    last_touched character varying(255),
    processing_started character varying(255),
    cause_type character varying(255),
    cause_message text,
    diagnostics bytea
);


--
-- Name: flyway_schema_history; Type: TABLE; Schema: query; Owner: -
--

CREATE TABLE query.flyway_schema_history (
    installed_rank integer NOT NULL,
    version character varying(50),
    description character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    script character varying(1000) NOT NULL,
    checksum integer,
    installed_by character varying(100) NOT NULL,
    installed_on timestamp without time zone DEFAULT now() NOT NULL,
    execution_time integer NOT NULL,
    success boolean NOT NULL
);


--
-- Name: projection_slot; Type: TABLE; Schema: query; Owner: -
--

CREATE TABLE query.projection_slot (
    view_name character varying(30) NOT NULL,
    live_slot character(1) NOT NULL,
    building_slot character(1),
    reset_done boolean DEFAULT false NOT NULL,
    started_at timestamp with time zone,
    switched_at timestamp with time zone,
    CONSTRAINT projection_slot_check CHECK (((building_slot = ANY (ARRAY['a'::bpchar, 'b'::bpchar])) AND (building_slot <> live_slot))),
    CONSTRAINT projection_slot_live_slot_check CHECK ((live_slot = ANY (ARRAY['a'::bpchar, 'b'::bpchar])))
);


--
-- Name: query_instance; Type: TABLE; Schema: query; Owner: -
--

CREATE TABLE query.query_instance (
    node_id character varying(255) NOT NULL,
    seen_at timestamp with time zone NOT NULL
);


--
-- Name: token_entry; Type: TABLE; Schema: query; Owner: -
--

CREATE TABLE query.token_entry (
    processor_name character varying(255) NOT NULL,
    segment integer NOT NULL,
    token bytea,
    token_type character varying(255),
    "timestamp" character varying(255),
    owner character varying(255)
);


--
-- Name: flyway_schema_history; Type: TABLE; Schema: timeline_a; Owner: -
--

CREATE TABLE timeline_a.flyway_schema_history (
    installed_rank integer NOT NULL,
    version character varying(50),
    description character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    script character varying(1000) NOT NULL,
    checksum integer,
    installed_by character varying(100) NOT NULL,
    installed_on timestamp without time zone DEFAULT now() NOT NULL,
    execution_time integer NOT NULL,
    success boolean NOT NULL
);


--
-- Name: timeline_entry; Type: TABLE; Schema: timeline_a; Owner: -
--

CREATE TABLE timeline_a.timeline_entry (
    owner_id uuid NOT NULL,
    published_at timestamp with time zone NOT NULL,
    post_id uuid NOT NULL,
    author_id uuid NOT NULL
);


--
-- Name: timeline_follow; Type: TABLE; Schema: timeline_a; Owner: -
--

CREATE TABLE timeline_a.timeline_follow (
    followed_id uuid NOT NULL,
    follower_id uuid NOT NULL
);


--
-- Name: timeline_post; Type: TABLE; Schema: timeline_a; Owner: -
--

CREATE TABLE timeline_a.timeline_post (
    post_id uuid NOT NULL,
    author_id uuid NOT NULL,
    published_at timestamp with time zone NOT NULL,
    body text NOT NULL
);


--
-- Name: timeline_user; Type: TABLE; Schema: timeline_a; Owner: -
--

CREATE TABLE timeline_a.timeline_user (
    user_id uuid NOT NULL,
    username character varying(30) NOT NULL,
    followers integer DEFAULT 0 NOT NULL,
    celebrity boolean DEFAULT false NOT NULL
);


--
-- Name: flyway_schema_history; Type: TABLE; Schema: timeline_b; Owner: -
--

CREATE TABLE timeline_b.flyway_schema_history (
    installed_rank integer NOT NULL,
    version character varying(50),
    description character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    script character varying(1000) NOT NULL,
    checksum integer,
    installed_by character varying(100) NOT NULL,
    installed_on timestamp without time zone DEFAULT now() NOT NULL,
    execution_time integer NOT NULL,
    success boolean NOT NULL
);


--
-- Name: timeline_entry; Type: TABLE; Schema: timeline_b; Owner: -
--

CREATE TABLE timeline_b.timeline_entry (
    owner_id uuid NOT NULL,
    published_at timestamp with time zone NOT NULL,
    post_id uuid NOT NULL,
    author_id uuid NOT NULL
);


--
-- Name: timeline_follow; Type: TABLE; Schema: timeline_b; Owner: -
--

CREATE TABLE timeline_b.timeline_follow (
    followed_id uuid NOT NULL,
    follower_id uuid NOT NULL
);


--
-- Name: timeline_post; Type: TABLE; Schema: timeline_b; Owner: -
--

CREATE TABLE timeline_b.timeline_post (
    post_id uuid NOT NULL,
    author_id uuid NOT NULL,
    published_at timestamp with time zone NOT NULL,
    body text NOT NULL
);


--
-- Name: timeline_user; Type: TABLE; Schema: timeline_b; Owner: -
--

CREATE TABLE timeline_b.timeline_user (
    user_id uuid NOT NULL,
    username character varying(30) NOT NULL,
    followers integer DEFAULT 0 NOT NULL,
    celebrity boolean DEFAULT false NOT NULL
);


--
-- Data for Name: association_value_entry; Type: TABLE DATA; Schema: command; Owner: -
--



--
-- Data for Name: dead_letter_entry; Type: TABLE DATA; Schema: command; Owner: -
--



--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: command; Owner: -
--

INSERT INTO command.flyway_schema_history VALUES (0, NULL, '<< Flyway Schema Creation >>', 'SCHEMA', '"command"', NULL, 'postgres', '2026-12-02 16:13:17.26043', 0, true);
INSERT INTO command.flyway_schema_history VALUES (1, '1', 'event store and users', 'SQL', 'V1__event_store_and_users.sql', -893148299, 'postgres', '2026-12-02 16:13:17.290684', 50, true);
INSERT INTO command.flyway_schema_history VALUES (2, '2', 'credential version', 'SQL', 'V2__credential_version.sql', 1914120644, 'postgres', '2026-12-02 16:13:17.396597', 8, true);


--
-- Data for Name: saga_entry; Type: TABLE DATA; Schema: command; Owner: -
--



--
-- Data for Name: token_entry; Type: TABLE DATA; Schema: command; Owner: -
--



--
-- Data for Name: user_credentials; Type: TABLE DATA; Schema: command; Owner: -
--

INSERT INTO command.user_credentials VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '{argon2}$argon2id$v=19$m=16384,t=2,p=1$IW3TxfAwINtSD70FOsjL6Q$I22fQcWK6iEmJoNxh66U0JMArfZ3TncDdvLCs/gRfFQ', '2026-12-02 16:13:26.145187+00', 0);
INSERT INTO command.user_credentials VALUES ('68f0429b-1e97-4f9d-9656-6a69127b68ef', '{argon2}$argon2id$v=19$m=16384,t=2,p=1$jcFhSNVEbbyUgF/9f1Nk1g$z+J7bmVGQg4GJZ3E6MiMLo3qNqgoJhWAVTrnU1Q3R9o', '2026-12-02 16:13:26.704943+00', 0);
INSERT INTO command.user_credentials VALUES ('09f50382-15be-4eb1-b4e1-7304e1ba01f1', '{argon2}$argon2id$v=19$m=16384,t=2,p=1$rJvVZkp24QN2PzmUZEyVDg$5PCNoZycpUrsl7Vzw005pM9Hwc3GIArIys5Wzq6ei+s', '2026-12-02 16:13:26.80026+00', 0);
INSERT INTO command.user_credentials VALUES ('a4f2b020-0f68-4586-af85-93940c74d179', '{argon2}$argon2id$v=19$m=16384,t=2,p=1$kcHeBV6tD4At/0JN+hxDgQ$kN1NPWLffQiNZAbVZjgnKFTMiKsOKbq9ZCDry1AeSis', '2026-12-02 16:13:32.132766+00', 1);


--
-- Data for Name: user_lookup; Type: TABLE DATA; Schema: command; Owner: -
--

INSERT INTO command.user_lookup VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', 'john', 'john', 'john@example.com');
INSERT INTO command.user_lookup VALUES ('a4f2b020-0f68-4586-af85-93940c74d179', 'susan', 'susan', 'susan@example.com');
INSERT INTO command.user_lookup VALUES ('68f0429b-1e97-4f9d-9656-6a69127b68ef', 'mary', 'mary', 'mary@example.com');
INSERT INTO command.user_lookup VALUES ('09f50382-15be-4eb1-b4e1-7304e1ba01f1', 'david', 'david', 'david@example.com');


--
-- Data for Name: domain_event_entry; Type: TABLE DATA; Schema: eventstore; Owner: -
--

INSERT INTO eventstore.domain_event_entry VALUES (1, 0, '\x7b2274726163654964223a2261626431303366622d316431622d346137322d626232322d633935316662353236373032222c22636f7272656c6174696f6e4964223a2261626431303366622d316431622d346137322d626232322d633935316662353236373032227d', '\x7b22757365724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22757365726e616d65223a226a6f686e222c22656d61696c223a226a6f686e406578616d706c652e636f6d227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '03a7ccad-11b9-41aa-97f1-141d6403ee15', NULL, 'dev.flock.events.UserRegistered', '2026-12-02T16:13:26.148Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (2, 0, '\x7b2274726163654964223a2264613537336132372d396537622d343835362d613265622d616236623663636663343630222c22636f7272656c6174696f6e4964223a2264613537336132372d396537622d343835362d613265622d616236623663636663343630227d', '\x7b22757365724964223a2261346632623032302d306636382d343538362d616638352d393339343063373464313739222c22757365726e616d65223a22737573616e222c22656d61696c223a22537573616e404578616d706c652e636f6d227d', 'a4f2b020-0f68-4586-af85-93940c74d179', 'f8d192e1-f37e-43fb-9f2c-5ebe38c3e697', NULL, 'dev.flock.events.UserRegistered', '2026-12-02T16:13:26.590Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (3, 0, '\x7b2274726163654964223a2233343364303436332d643266652d343037322d613063312d313131363434663030303238222c22636f7272656c6174696f6e4964223a2233343364303436332d643266652d343037322d613063312d313131363434663030303238227d', '\x7b22757365724964223a2236386630343239622d316539372d346639642d393635362d366136393132376236386566222c22757365726e616d65223a226d617279222c22656d61696c223a226d617279406578616d706c652e636f6d227d', '68f0429b-1e97-4f9d-9656-6a69127b68ef', '66616706-294b-4725-ab79-59b1d22bb9f2', NULL, 'dev.flock.events.UserRegistered', '2026-12-02T16:13:26.705Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (4, 0, '\x7b2274726163654964223a2264313863313064652d633038372d346435652d396136632d666465343738343136666134222c22636f7272656c6174696f6e4964223a2264313863313064652d633038372d346435652d396136632d666465343738343136666134227d', '\x7b22757365724964223a2230396635303338322d313562652d346562312d623465312d373330346531626130316631222c22757365726e616d65223a226461766964222c22656d61696c223a226461766964406578616d706c652e636f6d227d', '09f50382-15be-4eb1-b4e1-7304e1ba01f1', '538cef0d-e915-4a88-a5d5-81fd8d047d44', NULL, 'dev.flock.events.UserRegistered', '2026-12-02T16:13:26.801Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (5, 1, '\x7b2274726163654964223a2233326365366331312d653036302d343466322d623066302d303837613564333361393365222c22636f7272656c6174696f6e4964223a2233326365366331312d653036302d343466322d623066302d303837613564333361393365227d', '\x7b22666f6c6c6f7765724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22666f6c6c6f7765644964223a2261346632623032302d306636382d343538362d616638352d393339343063373464313739222c22666f6c6c6f776572557365726e616d65223a226a6f686e222c22666f6c6c6f776564557365726e616d65223a22737573616e227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'ad8bda26-d5b0-4d1a-be6f-07524dbced03', NULL, 'dev.flock.events.UserFollowed', '2026-12-02T16:13:27.816Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (6, 2, '\x7b2274726163654964223a2262633864336163652d653931612d346236322d616636632d366637376635383331306562222c22636f7272656c6174696f6e4964223a2262633864336163652d653931612d346236322d616636632d366637376635383331306562227d', '\x7b22666f6c6c6f7765724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22666f6c6c6f7765644964223a2230396635303338322d313562652d346562312d623465312d373330346531626130316631222c22666f6c6c6f776572557365726e616d65223a226a6f686e222c22666f6c6c6f776564557365726e616d65223a226461766964227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'fd01149a-6ed7-4bbc-9885-9b931d493098', NULL, 'dev.flock.events.UserFollowed', '2026-12-02T16:13:27.887Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (7, 1, '\x7b2274726163654964223a2231303264656138362d313338332d346564382d616235622d313961356634373633393762222c22636f7272656c6174696f6e4964223a2231303264656138362d313338332d346564382d616235622d313961356634373633393762227d', '\x7b22666f6c6c6f7765724964223a2261346632623032302d306636382d343538362d616638352d393339343063373464313739222c22666f6c6c6f7765644964223a2236386630343239622d316539372d346639642d393635362d366136393132376236386566222c22666f6c6c6f776572557365726e616d65223a22737573616e222c22666f6c6c6f776564557365726e616d65223a226d617279227d', 'a4f2b020-0f68-4586-af85-93940c74d179', 'd930785e-77bd-473f-9f6b-423842943fc8', NULL, 'dev.flock.events.UserFollowed', '2026-12-02T16:13:27.940Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (8, 1, '\x7b2274726163654964223a2263653331353936632d303036652d343335362d383839382d393239303633653531666239222c22636f7272656c6174696f6e4964223a2263653331353936632d303036652d343335362d383839382d393239303633653531666239227d', '\x7b22666f6c6c6f7765724964223a2236386630343239622d316539372d346639642d393635362d366136393132376236386566222c22666f6c6c6f7765644964223a2230396635303338322d313562652d346562312d623465312d373330346531626130316631222c22666f6c6c6f776572557365726e616d65223a226d617279222c22666f6c6c6f776564557365726e616d65223a226461766964227d', '68f0429b-1e97-4f9d-9656-6a69127b68ef', 'd2ec1d8e-b470-428a-ae88-745906ab3eed', NULL, 'dev.flock.events.UserFollowed', '2026-12-02T16:13:27.987Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (9, 2, '\x7b2274726163654964223a2232386663396532352d383237372d346533362d623033642d613465336335323338323436222c22636f7272656c6174696f6e4964223a2232386663396532352d383237372d346533362d623033642d613465336335323338323436227d', '\x7b22666f6c6c6f7765724964223a2261346632623032302d306636382d343538362d616638352d393339343063373464313739222c22666f6c6c6f7765644964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22666f6c6c6f776572557365726e616d65223a22737573616e222c22666f6c6c6f776564557365726e616d65223a226a6f686e227d', 'a4f2b020-0f68-4586-af85-93940c74d179', 'c946f429-5dab-4dc9-a429-288c2b102401', NULL, 'dev.flock.events.UserFollowed', '2026-12-02T16:13:28.041Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (10, 3, '\x7b2274726163654964223a2236333564653732352d373431632d346532372d623365612d666435306630313865343162222c22636f7272656c6174696f6e4964223a2236333564653732352d373431632d346532372d623365612d666435306630313865343162227d', '\x7b22666f6c6c6f7765724964223a2261346632623032302d306636382d343538362d616638352d393339343063373464313739222c22666f6c6c6f7765644964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965227d', 'a4f2b020-0f68-4586-af85-93940c74d179', '2dd7aedf-244d-4e9c-a0bc-02f81c1859fc', NULL, 'dev.flock.events.UserUnfollowed', '2026-12-02T16:13:28.098Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (11, 3, '\x7b2274726163654964223a2230616238623530382d623330642d343732392d616437392d393561643633363061386333222c22636f7272656c6174696f6e4964223a2230616238623530382d623330642d343732392d616437392d393561643633363061386333227d', '\x7b22706f73744964223a2239373233623963642d343363342d343631622d383863302d393336636230396131356537222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a22706f73742066726f6d206a6f686e3a2076312073656372657420616c706861227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '586efbf3-b63d-48fa-90dc-e29891cbb826', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:28.150Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (12, 4, '\x7b2274726163654964223a2262393532396364352d656661352d343366382d383864612d646238356563393738306632222c22636f7272656c6174696f6e4964223a2262393532396364352d656661352d343366382d383864612d646238356563393738306632227d', '\x7b22706f73744964223a2239633339393464322d383664612d343035302d393430332d303062656631303631643033222c22617574686f724964223a2261346632623032302d306636382d343538362d616638352d393339343063373464313739222c22626f6479223a22706f73742066726f6d20737573616e3a2076312073656372657420627261766f227d', 'a4f2b020-0f68-4586-af85-93940c74d179', 'e6ec7cdc-ff9b-40be-b3b6-c6150e88b178', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:28.200Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (13, 2, '\x7b2274726163654964223a2231633066343562642d363131382d343762632d393133352d623731366439343263316562222c22636f7272656c6174696f6e4964223a2231633066343562642d363131382d343762632d393133352d623731366439343263316562227d', '\x7b22706f73744964223a2237393961666135352d343464322d343565302d613232342d303330643235663835313831222c22617574686f724964223a2236386630343239622d316539372d346639642d393635362d366136393132376236386566222c22626f6479223a22706f73742066726f6d206d6172793a2076312073656372657420636861726c6965227d', '68f0429b-1e97-4f9d-9656-6a69127b68ef', 'a4d6773b-6435-43c7-99ce-b3769ffdba6f', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:28.235Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (14, 1, '\x7b2274726163654964223a2266363333343134662d666165642d346630382d616465322d366462336438323463613731222c22636f7272656c6174696f6e4964223a2266363333343134662d666165642d346630382d616465322d366462336438323463613731227d', '\x7b22706f73744964223a2266623637393965332d663761322d346166352d396637342d323362393833363262643634222c22617574686f724964223a2230396635303338322d313562652d346562312d623465312d373330346531626130316631222c22626f6479223a22706f73742066726f6d2064617669643a207631207365637265742064656c7461227d', '09f50382-15be-4eb1-b4e1-7304e1ba01f1', '62b64a6a-5b01-47f5-8073-3447fcae0d59', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:28.289Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (15, 2, '\x7b2274726163654964223a2263373962313664662d373437332d343732322d383336382d336132343830613732396561222c22636f7272656c6174696f6e4964223a2263373962313664662d373437332d343732322d383336382d336132343830613732396561227d', '\x7b22706f73744964223a2262356163666434362d646632352d343236632d393062612d323037383263373734376163222c22617574686f724964223a2230396635303338322d313562652d346562312d623465312d373330346531626130316631222c22626f6479223a227365636f6e6420706f73742066726f6d2064617669643a20763120736563726574206563686f227d', '09f50382-15be-4eb1-b4e1-7304e1ba01f1', '303592bb-9d46-489c-8b2e-d48e3889a1b0', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:28.341Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (16, 4, '\x7b2274726163654964223a2262383465363533392d343831312d343530312d383463322d303261306232623562626563222c22636f7272656c6174696f6e4964223a2262383465363533392d343831312d343530312d383463322d303261306232623562626563227d', '\x7b22706f73744964223a2266386162666163332d363361622d343266362d386161382d656130376634653630373833222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d62657220313a2076312073656372657420666f7874726f742031227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '6a206eb8-cddd-4508-8ade-aac352c37bc0', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:28.379Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (17, 5, '\x7b2274726163654964223a2235623762646162622d343431612d346535362d393763312d383937383263373361323830222c22636f7272656c6174696f6e4964223a2235623762646162622d343431612d346535362d393763312d383937383263373361323830227d', '\x7b22706f73744964223a2233386639323762362d633433632d346365382d626266632d383632393938363362663863222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d62657220323a2076312073656372657420666f7874726f742032227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'a8e5a270-d53e-471b-acab-cccc6d59bbd5', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:28.426Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (18, 6, '\x7b2274726163654964223a2266356538356334622d346661622d346464322d623264612d343738353865616661613034222c22636f7272656c6174696f6e4964223a2266356538356334622d346661622d346464322d623264612d343738353865616661613034227d', '\x7b22706f73744964223a2234303162643631392d626338322d346234342d383835362d303032343063663830656162222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d62657220333a2076312073656372657420666f7874726f742033227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'c7f70a38-15da-4ff6-bea9-cec8c09267d7', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:28.467Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (19, 7, '\x7b2274726163654964223a2235343065343263302d313039652d343839622d396238632d336237623534333166643961222c22636f7272656c6174696f6e4964223a2235343065343263302d313039652d343839622d396238632d336237623534333166643961227d', '\x7b22706f73744964223a2261383364366432632d666334392d343466362d386336362d316533373334303463393534222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d62657220343a2076312073656372657420666f7874726f742034227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '47872776-885d-4b8a-9bcf-3e04409a7a21', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:28.506Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (20, 8, '\x7b2274726163654964223a2232363266323431302d313537372d343936322d623166322d646433396566613439363237222c22636f7272656c6174696f6e4964223a2232363266323431302d313537372d343936322d623166322d646433396566613439363237227d', '\x7b22706f73744964223a2238623662663038332d636439632d343639362d383566342d373966653938613132363433222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d62657220353a2076312073656372657420666f7874726f742035227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '8062a9e2-a29d-4c91-a2bb-0518e08901a9', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:28.544Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (21, 9, '\x7b2274726163654964223a2234363163616135622d383033322d346439322d623365372d373430343765343138386139222c22636f7272656c6174696f6e4964223a2234363163616135622d383033322d346439322d623365372d373430343765343138386139227d', '\x7b22706f73744964223a2239383731363537662d396636642d343263612d393834642d303563353534626161613761222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d62657220363a2076312073656372657420666f7874726f742036227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '3e454073-cc2a-40d1-a106-5d5fdb4a727c', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:28.584Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (22, 10, '\x7b2274726163654964223a2232373936306266362d623662622d343965362d623565332d373464343337383838346232222c22636f7272656c6174696f6e4964223a2232373936306266362d623662622d343965362d623565332d373464343337383838346232227d', '\x7b22706f73744964223a2231656231663736392d616465362d343232642d383764322d373035356231356434313463222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d62657220373a2076312073656372657420666f7874726f742037227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'c2df5d47-425b-4b0e-9c06-d05f4245c538', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:28.629Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (23, 11, '\x7b2274726163654964223a2261346432383639662d656436392d343063362d393731352d313563656361646463373836222c22636f7272656c6174696f6e4964223a2261346432383639662d656436392d343063362d393731352d313563656361646463373836227d', '\x7b22706f73744964223a2266356232663735322d613031662d343464352d383762632d333136303066376433643535222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d62657220383a2076312073656372657420666f7874726f742038227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '81fda74b-c89e-4812-b61a-d63743fc1b79', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:28.691Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (24, 12, '\x7b2274726163654964223a2236363439333266382d613932332d343334362d393964372d613038333337363163646239222c22636f7272656c6174696f6e4964223a2236363439333266382d613932332d343334362d393964372d613038333337363163646239227d', '\x7b22706f73744964223a2233303437356431302d326561652d346130312d623461392d336134633531333031326438222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d62657220393a2076312073656372657420666f7874726f742039227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '8871c1a9-bf42-4a5c-898d-d9bfc1717d97', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:28.729Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (25, 13, '\x7b2274726163654964223a2235326265343361312d306363372d343137612d623438342d653936616566303835363162222c22636f7272656c6174696f6e4964223a2235326265343361312d306363372d343137612d623438342d653936616566303835363162227d', '\x7b22706f73744964223a2235323238343764642d333230352d343831612d616230342d636439623832303032356263222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722031303a2076312073656372657420666f7874726f74203130227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'f7e7e8d3-1e74-4818-8eac-d64d281265ae', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:28.760Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (26, 14, '\x7b2274726163654964223a2261393738633535612d353663332d346165622d616339612d653336373562303631333938222c22636f7272656c6174696f6e4964223a2261393738633535612d353663332d346165622d616339612d653336373562303631333938227d', '\x7b22706f73744964223a2230323932363265642d316663382d343763392d383261372d383833663130643132333761222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722031313a2076312073656372657420666f7874726f74203131227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'ac4d6598-370b-4dd5-9f6a-80c1708dc8e6', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:28.796Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (27, 15, '\x7b2274726163654964223a2261666636353263332d333961332d343864302d623932312d333665363133396464363130222c22636f7272656c6174696f6e4964223a2261666636353263332d333961332d343864302d623932312d333665363133396464363130227d', '\x7b22706f73744964223a2238353733323862352d633363352d343735642d383530362d343163333330356466376563222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722031323a2076312073656372657420666f7874726f74203132227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'cb304d15-f3b3-47b9-8434-1958a1c89a89', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:28.834Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (28, 16, '\x7b2274726163654964223a2265346333393237302d343533372d343763332d613033332d323536333862633962306166222c22636f7272656c6174696f6e4964223a2265346333393237302d343533372d343763332d613033332d323536333862633962306166227d', '\x7b22706f73744964223a2231393462376530312d323633312d346231652d393432302d363830316163353133303935222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722031333a2076312073656372657420666f7874726f74203133227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '092a6b0c-11c4-4c25-bf4f-287765c96c96', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:28.863Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (29, 17, '\x7b2274726163654964223a2233373139613335352d643339312d343036612d393262662d643262366432636535666236222c22636f7272656c6174696f6e4964223a2233373139613335352d643339312d343036612d393262662d643262366432636535666236227d', '\x7b22706f73744964223a2235336533306133642d396539632d343237392d396333332d323964323833326534346661222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722031343a2076312073656372657420666f7874726f74203134227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '679d1093-31cd-48c1-abb2-0efc7c2ad4eb', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:28.895Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (30, 18, '\x7b2274726163654964223a2265663163633965622d663566302d343165622d386161662d393035363233623161323466222c22636f7272656c6174696f6e4964223a2265663163633965622d663566302d343165622d386161662d393035363233623161323466227d', '\x7b22706f73744964223a2262356139343835302d663839632d343137372d626131362d653031366235653435393337222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722031353a2076312073656372657420666f7874726f74203135227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '07a04b08-ff8f-46ae-ad5b-7f9caa1931b3', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:28.928Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (31, 19, '\x7b2274726163654964223a2235616162663332652d376334332d343734312d616232362d333531343038383434313865222c22636f7272656c6174696f6e4964223a2235616162663332652d376334332d343734312d616232362d333531343038383434313865227d', '\x7b22706f73744964223a2237356436383337372d613137322d346661342d383965392d373463653136623565653531222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722031363a2076312073656372657420666f7874726f74203136227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '5d1b895d-5466-4ada-abd9-3d127a717398', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:28.968Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (32, 20, '\x7b2274726163654964223a2239343761343037322d313338352d343238322d383733322d626336373261323932613062222c22636f7272656c6174696f6e4964223a2239343761343037322d313338352d343238322d383733322d626336373261323932613062227d', '\x7b22706f73744964223a2238633665626631322d306536642d343838302d623133652d633632363430663566353730222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722031373a2076312073656372657420666f7874726f74203137227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'f74ec27e-b6ad-452d-bc9f-164901604c89', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:29.005Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (33, 21, '\x7b2274726163654964223a2263636131363065342d336162322d343333632d396662652d336635306438373937356265222c22636f7272656c6174696f6e4964223a2263636131363065342d336162322d343333632d396662652d336635306438373937356265227d', '\x7b22706f73744964223a2266613833383562302d383339622d343564632d386461662d336234316563643366636433222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722031383a2076312073656372657420666f7874726f74203138227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '2044f869-ee07-40e1-88e7-4369a2e14cc6', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:29.050Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (34, 22, '\x7b2274726163654964223a2233376432653431632d346666652d343963612d383661312d353565303365336537636431222c22636f7272656c6174696f6e4964223a2233376432653431632d346666652d343963612d383661312d353565303365336537636431227d', '\x7b22706f73744964223a2239346562323833392d383237312d346439652d393463302d643132303033643035353264222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722031393a2076312073656372657420666f7874726f74203139227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'a2fa7164-08a9-40a4-be0c-0564b56fd837', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:29.094Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (35, 23, '\x7b2274726163654964223a2231643465613431322d333361632d346533322d383836372d633936333131656563363637222c22636f7272656c6174696f6e4964223a2231643465613431322d333361632d346533322d383836372d633936333131656563363637227d', '\x7b22706f73744964223a2239323436326462362d646663362d346563662d393236302d623961373762646139393961222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722032303a2076312073656372657420666f7874726f74203230227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '5d1a9933-8e01-4870-917a-d24e7d8ba327', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:29.125Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (36, 24, '\x7b2274726163654964223a2265323337356633352d646561642d343733342d386464372d616163396563303930333463222c22636f7272656c6174696f6e4964223a2265323337356633352d646561642d343733342d386464372d616163396563303930333463227d', '\x7b22706f73744964223a2266366436353633652d626135612d343531652d393561382d303832323066356139633263222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722032313a2076312073656372657420666f7874726f74203231227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'd58d16d0-48a1-434e-ad46-43059f3b2294', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:29.155Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (37, 25, '\x7b2274726163654964223a2236633836653563612d643231342d343265392d616536302d326562306363386433393439222c22636f7272656c6174696f6e4964223a2236633836653563612d643231342d343265392d616536302d326562306363386433393439227d', '\x7b22706f73744964223a2232636230646634392d323732372d343538652d626430302d316331323035656663383263222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722032323a2076312073656372657420666f7874726f74203232227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '7d75803b-a979-4da0-a4ce-92bcb296320f', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:29.188Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (38, 26, '\x7b2274726163654964223a2266313035613534632d313766352d343836392d613833642d643661313330363936383130222c22636f7272656c6174696f6e4964223a2266313035613534632d313766352d343836392d613833642d643661313330363936383130227d', '\x7b22706f73744964223a2262643336336536362d626439662d346464392d613939662d663061376332353136303239222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722032333a2076312073656372657420666f7874726f74203233227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'ca570e16-ed3c-400a-a583-42ebf7c66e93', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:29.219Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (39, 27, '\x7b2274726163654964223a2262383732626538382d656663312d343063652d396666392d396337303037386438393830222c22636f7272656c6174696f6e4964223a2262383732626538382d656663312d343063652d396666392d396337303037386438393830227d', '\x7b22706f73744964223a2237336266313139642d313963302d346238362d393639362d356130303465323763366535222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722032343a2076312073656372657420666f7874726f74203234227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '2e6ddbec-3d7d-4aae-8bd8-b2cb76b34432', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:29.250Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (40, 28, '\x7b2274726163654964223a2266343432633063382d326535342d346234632d383065322d383234353534663030663931222c22636f7272656c6174696f6e4964223a2266343432633063382d326535342d346234632d383065322d383234353534663030663931227d', '\x7b22706f73744964223a2237316561303964352d663763342d343662652d393366372d396562643836373866333465222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722032353a2076312073656372657420666f7874726f74203235227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '07a24860-b11f-4882-bb31-4fc91396981e', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:29.278Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (41, 29, '\x7b2274726163654964223a2230306133616632322d393037382d343863352d616435302d643435613262336234643330222c22636f7272656c6174696f6e4964223a2230306133616632322d393037382d343863352d616435302d643435613262336234643330227d', '\x7b22706f73744964223a2263383133393632632d383138652d343136392d623936322d313136393239396538383661222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722032363a2076312073656372657420666f7874726f74203236227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '761a9672-4df8-4a2d-ac1f-89ed31bab258', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:29.309Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (42, 30, '\x7b2274726163654964223a2232663562326439652d383866632d343966362d616434612d396464313938303730393762222c22636f7272656c6174696f6e4964223a2232663562326439652d383866632d343966362d616434612d396464313938303730393762227d', '\x7b22706f73744964223a2261356161646134662d383435372d343339312d383765332d633634663966316632623630222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722032373a2076312073656372657420666f7874726f74203237227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'd0897e75-6bf4-46d3-831b-81963a6477e0', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:29.339Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (43, 31, '\x7b2274726163654964223a2261373862643032322d663732642d343534342d623663302d393430373431633661616164222c22636f7272656c6174696f6e4964223a2261373862643032322d663732642d343534342d623663302d393430373431633661616164227d', '\x7b22706f73744964223a2262613262336635372d363263342d346164662d626365622d633061306135303338643231222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722032383a2076312073656372657420666f7874726f74203238227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'd3c04f53-f60a-47a5-a837-4643891d8f9b', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:29.372Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (44, 32, '\x7b2274726163654964223a2262383661386161662d336131352d346633382d393235382d636436663835363066373639222c22636f7272656c6174696f6e4964223a2262383661386161662d336131352d346633382d393235382d636436663835363066373639227d', '\x7b22706f73744964223a2231623362656132382d666366322d343561312d393430622d633662626230633039343038222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722032393a2076312073656372657420666f7874726f74203239227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '15b8cc79-3569-4aa1-b9a5-e120338be304', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:29.406Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (45, 33, '\x7b2274726163654964223a2234613730323532642d343130352d343236652d383532632d316638363632386330303033222c22636f7272656c6174696f6e4964223a2234613730323532642d343130352d343236652d383532632d316638363632386330303033227d', '\x7b22706f73744964223a2262306263383731642d613737372d343530302d393539352d373832373362616638333435222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722033303a2076312073656372657420666f7874726f74203330227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '46c90052-f530-4a4f-904c-83e6153cbdd3', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:29.434Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (46, 34, '\x7b2274726163654964223a2230366261616438332d383433332d346236612d626632372d373362623934653134633965222c22636f7272656c6174696f6e4964223a2230366261616438332d383433332d346236612d626632372d373362623934653134633965227d', '\x7b22706f73744964223a2261393136343463352d333037302d343134312d393263342d363065616362326231336535222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722033313a2076312073656372657420666f7874726f74203331227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '6d56a360-dd50-4f36-a3f0-320c3f05ac4f', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:29.466Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (47, 35, '\x7b2274726163654964223a2231336334353061312d316161652d343630632d623938642d323831653936306236653063222c22636f7272656c6174696f6e4964223a2231336334353061312d316161652d343630632d623938642d323831653936306236653063227d', '\x7b22706f73744964223a2236383363396338302d326437312d343065372d393930312d376566323233383439363231222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722033323a2076312073656372657420666f7874726f74203332227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '253aef18-26ac-4abe-9539-21014b35bbd8', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:29.505Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (48, 36, '\x7b2274726163654964223a2234646166393837352d646430372d343466392d616632372d646632386334323038373462222c22636f7272656c6174696f6e4964223a2234646166393837352d646430372d343466392d616632372d646632386334323038373462227d', '\x7b22706f73744964223a2236646561653634612d396239302d346331652d613030352d636461393430646530363361222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722033333a2076312073656372657420666f7874726f74203333227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'c4872cf2-cb75-406b-989b-6bc6dafd2816', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:29.543Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (49, 37, '\x7b2274726163654964223a2265663564303137352d383663632d346333662d613666642d323332306365313039333230222c22636f7272656c6174696f6e4964223a2265663564303137352d383663632d346333662d613666642d323332306365313039333230227d', '\x7b22706f73744964223a2262633035643039382d666630622d343532352d623431342d623033373064376135326538222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722033343a2076312073656372657420666f7874726f74203334227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '8364552f-dea6-4c41-b519-094d76836b4d', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:29.573Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (50, 38, '\x7b2274726163654964223a2234643762366363302d636666392d343035342d396361362d373636633937626532343863222c22636f7272656c6174696f6e4964223a2234643762366363302d636666392d343035342d396361362d373636633937626532343863227d', '\x7b22706f73744964223a2232333430376664652d306235652d343331392d386661652d663638396263613661313737222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722033353a2076312073656372657420666f7874726f74203335227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'bf128279-5e66-41fd-84b4-dc2234cab294', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:29.603Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (51, 39, '\x7b2274726163654964223a2263343765313362342d346639372d343362342d623132362d643538353730303262313762222c22636f7272656c6174696f6e4964223a2263343765313362342d346639372d343362342d623132362d643538353730303262313762227d', '\x7b22706f73744964223a2239353731326463372d343337362d343039632d616434642d316538343065653836303338222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722033363a2076312073656372657420666f7874726f74203336227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '279a5f6a-ed13-4ae3-a4ac-b8babbcd4c6e', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:29.636Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (52, 40, '\x7b2274726163654964223a2263653730616135322d333038342d343831352d386337622d616335613834336430323463222c22636f7272656c6174696f6e4964223a2263653730616135322d333038342d343831352d386337622d616335613834336430323463227d', '\x7b22706f73744964223a2264306531356263632d303662362d343532312d626236382d346339343737333733663061222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722033373a2076312073656372657420666f7874726f74203337227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'e221e048-da73-4d88-ac23-c41d4cb86e24', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:29.688Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (53, 41, '\x7b2274726163654964223a2231326364633831352d663637372d346336322d616338302d396632666433323430306134222c22636f7272656c6174696f6e4964223a2231326364633831352d663637372d346336322d616338302d396632666433323430306134227d', '\x7b22706f73744964223a2233316337356662382d323564352d343734302d616635352d323036306664613939623137222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722033383a2076312073656372657420666f7874726f74203338227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'b63cf98a-7670-43ab-b3b5-09044198f3b8', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:29.732Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (54, 42, '\x7b2274726163654964223a2233363964636539392d636562312d346636372d383930662d613765663832333835386530222c22636f7272656c6174696f6e4964223a2233363964636539392d636562312d346636372d383930662d613765663832333835386530227d', '\x7b22706f73744964223a2266653630636561382d633566342d343733652d623139362d613235386565336332643238222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722033393a2076312073656372657420666f7874726f74203339227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'e11dcb12-0eff-4d9a-9bfb-96610f721b23', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:29.777Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (55, 43, '\x7b2274726163654964223a2239663932663036372d626162372d343635322d393834322d306631336163666437653832222c22636f7272656c6174696f6e4964223a2239663932663036372d626162372d343635322d393834322d306631336163666437653832227d', '\x7b22706f73744964223a2236656436313731302d393161642d343432622d626265622d366333326532333037383562222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722034303a2076312073656372657420666f7874726f74203430227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'a5b1f91c-c600-4fe9-9fab-c9f5e1e5507f', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:29.812Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (56, 44, '\x7b2274726163654964223a2236393236653335612d646464342d343462332d623231362d653436646635313864643035222c22636f7272656c6174696f6e4964223a2236393236653335612d646464342d343462332d623231362d653436646635313864643035227d', '\x7b22706f73744964223a2266623533666462352d633130342d346537372d623332362d386364353639356233666164222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722034313a2076312073656372657420666f7874726f74203431227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '4e3e2722-6a85-471a-a5cb-d371639d75b7', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:29.849Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (57, 45, '\x7b2274726163654964223a2266343935633735362d313665612d343961362d613139322d313234306632346662323839222c22636f7272656c6174696f6e4964223a2266343935633735362d313665612d343961362d613139322d313234306632346662323839227d', '\x7b22706f73744964223a2236623963353463662d373839612d346137322d623865662d623232363233613439656262222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722034323a2076312073656372657420666f7874726f74203432227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'f60b51cf-bcd0-4430-87c0-1ed87ab01a6c', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:29.879Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (58, 46, '\x7b2274726163654964223a2261303664363766392d626534332d346265302d383161662d656537633766326366313131222c22636f7272656c6174696f6e4964223a2261303664363766392d626534332d346265302d383161662d656537633766326366313131227d', '\x7b22706f73744964223a2239396435646436302d626334352d346338352d613865332d663733333965343530666236222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722034333a2076312073656372657420666f7874726f74203433227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '999146b1-8b34-45ab-95c7-492311390ad6', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:29.910Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (59, 47, '\x7b2274726163654964223a2265636133393462322d643631632d343436632d386464652d363938363537616163613635222c22636f7272656c6174696f6e4964223a2265636133393462322d643631632d343436632d386464652d363938363537616163613635227d', '\x7b22706f73744964223a2234373639616532642d333630302d346134642d613732322d343331333730306266313230222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722034343a2076312073656372657420666f7874726f74203434227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '5308f69a-a6a5-4a03-a596-463177b975dd', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:29.938Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (60, 48, '\x7b2274726163654964223a2239623835623233632d663465652d346130332d613163312d333230373936346361326465222c22636f7272656c6174696f6e4964223a2239623835623233632d663465652d346130332d613163312d333230373936346361326465227d', '\x7b22706f73744964223a2237616437623330662d663932392d343966332d623364322d623266373061656432396236222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722034353a2076312073656372657420666f7874726f74203435227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '2c1eb7f6-f0c7-44c6-bc08-8f6086eaf106', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:29.969Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (61, 49, '\x7b2274726163654964223a2236396332663837312d633436362d343464302d396634332d376435386437633136623133222c22636f7272656c6174696f6e4964223a2236396332663837312d633436362d343464302d396634332d376435386437633136623133227d', '\x7b22706f73744964223a2235326662323530622d643863632d346336632d616439622d646366366230626437376463222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722034363a2076312073656372657420666f7874726f74203436227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '32f987da-47b9-45aa-8773-eede08222f7f', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:30.001Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (62, 50, '\x7b2274726163654964223a2232653865623635322d373830322d343431392d613561362d333162373962613364373238222c22636f7272656c6174696f6e4964223a2232653865623635322d373830322d343431392d613561362d333162373962613364373238227d', '\x7b22706f73744964223a2232383562393038322d636533642d343233642d383436392d383430336232373965316130222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722034373a2076312073656372657420666f7874726f74203437227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '7271faf3-93b3-4cef-9bb2-e491617a0182', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:30.034Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (63, 51, '\x7b2274726163654964223a2235316164306231382d356266372d343639362d383030362d643663663736366334343063222c22636f7272656c6174696f6e4964223a2235316164306231382d356266372d343639362d383030362d643663663736366334343063227d', '\x7b22706f73744964223a2266383330343938652d356331352d343737362d383935632d383039373239376537373562222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722034383a2076312073656372657420666f7874726f74203438227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '2e0c88b1-3810-483e-ad3b-b27877eb54ad', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:30.069Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (64, 52, '\x7b2274726163654964223a2266653064366638352d663439362d343261392d613264372d376539643037366332353432222c22636f7272656c6174696f6e4964223a2266653064366638352d663439362d343261392d613264372d376539643037366332353432227d', '\x7b22706f73744964223a2233323433326638662d623863612d346238322d383362302d343462616237663330663566222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722034393a2076312073656372657420666f7874726f74203439227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'c332a851-dc05-4cb4-9f91-85929c175800', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:30.095Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (65, 53, '\x7b2274726163654964223a2266616463373861622d333335642d346135362d383562612d343563386465373530306333222c22636f7272656c6174696f6e4964223a2266616463373861622d333335642d346135362d383562612d343563386465373530306333227d', '\x7b22706f73744964223a2264343464326665342d346631652d343135372d613838342d356463336530656231653065222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722035303a2076312073656372657420666f7874726f74203530227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '2c968233-41e6-4889-88bc-f4860bd0d87c', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:30.135Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (66, 54, '\x7b2274726163654964223a2236336133373531342d336539352d343431362d626234632d373933613538636366613631222c22636f7272656c6174696f6e4964223a2236336133373531342d336539352d343431362d626234632d373933613538636366613631227d', '\x7b22706f73744964223a2237633336303335362d616666342d346130382d396166302d623632613434363838346437222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722035313a2076312073656372657420666f7874726f74203531227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '5c980395-e6d1-42f1-8b0c-43226f197232', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:30.165Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (67, 55, '\x7b2274726163654964223a2232366164343930652d653763372d343037662d623733392d343664366662656361303330222c22636f7272656c6174696f6e4964223a2232366164343930652d653763372d343037662d623733392d343664366662656361303330227d', '\x7b22706f73744964223a2237363261633436612d343130342d343732642d393330622d333764323630366166353665222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722035323a2076312073656372657420666f7874726f74203532227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '630cb62b-7dc7-4d93-b3af-0e30e876ced3', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:30.195Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (68, 56, '\x7b2274726163654964223a2263666661363664362d393636622d343566342d386139332d393637303762613131356630222c22636f7272656c6174696f6e4964223a2263666661363664362d393636622d343566342d386139332d393637303762613131356630227d', '\x7b22706f73744964223a2230313836306333352d653066382d343439302d383139312d313461613832333563626261222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722035333a2076312073656372657420666f7874726f74203533227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'bf641427-16aa-4bbe-a164-f28d4835cf01', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:30.226Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (69, 57, '\x7b2274726163654964223a2238323762663935382d656266322d346132392d623134302d363131323833326564353563222c22636f7272656c6174696f6e4964223a2238323762663935382d656266322d346132392d623134302d363131323833326564353563227d', '\x7b22706f73744964223a2263313566626163352d396636352d343239372d616462612d613133336366363239663464222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722035343a2076312073656372657420666f7874726f74203534227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'c27f47ab-d440-4836-a446-d0b583bbc8a2', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:30.254Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (70, 58, '\x7b2274726163654964223a2239306639616166312d333465342d346639632d396439312d373939653039613763633332222c22636f7272656c6174696f6e4964223a2239306639616166312d333465342d346639632d396439312d373939653039613763633332227d', '\x7b22706f73744964223a2233653866313366312d323063632d343237362d386434372d663038613565666232346433222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722035353a2076312073656372657420666f7874726f74203535227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '752c5212-0325-4df7-8a45-5cde10e0640d', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:30.282Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (71, 59, '\x7b2274726163654964223a2262336339383036362d626634332d346662362d626431372d313263383537393338626130222c22636f7272656c6174696f6e4964223a2262336339383036362d626634332d346662362d626431372d313263383537393338626130227d', '\x7b22706f73744964223a2230303132323235662d346130652d343136632d393337652d343164336565343166663365222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722035363a2076312073656372657420666f7874726f74203536227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '697006a0-2e48-48d9-880c-62a7dc96e3f1', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:30.316Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (72, 60, '\x7b2274726163654964223a2265636566656465632d313637372d343235352d623533342d303334646434623032326563222c22636f7272656c6174696f6e4964223a2265636566656465632d313637372d343235352d623533342d303334646434623032326563227d', '\x7b22706f73744964223a2263343034383466322d306239312d343365632d393138382d386666396261393335616532222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722035373a2076312073656372657420666f7874726f74203537227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '5a028c9c-bf90-4157-a939-a2e61c498cf9', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:30.350Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (73, 61, '\x7b2274726163654964223a2264336632353633332d323630342d343030612d396533622d633866636266636337383037222c22636f7272656c6174696f6e4964223a2264336632353633332d323630342d343030612d396533622d633866636266636337383037227d', '\x7b22706f73744964223a2231643332346366392d623832652d343533612d396535322d363961613161646433646433222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722035383a2076312073656372657420666f7874726f74203538227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'd3578c4c-4ac1-4832-9a75-3bf9dd408913', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:30.380Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (74, 62, '\x7b2274726163654964223a2235323563663431322d666161612d346531362d386233392d336536313266623233353062222c22636f7272656c6174696f6e4964223a2235323563663431322d666161612d346531362d386233392d336536313266623233353062227d', '\x7b22706f73744964223a2239356261613965352d383435662d343938372d616331392d303038306161326532303561222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722035393a2076312073656372657420666f7874726f74203539227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'b2f3b3e4-fb3e-4388-9c0a-0a307035839b', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:30.409Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (75, 63, '\x7b2274726163654964223a2264363164306430302d306561642d346338642d386362342d333338633233316561373438222c22636f7272656c6174696f6e4964223a2264363164306430302d306561642d346338642d386362342d333338633233316561373438227d', '\x7b22706f73744964223a2265356639383263642d316634622d343932362d623232392d396238333433303139393366222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722036303a2076312073656372657420666f7874726f74203630227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'cb1dcbde-c493-46d2-a221-4ec9f6b44087', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:30.435Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (76, 64, '\x7b2274726163654964223a2262316333323566362d353130652d346466652d613236652d393162623233643737383735222c22636f7272656c6174696f6e4964223a2262316333323566362d353130652d346466652d613236652d393162623233643737383735227d', '\x7b22706f73744964223a2265356432346336312d363562362d343836332d396461362d643534353964663630623230222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722036313a2076312073656372657420666f7874726f74203631227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '8b62f53d-4f5e-43a8-999b-8d3ee79b5ae3', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:30.458Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (77, 65, '\x7b2274726163654964223a2236353136363366652d646464352d343563632d383630392d366539303264333438646363222c22636f7272656c6174696f6e4964223a2236353136363366652d646464352d343563632d383630392d366539303264333438646363227d', '\x7b22706f73744964223a2234643835346339642d323932322d346462642d623834642d386230626236316534373936222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722036323a2076312073656372657420666f7874726f74203632227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '7a60184a-dd95-4cc3-a2a4-bf7db973136a', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:30.488Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (78, 66, '\x7b2274726163654964223a2235623638613735632d363435612d343832332d616337612d363764326632326562376130222c22636f7272656c6174696f6e4964223a2235623638613735632d363435612d343832332d616337612d363764326632326562376130227d', '\x7b22706f73744964223a2237313839346361322d656235662d343533372d616263372d323430646635306461383332222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722036333a2076312073656372657420666f7874726f74203633227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'b9f91310-9292-4abd-b2b5-9217ddd8187f', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:30.525Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (79, 67, '\x7b2274726163654964223a2236316461363338322d333837322d343665622d623934382d626666393864373662663262222c22636f7272656c6174696f6e4964223a2236316461363338322d333837322d343665622d623934382d626666393864373662663262227d', '\x7b22706f73744964223a2264623036333034382d376163312d343131652d386664362d623764356638363864633065222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722036343a2076312073656372657420666f7874726f74203634227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'da8be24f-e98e-40f6-a4b6-841bad807db7', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:30.553Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (80, 68, '\x7b2274726163654964223a2261303031373032312d333032372d346231652d396462362d643235396234323932366638222c22636f7272656c6174696f6e4964223a2261303031373032312d333032372d346231652d396462362d643235396234323932366638227d', '\x7b22706f73744964223a2265353666326539372d326337612d343937382d626635612d373530396162663034613835222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722036353a2076312073656372657420666f7874726f74203635227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '1d7b3cfe-da1f-414a-858e-2fdcc0497cbd', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:30.582Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (81, 69, '\x7b2274726163654964223a2238633866656666372d613833622d346461372d396563612d653838623063656130373932222c22636f7272656c6174696f6e4964223a2238633866656666372d613833622d346461372d396563612d653838623063656130373932227d', '\x7b22706f73744964223a2261343339356361362d666164312d343532662d613531372d306466396236396335313262222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722036363a2076312073656372657420666f7874726f74203636227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '3f3b7e79-85f5-4e30-8361-f34564ec450f', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:30.609Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (82, 70, '\x7b2274726163654964223a2261666666636630622d656138342d343564312d613731612d353661346466346138356364222c22636f7272656c6174696f6e4964223a2261666666636630622d656138342d343564312d613731612d353661346466346138356364227d', '\x7b22706f73744964223a2239616430633838372d353963352d346438372d623239312d323561636338653835646466222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722036373a2076312073656372657420666f7874726f74203637227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '9abca2fe-ce06-447c-9303-18637e3ff016', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:30.650Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (83, 71, '\x7b2274726163654964223a2234366464646135372d353762372d343736622d383838392d656331616635613635386362222c22636f7272656c6174696f6e4964223a2234366464646135372d353762372d343736622d383838392d656331616635613635386362227d', '\x7b22706f73744964223a2235393238653130362d316437362d343732302d623536372d633930316537336234343535222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722036383a2076312073656372657420666f7874726f74203638227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'bd20f1f9-8842-4cbf-bb67-818b4684b487', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:30.673Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (84, 72, '\x7b2274726163654964223a2265343532326362632d336466332d346262642d616564662d373939383236396161323430222c22636f7272656c6174696f6e4964223a2265343532326362632d336466332d346262642d616564662d373939383236396161323430227d', '\x7b22706f73744964223a2231613936353531642d383538342d343961362d383865362d306463626437376338633731222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722036393a2076312073656372657420666f7874726f74203639227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'b08b5e43-b146-4413-b1cc-406be37adc3f', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:30.721Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (85, 73, '\x7b2274726163654964223a2261316364313861622d646438352d343264322d386133392d623338326235333164646636222c22636f7272656c6174696f6e4964223a2261316364313861622d646438352d343264322d386133392d623338326235333164646636227d', '\x7b22706f73744964223a2231616262303136322d616637612d346336612d393563642d323537336263653233613634222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722037303a2076312073656372657420666f7874726f74203730227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'bb454e91-7110-4ffd-9c24-cdf607ea0da4', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:30.764Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (86, 74, '\x7b2274726163654964223a2239646636313037322d333163652d346361622d396132342d616535303131386130316662222c22636f7272656c6174696f6e4964223a2239646636313037322d333163652d346361622d396132342d616535303131386130316662227d', '\x7b22706f73744964223a2233323939373466622d393333372d346136652d396339382d313864303864663831323636222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722037313a2076312073656372657420666f7874726f74203731227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '402f90df-3857-4465-a6e8-a215afea9974', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:30.797Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (87, 75, '\x7b2274726163654964223a2264323933613835312d356566622d346365302d613534622d643833663563343335643964222c22636f7272656c6174696f6e4964223a2264323933613835312d356566622d346365302d613534622d643833663563343335643964227d', '\x7b22706f73744964223a2235333538633334612d613539342d343465622d393133642d376465343435386231333330222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722037323a2076312073656372657420666f7874726f74203732227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'ee562a33-9932-4a60-b974-b6a36507f2c0', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:30.834Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (88, 76, '\x7b2274726163654964223a2261373964333237652d393634612d346661322d393030652d623965336165653063366465222c22636f7272656c6174696f6e4964223a2261373964333237652d393634612d346661322d393030652d623965336165653063366465227d', '\x7b22706f73744964223a2230656337626466322d663264342d343030322d616236342d383566313736376635656230222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722037333a2076312073656372657420666f7874726f74203733227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'c239af73-da50-40b9-9cf5-899db74e7266', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:30.863Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (89, 77, '\x7b2274726163654964223a2231393332346332322d303265342d343530382d626433352d356166326264643366643961222c22636f7272656c6174696f6e4964223a2231393332346332322d303265342d343530382d626433352d356166326264643366643961227d', '\x7b22706f73744964223a2266366633366636622d373033392d343830392d396263642d396663336264623030383035222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722037343a2076312073656372657420666f7874726f74203734227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'f49eec97-1a59-4732-bced-288ad31d1ce7', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:30.903Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (90, 78, '\x7b2274726163654964223a2237353837323030612d363865632d346366362d626133372d373665316132313562633830222c22636f7272656c6174696f6e4964223a2237353837323030612d363865632d346366362d626133372d373665316132313562633830227d', '\x7b22706f73744964223a2238373434373363612d303735392d343562352d383437362d363730313362356163363964222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722037353a2076312073656372657420666f7874726f74203735227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '84a66d54-7c43-43ba-8d50-5262fc332af2', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:30.939Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (91, 79, '\x7b2274726163654964223a2264326435366338642d303732632d346566642d626363362d633966373031636332373664222c22636f7272656c6174696f6e4964223a2264326435366338642d303732632d346566642d626363362d633966373031636332373664227d', '\x7b22706f73744964223a2235633239653933642d313061302d346532302d623137622d636664623063666635613265222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722037363a2076312073656372657420666f7874726f74203736227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'eb809832-b7f7-4b56-a8d7-c50ccf7ec3e5', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:30.981Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (92, 80, '\x7b2274726163654964223a2264656138633362642d623832642d343062652d393237392d386261623464623162343963222c22636f7272656c6174696f6e4964223a2264656138633362642d623832642d343062652d393237392d386261623464623162343963227d', '\x7b22706f73744964223a2261653030333464622d316537392d343230392d393634622d393936636461343333373465222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722037373a2076312073656372657420666f7874726f74203737227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '11094ace-6ae1-4c31-826c-9dba694787ff', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:31.017Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (93, 81, '\x7b2274726163654964223a2264616638663662332d653863342d343039332d396165662d383466336464616237313231222c22636f7272656c6174696f6e4964223a2264616638663662332d653863342d343039332d396165662d383466336464616237313231227d', '\x7b22706f73744964223a2232333838353934382d616433342d346262302d613036652d363963386337643963666333222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722037383a2076312073656372657420666f7874726f74203738227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '871d2335-f1df-4c65-b193-5ec483bb13be', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:31.070Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (94, 82, '\x7b2274726163654964223a2266646338386332312d646466342d343766332d613237642d386466376130386563626566222c22636f7272656c6174696f6e4964223a2266646338386332312d646466342d343766332d613237642d386466376130386563626566227d', '\x7b22706f73744964223a2238653461623664352d333461622d346438302d393665372d323537356336343136333166222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722037393a2076312073656372657420666f7874726f74203739227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '08ad6608-27d7-4640-9a2f-935e5d871f26', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:31.123Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (95, 83, '\x7b2274726163654964223a2232353466316365632d656365392d343064342d396130342d336565356661353266633836222c22636f7272656c6174696f6e4964223a2232353466316365632d656365392d343064342d396130342d336565356661353266633836227d', '\x7b22706f73744964223a2233616237306235632d633965382d343934362d613237642d613439313265336137393862222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722038303a2076312073656372657420666f7874726f74203830227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '976ff383-a075-43df-ac89-a3f489d43d59', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:31.175Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (96, 84, '\x7b2274726163654964223a2239326139653736332d306233632d343333302d396363312d663366366437623164306136222c22636f7272656c6174696f6e4964223a2239326139653736332d306233632d343333302d396363312d663366366437623164306136227d', '\x7b22706f73744964223a2238353961636437632d623162662d343937342d383935312d336564633036383630633365222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722038313a2076312073656372657420666f7874726f74203831227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'd25739d2-4ea2-4c82-9ed0-b441806c9067', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:31.215Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (97, 85, '\x7b2274726163654964223a2233303437303538392d383039612d343330622d626333392d623231656264316335396366222c22636f7272656c6174696f6e4964223a2233303437303538392d383039612d343330622d626333392d623231656264316335396366227d', '\x7b22706f73744964223a2266616135363261632d313535372d343539362d383162662d346238643664633663303330222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722038323a2076312073656372657420666f7874726f74203832227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '82ff76bd-5872-497b-bfb3-e996a5113b9a', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:31.259Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (98, 86, '\x7b2274726163654964223a2234383063643039622d313632382d346536302d393661612d613162313730373664613334222c22636f7272656c6174696f6e4964223a2234383063643039622d313632382d346536302d393661612d613162313730373664613334227d', '\x7b22706f73744964223a2231336330313861382d323138622d343965322d386338372d393161653036326362316566222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722038333a2076312073656372657420666f7874726f74203833227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'e4d6ffce-ef46-4a10-a220-2f7b2322ba53', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:31.292Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (99, 87, '\x7b2274726163654964223a2238393733613465342d643136382d346562332d613161662d326563336238663637313334222c22636f7272656c6174696f6e4964223a2238393733613465342d643136382d346562332d613161662d326563336238663637313334227d', '\x7b22706f73744964223a2262353862323566372d643863352d343032382d386639612d653663653332646263626130222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722038343a2076312073656372657420666f7874726f74203834227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '83ffde3c-2512-439b-af6b-72aca9333699', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:31.319Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (100, 88, '\x7b2274726163654964223a2233653963363763362d653035362d343437312d623662332d323334373563363964343233222c22636f7272656c6174696f6e4964223a2233653963363763362d653035362d343437312d623662332d323334373563363964343233227d', '\x7b22706f73744964223a2237383331353066662d346234372d346432352d626236332d626339333066316561613661222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722038353a2076312073656372657420666f7874726f74203835227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '67750c14-5311-4ee1-8e59-0caa58d762d8', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:31.344Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (101, 89, '\x7b2274726163654964223a2231303066313562302d653266352d343661352d626266662d336663393931646330353166222c22636f7272656c6174696f6e4964223a2231303066313562302d653266352d343661352d626266662d336663393931646330353166227d', '\x7b22706f73744964223a2232383266343233642d333462342d346234622d616138642d376165313862366338646561222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722038363a2076312073656372657420666f7874726f74203836227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '10061b12-5e2a-4981-b6eb-ea2ac5aca73c', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:31.367Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (102, 90, '\x7b2274726163654964223a2237633566366638372d616339302d343437312d396261332d333433326637386336306438222c22636f7272656c6174696f6e4964223a2237633566366638372d616339302d343437312d396261332d333433326637386336306438227d', '\x7b22706f73744964223a2261636262323235322d313130322d343839362d386233352d656336623037353137333536222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722038373a2076312073656372657420666f7874726f74203837227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '28514185-2549-4d95-b5fa-4db4fcfaff23', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:31.392Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (103, 91, '\x7b2274726163654964223a2234613164633737632d306335342d343237312d613538622d373439636461343230363738222c22636f7272656c6174696f6e4964223a2234613164633737632d306335342d343237312d613538622d373439636461343230363738227d', '\x7b22706f73744964223a2237666236303964342d336465322d343533302d383464642d336632373463316564366632222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722038383a2076312073656372657420666f7874726f74203838227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '6cd60961-7eb2-4ffd-a76c-6465a8926c56', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:31.414Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (104, 92, '\x7b2274726163654964223a2262363132323231392d626236352d343437612d613962652d623033313837393161373462222c22636f7272656c6174696f6e4964223a2262363132323231392d626236352d343437612d613962652d623033313837393161373462227d', '\x7b22706f73744964223a2263333433613633652d313236362d343663322d613236662d633430336165643664333164222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722038393a2076312073656372657420666f7874726f74203839227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'bc3fa6a3-8a6d-4ab5-aec0-a00f25da0d84', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:31.449Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (105, 93, '\x7b2274726163654964223a2236663736366232612d646437322d343937632d396532382d393166353535663831353962222c22636f7272656c6174696f6e4964223a2236663736366232612d646437322d343937632d396532382d393166353535663831353962227d', '\x7b22706f73744964223a2235653966316233382d653937632d346537352d616133362d366537333462613635666261222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722039303a2076312073656372657420666f7874726f74203930227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '883c8ab7-3751-4d67-9946-d96881281004', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:31.481Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (106, 94, '\x7b2274726163654964223a2237643463343766362d373731342d343031382d386338352d666531353234353763323762222c22636f7272656c6174696f6e4964223a2237643463343766362d373731342d343031382d386338352d666531353234353763323762227d', '\x7b22706f73744964223a2238373064323534342d363361612d343232382d626230362d303634313534373535616266222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722039313a2076312073656372657420666f7874726f74203931227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'c43348be-1a9a-42d7-a1cc-4b6578cdb307', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:31.511Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (107, 95, '\x7b2274726163654964223a2236373865366562342d333163322d343663332d623239382d303732643164666432333331222c22636f7272656c6174696f6e4964223a2236373865366562342d333163322d343663332d623239382d303732643164666432333331227d', '\x7b22706f73744964223a2230386339326265612d633964642d346334612d626263312d396637346533303336376639222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722039323a2076312073656372657420666f7874726f74203932227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '67e27b16-6fad-44e1-a7b3-619ca7883ef5', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:31.534Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (108, 96, '\x7b2274726163654964223a2237623331656134372d383266352d343664622d393736332d656134613163353634306338222c22636f7272656c6174696f6e4964223a2237623331656134372d383266352d343664622d393736332d656134613163353634306338227d', '\x7b22706f73744964223a2261623534396564642d613431652d343337612d386230312d613734343965336631303638222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722039333a2076312073656372657420666f7874726f74203933227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '6924b9e0-501c-4633-ab03-c2f7bd687d68', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:31.556Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (109, 97, '\x7b2274726163654964223a2233613133303662662d396137352d343866642d616637662d646264623233663264666632222c22636f7272656c6174696f6e4964223a2233613133303662662d396137352d343866642d616637662d646264623233663264666632227d', '\x7b22706f73744964223a2235316335633766642d643634652d343365342d623338622d373861386665303361623834222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722039343a2076312073656372657420666f7874726f74203934227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'c2a2e731-1ad1-475b-887f-14ca326474da', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:31.586Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (110, 98, '\x7b2274726163654964223a2230323866366431342d346635312d343065302d623735302d643436623635626630323561222c22636f7272656c6174696f6e4964223a2230323866366431342d346635312d343065302d623735302d643436623635626630323561227d', '\x7b22706f73744964223a2235646630653538622d633134352d343630612d613736662d383034303339643533313639222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722039353a2076312073656372657420666f7874726f74203935227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'bcdec47f-3066-4cc2-a6bc-b951a0bbf10e', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:31.620Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (111, 99, '\x7b2274726163654964223a2263656563656630302d306136372d346565382d623938372d343064653731393531666130222c22636f7272656c6174696f6e4964223a2263656563656630302d306136372d346565382d623938372d343064653731393531666130227d', '\x7b22706f73744964223a2231336537633965642d346637662d346637662d383261662d326432316632646332386239222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722039363a2076312073656372657420666f7874726f74203936227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '8c1a10eb-6389-4648-94a6-6cd6872a5d03', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:31.655Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (112, 100, '\x7b2274726163654964223a2261323366643730342d393637382d346662392d393335652d633063623633336262663934222c22636f7272656c6174696f6e4964223a2261323366643730342d393637382d346662392d393335652d633063623633336262663934227d', '\x7b22706f73744964223a2266333430633466612d666563342d346532302d393831372d336335363133653330653062222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722039373a2076312073656372657420666f7874726f74203937227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '9b56163c-e540-49c7-a37e-1853839d51f0', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:31.770Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (113, 101, '\x7b2274726163654964223a2233636137353536642d343461302d343438652d616365362d613666393066376131396335222c22636f7272656c6174696f6e4964223a2233636137353536642d343461302d343438652d616365362d613666393066376131396335227d', '\x7b22706f73744964223a2239643239323732362d656131302d343136382d626439632d336439323362336536633461222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722039383a2076312073656372657420666f7874726f74203938227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '840f0b19-24c2-43fd-b0f5-f9a45fc8b2a7', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:31.790Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (114, 102, '\x7b2274726163654964223a2231323136646631372d313534642d343437622d623531362d383163666562656536323934222c22636f7272656c6174696f6e4964223a2231323136646631372d313534642d343437622d623531362d383163666562656536323934227d', '\x7b22706f73744964223a2233663631366362392d303238372d346434382d626462652d303962626164363665366332222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d6265722039393a2076312073656372657420666f7874726f74203939227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '02846f50-5e32-4717-a44a-c4c3d43b8e5b', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:31.823Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (115, 103, '\x7b2274726163654964223a2261663735376661632d313839372d343465382d613538642d333236353433323665663430222c22636f7272656c6174696f6e4964223a2261663735376661632d313839372d343465382d613538642d333236353433323665663430227d', '\x7b22706f73744964223a2261613035336337382d613837352d346430642d383032642d646261313165623761383538222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d626572203130303a2076312073656372657420666f7874726f7420313030227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '09dc958f-680f-4c3a-98a4-b91bf0138a0c', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:31.847Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (116, 104, '\x7b2274726163654964223a2235313262653261332d336463392d346562632d383133342d313333313430303164343038222c22636f7272656c6174696f6e4964223a2235313262653261332d336463392d346562632d383133342d313333313430303164343038227d', '\x7b22706f73744964223a2237316564643139322d316566622d346566352d623734662d303866343337386165356233222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d626572203130313a2076312073656372657420666f7874726f7420313031227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '06b150b9-dd27-4c35-8698-227de849c108', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:31.885Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (117, 105, '\x7b2274726163654964223a2233313265633031642d613837662d343361392d623332382d366561643337623363383834222c22636f7272656c6174696f6e4964223a2233313265633031642d613837662d343361392d623332382d366561643337623363383834227d', '\x7b22706f73744964223a2234616433643363312d373866342d346261632d393565312d656466333737333437363639222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d626572203130323a2076312073656372657420666f7874726f7420313032227d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'd73b086b-e1d9-4030-956d-8aa72d17ffb7', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:31.925Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (118, 106, '\x7b2274726163654964223a2234333132636462612d343535332d343230632d396230642d353563363933303531613937222c22636f7272656c6174696f6e4964223a2234333132636462612d343535332d343230632d396230642d353563363933303531613937227d', '\x7b22706f73744964223a2233386461633764332d343439382d343338352d613734312d326137353031643163383639222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d626572203130333a2076312073656372657420666f7874726f7420313033227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '4d95b26a-258a-4c1a-8886-57c2ae2e83ca', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:31.964Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (119, 107, '\x7b2274726163654964223a2263306338343664342d623438642d346539382d386564622d316466396563383033393834222c22636f7272656c6174696f6e4964223a2263306338343664342d623438642d346539382d386564622d316466396563383033393834227d', '\x7b22706f73744964223a2236383733346132392d366539382d343433342d613730612d656361303435323933373036222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d626572203130343a2076312073656372657420666f7874726f7420313034227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '9f2973a8-d19a-418a-a784-2360e0d59329', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:31.999Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (120, 108, '\x7b2274726163654964223a2261306538336130322d396333362d343362652d623230312d363739663263353865653637222c22636f7272656c6174696f6e4964223a2261306538336130322d396333362d343362652d623230312d363739663263353865653637227d', '\x7b22706f73744964223a2231623631646534612d313263612d343334382d613437392d386535613063636336343731222c22617574686f724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22626f6479223a226a6f686e277320706f7374206e756d626572203130353a2076312073656372657420666f7874726f7420313035227d', '7c4d6145-918b-429a-8e26-18310e25d09e', '42428b57-c2bc-41ef-85ab-03ca39907fb0', NULL, 'dev.flock.events.PostPublished', '2026-12-02T16:13:32.027Z', 'UserAggregate');
INSERT INTO eventstore.domain_event_entry VALUES (121, 5, '\x7b2274726163654964223a2236353036376366632d383966322d343561382d393132372d653161613230643466363235222c22636f7272656c6174696f6e4964223a2236353036376366632d383966322d343561382d393132372d653161613230643466363235227d', '\x7b22757365724964223a2261346632623032302d306636382d343538362d616638352d393339343063373464313739222c2263726564656e7469616c56657273696f6e223a317d', 'a4f2b020-0f68-4586-af85-93940c74d179', '6d175fb3-7687-406b-b7ee-8581001d42e5', NULL, 'dev.flock.events.PasswordChanged', '2026-12-02T16:13:32.136Z', 'UserAggregate');


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: eventstore; Owner: -
--

INSERT INTO eventstore.flyway_schema_history VALUES (0, NULL, '<< Flyway Schema Creation >>', 'SCHEMA', '"eventstore"', NULL, 'postgres', '2026-12-02 16:13:16.118451', 0, true);
INSERT INTO eventstore.flyway_schema_history VALUES (1, '1', 'event store', 'SQL', 'V1__event_store.sql', 595705866, 'postgres', '2026-12-02 16:13:16.183828', 42, true);


--
-- Data for Name: snapshot_event_entry; Type: TABLE DATA; Schema: eventstore; Owner: -
--

INSERT INTO eventstore.snapshot_event_entry VALUES (99, '\x7b2274726163654964223a2263656563656630302d306136372d346565382d623938372d343064653731393531666130222c22636f7272656c6174696f6e4964223a2263656563656630302d306136372d346565382d623938372d343064653731393531666130227d', '\x7b22757365724964223a2237633464363134352d393138622d343239612d386532362d313833313065323564303965222c22757365726e616d65223a226a6f686e222c22666f6c6c6f77696e67223a5b2261346632623032302d306636382d343538362d616638352d393339343063373464313739222c2230396635303338322d313562652d346562312d623465312d373330346531626130316631225d2c22726563656e744b657973223a7b7d7d', '7c4d6145-918b-429a-8e26-18310e25d09e', '5b4fe2a7-f69f-4faf-8d91-a60563442574', '1', 'dev.flock.command.user.UserAggregate', '2026-12-02T16:13:31.676Z', 'UserAggregate');


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: follows_a; Owner: -
--

INSERT INTO follows_a.flyway_schema_history VALUES (0, NULL, '<< Flyway Schema Creation >>', 'SCHEMA', '"follows_a"', NULL, 'postgres', '2026-12-02 16:13:16.582143', 0, true);
INSERT INTO follows_a.flyway_schema_history VALUES (1, '1', 'follow', 'SQL', 'V1__follow.sql', 537558375, 'postgres', '2026-12-02 16:13:16.592616', 24, true);


--
-- Data for Name: follow; Type: TABLE DATA; Schema: follows_a; Owner: -
--

INSERT INTO follows_a.follow VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', 'a4f2b020-0f68-4586-af85-93940c74d179', 'john', 'susan', '2026-12-02 16:13:27.816+00');
INSERT INTO follows_a.follow VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '09f50382-15be-4eb1-b4e1-7304e1ba01f1', 'john', 'david', '2026-12-02 16:13:27.887+00');
INSERT INTO follows_a.follow VALUES ('a4f2b020-0f68-4586-af85-93940c74d179', '68f0429b-1e97-4f9d-9656-6a69127b68ef', 'susan', 'mary', '2026-12-02 16:13:27.94+00');
INSERT INTO follows_a.follow VALUES ('68f0429b-1e97-4f9d-9656-6a69127b68ef', '09f50382-15be-4eb1-b4e1-7304e1ba01f1', 'mary', 'david', '2026-12-02 16:13:27.987+00');


--
-- Data for Name: follow_count; Type: TABLE DATA; Schema: follows_a; Owner: -
--

INSERT INTO follows_a.follow_count VALUES ('09f50382-15be-4eb1-b4e1-7304e1ba01f1', 2, 0);
INSERT INTO follows_a.follow_count VALUES ('68f0429b-1e97-4f9d-9656-6a69127b68ef', 1, 1);
INSERT INTO follows_a.follow_count VALUES ('a4f2b020-0f68-4586-af85-93940c74d179', 1, 1);
INSERT INTO follows_a.follow_count VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', 0, 2);


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: follows_b; Owner: -
--

INSERT INTO follows_b.flyway_schema_history VALUES (0, NULL, '<< Flyway Schema Creation >>', 'SCHEMA', '"follows_b"', NULL, 'postgres', '2026-12-02 16:13:16.734443', 0, true);
INSERT INTO follows_b.flyway_schema_history VALUES (1, '1', 'follow', 'SQL', 'V1__follow.sql', 537558375, 'postgres', '2026-12-02 16:13:16.742718', 11, true);


--
-- Data for Name: follow; Type: TABLE DATA; Schema: follows_b; Owner: -
--



--
-- Data for Name: follow_count; Type: TABLE DATA; Schema: follows_b; Owner: -
--



--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: posts_a; Owner: -
--

INSERT INTO posts_a.flyway_schema_history VALUES (0, NULL, '<< Flyway Schema Creation >>', 'SCHEMA', '"posts_a"', NULL, 'postgres', '2026-12-02 16:13:16.842077', 0, true);
INSERT INTO posts_a.flyway_schema_history VALUES (1, '1', 'post', 'SQL', 'V1__post.sql', -291026812, 'postgres', '2026-12-02 16:13:16.850901', 11, true);


--
-- Data for Name: post; Type: TABLE DATA; Schema: posts_a; Owner: -
--

INSERT INTO posts_a.post VALUES ('9723b9cd-43c4-461b-88c0-936cb09a15e7', '7c4d6145-918b-429a-8e26-18310e25d09e', 'post from john: v1 secret alpha', '2026-12-02 16:13:28.15+00');
INSERT INTO posts_a.post VALUES ('9c3994d2-86da-4050-9403-00bef1061d03', 'a4f2b020-0f68-4586-af85-93940c74d179', 'post from susan: v1 secret bravo', '2026-12-02 16:13:28.2+00');
INSERT INTO posts_a.post VALUES ('799afa55-44d2-45e0-a224-030d25f85181', '68f0429b-1e97-4f9d-9656-6a69127b68ef', 'post from mary: v1 secret charlie', '2026-12-02 16:13:28.235+00');
INSERT INTO posts_a.post VALUES ('fb6799e3-f7a2-4af5-9f74-23b98362bd64', '09f50382-15be-4eb1-b4e1-7304e1ba01f1', 'post from david: v1 secret delta', '2026-12-02 16:13:28.289+00');
INSERT INTO posts_a.post VALUES ('b5acfd46-df25-426c-90ba-20782c7747ac', '09f50382-15be-4eb1-b4e1-7304e1ba01f1', 'second post from david: v1 secret echo', '2026-12-02 16:13:28.341+00');
INSERT INTO posts_a.post VALUES ('f8abfac3-63ab-42f6-8aa8-ea07f4e60783', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 1: v1 secret foxtrot 1', '2026-12-02 16:13:28.379+00');
INSERT INTO posts_a.post VALUES ('38f927b6-c43c-4ce8-bbfc-86299863bf8c', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 2: v1 secret foxtrot 2', '2026-12-02 16:13:28.426+00');
INSERT INTO posts_a.post VALUES ('401bd619-bc82-4b44-8856-00240cf80eab', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 3: v1 secret foxtrot 3', '2026-12-02 16:13:28.467+00');
INSERT INTO posts_a.post VALUES ('a83d6d2c-fc49-44f6-8c66-1e373404c954', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 4: v1 secret foxtrot 4', '2026-12-02 16:13:28.506+00');
INSERT INTO posts_a.post VALUES ('8b6bf083-cd9c-4696-85f4-79fe98a12643', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 5: v1 secret foxtrot 5', '2026-12-02 16:13:28.544+00');
INSERT INTO posts_a.post VALUES ('9871657f-9f6d-42ca-984d-05c554baaa7a', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 6: v1 secret foxtrot 6', '2026-12-02 16:13:28.584+00');
INSERT INTO posts_a.post VALUES ('1eb1f769-ade6-422d-87d2-7055b15d414c', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 7: v1 secret foxtrot 7', '2026-12-02 16:13:28.629+00');
INSERT INTO posts_a.post VALUES ('f5b2f752-a01f-44d5-87bc-31600f7d3d55', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 8: v1 secret foxtrot 8', '2026-12-02 16:13:28.691+00');
INSERT INTO posts_a.post VALUES ('30475d10-2eae-4a01-b4a9-3a4c513012d8', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 9: v1 secret foxtrot 9', '2026-12-02 16:13:28.729+00');
INSERT INTO posts_a.post VALUES ('522847dd-3205-481a-ab04-cd9b820025bc', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 10: v1 secret foxtrot 10', '2026-12-02 16:13:28.76+00');
INSERT INTO posts_a.post VALUES ('029262ed-1fc8-47c9-82a7-883f10d1237a', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 11: v1 secret foxtrot 11', '2026-12-02 16:13:28.796+00');
INSERT INTO posts_a.post VALUES ('857328b5-c3c5-475d-8506-41c3305df7ec', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 12: v1 secret foxtrot 12', '2026-12-02 16:13:28.834+00');
INSERT INTO posts_a.post VALUES ('194b7e01-2631-4b1e-9420-6801ac513095', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 13: v1 secret foxtrot 13', '2026-12-02 16:13:28.863+00');
INSERT INTO posts_a.post VALUES ('53e30a3d-9e9c-4279-9c33-29d2832e44fa', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 14: v1 secret foxtrot 14', '2026-12-02 16:13:28.895+00');
INSERT INTO posts_a.post VALUES ('b5a94850-f89c-4177-ba16-e016b5e45937', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 15: v1 secret foxtrot 15', '2026-12-02 16:13:28.928+00');
INSERT INTO posts_a.post VALUES ('75d68377-a172-4fa4-89e9-74ce16b5ee51', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 16: v1 secret foxtrot 16', '2026-12-02 16:13:28.968+00');
INSERT INTO posts_a.post VALUES ('8c6ebf12-0e6d-4880-b13e-c62640f5f570', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 17: v1 secret foxtrot 17', '2026-12-02 16:13:29.005+00');
INSERT INTO posts_a.post VALUES ('fa8385b0-839b-45dc-8daf-3b41ecd3fcd3', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 18: v1 secret foxtrot 18', '2026-12-02 16:13:29.05+00');
INSERT INTO posts_a.post VALUES ('94eb2839-8271-4d9e-94c0-d12003d0552d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 19: v1 secret foxtrot 19', '2026-12-02 16:13:29.094+00');
INSERT INTO posts_a.post VALUES ('92462db6-dfc6-4ecf-9260-b9a77bda999a', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 20: v1 secret foxtrot 20', '2026-12-02 16:13:29.125+00');
INSERT INTO posts_a.post VALUES ('f6d6563e-ba5a-451e-95a8-08220f5a9c2c', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 21: v1 secret foxtrot 21', '2026-12-02 16:13:29.155+00');
INSERT INTO posts_a.post VALUES ('2cb0df49-2727-458e-bd00-1c1205efc82c', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 22: v1 secret foxtrot 22', '2026-12-02 16:13:29.188+00');
INSERT INTO posts_a.post VALUES ('bd363e66-bd9f-4dd9-a99f-f0a7c2516029', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 23: v1 secret foxtrot 23', '2026-12-02 16:13:29.219+00');
INSERT INTO posts_a.post VALUES ('73bf119d-19c0-4b86-9696-5a004e27c6e5', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 24: v1 secret foxtrot 24', '2026-12-02 16:13:29.25+00');
INSERT INTO posts_a.post VALUES ('71ea09d5-f7c4-46be-93f7-9ebd8678f34e', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 25: v1 secret foxtrot 25', '2026-12-02 16:13:29.278+00');
INSERT INTO posts_a.post VALUES ('c813962c-818e-4169-b962-1169299e886a', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 26: v1 secret foxtrot 26', '2026-12-02 16:13:29.309+00');
INSERT INTO posts_a.post VALUES ('a5aada4f-8457-4391-87e3-c64f9f1f2b60', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 27: v1 secret foxtrot 27', '2026-12-02 16:13:29.339+00');
INSERT INTO posts_a.post VALUES ('ba2b3f57-62c4-4adf-bceb-c0a0a5038d21', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 28: v1 secret foxtrot 28', '2026-12-02 16:13:29.372+00');
INSERT INTO posts_a.post VALUES ('1b3bea28-fcf2-45a1-940b-c6bbb0c09408', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 29: v1 secret foxtrot 29', '2026-12-02 16:13:29.406+00');
INSERT INTO posts_a.post VALUES ('b0bc871d-a777-4500-9595-78273baf8345', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 30: v1 secret foxtrot 30', '2026-12-02 16:13:29.434+00');
INSERT INTO posts_a.post VALUES ('a91644c5-3070-4141-92c4-60eacb2b13e5', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 31: v1 secret foxtrot 31', '2026-12-02 16:13:29.466+00');
INSERT INTO posts_a.post VALUES ('683c9c80-2d71-40e7-9901-7ef223849621', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 32: v1 secret foxtrot 32', '2026-12-02 16:13:29.505+00');
INSERT INTO posts_a.post VALUES ('6deae64a-9b90-4c1e-a005-cda940de063a', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 33: v1 secret foxtrot 33', '2026-12-02 16:13:29.543+00');
INSERT INTO posts_a.post VALUES ('bc05d098-ff0b-4525-b414-b0370d7a52e8', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 34: v1 secret foxtrot 34', '2026-12-02 16:13:29.573+00');
INSERT INTO posts_a.post VALUES ('23407fde-0b5e-4319-8fae-f689bca6a177', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 35: v1 secret foxtrot 35', '2026-12-02 16:13:29.603+00');
INSERT INTO posts_a.post VALUES ('95712dc7-4376-409c-ad4d-1e840ee86038', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 36: v1 secret foxtrot 36', '2026-12-02 16:13:29.636+00');
INSERT INTO posts_a.post VALUES ('d0e15bcc-06b6-4521-bb68-4c9477373f0a', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 37: v1 secret foxtrot 37', '2026-12-02 16:13:29.688+00');
INSERT INTO posts_a.post VALUES ('31c75fb8-25d5-4740-af55-2060fda99b17', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 38: v1 secret foxtrot 38', '2026-12-02 16:13:29.732+00');
INSERT INTO posts_a.post VALUES ('fe60cea8-c5f4-473e-b196-a258ee3c2d28', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 39: v1 secret foxtrot 39', '2026-12-02 16:13:29.777+00');
INSERT INTO posts_a.post VALUES ('6ed61710-91ad-442b-bbeb-6c32e230785b', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 40: v1 secret foxtrot 40', '2026-12-02 16:13:29.812+00');
INSERT INTO posts_a.post VALUES ('fb53fdb5-c104-4e77-b326-8cd5695b3fad', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 41: v1 secret foxtrot 41', '2026-12-02 16:13:29.849+00');
INSERT INTO posts_a.post VALUES ('6b9c54cf-789a-4a72-b8ef-b22623a49ebb', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 42: v1 secret foxtrot 42', '2026-12-02 16:13:29.879+00');
INSERT INTO posts_a.post VALUES ('99d5dd60-bc45-4c85-a8e3-f7339e450fb6', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 43: v1 secret foxtrot 43', '2026-12-02 16:13:29.91+00');
INSERT INTO posts_a.post VALUES ('4769ae2d-3600-4a4d-a722-4313700bf120', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 44: v1 secret foxtrot 44', '2026-12-02 16:13:29.938+00');
INSERT INTO posts_a.post VALUES ('7ad7b30f-f929-49f3-b3d2-b2f70aed29b6', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 45: v1 secret foxtrot 45', '2026-12-02 16:13:29.969+00');
INSERT INTO posts_a.post VALUES ('52fb250b-d8cc-4c6c-ad9b-dcf6b0bd77dc', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 46: v1 secret foxtrot 46', '2026-12-02 16:13:30.001+00');
INSERT INTO posts_a.post VALUES ('285b9082-ce3d-423d-8469-8403b279e1a0', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 47: v1 secret foxtrot 47', '2026-12-02 16:13:30.034+00');
INSERT INTO posts_a.post VALUES ('f830498e-5c15-4776-895c-8097297e775b', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 48: v1 secret foxtrot 48', '2026-12-02 16:13:30.069+00');
INSERT INTO posts_a.post VALUES ('32432f8f-b8ca-4b82-83b0-44bab7f30f5f', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 49: v1 secret foxtrot 49', '2026-12-02 16:13:30.095+00');
INSERT INTO posts_a.post VALUES ('d44d2fe4-4f1e-4157-a884-5dc3e0eb1e0e', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 50: v1 secret foxtrot 50', '2026-12-02 16:13:30.135+00');
INSERT INTO posts_a.post VALUES ('7c360356-aff4-4a08-9af0-b62a446884d7', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 51: v1 secret foxtrot 51', '2026-12-02 16:13:30.165+00');
INSERT INTO posts_a.post VALUES ('762ac46a-4104-472d-930b-37d2606af56e', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 52: v1 secret foxtrot 52', '2026-12-02 16:13:30.195+00');
INSERT INTO posts_a.post VALUES ('01860c35-e0f8-4490-8191-14aa8235cbba', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 53: v1 secret foxtrot 53', '2026-12-02 16:13:30.226+00');
INSERT INTO posts_a.post VALUES ('c15fbac5-9f65-4297-adba-a133cf629f4d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 54: v1 secret foxtrot 54', '2026-12-02 16:13:30.254+00');
INSERT INTO posts_a.post VALUES ('3e8f13f1-20cc-4276-8d47-f08a5efb24d3', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 55: v1 secret foxtrot 55', '2026-12-02 16:13:30.282+00');
INSERT INTO posts_a.post VALUES ('0012225f-4a0e-416c-937e-41d3ee41ff3e', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 56: v1 secret foxtrot 56', '2026-12-02 16:13:30.316+00');
INSERT INTO posts_a.post VALUES ('c40484f2-0b91-43ec-9188-8ff9ba935ae2', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 57: v1 secret foxtrot 57', '2026-12-02 16:13:30.35+00');
INSERT INTO posts_a.post VALUES ('1d324cf9-b82e-453a-9e52-69aa1add3dd3', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 58: v1 secret foxtrot 58', '2026-12-02 16:13:30.38+00');
INSERT INTO posts_a.post VALUES ('95baa9e5-845f-4987-ac19-0080aa2e205a', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 59: v1 secret foxtrot 59', '2026-12-02 16:13:30.409+00');
INSERT INTO posts_a.post VALUES ('e5f982cd-1f4b-4926-b229-9b834301993f', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 60: v1 secret foxtrot 60', '2026-12-02 16:13:30.435+00');
INSERT INTO posts_a.post VALUES ('e5d24c61-65b6-4863-9da6-d5459df60b20', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 61: v1 secret foxtrot 61', '2026-12-02 16:13:30.458+00');
INSERT INTO posts_a.post VALUES ('4d854c9d-2922-4dbd-b84d-8b0bb61e4796', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 62: v1 secret foxtrot 62', '2026-12-02 16:13:30.488+00');
INSERT INTO posts_a.post VALUES ('71894ca2-eb5f-4537-abc7-240df50da832', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 63: v1 secret foxtrot 63', '2026-12-02 16:13:30.525+00');
INSERT INTO posts_a.post VALUES ('db063048-7ac1-411e-8fd6-b7d5f868dc0e', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 64: v1 secret foxtrot 64', '2026-12-02 16:13:30.553+00');
INSERT INTO posts_a.post VALUES ('e56f2e97-2c7a-4978-bf5a-7509abf04a85', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 65: v1 secret foxtrot 65', '2026-12-02 16:13:30.582+00');
INSERT INTO posts_a.post VALUES ('a4395ca6-fad1-452f-a517-0df9b69c512b', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 66: v1 secret foxtrot 66', '2026-12-02 16:13:30.609+00');
INSERT INTO posts_a.post VALUES ('5928e106-1d76-4720-b567-c901e73b4455', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 68: v1 secret foxtrot 68', '2026-12-02 16:13:30.673+00');
INSERT INTO posts_a.post VALUES ('f6f36f6b-7039-4809-9bcd-9fc3bdb00805', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 74: v1 secret foxtrot 74', '2026-12-02 16:13:30.903+00');
INSERT INTO posts_a.post VALUES ('23885948-ad34-4bb0-a06e-69c8c7d9cfc3', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 78: v1 secret foxtrot 78', '2026-12-02 16:13:31.07+00');
INSERT INTO posts_a.post VALUES ('3ab70b5c-c9e8-4946-a27d-a4912e3a798b', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 80: v1 secret foxtrot 80', '2026-12-02 16:13:31.175+00');
INSERT INTO posts_a.post VALUES ('faa562ac-1557-4596-81bf-4b8d6dc6c030', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 82: v1 secret foxtrot 82', '2026-12-02 16:13:31.259+00');
INSERT INTO posts_a.post VALUES ('783150ff-4b47-4d25-bb63-bc930f1eaa6a', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 85: v1 secret foxtrot 85', '2026-12-02 16:13:31.344+00');
INSERT INTO posts_a.post VALUES ('282f423d-34b4-4b4b-aa8d-7ae18b6c8dea', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 86: v1 secret foxtrot 86', '2026-12-02 16:13:31.367+00');
INSERT INTO posts_a.post VALUES ('08c92bea-c9dd-4c4a-bbc1-9f74e30367f9', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 92: v1 secret foxtrot 92', '2026-12-02 16:13:31.534+00');
INSERT INTO posts_a.post VALUES ('9d292726-ea10-4168-bd9c-3d923b3e6c4a', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 98: v1 secret foxtrot 98', '2026-12-02 16:13:31.79+00');
INSERT INTO posts_a.post VALUES ('4ad3d3c1-78f4-4bac-95e1-edf377347669', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 102: v1 secret foxtrot 102', '2026-12-02 16:13:31.925+00');
INSERT INTO posts_a.post VALUES ('9ad0c887-59c5-4d87-b291-25acc8e85ddf', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 67: v1 secret foxtrot 67', '2026-12-02 16:13:30.65+00');
INSERT INTO posts_a.post VALUES ('1a96551d-8584-49a6-88e6-0dcbd77c8c71', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 69: v1 secret foxtrot 69', '2026-12-02 16:13:30.721+00');
INSERT INTO posts_a.post VALUES ('1abb0162-af7a-4c6a-95cd-2573bce23a64', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 70: v1 secret foxtrot 70', '2026-12-02 16:13:30.764+00');
INSERT INTO posts_a.post VALUES ('5358c34a-a594-44eb-913d-7de4458b1330', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 72: v1 secret foxtrot 72', '2026-12-02 16:13:30.834+00');
INSERT INTO posts_a.post VALUES ('0ec7bdf2-f2d4-4002-ab64-85f1767f5eb0', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 73: v1 secret foxtrot 73', '2026-12-02 16:13:30.863+00');
INSERT INTO posts_a.post VALUES ('874473ca-0759-45b5-8476-67013b5ac69d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 75: v1 secret foxtrot 75', '2026-12-02 16:13:30.939+00');
INSERT INTO posts_a.post VALUES ('5c29e93d-10a0-4e20-b17b-cfdb0cff5a2e', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 76: v1 secret foxtrot 76', '2026-12-02 16:13:30.981+00');
INSERT INTO posts_a.post VALUES ('ae0034db-1e79-4209-964b-996cda43374e', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 77: v1 secret foxtrot 77', '2026-12-02 16:13:31.017+00');
INSERT INTO posts_a.post VALUES ('8e4ab6d5-34ab-4d80-96e7-2575c641631f', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 79: v1 secret foxtrot 79', '2026-12-02 16:13:31.123+00');
INSERT INTO posts_a.post VALUES ('13c018a8-218b-49e2-8c87-91ae062cb1ef', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 83: v1 secret foxtrot 83', '2026-12-02 16:13:31.292+00');
INSERT INTO posts_a.post VALUES ('acbb2252-1102-4896-8b35-ec6b07517356', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 87: v1 secret foxtrot 87', '2026-12-02 16:13:31.392+00');
INSERT INTO posts_a.post VALUES ('c343a63e-1266-46c2-a26f-c403aed6d31d', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 89: v1 secret foxtrot 89', '2026-12-02 16:13:31.449+00');
INSERT INTO posts_a.post VALUES ('870d2544-63aa-4228-bb06-064154755abf', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 91: v1 secret foxtrot 91', '2026-12-02 16:13:31.511+00');
INSERT INTO posts_a.post VALUES ('51c5c7fd-d64e-43e4-b38b-78a8fe03ab84', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 94: v1 secret foxtrot 94', '2026-12-02 16:13:31.586+00');
INSERT INTO posts_a.post VALUES ('5df0e58b-c145-460a-a76f-804039d53169', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 95: v1 secret foxtrot 95', '2026-12-02 16:13:31.62+00');
INSERT INTO posts_a.post VALUES ('f340c4fa-fec4-4e20-9817-3c5613e30e0b', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 97: v1 secret foxtrot 97', '2026-12-02 16:13:31.77+00');
INSERT INTO posts_a.post VALUES ('aa053c78-a875-4d0d-802d-dba11eb7a858', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 100: v1 secret foxtrot 100', '2026-12-02 16:13:31.847+00');
INSERT INTO posts_a.post VALUES ('71edd192-1efb-4ef5-b74f-08f4378ae5b3', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 101: v1 secret foxtrot 101', '2026-12-02 16:13:31.885+00');
INSERT INTO posts_a.post VALUES ('68734a29-6e98-4434-a70a-eca045293706', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 104: v1 secret foxtrot 104', '2026-12-02 16:13:31.999+00');
INSERT INTO posts_a.post VALUES ('329974fb-9337-4a6e-9c98-18d08df81266', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 71: v1 secret foxtrot 71', '2026-12-02 16:13:30.797+00');
INSERT INTO posts_a.post VALUES ('859acd7c-b1bf-4974-8951-3edc06860c3e', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 81: v1 secret foxtrot 81', '2026-12-02 16:13:31.215+00');
INSERT INTO posts_a.post VALUES ('b58b25f7-d8c5-4028-8f9a-e6ce32dbcba0', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 84: v1 secret foxtrot 84', '2026-12-02 16:13:31.319+00');
INSERT INTO posts_a.post VALUES ('7fb609d4-3de2-4530-84dd-3f274c1ed6f2', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 88: v1 secret foxtrot 88', '2026-12-02 16:13:31.414+00');
INSERT INTO posts_a.post VALUES ('5e9f1b38-e97c-4e75-aa36-6e734ba65fba', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 90: v1 secret foxtrot 90', '2026-12-02 16:13:31.481+00');
INSERT INTO posts_a.post VALUES ('ab549edd-a41e-437a-8b01-a7449e3f1068', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 93: v1 secret foxtrot 93', '2026-12-02 16:13:31.556+00');
INSERT INTO posts_a.post VALUES ('13e7c9ed-4f7f-4f7f-82af-2d21f2dc28b9', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 96: v1 secret foxtrot 96', '2026-12-02 16:13:31.655+00');
INSERT INTO posts_a.post VALUES ('3f616cb9-0287-4d48-bdbe-09bbad66e6c2', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 99: v1 secret foxtrot 99', '2026-12-02 16:13:31.823+00');
INSERT INTO posts_a.post VALUES ('38dac7d3-4498-4385-a741-2a7501d1c869', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 103: v1 secret foxtrot 103', '2026-12-02 16:13:31.964+00');
INSERT INTO posts_a.post VALUES ('1b61de4a-12ca-4348-a479-8e5a0ccc6471', '7c4d6145-918b-429a-8e26-18310e25d09e', 'john''s post number 105: v1 secret foxtrot 105', '2026-12-02 16:13:32.027+00');


--
-- Data for Name: post_author; Type: TABLE DATA; Schema: posts_a; Owner: -
--

INSERT INTO posts_a.post_author VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', 'john');
INSERT INTO posts_a.post_author VALUES ('a4f2b020-0f68-4586-af85-93940c74d179', 'susan');
INSERT INTO posts_a.post_author VALUES ('68f0429b-1e97-4f9d-9656-6a69127b68ef', 'mary');
INSERT INTO posts_a.post_author VALUES ('09f50382-15be-4eb1-b4e1-7304e1ba01f1', 'david');


--
-- Data for Name: post_count; Type: TABLE DATA; Schema: posts_a; Owner: -
--

INSERT INTO posts_a.post_count VALUES ('a4f2b020-0f68-4586-af85-93940c74d179', 1);
INSERT INTO posts_a.post_count VALUES ('68f0429b-1e97-4f9d-9656-6a69127b68ef', 1);
INSERT INTO posts_a.post_count VALUES ('09f50382-15be-4eb1-b4e1-7304e1ba01f1', 2);
INSERT INTO posts_a.post_count VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', 106);


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: posts_b; Owner: -
--

INSERT INTO posts_b.flyway_schema_history VALUES (0, NULL, '<< Flyway Schema Creation >>', 'SCHEMA', '"posts_b"', NULL, 'postgres', '2026-12-02 16:13:16.989646', 0, true);
INSERT INTO posts_b.flyway_schema_history VALUES (1, '1', 'post', 'SQL', 'V1__post.sql', -291026812, 'postgres', '2026-12-02 16:13:17.004383', 38, true);


--
-- Data for Name: post; Type: TABLE DATA; Schema: posts_b; Owner: -
--



--
-- Data for Name: post_author; Type: TABLE DATA; Schema: posts_b; Owner: -
--



--
-- Data for Name: post_count; Type: TABLE DATA; Schema: posts_b; Owner: -
--



--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: profiles_a; Owner: -
--

INSERT INTO profiles_a.flyway_schema_history VALUES (0, NULL, '<< Flyway Schema Creation >>', 'SCHEMA', '"profiles_a"', NULL, 'postgres', '2026-12-02 16:13:17.1712', 0, true);
INSERT INTO profiles_a.flyway_schema_history VALUES (1, '1', 'profile', 'SQL', 'V1__profile.sql', 725972192, 'postgres', '2026-12-02 16:13:17.179771', 13, true);


--
-- Data for Name: profile; Type: TABLE DATA; Schema: profiles_a; Owner: -
--

INSERT INTO profiles_a.profile VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', 'john', 'john', '2026-12-02 16:13:26.148+00', 0);
INSERT INTO profiles_a.profile VALUES ('68f0429b-1e97-4f9d-9656-6a69127b68ef', 'mary', 'mary', '2026-12-02 16:13:26.705+00', 0);
INSERT INTO profiles_a.profile VALUES ('09f50382-15be-4eb1-b4e1-7304e1ba01f1', 'david', 'david', '2026-12-02 16:13:26.801+00', 0);
INSERT INTO profiles_a.profile VALUES ('a4f2b020-0f68-4586-af85-93940c74d179', 'susan', 'susan', '2026-12-02 16:13:26.59+00', 1);


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: profiles_b; Owner: -
--

INSERT INTO profiles_b.flyway_schema_history VALUES (0, NULL, '<< Flyway Schema Creation >>', 'SCHEMA', '"profiles_b"', NULL, 'postgres', '2026-12-02 16:13:17.293665', 0, true);
INSERT INTO profiles_b.flyway_schema_history VALUES (1, '1', 'profile', 'SQL', 'V1__profile.sql', 725972192, 'postgres', '2026-12-02 16:13:17.30587', 5, true);


--
-- Data for Name: profile; Type: TABLE DATA; Schema: profiles_b; Owner: -
--



--
-- Data for Name: dead_letter_entry; Type: TABLE DATA; Schema: query; Owner: -
--



--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: query; Owner: -
--

INSERT INTO query.flyway_schema_history VALUES (0, NULL, '<< Flyway Schema Creation >>', 'SCHEMA', '"query"', NULL, 'postgres', '2026-12-02 16:13:16.390252', 0, true);
INSERT INTO query.flyway_schema_history VALUES (1, '6', 'query', 'SQL', 'V6__query.sql', 505588404, 'postgres', '2026-12-02 16:13:16.398947', 31, true);


--
-- Data for Name: projection_slot; Type: TABLE DATA; Schema: query; Owner: -
--

INSERT INTO query.projection_slot VALUES ('follows', 'a', NULL, false, NULL, NULL);
INSERT INTO query.projection_slot VALUES ('posts', 'a', NULL, false, NULL, NULL);
INSERT INTO query.projection_slot VALUES ('profiles', 'a', NULL, false, NULL, NULL);
INSERT INTO query.projection_slot VALUES ('timeline', 'a', NULL, false, NULL, NULL);


--
-- Data for Name: query_instance; Type: TABLE DATA; Schema: query; Owner: -
--



--
-- Data for Name: token_entry; Type: TABLE DATA; Schema: query; Owner: -
--

INSERT INTO query.token_entry VALUES ('follows-a', 3, '\x7b22696e646578223a39302c2267617073223a5b5d7d', 'org.axonframework.eventhandling.GapAwareTrackingToken', '2026-12-02T16:13:32.398Z', NULL);
INSERT INTO query.token_entry VALUES ('follows-a', 1, '\x7b22696e646578223a3131392c2267617073223a5b5d7d', 'org.axonframework.eventhandling.GapAwareTrackingToken', '2026-12-02T16:13:32.399Z', NULL);
INSERT INTO query.token_entry VALUES ('posts-a', 0, '\x7b22696e646578223a3132302c2267617073223a5b5d7d', 'org.axonframework.eventhandling.GapAwareTrackingToken', '2026-12-02T16:13:32.400Z', NULL);
INSERT INTO query.token_entry VALUES ('profiles-a', 1, '\x7b22696e646578223a38342c2267617073223a5b5d7d', 'org.axonframework.eventhandling.GapAwareTrackingToken', '2026-12-02T16:13:32.400Z', NULL);
INSERT INTO query.token_entry VALUES ('profiles-a', 0, '\x7b22696e646578223a3132312c2267617073223a5b5d7d', 'org.axonframework.eventhandling.GapAwareTrackingToken', '2026-12-02T16:13:32.400Z', NULL);
INSERT INTO query.token_entry VALUES ('profiles-a', 3, '\x7b22696e646578223a38362c2267617073223a5b5d7d', 'org.axonframework.eventhandling.GapAwareTrackingToken', '2026-12-02T16:13:32.400Z', NULL);
INSERT INTO query.token_entry VALUES ('profiles-a', 2, '\x7b22696e646578223a39322c2267617073223a5b5d7d', 'org.axonframework.eventhandling.GapAwareTrackingToken', '2026-12-02T16:13:32.400Z', NULL);
INSERT INTO query.token_entry VALUES ('posts-a', 2, '\x7b22696e646578223a39322c2267617073223a5b5d7d', 'org.axonframework.eventhandling.GapAwareTrackingToken', '2026-12-02T16:13:32.401Z', NULL);
INSERT INTO query.token_entry VALUES ('posts-a', 3, '\x7b22696e646578223a3132312c2267617073223a5b5d7d', 'org.axonframework.eventhandling.GapAwareTrackingToken', '2026-12-02T16:13:32.402Z', NULL);
INSERT INTO query.token_entry VALUES ('posts-a', 1, '\x7b22696e646578223a3132312c2267617073223a5b5d7d', 'org.axonframework.eventhandling.GapAwareTrackingToken', '2026-12-02T16:13:32.402Z', NULL);
INSERT INTO query.token_entry VALUES ('follows-a', 0, '\x7b22696e646578223a3132302c2267617073223a5b5d7d', 'org.axonframework.eventhandling.GapAwareTrackingToken', '2026-12-02T16:13:32.396Z', NULL);
INSERT INTO query.token_entry VALUES ('timeline-a', 1, '\x7b22696e646578223a3132312c2267617073223a5b5d7d', 'org.axonframework.eventhandling.GapAwareTrackingToken', '2026-12-02T16:13:32.397Z', NULL);
INSERT INTO query.token_entry VALUES ('timeline-a', 2, '\x7b22696e646578223a38392c2267617073223a5b5d7d', 'org.axonframework.eventhandling.GapAwareTrackingToken', '2026-12-02T16:13:32.397Z', NULL);
INSERT INTO query.token_entry VALUES ('timeline-a', 3, '\x7b22696e646578223a3132312c2267617073223a5b5d7d', 'org.axonframework.eventhandling.GapAwareTrackingToken', '2026-12-02T16:13:32.397Z', NULL);
INSERT INTO query.token_entry VALUES ('follows-b', 0, NULL, NULL, '2026-12-02T16:13:21.583Z', NULL);
INSERT INTO query.token_entry VALUES ('follows-b', 3, NULL, NULL, '2026-12-02T16:13:21.584Z', NULL);
INSERT INTO query.token_entry VALUES ('follows-b', 1, NULL, NULL, '2026-12-02T16:13:21.583Z', NULL);
INSERT INTO query.token_entry VALUES ('follows-b', 2, NULL, NULL, '2026-12-02T16:13:21.585Z', NULL);
INSERT INTO query.token_entry VALUES ('posts-b', 0, NULL, NULL, '2026-12-02T16:13:21.590Z', NULL);
INSERT INTO query.token_entry VALUES ('posts-b', 1, NULL, NULL, '2026-12-02T16:13:21.590Z', NULL);
INSERT INTO query.token_entry VALUES ('posts-b', 2, NULL, NULL, '2026-12-02T16:13:21.590Z', NULL);
INSERT INTO query.token_entry VALUES ('posts-b', 3, NULL, NULL, '2026-12-02T16:13:21.590Z', NULL);
INSERT INTO query.token_entry VALUES ('profiles-b', 0, NULL, NULL, '2026-12-02T16:13:21.598Z', NULL);
INSERT INTO query.token_entry VALUES ('profiles-b', 1, NULL, NULL, '2026-12-02T16:13:21.598Z', NULL);
INSERT INTO query.token_entry VALUES ('profiles-b', 2, NULL, NULL, '2026-12-02T16:13:21.599Z', NULL);
INSERT INTO query.token_entry VALUES ('profiles-b', 3, NULL, NULL, '2026-12-02T16:13:21.599Z', NULL);
INSERT INTO query.token_entry VALUES ('timeline-b', 0, NULL, NULL, '2026-12-02T16:13:21.602Z', NULL);
INSERT INTO query.token_entry VALUES ('timeline-b', 1, NULL, NULL, '2026-12-02T16:13:21.602Z', NULL);
INSERT INTO query.token_entry VALUES ('timeline-b', 2, NULL, NULL, '2026-12-02T16:13:21.602Z', NULL);
INSERT INTO query.token_entry VALUES ('timeline-b', 3, NULL, NULL, '2026-12-02T16:13:21.603Z', NULL);
INSERT INTO query.token_entry VALUES ('timeline-a', 0, '\x7b22696e646578223a3132302c2267617073223a5b5d7d', 'org.axonframework.eventhandling.GapAwareTrackingToken', '2026-12-02T16:13:32.397Z', NULL);
INSERT INTO query.token_entry VALUES ('follows-a', 2, '\x7b22696e646578223a39302c2267617073223a5b5d7d', 'org.axonframework.eventhandling.GapAwareTrackingToken', '2026-12-02T16:13:32.398Z', NULL);


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: timeline_a; Owner: -
--

INSERT INTO timeline_a.flyway_schema_history VALUES (0, NULL, '<< Flyway Schema Creation >>', 'SCHEMA', '"timeline_a"', NULL, 'postgres', '2026-12-02 16:13:17.434533', 0, true);
INSERT INTO timeline_a.flyway_schema_history VALUES (1, '1', 'timeline', 'SQL', 'V1__timeline.sql', -263353215, 'postgres', '2026-12-02 16:13:17.441587', 27, true);


--
-- Data for Name: timeline_entry; Type: TABLE DATA; Schema: timeline_a; Owner: -
--

INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.15+00', '9723b9cd-43c4-461b-88c0-936cb09a15e7', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('a4f2b020-0f68-4586-af85-93940c74d179', '2026-12-02 16:13:28.2+00', '9c3994d2-86da-4050-9403-00bef1061d03', 'a4f2b020-0f68-4586-af85-93940c74d179');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.2+00', '9c3994d2-86da-4050-9403-00bef1061d03', 'a4f2b020-0f68-4586-af85-93940c74d179');
INSERT INTO timeline_a.timeline_entry VALUES ('68f0429b-1e97-4f9d-9656-6a69127b68ef', '2026-12-02 16:13:28.235+00', '799afa55-44d2-45e0-a224-030d25f85181', '68f0429b-1e97-4f9d-9656-6a69127b68ef');
INSERT INTO timeline_a.timeline_entry VALUES ('a4f2b020-0f68-4586-af85-93940c74d179', '2026-12-02 16:13:28.235+00', '799afa55-44d2-45e0-a224-030d25f85181', '68f0429b-1e97-4f9d-9656-6a69127b68ef');
INSERT INTO timeline_a.timeline_entry VALUES ('09f50382-15be-4eb1-b4e1-7304e1ba01f1', '2026-12-02 16:13:28.289+00', 'fb6799e3-f7a2-4af5-9f74-23b98362bd64', '09f50382-15be-4eb1-b4e1-7304e1ba01f1');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.289+00', 'fb6799e3-f7a2-4af5-9f74-23b98362bd64', '09f50382-15be-4eb1-b4e1-7304e1ba01f1');
INSERT INTO timeline_a.timeline_entry VALUES ('68f0429b-1e97-4f9d-9656-6a69127b68ef', '2026-12-02 16:13:28.289+00', 'fb6799e3-f7a2-4af5-9f74-23b98362bd64', '09f50382-15be-4eb1-b4e1-7304e1ba01f1');
INSERT INTO timeline_a.timeline_entry VALUES ('09f50382-15be-4eb1-b4e1-7304e1ba01f1', '2026-12-02 16:13:28.341+00', 'b5acfd46-df25-426c-90ba-20782c7747ac', '09f50382-15be-4eb1-b4e1-7304e1ba01f1');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.341+00', 'b5acfd46-df25-426c-90ba-20782c7747ac', '09f50382-15be-4eb1-b4e1-7304e1ba01f1');
INSERT INTO timeline_a.timeline_entry VALUES ('68f0429b-1e97-4f9d-9656-6a69127b68ef', '2026-12-02 16:13:28.341+00', 'b5acfd46-df25-426c-90ba-20782c7747ac', '09f50382-15be-4eb1-b4e1-7304e1ba01f1');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.379+00', 'f8abfac3-63ab-42f6-8aa8-ea07f4e60783', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.426+00', '38f927b6-c43c-4ce8-bbfc-86299863bf8c', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.467+00', '401bd619-bc82-4b44-8856-00240cf80eab', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.506+00', 'a83d6d2c-fc49-44f6-8c66-1e373404c954', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.544+00', '8b6bf083-cd9c-4696-85f4-79fe98a12643', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.584+00', '9871657f-9f6d-42ca-984d-05c554baaa7a', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.629+00', '1eb1f769-ade6-422d-87d2-7055b15d414c', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.691+00', 'f5b2f752-a01f-44d5-87bc-31600f7d3d55', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.729+00', '30475d10-2eae-4a01-b4a9-3a4c513012d8', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.76+00', '522847dd-3205-481a-ab04-cd9b820025bc', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.796+00', '029262ed-1fc8-47c9-82a7-883f10d1237a', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.834+00', '857328b5-c3c5-475d-8506-41c3305df7ec', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.863+00', '194b7e01-2631-4b1e-9420-6801ac513095', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.895+00', '53e30a3d-9e9c-4279-9c33-29d2832e44fa', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.928+00', 'b5a94850-f89c-4177-ba16-e016b5e45937', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.968+00', '75d68377-a172-4fa4-89e9-74ce16b5ee51', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.005+00', '8c6ebf12-0e6d-4880-b13e-c62640f5f570', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.05+00', 'fa8385b0-839b-45dc-8daf-3b41ecd3fcd3', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.094+00', '94eb2839-8271-4d9e-94c0-d12003d0552d', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.125+00', '92462db6-dfc6-4ecf-9260-b9a77bda999a', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.155+00', 'f6d6563e-ba5a-451e-95a8-08220f5a9c2c', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.188+00', '2cb0df49-2727-458e-bd00-1c1205efc82c', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.219+00', 'bd363e66-bd9f-4dd9-a99f-f0a7c2516029', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.25+00', '73bf119d-19c0-4b86-9696-5a004e27c6e5', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.278+00', '71ea09d5-f7c4-46be-93f7-9ebd8678f34e', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.309+00', 'c813962c-818e-4169-b962-1169299e886a', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.339+00', 'a5aada4f-8457-4391-87e3-c64f9f1f2b60', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.372+00', 'ba2b3f57-62c4-4adf-bceb-c0a0a5038d21', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.406+00', '1b3bea28-fcf2-45a1-940b-c6bbb0c09408', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.434+00', 'b0bc871d-a777-4500-9595-78273baf8345', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.466+00', 'a91644c5-3070-4141-92c4-60eacb2b13e5', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.505+00', '683c9c80-2d71-40e7-9901-7ef223849621', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.543+00', '6deae64a-9b90-4c1e-a005-cda940de063a', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.573+00', 'bc05d098-ff0b-4525-b414-b0370d7a52e8', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.603+00', '23407fde-0b5e-4319-8fae-f689bca6a177', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.636+00', '95712dc7-4376-409c-ad4d-1e840ee86038', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.688+00', 'd0e15bcc-06b6-4521-bb68-4c9477373f0a', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.732+00', '31c75fb8-25d5-4740-af55-2060fda99b17', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.777+00', 'fe60cea8-c5f4-473e-b196-a258ee3c2d28', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.812+00', '6ed61710-91ad-442b-bbeb-6c32e230785b', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.849+00', 'fb53fdb5-c104-4e77-b326-8cd5695b3fad', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.879+00', '6b9c54cf-789a-4a72-b8ef-b22623a49ebb', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.91+00', '99d5dd60-bc45-4c85-a8e3-f7339e450fb6', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.938+00', '4769ae2d-3600-4a4d-a722-4313700bf120', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.969+00', '7ad7b30f-f929-49f3-b3d2-b2f70aed29b6', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.001+00', '52fb250b-d8cc-4c6c-ad9b-dcf6b0bd77dc', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.034+00', '285b9082-ce3d-423d-8469-8403b279e1a0', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.069+00', 'f830498e-5c15-4776-895c-8097297e775b', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.095+00', '32432f8f-b8ca-4b82-83b0-44bab7f30f5f', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.135+00', 'd44d2fe4-4f1e-4157-a884-5dc3e0eb1e0e', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.165+00', '7c360356-aff4-4a08-9af0-b62a446884d7', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.195+00', '762ac46a-4104-472d-930b-37d2606af56e', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.226+00', '01860c35-e0f8-4490-8191-14aa8235cbba', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.254+00', 'c15fbac5-9f65-4297-adba-a133cf629f4d', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.282+00', '3e8f13f1-20cc-4276-8d47-f08a5efb24d3', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.316+00', '0012225f-4a0e-416c-937e-41d3ee41ff3e', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.35+00', 'c40484f2-0b91-43ec-9188-8ff9ba935ae2', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.38+00', '1d324cf9-b82e-453a-9e52-69aa1add3dd3', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.409+00', '95baa9e5-845f-4987-ac19-0080aa2e205a', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.435+00', 'e5f982cd-1f4b-4926-b229-9b834301993f', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.458+00', 'e5d24c61-65b6-4863-9da6-d5459df60b20', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.488+00', '4d854c9d-2922-4dbd-b84d-8b0bb61e4796', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.525+00', '71894ca2-eb5f-4537-abc7-240df50da832', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.553+00', 'db063048-7ac1-411e-8fd6-b7d5f868dc0e', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.582+00', 'e56f2e97-2c7a-4978-bf5a-7509abf04a85', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.609+00', 'a4395ca6-fad1-452f-a517-0df9b69c512b', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.65+00', '9ad0c887-59c5-4d87-b291-25acc8e85ddf', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.673+00', '5928e106-1d76-4720-b567-c901e73b4455', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.721+00', '1a96551d-8584-49a6-88e6-0dcbd77c8c71', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.764+00', '1abb0162-af7a-4c6a-95cd-2573bce23a64', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.797+00', '329974fb-9337-4a6e-9c98-18d08df81266', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.834+00', '5358c34a-a594-44eb-913d-7de4458b1330', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.863+00', '0ec7bdf2-f2d4-4002-ab64-85f1767f5eb0', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.903+00', 'f6f36f6b-7039-4809-9bcd-9fc3bdb00805', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.939+00', '874473ca-0759-45b5-8476-67013b5ac69d', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.981+00', '5c29e93d-10a0-4e20-b17b-cfdb0cff5a2e', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.017+00', 'ae0034db-1e79-4209-964b-996cda43374e', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.07+00', '23885948-ad34-4bb0-a06e-69c8c7d9cfc3', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.123+00', '8e4ab6d5-34ab-4d80-96e7-2575c641631f', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.175+00', '3ab70b5c-c9e8-4946-a27d-a4912e3a798b', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.215+00', '859acd7c-b1bf-4974-8951-3edc06860c3e', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.259+00', 'faa562ac-1557-4596-81bf-4b8d6dc6c030', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.292+00', '13c018a8-218b-49e2-8c87-91ae062cb1ef', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.319+00', 'b58b25f7-d8c5-4028-8f9a-e6ce32dbcba0', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.344+00', '783150ff-4b47-4d25-bb63-bc930f1eaa6a', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.367+00', '282f423d-34b4-4b4b-aa8d-7ae18b6c8dea', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.392+00', 'acbb2252-1102-4896-8b35-ec6b07517356', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.414+00', '7fb609d4-3de2-4530-84dd-3f274c1ed6f2', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.481+00', '5e9f1b38-e97c-4e75-aa36-6e734ba65fba', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.511+00', '870d2544-63aa-4228-bb06-064154755abf', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.586+00', '51c5c7fd-d64e-43e4-b38b-78a8fe03ab84', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.62+00', '5df0e58b-c145-460a-a76f-804039d53169', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.655+00', '13e7c9ed-4f7f-4f7f-82af-2d21f2dc28b9', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.79+00', '9d292726-ea10-4168-bd9c-3d923b3e6c4a', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.847+00', 'aa053c78-a875-4d0d-802d-dba11eb7a858', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.964+00', '38dac7d3-4498-4385-a741-2a7501d1c869', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:32.027+00', '1b61de4a-12ca-4348-a479-8e5a0ccc6471', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.449+00', 'c343a63e-1266-46c2-a26f-c403aed6d31d', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.534+00', '08c92bea-c9dd-4c4a-bbc1-9f74e30367f9', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.556+00', 'ab549edd-a41e-437a-8b01-a7449e3f1068', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.77+00', 'f340c4fa-fec4-4e20-9817-3c5613e30e0b', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.823+00', '3f616cb9-0287-4d48-bdbe-09bbad66e6c2', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.885+00', '71edd192-1efb-4ef5-b74f-08f4378ae5b3', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.925+00', '4ad3d3c1-78f4-4bac-95e1-edf377347669', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_entry VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.999+00', '68734a29-6e98-4434-a70a-eca045293706', '7c4d6145-918b-429a-8e26-18310e25d09e');


--
-- Data for Name: timeline_follow; Type: TABLE DATA; Schema: timeline_a; Owner: -
--

INSERT INTO timeline_a.timeline_follow VALUES ('a4f2b020-0f68-4586-af85-93940c74d179', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_follow VALUES ('09f50382-15be-4eb1-b4e1-7304e1ba01f1', '7c4d6145-918b-429a-8e26-18310e25d09e');
INSERT INTO timeline_a.timeline_follow VALUES ('68f0429b-1e97-4f9d-9656-6a69127b68ef', 'a4f2b020-0f68-4586-af85-93940c74d179');
INSERT INTO timeline_a.timeline_follow VALUES ('09f50382-15be-4eb1-b4e1-7304e1ba01f1', '68f0429b-1e97-4f9d-9656-6a69127b68ef');


--
-- Data for Name: timeline_post; Type: TABLE DATA; Schema: timeline_a; Owner: -
--

INSERT INTO timeline_a.timeline_post VALUES ('9723b9cd-43c4-461b-88c0-936cb09a15e7', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.15+00', 'post from john: v1 secret alpha');
INSERT INTO timeline_a.timeline_post VALUES ('9c3994d2-86da-4050-9403-00bef1061d03', 'a4f2b020-0f68-4586-af85-93940c74d179', '2026-12-02 16:13:28.2+00', 'post from susan: v1 secret bravo');
INSERT INTO timeline_a.timeline_post VALUES ('799afa55-44d2-45e0-a224-030d25f85181', '68f0429b-1e97-4f9d-9656-6a69127b68ef', '2026-12-02 16:13:28.235+00', 'post from mary: v1 secret charlie');
INSERT INTO timeline_a.timeline_post VALUES ('fb6799e3-f7a2-4af5-9f74-23b98362bd64', '09f50382-15be-4eb1-b4e1-7304e1ba01f1', '2026-12-02 16:13:28.289+00', 'post from david: v1 secret delta');
INSERT INTO timeline_a.timeline_post VALUES ('b5acfd46-df25-426c-90ba-20782c7747ac', '09f50382-15be-4eb1-b4e1-7304e1ba01f1', '2026-12-02 16:13:28.341+00', 'second post from david: v1 secret echo');
INSERT INTO timeline_a.timeline_post VALUES ('f8abfac3-63ab-42f6-8aa8-ea07f4e60783', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.379+00', 'john''s post number 1: v1 secret foxtrot 1');
INSERT INTO timeline_a.timeline_post VALUES ('38f927b6-c43c-4ce8-bbfc-86299863bf8c', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.426+00', 'john''s post number 2: v1 secret foxtrot 2');
INSERT INTO timeline_a.timeline_post VALUES ('401bd619-bc82-4b44-8856-00240cf80eab', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.467+00', 'john''s post number 3: v1 secret foxtrot 3');
INSERT INTO timeline_a.timeline_post VALUES ('a83d6d2c-fc49-44f6-8c66-1e373404c954', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.506+00', 'john''s post number 4: v1 secret foxtrot 4');
INSERT INTO timeline_a.timeline_post VALUES ('8b6bf083-cd9c-4696-85f4-79fe98a12643', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.544+00', 'john''s post number 5: v1 secret foxtrot 5');
INSERT INTO timeline_a.timeline_post VALUES ('9871657f-9f6d-42ca-984d-05c554baaa7a', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.584+00', 'john''s post number 6: v1 secret foxtrot 6');
INSERT INTO timeline_a.timeline_post VALUES ('1eb1f769-ade6-422d-87d2-7055b15d414c', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.629+00', 'john''s post number 7: v1 secret foxtrot 7');
INSERT INTO timeline_a.timeline_post VALUES ('f5b2f752-a01f-44d5-87bc-31600f7d3d55', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.691+00', 'john''s post number 8: v1 secret foxtrot 8');
INSERT INTO timeline_a.timeline_post VALUES ('30475d10-2eae-4a01-b4a9-3a4c513012d8', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.729+00', 'john''s post number 9: v1 secret foxtrot 9');
INSERT INTO timeline_a.timeline_post VALUES ('522847dd-3205-481a-ab04-cd9b820025bc', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.76+00', 'john''s post number 10: v1 secret foxtrot 10');
INSERT INTO timeline_a.timeline_post VALUES ('029262ed-1fc8-47c9-82a7-883f10d1237a', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.796+00', 'john''s post number 11: v1 secret foxtrot 11');
INSERT INTO timeline_a.timeline_post VALUES ('857328b5-c3c5-475d-8506-41c3305df7ec', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.834+00', 'john''s post number 12: v1 secret foxtrot 12');
INSERT INTO timeline_a.timeline_post VALUES ('194b7e01-2631-4b1e-9420-6801ac513095', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.863+00', 'john''s post number 13: v1 secret foxtrot 13');
INSERT INTO timeline_a.timeline_post VALUES ('53e30a3d-9e9c-4279-9c33-29d2832e44fa', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.895+00', 'john''s post number 14: v1 secret foxtrot 14');
INSERT INTO timeline_a.timeline_post VALUES ('b5a94850-f89c-4177-ba16-e016b5e45937', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.928+00', 'john''s post number 15: v1 secret foxtrot 15');
INSERT INTO timeline_a.timeline_post VALUES ('75d68377-a172-4fa4-89e9-74ce16b5ee51', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:28.968+00', 'john''s post number 16: v1 secret foxtrot 16');
INSERT INTO timeline_a.timeline_post VALUES ('8c6ebf12-0e6d-4880-b13e-c62640f5f570', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.005+00', 'john''s post number 17: v1 secret foxtrot 17');
INSERT INTO timeline_a.timeline_post VALUES ('fa8385b0-839b-45dc-8daf-3b41ecd3fcd3', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.05+00', 'john''s post number 18: v1 secret foxtrot 18');
INSERT INTO timeline_a.timeline_post VALUES ('94eb2839-8271-4d9e-94c0-d12003d0552d', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.094+00', 'john''s post number 19: v1 secret foxtrot 19');
INSERT INTO timeline_a.timeline_post VALUES ('92462db6-dfc6-4ecf-9260-b9a77bda999a', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.125+00', 'john''s post number 20: v1 secret foxtrot 20');
INSERT INTO timeline_a.timeline_post VALUES ('f6d6563e-ba5a-451e-95a8-08220f5a9c2c', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.155+00', 'john''s post number 21: v1 secret foxtrot 21');
INSERT INTO timeline_a.timeline_post VALUES ('2cb0df49-2727-458e-bd00-1c1205efc82c', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.188+00', 'john''s post number 22: v1 secret foxtrot 22');
INSERT INTO timeline_a.timeline_post VALUES ('bd363e66-bd9f-4dd9-a99f-f0a7c2516029', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.219+00', 'john''s post number 23: v1 secret foxtrot 23');
INSERT INTO timeline_a.timeline_post VALUES ('73bf119d-19c0-4b86-9696-5a004e27c6e5', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.25+00', 'john''s post number 24: v1 secret foxtrot 24');
INSERT INTO timeline_a.timeline_post VALUES ('71ea09d5-f7c4-46be-93f7-9ebd8678f34e', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.278+00', 'john''s post number 25: v1 secret foxtrot 25');
INSERT INTO timeline_a.timeline_post VALUES ('c813962c-818e-4169-b962-1169299e886a', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.309+00', 'john''s post number 26: v1 secret foxtrot 26');
INSERT INTO timeline_a.timeline_post VALUES ('a5aada4f-8457-4391-87e3-c64f9f1f2b60', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.339+00', 'john''s post number 27: v1 secret foxtrot 27');
INSERT INTO timeline_a.timeline_post VALUES ('ba2b3f57-62c4-4adf-bceb-c0a0a5038d21', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.372+00', 'john''s post number 28: v1 secret foxtrot 28');
INSERT INTO timeline_a.timeline_post VALUES ('1b3bea28-fcf2-45a1-940b-c6bbb0c09408', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.406+00', 'john''s post number 29: v1 secret foxtrot 29');
INSERT INTO timeline_a.timeline_post VALUES ('b0bc871d-a777-4500-9595-78273baf8345', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.434+00', 'john''s post number 30: v1 secret foxtrot 30');
INSERT INTO timeline_a.timeline_post VALUES ('a91644c5-3070-4141-92c4-60eacb2b13e5', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.466+00', 'john''s post number 31: v1 secret foxtrot 31');
INSERT INTO timeline_a.timeline_post VALUES ('683c9c80-2d71-40e7-9901-7ef223849621', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.505+00', 'john''s post number 32: v1 secret foxtrot 32');
INSERT INTO timeline_a.timeline_post VALUES ('6deae64a-9b90-4c1e-a005-cda940de063a', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.543+00', 'john''s post number 33: v1 secret foxtrot 33');
INSERT INTO timeline_a.timeline_post VALUES ('bc05d098-ff0b-4525-b414-b0370d7a52e8', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.573+00', 'john''s post number 34: v1 secret foxtrot 34');
INSERT INTO timeline_a.timeline_post VALUES ('23407fde-0b5e-4319-8fae-f689bca6a177', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.603+00', 'john''s post number 35: v1 secret foxtrot 35');
INSERT INTO timeline_a.timeline_post VALUES ('95712dc7-4376-409c-ad4d-1e840ee86038', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.636+00', 'john''s post number 36: v1 secret foxtrot 36');
INSERT INTO timeline_a.timeline_post VALUES ('d0e15bcc-06b6-4521-bb68-4c9477373f0a', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.688+00', 'john''s post number 37: v1 secret foxtrot 37');
INSERT INTO timeline_a.timeline_post VALUES ('31c75fb8-25d5-4740-af55-2060fda99b17', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.732+00', 'john''s post number 38: v1 secret foxtrot 38');
INSERT INTO timeline_a.timeline_post VALUES ('fe60cea8-c5f4-473e-b196-a258ee3c2d28', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.777+00', 'john''s post number 39: v1 secret foxtrot 39');
INSERT INTO timeline_a.timeline_post VALUES ('6ed61710-91ad-442b-bbeb-6c32e230785b', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.812+00', 'john''s post number 40: v1 secret foxtrot 40');
INSERT INTO timeline_a.timeline_post VALUES ('fb53fdb5-c104-4e77-b326-8cd5695b3fad', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.849+00', 'john''s post number 41: v1 secret foxtrot 41');
INSERT INTO timeline_a.timeline_post VALUES ('6b9c54cf-789a-4a72-b8ef-b22623a49ebb', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.879+00', 'john''s post number 42: v1 secret foxtrot 42');
INSERT INTO timeline_a.timeline_post VALUES ('99d5dd60-bc45-4c85-a8e3-f7339e450fb6', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.91+00', 'john''s post number 43: v1 secret foxtrot 43');
INSERT INTO timeline_a.timeline_post VALUES ('4769ae2d-3600-4a4d-a722-4313700bf120', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.938+00', 'john''s post number 44: v1 secret foxtrot 44');
INSERT INTO timeline_a.timeline_post VALUES ('7ad7b30f-f929-49f3-b3d2-b2f70aed29b6', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:29.969+00', 'john''s post number 45: v1 secret foxtrot 45');
INSERT INTO timeline_a.timeline_post VALUES ('52fb250b-d8cc-4c6c-ad9b-dcf6b0bd77dc', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.001+00', 'john''s post number 46: v1 secret foxtrot 46');
INSERT INTO timeline_a.timeline_post VALUES ('285b9082-ce3d-423d-8469-8403b279e1a0', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.034+00', 'john''s post number 47: v1 secret foxtrot 47');
INSERT INTO timeline_a.timeline_post VALUES ('f830498e-5c15-4776-895c-8097297e775b', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.069+00', 'john''s post number 48: v1 secret foxtrot 48');
INSERT INTO timeline_a.timeline_post VALUES ('32432f8f-b8ca-4b82-83b0-44bab7f30f5f', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.095+00', 'john''s post number 49: v1 secret foxtrot 49');
INSERT INTO timeline_a.timeline_post VALUES ('d44d2fe4-4f1e-4157-a884-5dc3e0eb1e0e', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.135+00', 'john''s post number 50: v1 secret foxtrot 50');
INSERT INTO timeline_a.timeline_post VALUES ('7c360356-aff4-4a08-9af0-b62a446884d7', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.165+00', 'john''s post number 51: v1 secret foxtrot 51');
INSERT INTO timeline_a.timeline_post VALUES ('762ac46a-4104-472d-930b-37d2606af56e', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.195+00', 'john''s post number 52: v1 secret foxtrot 52');
INSERT INTO timeline_a.timeline_post VALUES ('01860c35-e0f8-4490-8191-14aa8235cbba', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.226+00', 'john''s post number 53: v1 secret foxtrot 53');
INSERT INTO timeline_a.timeline_post VALUES ('c15fbac5-9f65-4297-adba-a133cf629f4d', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.254+00', 'john''s post number 54: v1 secret foxtrot 54');
INSERT INTO timeline_a.timeline_post VALUES ('3e8f13f1-20cc-4276-8d47-f08a5efb24d3', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.282+00', 'john''s post number 55: v1 secret foxtrot 55');
INSERT INTO timeline_a.timeline_post VALUES ('0012225f-4a0e-416c-937e-41d3ee41ff3e', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.316+00', 'john''s post number 56: v1 secret foxtrot 56');
INSERT INTO timeline_a.timeline_post VALUES ('c40484f2-0b91-43ec-9188-8ff9ba935ae2', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.35+00', 'john''s post number 57: v1 secret foxtrot 57');
INSERT INTO timeline_a.timeline_post VALUES ('1d324cf9-b82e-453a-9e52-69aa1add3dd3', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.38+00', 'john''s post number 58: v1 secret foxtrot 58');
INSERT INTO timeline_a.timeline_post VALUES ('95baa9e5-845f-4987-ac19-0080aa2e205a', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.409+00', 'john''s post number 59: v1 secret foxtrot 59');
INSERT INTO timeline_a.timeline_post VALUES ('e5f982cd-1f4b-4926-b229-9b834301993f', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.435+00', 'john''s post number 60: v1 secret foxtrot 60');
INSERT INTO timeline_a.timeline_post VALUES ('e5d24c61-65b6-4863-9da6-d5459df60b20', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.458+00', 'john''s post number 61: v1 secret foxtrot 61');
INSERT INTO timeline_a.timeline_post VALUES ('4d854c9d-2922-4dbd-b84d-8b0bb61e4796', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.488+00', 'john''s post number 62: v1 secret foxtrot 62');
INSERT INTO timeline_a.timeline_post VALUES ('71894ca2-eb5f-4537-abc7-240df50da832', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.525+00', 'john''s post number 63: v1 secret foxtrot 63');
INSERT INTO timeline_a.timeline_post VALUES ('db063048-7ac1-411e-8fd6-b7d5f868dc0e', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.553+00', 'john''s post number 64: v1 secret foxtrot 64');
INSERT INTO timeline_a.timeline_post VALUES ('e56f2e97-2c7a-4978-bf5a-7509abf04a85', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.582+00', 'john''s post number 65: v1 secret foxtrot 65');
INSERT INTO timeline_a.timeline_post VALUES ('a4395ca6-fad1-452f-a517-0df9b69c512b', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.609+00', 'john''s post number 66: v1 secret foxtrot 66');
INSERT INTO timeline_a.timeline_post VALUES ('1a96551d-8584-49a6-88e6-0dcbd77c8c71', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.721+00', 'john''s post number 69: v1 secret foxtrot 69');
INSERT INTO timeline_a.timeline_post VALUES ('1abb0162-af7a-4c6a-95cd-2573bce23a64', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.764+00', 'john''s post number 70: v1 secret foxtrot 70');
INSERT INTO timeline_a.timeline_post VALUES ('0ec7bdf2-f2d4-4002-ab64-85f1767f5eb0', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.863+00', 'john''s post number 73: v1 secret foxtrot 73');
INSERT INTO timeline_a.timeline_post VALUES ('f6f36f6b-7039-4809-9bcd-9fc3bdb00805', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.903+00', 'john''s post number 74: v1 secret foxtrot 74');
INSERT INTO timeline_a.timeline_post VALUES ('5c29e93d-10a0-4e20-b17b-cfdb0cff5a2e', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.981+00', 'john''s post number 76: v1 secret foxtrot 76');
INSERT INTO timeline_a.timeline_post VALUES ('ae0034db-1e79-4209-964b-996cda43374e', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.017+00', 'john''s post number 77: v1 secret foxtrot 77');
INSERT INTO timeline_a.timeline_post VALUES ('faa562ac-1557-4596-81bf-4b8d6dc6c030', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.259+00', 'john''s post number 82: v1 secret foxtrot 82');
INSERT INTO timeline_a.timeline_post VALUES ('b58b25f7-d8c5-4028-8f9a-e6ce32dbcba0', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.319+00', 'john''s post number 84: v1 secret foxtrot 84');
INSERT INTO timeline_a.timeline_post VALUES ('783150ff-4b47-4d25-bb63-bc930f1eaa6a', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.344+00', 'john''s post number 85: v1 secret foxtrot 85');
INSERT INTO timeline_a.timeline_post VALUES ('acbb2252-1102-4896-8b35-ec6b07517356', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.392+00', 'john''s post number 87: v1 secret foxtrot 87');
INSERT INTO timeline_a.timeline_post VALUES ('7fb609d4-3de2-4530-84dd-3f274c1ed6f2', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.414+00', 'john''s post number 88: v1 secret foxtrot 88');
INSERT INTO timeline_a.timeline_post VALUES ('5e9f1b38-e97c-4e75-aa36-6e734ba65fba', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.481+00', 'john''s post number 90: v1 secret foxtrot 90');
INSERT INTO timeline_a.timeline_post VALUES ('870d2544-63aa-4228-bb06-064154755abf', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.511+00', 'john''s post number 91: v1 secret foxtrot 91');
INSERT INTO timeline_a.timeline_post VALUES ('51c5c7fd-d64e-43e4-b38b-78a8fe03ab84', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.586+00', 'john''s post number 94: v1 secret foxtrot 94');
INSERT INTO timeline_a.timeline_post VALUES ('5df0e58b-c145-460a-a76f-804039d53169', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.62+00', 'john''s post number 95: v1 secret foxtrot 95');
INSERT INTO timeline_a.timeline_post VALUES ('13e7c9ed-4f7f-4f7f-82af-2d21f2dc28b9', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.655+00', 'john''s post number 96: v1 secret foxtrot 96');
INSERT INTO timeline_a.timeline_post VALUES ('9d292726-ea10-4168-bd9c-3d923b3e6c4a', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.79+00', 'john''s post number 98: v1 secret foxtrot 98');
INSERT INTO timeline_a.timeline_post VALUES ('aa053c78-a875-4d0d-802d-dba11eb7a858', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.847+00', 'john''s post number 100: v1 secret foxtrot 100');
INSERT INTO timeline_a.timeline_post VALUES ('38dac7d3-4498-4385-a741-2a7501d1c869', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.964+00', 'john''s post number 103: v1 secret foxtrot 103');
INSERT INTO timeline_a.timeline_post VALUES ('1b61de4a-12ca-4348-a479-8e5a0ccc6471', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:32.027+00', 'john''s post number 105: v1 secret foxtrot 105');
INSERT INTO timeline_a.timeline_post VALUES ('9ad0c887-59c5-4d87-b291-25acc8e85ddf', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.65+00', 'john''s post number 67: v1 secret foxtrot 67');
INSERT INTO timeline_a.timeline_post VALUES ('329974fb-9337-4a6e-9c98-18d08df81266', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.797+00', 'john''s post number 71: v1 secret foxtrot 71');
INSERT INTO timeline_a.timeline_post VALUES ('5358c34a-a594-44eb-913d-7de4458b1330', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.834+00', 'john''s post number 72: v1 secret foxtrot 72');
INSERT INTO timeline_a.timeline_post VALUES ('874473ca-0759-45b5-8476-67013b5ac69d', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.939+00', 'john''s post number 75: v1 secret foxtrot 75');
INSERT INTO timeline_a.timeline_post VALUES ('8e4ab6d5-34ab-4d80-96e7-2575c641631f', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.123+00', 'john''s post number 79: v1 secret foxtrot 79');
INSERT INTO timeline_a.timeline_post VALUES ('859acd7c-b1bf-4974-8951-3edc06860c3e', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.215+00', 'john''s post number 81: v1 secret foxtrot 81');
INSERT INTO timeline_a.timeline_post VALUES ('13c018a8-218b-49e2-8c87-91ae062cb1ef', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.292+00', 'john''s post number 83: v1 secret foxtrot 83');
INSERT INTO timeline_a.timeline_post VALUES ('282f423d-34b4-4b4b-aa8d-7ae18b6c8dea', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.367+00', 'john''s post number 86: v1 secret foxtrot 86');
INSERT INTO timeline_a.timeline_post VALUES ('c343a63e-1266-46c2-a26f-c403aed6d31d', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.449+00', 'john''s post number 89: v1 secret foxtrot 89');
INSERT INTO timeline_a.timeline_post VALUES ('08c92bea-c9dd-4c4a-bbc1-9f74e30367f9', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.534+00', 'john''s post number 92: v1 secret foxtrot 92');
INSERT INTO timeline_a.timeline_post VALUES ('ab549edd-a41e-437a-8b01-a7449e3f1068', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.556+00', 'john''s post number 93: v1 secret foxtrot 93');
INSERT INTO timeline_a.timeline_post VALUES ('f340c4fa-fec4-4e20-9817-3c5613e30e0b', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.77+00', 'john''s post number 97: v1 secret foxtrot 97');
INSERT INTO timeline_a.timeline_post VALUES ('3f616cb9-0287-4d48-bdbe-09bbad66e6c2', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.823+00', 'john''s post number 99: v1 secret foxtrot 99');
INSERT INTO timeline_a.timeline_post VALUES ('71edd192-1efb-4ef5-b74f-08f4378ae5b3', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.885+00', 'john''s post number 101: v1 secret foxtrot 101');
INSERT INTO timeline_a.timeline_post VALUES ('4ad3d3c1-78f4-4bac-95e1-edf377347669', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.925+00', 'john''s post number 102: v1 secret foxtrot 102');
INSERT INTO timeline_a.timeline_post VALUES ('68734a29-6e98-4434-a70a-eca045293706', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.999+00', 'john''s post number 104: v1 secret foxtrot 104');
INSERT INTO timeline_a.timeline_post VALUES ('5928e106-1d76-4720-b567-c901e73b4455', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:30.673+00', 'john''s post number 68: v1 secret foxtrot 68');
INSERT INTO timeline_a.timeline_post VALUES ('23885948-ad34-4bb0-a06e-69c8c7d9cfc3', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.07+00', 'john''s post number 78: v1 secret foxtrot 78');
INSERT INTO timeline_a.timeline_post VALUES ('3ab70b5c-c9e8-4946-a27d-a4912e3a798b', '7c4d6145-918b-429a-8e26-18310e25d09e', '2026-12-02 16:13:31.175+00', 'john''s post number 80: v1 secret foxtrot 80');


--
-- Data for Name: timeline_user; Type: TABLE DATA; Schema: timeline_a; Owner: -
--

INSERT INTO timeline_a.timeline_user VALUES ('a4f2b020-0f68-4586-af85-93940c74d179', 'susan', 1, false);
INSERT INTO timeline_a.timeline_user VALUES ('68f0429b-1e97-4f9d-9656-6a69127b68ef', 'mary', 1, false);
INSERT INTO timeline_a.timeline_user VALUES ('09f50382-15be-4eb1-b4e1-7304e1ba01f1', 'david', 2, false);
INSERT INTO timeline_a.timeline_user VALUES ('7c4d6145-918b-429a-8e26-18310e25d09e', 'john', 0, false);


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: timeline_b; Owner: -
--

INSERT INTO timeline_b.flyway_schema_history VALUES (0, NULL, '<< Flyway Schema Creation >>', 'SCHEMA', '"timeline_b"', NULL, 'postgres', '2026-12-02 16:13:17.554811', 0, true);
INSERT INTO timeline_b.flyway_schema_history VALUES (1, '1', 'timeline', 'SQL', 'V1__timeline.sql', -263353215, 'postgres', '2026-12-02 16:13:17.56558', 35, true);


--
-- Data for Name: timeline_entry; Type: TABLE DATA; Schema: timeline_b; Owner: -
--



--
-- Data for Name: timeline_follow; Type: TABLE DATA; Schema: timeline_b; Owner: -
--



--
-- Data for Name: timeline_post; Type: TABLE DATA; Schema: timeline_b; Owner: -
--



--
-- Data for Name: timeline_user; Type: TABLE DATA; Schema: timeline_b; Owner: -
--



--
-- Name: association_value_entry_seq; Type: SEQUENCE SET; Schema: command; Owner: -
--

SELECT pg_catalog.setval('command.association_value_entry_seq', 1, false);


--
-- Name: domain_event_entry_global_index_seq; Type: SEQUENCE SET; Schema: eventstore; Owner: -
--

SELECT pg_catalog.setval('eventstore.domain_event_entry_global_index_seq', 121, true);


--
-- Name: association_value_entry association_value_entry_pkey; Type: CONSTRAINT; Schema: command; Owner: -
--

ALTER TABLE ONLY command.association_value_entry
    ADD CONSTRAINT association_value_entry_pkey PRIMARY KEY (id);


--
-- Name: dead_letter_entry dead_letter_entry_pkey; Type: CONSTRAINT; Schema: command; Owner: -
--

ALTER TABLE ONLY command.dead_letter_entry
    ADD CONSTRAINT dead_letter_entry_pkey PRIMARY KEY (dead_letter_id);


--
-- Name: dead_letter_entry dead_letter_entry_processing_group_sequence_identifier_sequ_key; Type: CONSTRAINT; Schema: command; Owner: -
--

ALTER TABLE ONLY command.dead_letter_entry
    ADD CONSTRAINT dead_letter_entry_processing_group_sequence_identifier_sequ_key UNIQUE (processing_group, sequence_identifier, sequence_index);


--
-- Name: flyway_schema_history flyway_schema_history_pk; Type: CONSTRAINT; Schema: command; Owner: -
--

ALTER TABLE ONLY command.flyway_schema_history
    ADD CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank);


--
-- Name: saga_entry saga_entry_pkey; Type: CONSTRAINT; Schema: command; Owner: -
--

ALTER TABLE ONLY command.saga_entry
    ADD CONSTRAINT saga_entry_pkey PRIMARY KEY (saga_id);


--
-- Name: token_entry token_entry_pkey; Type: CONSTRAINT; Schema: command; Owner: -
--

ALTER TABLE ONLY command.token_entry
    ADD CONSTRAINT token_entry_pkey PRIMARY KEY (processor_name, segment);


--
-- Name: user_credentials user_credentials_pkey; Type: CONSTRAINT; Schema: command; Owner: -
--

ALTER TABLE ONLY command.user_credentials
    ADD CONSTRAINT user_credentials_pkey PRIMARY KEY (user_id);


--
-- Name: user_lookup user_lookup_email_key_key; Type: CONSTRAINT; Schema: command; Owner: -
--

ALTER TABLE ONLY command.user_lookup
    ADD CONSTRAINT user_lookup_email_key_key UNIQUE (email_key);


--
-- Name: user_lookup user_lookup_pkey; Type: CONSTRAINT; Schema: command; Owner: -
--

ALTER TABLE ONLY command.user_lookup
    ADD CONSTRAINT user_lookup_pkey PRIMARY KEY (user_id);


--
-- Name: user_lookup user_lookup_username_key_key; Type: CONSTRAINT; Schema: command; Owner: -
--

ALTER TABLE ONLY command.user_lookup
    ADD CONSTRAINT user_lookup_username_key_key UNIQUE (username_key);


--
-- Name: domain_event_entry domain_event_entry_aggregate_sequence; Type: CONSTRAINT; Schema: eventstore; Owner: -
--

ALTER TABLE ONLY eventstore.domain_event_entry
    ADD CONSTRAINT domain_event_entry_aggregate_sequence UNIQUE (aggregate_identifier, sequence_number);


--
-- Name: domain_event_entry domain_event_entry_event_identifier_key; Type: CONSTRAINT; Schema: eventstore; Owner: -
--

ALTER TABLE ONLY eventstore.domain_event_entry
    ADD CONSTRAINT domain_event_entry_event_identifier_key UNIQUE (event_identifier);


--
-- Name: domain_event_entry domain_event_entry_pkey; Type: CONSTRAINT; Schema: eventstore; Owner: -
--

ALTER TABLE ONLY eventstore.domain_event_entry
    ADD CONSTRAINT domain_event_entry_pkey PRIMARY KEY (global_index);


--
-- Name: flyway_schema_history flyway_schema_history_pk; Type: CONSTRAINT; Schema: eventstore; Owner: -
--

ALTER TABLE ONLY eventstore.flyway_schema_history
    ADD CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank);


--
-- Name: snapshot_event_entry snapshot_event_entry_event_identifier_key; Type: CONSTRAINT; Schema: eventstore; Owner: -
--

ALTER TABLE ONLY eventstore.snapshot_event_entry
    ADD CONSTRAINT snapshot_event_entry_event_identifier_key UNIQUE (event_identifier);


--
-- Name: snapshot_event_entry snapshot_event_entry_pkey; Type: CONSTRAINT; Schema: eventstore; Owner: -
--

ALTER TABLE ONLY eventstore.snapshot_event_entry
    ADD CONSTRAINT snapshot_event_entry_pkey PRIMARY KEY (sequence_number, aggregate_identifier, type);


--
-- Name: flyway_schema_history flyway_schema_history_pk; Type: CONSTRAINT; Schema: follows_a; Owner: -
--

ALTER TABLE ONLY follows_a.flyway_schema_history
    ADD CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank);


--
-- Name: follow_count follow_count_pkey; Type: CONSTRAINT; Schema: follows_a; Owner: -
--

ALTER TABLE ONLY follows_a.follow_count
    ADD CONSTRAINT follow_count_pkey PRIMARY KEY (user_id);


--
-- Name: follow follow_pkey; Type: CONSTRAINT; Schema: follows_a; Owner: -
--

ALTER TABLE ONLY follows_a.follow
    ADD CONSTRAINT follow_pkey PRIMARY KEY (follower_id, followed_id);


--
-- Name: flyway_schema_history flyway_schema_history_pk; Type: CONSTRAINT; Schema: follows_b; Owner: -
--

ALTER TABLE ONLY follows_b.flyway_schema_history
    ADD CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank);


--
-- Name: follow_count follow_count_pkey; Type: CONSTRAINT; Schema: follows_b; Owner: -
--

ALTER TABLE ONLY follows_b.follow_count
    ADD CONSTRAINT follow_count_pkey PRIMARY KEY (user_id);


--
-- Name: follow follow_pkey; Type: CONSTRAINT; Schema: follows_b; Owner: -
--

ALTER TABLE ONLY follows_b.follow
    ADD CONSTRAINT follow_pkey PRIMARY KEY (follower_id, followed_id);


--
-- Name: flyway_schema_history flyway_schema_history_pk; Type: CONSTRAINT; Schema: posts_a; Owner: -
--

ALTER TABLE ONLY posts_a.flyway_schema_history
    ADD CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank);


--
-- Name: post_author post_author_pkey; Type: CONSTRAINT; Schema: posts_a; Owner: -
--

ALTER TABLE ONLY posts_a.post_author
    ADD CONSTRAINT post_author_pkey PRIMARY KEY (user_id);


--
-- Name: post_count post_count_pkey; Type: CONSTRAINT; Schema: posts_a; Owner: -
--

ALTER TABLE ONLY posts_a.post_count
    ADD CONSTRAINT post_count_pkey PRIMARY KEY (user_id);


--
-- Name: post post_pkey; Type: CONSTRAINT; Schema: posts_a; Owner: -
--

ALTER TABLE ONLY posts_a.post
    ADD CONSTRAINT post_pkey PRIMARY KEY (post_id);


--
-- Name: flyway_schema_history flyway_schema_history_pk; Type: CONSTRAINT; Schema: posts_b; Owner: -
--

ALTER TABLE ONLY posts_b.flyway_schema_history
    ADD CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank);


--
-- Name: post_author post_author_pkey; Type: CONSTRAINT; Schema: posts_b; Owner: -
--

ALTER TABLE ONLY posts_b.post_author
    ADD CONSTRAINT post_author_pkey PRIMARY KEY (user_id);


--
-- Name: post_count post_count_pkey; Type: CONSTRAINT; Schema: posts_b; Owner: -
--

ALTER TABLE ONLY posts_b.post_count
    ADD CONSTRAINT post_count_pkey PRIMARY KEY (user_id);


--
-- Name: post post_pkey; Type: CONSTRAINT; Schema: posts_b; Owner: -
--

ALTER TABLE ONLY posts_b.post
    ADD CONSTRAINT post_pkey PRIMARY KEY (post_id);


--
-- Name: flyway_schema_history flyway_schema_history_pk; Type: CONSTRAINT; Schema: profiles_a; Owner: -
--

ALTER TABLE ONLY profiles_a.flyway_schema_history
    ADD CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank);


--
-- Name: profile profile_pkey; Type: CONSTRAINT; Schema: profiles_a; Owner: -
--

ALTER TABLE ONLY profiles_a.profile
    ADD CONSTRAINT profile_pkey PRIMARY KEY (user_id);


--
-- Name: profile profile_username_key_key; Type: CONSTRAINT; Schema: profiles_a; Owner: -
--

ALTER TABLE ONLY profiles_a.profile
    ADD CONSTRAINT profile_username_key_key UNIQUE (username_key);


--
-- Name: flyway_schema_history flyway_schema_history_pk; Type: CONSTRAINT; Schema: profiles_b; Owner: -
--

ALTER TABLE ONLY profiles_b.flyway_schema_history
    ADD CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank);


--
-- Name: profile profile_pkey; Type: CONSTRAINT; Schema: profiles_b; Owner: -
--

ALTER TABLE ONLY profiles_b.profile
    ADD CONSTRAINT profile_pkey PRIMARY KEY (user_id);


--
-- Name: profile profile_username_key_key; Type: CONSTRAINT; Schema: profiles_b; Owner: -
--

ALTER TABLE ONLY profiles_b.profile
    ADD CONSTRAINT profile_username_key_key UNIQUE (username_key);


--
-- Name: dead_letter_entry dead_letter_entry_pkey; Type: CONSTRAINT; Schema: query; Owner: -
--

ALTER TABLE ONLY query.dead_letter_entry
    ADD CONSTRAINT dead_letter_entry_pkey PRIMARY KEY (dead_letter_identifier);


--
-- Name: dead_letter_entry dead_letter_sequence_index; Type: CONSTRAINT; Schema: query; Owner: -
--

ALTER TABLE ONLY query.dead_letter_entry
    ADD CONSTRAINT dead_letter_sequence_index UNIQUE (processing_group, sequence_identifier, sequence_index);


--
-- Name: flyway_schema_history flyway_schema_history_pk; Type: CONSTRAINT; Schema: query; Owner: -
--

ALTER TABLE ONLY query.flyway_schema_history
    ADD CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank);


--
-- Name: projection_slot projection_slot_pkey; Type: CONSTRAINT; Schema: query; Owner: -
--

ALTER TABLE ONLY query.projection_slot
    ADD CONSTRAINT projection_slot_pkey PRIMARY KEY (view_name);


--
-- Name: query_instance query_instance_pkey; Type: CONSTRAINT; Schema: query; Owner: -
--

ALTER TABLE ONLY query.query_instance
    ADD CONSTRAINT query_instance_pkey PRIMARY KEY (node_id);


--
-- Name: token_entry token_entry_pkey; Type: CONSTRAINT; Schema: query; Owner: -
--

ALTER TABLE ONLY query.token_entry
    ADD CONSTRAINT token_entry_pkey PRIMARY KEY (processor_name, segment);


--
-- Name: flyway_schema_history flyway_schema_history_pk; Type: CONSTRAINT; Schema: timeline_a; Owner: -
--

ALTER TABLE ONLY timeline_a.flyway_schema_history
    ADD CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank);


--
-- Name: timeline_entry timeline_entry_pkey; Type: CONSTRAINT; Schema: timeline_a; Owner: -
--

ALTER TABLE ONLY timeline_a.timeline_entry
    ADD CONSTRAINT timeline_entry_pkey PRIMARY KEY (owner_id, published_at, post_id);


--
-- Name: timeline_follow timeline_follow_pkey; Type: CONSTRAINT; Schema: timeline_a; Owner: -
--

ALTER TABLE ONLY timeline_a.timeline_follow
    ADD CONSTRAINT timeline_follow_pkey PRIMARY KEY (followed_id, follower_id);


--
-- Name: timeline_post timeline_post_pkey; Type: CONSTRAINT; Schema: timeline_a; Owner: -
--

ALTER TABLE ONLY timeline_a.timeline_post
    ADD CONSTRAINT timeline_post_pkey PRIMARY KEY (post_id);


--
-- Name: timeline_user timeline_user_pkey; Type: CONSTRAINT; Schema: timeline_a; Owner: -
--

ALTER TABLE ONLY timeline_a.timeline_user
    ADD CONSTRAINT timeline_user_pkey PRIMARY KEY (user_id);


--
-- Name: flyway_schema_history flyway_schema_history_pk; Type: CONSTRAINT; Schema: timeline_b; Owner: -
--

ALTER TABLE ONLY timeline_b.flyway_schema_history
    ADD CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank);


--
-- Name: timeline_entry timeline_entry_pkey; Type: CONSTRAINT; Schema: timeline_b; Owner: -
--

ALTER TABLE ONLY timeline_b.timeline_entry
    ADD CONSTRAINT timeline_entry_pkey PRIMARY KEY (owner_id, published_at, post_id);


--
-- Name: timeline_follow timeline_follow_pkey; Type: CONSTRAINT; Schema: timeline_b; Owner: -
--

ALTER TABLE ONLY timeline_b.timeline_follow
    ADD CONSTRAINT timeline_follow_pkey PRIMARY KEY (followed_id, follower_id);


--
-- Name: timeline_post timeline_post_pkey; Type: CONSTRAINT; Schema: timeline_b; Owner: -
--

ALTER TABLE ONLY timeline_b.timeline_post
    ADD CONSTRAINT timeline_post_pkey PRIMARY KEY (post_id);


--
-- Name: timeline_user timeline_user_pkey; Type: CONSTRAINT; Schema: timeline_b; Owner: -
--

ALTER TABLE ONLY timeline_b.timeline_user
    ADD CONSTRAINT timeline_user_pkey PRIMARY KEY (user_id);


--
-- Name: association_value_entry_saga; Type: INDEX; Schema: command; Owner: -
--

CREATE INDEX association_value_entry_saga ON command.association_value_entry USING btree (saga_id, saga_type);


--
-- Name: association_value_entry_saga_type_key; Type: INDEX; Schema: command; Owner: -
--

CREATE INDEX association_value_entry_saga_type_key ON command.association_value_entry USING btree (saga_type, association_key, association_value);


--
-- Name: dead_letter_entry_group; Type: INDEX; Schema: command; Owner: -
--

CREATE INDEX dead_letter_entry_group ON command.dead_letter_entry USING btree (processing_group);


--
-- Name: dead_letter_entry_group_sequence; Type: INDEX; Schema: command; Owner: -
--

CREATE INDEX dead_letter_entry_group_sequence ON command.dead_letter_entry USING btree (processing_group, sequence_identifier);


--
-- Name: flyway_schema_history_s_idx; Type: INDEX; Schema: command; Owner: -
--

CREATE INDEX flyway_schema_history_s_idx ON command.flyway_schema_history USING btree (success);


--
-- Name: flyway_schema_history_s_idx; Type: INDEX; Schema: eventstore; Owner: -
--

CREATE INDEX flyway_schema_history_s_idx ON eventstore.flyway_schema_history USING btree (success);


--
-- Name: snapshot_event_entry_aggregate; Type: INDEX; Schema: eventstore; Owner: -
--

CREATE INDEX snapshot_event_entry_aggregate ON eventstore.snapshot_event_entry USING btree (aggregate_identifier, sequence_number DESC);


--
-- Name: flyway_schema_history_s_idx; Type: INDEX; Schema: follows_a; Owner: -
--

CREATE INDEX flyway_schema_history_s_idx ON follows_a.flyway_schema_history USING btree (success);


--
-- Name: follow_followers; Type: INDEX; Schema: follows_a; Owner: -
--

CREATE INDEX follow_followers ON follows_a.follow USING btree (followed_id, since DESC, follower_id DESC);


--
-- Name: follow_following; Type: INDEX; Schema: follows_a; Owner: -
--

CREATE INDEX follow_following ON follows_a.follow USING btree (follower_id, since DESC, followed_id DESC);


--
-- Name: flyway_schema_history_s_idx; Type: INDEX; Schema: follows_b; Owner: -
--

CREATE INDEX flyway_schema_history_s_idx ON follows_b.flyway_schema_history USING btree (success);


--
-- Name: follow_followers; Type: INDEX; Schema: follows_b; Owner: -
--

CREATE INDEX follow_followers ON follows_b.follow USING btree (followed_id, since DESC, follower_id DESC);


--
-- Name: follow_following; Type: INDEX; Schema: follows_b; Owner: -
--

CREATE INDEX follow_following ON follows_b.follow USING btree (follower_id, since DESC, followed_id DESC);


--
-- Name: flyway_schema_history_s_idx; Type: INDEX; Schema: posts_a; Owner: -
--

CREATE INDEX flyway_schema_history_s_idx ON posts_a.flyway_schema_history USING btree (success);


--
-- Name: post_by_author; Type: INDEX; Schema: posts_a; Owner: -
--

CREATE INDEX post_by_author ON posts_a.post USING btree (author_id, published_at DESC, post_id DESC);


--
-- Name: flyway_schema_history_s_idx; Type: INDEX; Schema: posts_b; Owner: -
--

CREATE INDEX flyway_schema_history_s_idx ON posts_b.flyway_schema_history USING btree (success);


--
-- Name: post_by_author; Type: INDEX; Schema: posts_b; Owner: -
--

CREATE INDEX post_by_author ON posts_b.post USING btree (author_id, published_at DESC, post_id DESC);


--
-- Name: flyway_schema_history_s_idx; Type: INDEX; Schema: profiles_a; Owner: -
--

CREATE INDEX flyway_schema_history_s_idx ON profiles_a.flyway_schema_history USING btree (success);


--
-- Name: flyway_schema_history_s_idx; Type: INDEX; Schema: profiles_b; Owner: -
--

CREATE INDEX flyway_schema_history_s_idx ON profiles_b.flyway_schema_history USING btree (success);


--
-- Name: dead_letter_processing_group; Type: INDEX; Schema: query; Owner: -
--

CREATE INDEX dead_letter_processing_group ON query.dead_letter_entry USING btree (processing_group);


--
-- Name: dead_letter_sequence; Type: INDEX; Schema: query; Owner: -
--

CREATE INDEX dead_letter_sequence ON query.dead_letter_entry USING btree (processing_group, sequence_identifier);


--
-- Name: flyway_schema_history_s_idx; Type: INDEX; Schema: query; Owner: -
--

CREATE INDEX flyway_schema_history_s_idx ON query.flyway_schema_history USING btree (success);


--
-- Name: flyway_schema_history_s_idx; Type: INDEX; Schema: timeline_a; Owner: -
--

CREATE INDEX flyway_schema_history_s_idx ON timeline_a.flyway_schema_history USING btree (success);


--
-- Name: timeline_post_by_author; Type: INDEX; Schema: timeline_a; Owner: -
--

CREATE INDEX timeline_post_by_author ON timeline_a.timeline_post USING btree (author_id, published_at DESC, post_id DESC);


--
-- Name: timeline_user_celebrities; Type: INDEX; Schema: timeline_a; Owner: -
--

CREATE INDEX timeline_user_celebrities ON timeline_a.timeline_user USING btree (user_id) WHERE celebrity;


--
-- Name: flyway_schema_history_s_idx; Type: INDEX; Schema: timeline_b; Owner: -
--

CREATE INDEX flyway_schema_history_s_idx ON timeline_b.flyway_schema_history USING btree (success);


--
-- Name: timeline_post_by_author; Type: INDEX; Schema: timeline_b; Owner: -
--

CREATE INDEX timeline_post_by_author ON timeline_b.timeline_post USING btree (author_id, published_at DESC, post_id DESC);


--
-- Name: timeline_user_celebrities; Type: INDEX; Schema: timeline_b; Owner: -
--

CREATE INDEX timeline_user_celebrities ON timeline_b.timeline_user USING btree (user_id) WHERE celebrity;


--
-- Name: user_credentials user_credentials_user_id_fkey; Type: FK CONSTRAINT; Schema: command; Owner: -
--

ALTER TABLE ONLY command.user_credentials
    ADD CONSTRAINT user_credentials_user_id_fkey FOREIGN KEY (user_id) REFERENCES command.user_lookup(user_id);


--
-- PostgreSQL database dump complete
--


