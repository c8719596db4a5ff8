-- The high-volume child tables are written once per event by COPY and read only through their value indexes
-- (ix_event_identifiers_value, …); their (event_key, ordinal) primary keys were a second B-tree per row that
-- nothing reads. Dropping them made a 10,000-event StoreAsync of the benchmark workload ~10% faster
-- (bench/README.md, "Capture over HTTP").
ALTER TABLE event_identifiers DROP CONSTRAINT IF EXISTS event_identifiers_pkey;
ALTER TABLE event_biz_transactions DROP CONSTRAINT IF EXISTS event_biz_transactions_pkey;
ALTER TABLE event_sources_destinations DROP CONSTRAINT IF EXISTS event_sources_destinations_pkey;
ALTER TABLE event_fields DROP CONSTRAINT IF EXISTS event_fields_pkey;
