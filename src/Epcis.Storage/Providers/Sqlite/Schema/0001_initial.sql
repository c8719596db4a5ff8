-- EPCIS store, SQLite dialect. Times are INTEGER microseconds since 1970-01-01T00:00:00Z (UTC), so ranges and
-- keyset pages compare integers. Identifier columns hold DigitalLink.Canonical(x); CBV values their bare word.
-- Every statement is IF NOT EXISTS so that a second node racing the first cannot fail half way.

CREATE TABLE IF NOT EXISTS capture_jobs (
    capture_id       TEXT    NOT NULL PRIMARY KEY,
    created_at       INTEGER NOT NULL,
    finished_at      INTEGER,
    running          INTEGER NOT NULL,
    success          INTEGER NOT NULL,
    error_behaviour  TEXT    NOT NULL,
    event_count      INTEGER NOT NULL DEFAULT 0,
    errors           TEXT,              -- JSON array of RFC 7807 problems
    raw_document     BLOB,              -- the document as received, until its events are committed
    raw_content_type TEXT
);
CREATE INDEX IF NOT EXISTS ix_capture_jobs_created ON capture_jobs (created_at DESC, capture_id DESC);
CREATE INDEX IF NOT EXISTS ix_capture_jobs_unfinished ON capture_jobs (created_at) WHERE running = 1 AND raw_document IS NOT NULL;

CREATE TABLE IF NOT EXISTS events (
    id                     INTEGER NOT NULL PRIMARY KEY,  -- assigned by the store inside the write transaction
    event_id               TEXT    NOT NULL CHECK (event_id <> ''),
    hash_id                TEXT    NOT NULL,
    event_type             TEXT    NOT NULL,
    event_time             INTEGER NOT NULL,
    event_time_offset      TEXT    NOT NULL,
    record_time            INTEGER NOT NULL,
    action                 TEXT,
    biz_step               TEXT,
    disposition            TEXT,
    read_point             TEXT,
    biz_location           TEXT,
    transformation_id      TEXT,
    has_error_declaration  INTEGER NOT NULL,
    error_declaration_time INTEGER,
    error_reason           TEXT,
    capture_id             TEXT    NOT NULL,
    owner                  TEXT,
    body                   TEXT    NOT NULL              -- the event as canonical JSON-LD, returned verbatim
);
CREATE UNIQUE INDEX IF NOT EXISTS ux_events_event_id ON events (event_id, has_error_declaration);
CREATE INDEX IF NOT EXISTS ix_events_event_time ON events (event_time, id);
CREATE INDEX IF NOT EXISTS ix_events_record_time ON events (record_time, id);
CREATE INDEX IF NOT EXISTS ix_events_biz_step ON events (biz_step, event_time, id);
CREATE INDEX IF NOT EXISTS ix_events_disposition ON events (disposition, event_time, id);
CREATE INDEX IF NOT EXISTS ix_events_read_point ON events (read_point, event_time, id);
CREATE INDEX IF NOT EXISTS ix_events_biz_location ON events (biz_location, event_time, id);
CREATE INDEX IF NOT EXISTS ix_events_transformation_id ON events (transformation_id) WHERE transformation_id IS NOT NULL;

-- Child tables: clustered on (event_key, ordinal) (appends, since keys grow), plus one index per query filter.
CREATE TABLE IF NOT EXISTS event_identifiers (
    event_key INTEGER NOT NULL,
    ordinal   INTEGER NOT NULL,
    role      TEXT    NOT NULL,   -- epc parent child input output class child_class input_class output_class
    value     TEXT    NOT NULL,
    quantity  REAL,
    uom       TEXT,
    -- Clustered on what MATCH_* queries look up: one B-tree per row instead of a table plus an index, which
    -- halves the random writes of the costliest table (5.5 rows per event; bench/README.md "Capture over HTTP").
    PRIMARY KEY (value, role, event_key, ordinal)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS event_biz_transactions (
    event_key INTEGER NOT NULL,
    ordinal   INTEGER NOT NULL,
    type      TEXT,
    value     TEXT    NOT NULL,
    PRIMARY KEY (event_key, ordinal)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_event_biz_transactions_value ON event_biz_transactions (type, value, event_key);

CREATE TABLE IF NOT EXISTS event_sources_destinations (
    event_key INTEGER NOT NULL,
    ordinal   INTEGER NOT NULL,
    kind      TEXT    NOT NULL,   -- source or destination
    type      TEXT    NOT NULL,
    value     TEXT    NOT NULL,
    PRIMARY KEY (event_key, ordinal)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_event_sources_destinations_value ON event_sources_destinations (kind, type, value, event_key);

CREATE TABLE IF NOT EXISTS event_corrective_ids (
    event_key           INTEGER NOT NULL,
    ordinal             INTEGER NOT NULL,
    corrective_event_id TEXT    NOT NULL,
    PRIMARY KEY (event_key, ordinal)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_event_corrective_ids_value ON event_corrective_ids (corrective_event_id, event_key);

CREATE TABLE IF NOT EXISTS event_persistent_dispositions (
    event_key   INTEGER NOT NULL,
    ordinal     INTEGER NOT NULL,
    kind        TEXT    NOT NULL, -- set or unset
    disposition TEXT    NOT NULL,
    PRIMARY KEY (event_key, ordinal)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_event_persistent_dispositions_value ON event_persistent_dispositions (kind, disposition, event_key);

CREATE TABLE IF NOT EXISTS event_certifications (
    event_key          INTEGER NOT NULL,
    ordinal            INTEGER NOT NULL,
    certification_info TEXT    NOT NULL,
    PRIMARY KEY (event_key, ordinal)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS event_sensor_elements (
    event_key              INTEGER NOT NULL,
    sensor_index           INTEGER NOT NULL,
    time                   INTEGER,
    start_time             INTEGER,
    end_time               INTEGER,
    device_id              TEXT,
    device_metadata        TEXT,
    raw_data               TEXT,
    data_processing_method TEXT,
    biz_rules              TEXT,
    PRIMARY KEY (event_key, sensor_index)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS event_sensor_reports (
    event_key                   INTEGER NOT NULL,
    sensor_index                INTEGER NOT NULL,
    report_index                INTEGER NOT NULL,
    type                        TEXT,
    exception                   TEXT,
    device_id                   TEXT,
    device_metadata             TEXT,
    raw_data                    TEXT,
    data_processing_method      TEXT,
    biz_rules                   TEXT,
    time                        INTEGER,
    microorganism               TEXT,
    chemical_substance          TEXT,
    value                       REAL,
    component                   TEXT,
    string_value                TEXT,
    boolean_value               INTEGER,
    hex_binary_value            TEXT,
    uri_value                   TEXT,
    min_value                   REAL,
    max_value                   REAL,
    mean_value                  REAL,
    sdev                        REAL,
    perc_rank                   REAL,
    perc_value                  REAL,
    uom                         TEXT,
    coordinate_reference_system TEXT,
    PRIMARY KEY (event_key, sensor_index, report_index)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_event_sensor_reports_type ON event_sensor_reports (type, uom, value, event_key);

CREATE TABLE IF NOT EXISTS event_fields (
    event_key      INTEGER NOT NULL,
    ordinal        INTEGER NOT NULL,
    scope          TEXT    NOT NULL, -- extension ilmd error_declaration read_point biz_location sensor_element sensor_metadata sensor_report
    parent_ordinal INTEGER,          -- null: top level of its scope
    depth          INTEGER NOT NULL, -- 0: top level (EQ_ns#name, ILMD_...), > 0: nested (INNER_...)
    namespace      TEXT    NOT NULL,
    local_name     TEXT    NOT NULL,
    text_value     TEXT,
    numeric_value  REAL,             -- when the text is a number
    time_value     INTEGER,          -- when the text is a zoned xsd:dateTime
    sensor_index   INTEGER,
    report_index   INTEGER,
    PRIMARY KEY (event_key, ordinal)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_event_fields_text ON event_fields (namespace, local_name, scope, text_value);
CREATE INDEX IF NOT EXISTS ix_event_fields_numeric ON event_fields (namespace, local_name, scope, numeric_value) WHERE numeric_value IS NOT NULL;
CREATE INDEX IF NOT EXISTS ix_event_fields_time ON event_fields (namespace, local_name, scope, time_value) WHERE time_value IS NOT NULL;

-- Master data: one row per (vocabulary type, canonical element ID); capture replaces attributes and children.
CREATE TABLE IF NOT EXISTS vocabulary_elements (
    vocabulary_type TEXT    NOT NULL,
    element_key     TEXT    NOT NULL, -- DigitalLink.Canonical(element_id): what events' columns join on
    element_id      TEXT    NOT NULL, -- as last captured
    updated_at      INTEGER NOT NULL,
    PRIMARY KEY (vocabulary_type, element_key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_vocabulary_elements_key ON vocabulary_elements (element_key);

CREATE TABLE IF NOT EXISTS vocabulary_attributes (
    vocabulary_type TEXT    NOT NULL,
    element_key     TEXT    NOT NULL,
    ordinal         INTEGER NOT NULL,
    attribute_id    TEXT    NOT NULL,
    value           TEXT,             -- simple value
    value_kind      TEXT    NOT NULL, -- String, Number or Boolean
    content         TEXT,             -- structured content as JSON
    PRIMARY KEY (vocabulary_type, element_key, ordinal)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_vocabulary_attributes_value ON vocabulary_attributes (attribute_id, value, element_key);

CREATE TABLE IF NOT EXISTS vocabulary_children (
    vocabulary_type TEXT    NOT NULL,
    element_key     TEXT    NOT NULL,
    ordinal         INTEGER NOT NULL,
    child_id        TEXT    NOT NULL,
    child_key       TEXT    NOT NULL,
    PRIMARY KEY (vocabulary_type, element_key, ordinal)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_vocabulary_children_child ON vocabulary_children (child_key, element_key);
