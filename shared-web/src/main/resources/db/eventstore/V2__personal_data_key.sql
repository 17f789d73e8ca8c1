-- Crypto-shredding: the personal fields of events (a user's email, a post's body) are stored encrypted, each
-- under the key of its data subject (the user, the post). Destroying a subject's key, in the transaction of the
-- event that records the deletion, leaves its ciphertext unreadable everywhere it was copied.
create table eventstore.personal_data_key (
    subject_id varchar(255) primary key,
    aes_key    bytea        not null -- 32 random bytes: AES-256-GCM
);
