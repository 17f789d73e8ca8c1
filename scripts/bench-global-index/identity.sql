\set agg random(1, 9000000000000000)
BEGIN;
INSERT INTO ev_identity (aggregate_identifier, sequence_number, payload) VALUES (:agg || '-' || :client_id, 0, convert_to(repeat('x', 100), 'UTF8')) RETURNING global_index;
COMMIT;
