\set agg random(1, 9000000000000000)
\set id random(1, 9000000000000000)
BEGIN;
INSERT INTO ev_seq50 (global_index, aggregate_identifier, sequence_number, payload) VALUES (:id, :agg || '-' || :client_id, 0, convert_to(repeat('x', 100), 'UTF8'));
COMMIT;
