-- Deleted accounts (v2): the row stays, so the username stays taken for good; its credentials go. Commands and
-- bearer tokens of a deleted user are refused, and no one can follow, block or mute them.
alter table user_lookup add column deleted boolean not null default false;

-- A deletion finds everything of the account from either side.
create index follow_followed on follow (followed_id);
create index block_blocked on block (blocked_id);
create index mute_muted on mute (muted_id);
create index post_author on post (author_id);
