-- A deleted account's blocks and mutes by others are found by the account.
create index block_by_blocked on block (blocked_id);
create index mute_by_muted on mute (muted_id);
