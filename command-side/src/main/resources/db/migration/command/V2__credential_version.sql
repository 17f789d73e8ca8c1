-- How many times each user changed their password. Bearer tokens carry it (claim `cv`); a token with an older
-- version is refused, so a password change ends every session that came before it, on every instance.
alter table user_credentials add column credential_version integer not null default 0;
