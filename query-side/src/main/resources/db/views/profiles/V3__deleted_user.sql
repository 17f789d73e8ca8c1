-- Accounts deleted (v2): only the id, so that a bearer token of a deleted account is refused (401) rather than
-- taken for a stranger's. The profile row itself is gone.
create table deleted_user (
    user_id uuid primary key
);
