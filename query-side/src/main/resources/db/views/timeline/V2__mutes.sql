-- Who mutes whom (v2): a muted author's posts are not copied into, nor backfilled in, the muter's timeline, and a
-- followed celebrity the owner mutes is left out of the page. Keyed the way both look it up: (author, reader).
create table timeline_mute (
    muted_id uuid not null,
    muter_id uuid not null,
    primary key (muted_id, muter_id)
);
