\set agg random(1, 9000000000000000)
BEGIN;
SELECT nextval('ev_seq1_seq') \gset
INSERT INTO ev_seq1 (global_index, aggregate_identifier, sequence_number, payload) VALUES (:nextval, :agg || '-' || :client_id, 0, convert_to(repeat('x', 100), 'UTF8'));
COMMIT;
