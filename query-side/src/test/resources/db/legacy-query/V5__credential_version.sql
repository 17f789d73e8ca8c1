-- The profiles view keeps each user's credential version (PasswordChanged): a timeline read refuses a bearer token
-- issued before the user's latest password change, on every query-side instance, from the event on.
alter table profiles_a.profile add column credential_version integer not null default 0;
alter table profiles_b.profile add column credential_version integer not null default 0;
