-- Whether the account is protected (v2): only its followers read its posts and lists.
alter table profile add column protected boolean not null default false;
