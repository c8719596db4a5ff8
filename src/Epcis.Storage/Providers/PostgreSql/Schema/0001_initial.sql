-- EPCIS store, PostgreSQL dialect. Times are timestamptz (UTC). Identifier and CBV columns use COLLATE "C":
-- EPCIS compares them byte for byte, and C comparisons are cheaper than the locale's (performance-limits.md, stage 5)
-- and let LIKE 'prefix%' use the b-tree.
-- Migrations run under pg_advisory_lock, so two nodes starting together apply this once.

CREATE TABLE capture_jobs (
    capture_id       text        NOT NULL PRIMARY KEY,
    created_at       timestamptz NOT NULL,
    finished_at      timestamptz,
    running          boolean     NOT NULL,
    success          boolean     NOT NULL,
    error_behaviour  text        NOT NULL,
    event_count      integer     NOT NULL DEFAULT 0,
    errors           text,              -- JSON array of RFC 7807 problems
    raw_document     bytea,             -- the document as received, until its events are committed
    raw_content_type text
);
CREATE INDEX ix_capture_jobs_created ON capture_jobs (created_at DESC, capture_id DESC);
CREATE INDEX ix_capture_jobs_unfinished ON capture_jobs (created_at) WHERE running AND raw_document IS NOT NULL;

-- Event keys are reserved in one statement per capture (nextval over generate_series) before the binary COPY.
CREATE SEQUENCE event_key_seq AS bigint CACHE 1;

CREATE TABLE events (
    id                     bigint      NOT NULL PRIMARY KEY,
    event_id               text        COLLATE "C" NOT NULL CHECK (event_id <> ''),
    hash_id                text        COLLATE "C" NOT NULL,
    event_type             text        COLLATE "C" NOT NULL,
    event_time             timestamptz NOT NULL,
    event_time_offset      text        NOT NULL,
    record_time            timestamptz NOT NULL,
    action                 text        COLLATE "C",
    biz_step               text        COLLATE "C",
    disposition            text        COLLATE "C",
    read_point             text        COLLATE "C",
    biz_location           text        COLLATE "C",
    transformation_id      text        COLLATE "C",
    has_error_declaration  boolean     NOT NULL,
    error_declaration_time timestamptz,
    error_reason           text        COLLATE "C",
    capture_id             text        NOT NULL,
    owner                  text,
    body                   text        NOT NULL  -- the event as canonical JSON-LD, returned verbatim
);
CREATE UNIQUE INDEX ux_events_event_id ON events (event_id, has_error_declaration);
CREATE INDEX ix_events_event_time ON events (event_time, id);
CREATE INDEX ix_events_record_time ON events (record_time, id);
CREATE INDEX ix_events_biz_step ON events (biz_step, event_time, id);
CREATE INDEX ix_events_disposition ON events (disposition, event_time, id);
CREATE INDEX ix_events_read_point ON events (read_point, event_time, id);
CREATE INDEX ix_events_biz_location ON events (biz_location, event_time, id);
CREATE INDEX ix_events_transformation_id ON events (transformation_id) WHERE transformation_id IS NOT NULL;

-- Child tables: primary key (event_key, ordinal) (appends, since keys grow), plus one index per query filter.
CREATE TABLE event_identifiers (
    event_key bigint  NOT NULL,
    ordinal   integer NOT NULL,
    role      text    COLLATE "C" NOT NULL, -- epc parent child input output class child_class input_class output_class
    value     text    COLLATE "C" NOT NULL,
    quantity  double precision,
    uom       text    COLLATE "C",
    PRIMARY KEY (event_key, ordinal)
);
CREATE INDEX ix_event_identifiers_value ON event_identifiers (value, role, event_key);

CREATE TABLE event_biz_transactions (
    event_key bigint  NOT NULL,
    ordinal   integer NOT NULL,
    type      text    COLLATE "C",
    value     text    COLLATE "C" NOT NULL,
    PRIMARY KEY (event_key, ordinal)
);
CREATE INDEX ix_event_biz_transactions_value ON event_biz_transactions (type, value, event_key);

CREATE TABLE event_sources_destinations (
    event_key bigint  NOT NULL,
    ordinal   integer NOT NULL,
    kind      text    COLLATE "C" NOT NULL, -- source or destination
    type      text    COLLATE "C" NOT NULL,
    value     text    COLLATE "C" NOT NULL,
    PRIMARY KEY (event_key, ordinal)
);
CREATE INDEX ix_event_sources_destinations_value ON event_sources_destinations (kind, type, value, event_key);

CREATE TABLE event_corrective_ids (
    event_key           bigint  NOT NULL,
    ordinal             integer NOT NULL,
    corrective_event_id text    COLLATE "C" NOT NULL,
    PRIMARY KEY (event_key, ordinal)
);
CREATE INDEX ix_event_corrective_ids_value ON event_corrective_ids (corrective_event_id, event_key);

CREATE TABLE event_persistent_dispositions (
    event_key   bigint  NOT NULL,
    ordinal     integer NOT NULL,
    kind        text    COLLATE "C" NOT NULL, -- set or unset
    disposition text    COLLATE "C" NOT NULL,
    PRIMARY KEY (event_key, ordinal)
);
CREATE INDEX ix_event_persistent_dispositions_value ON event_persistent_dispositions (kind, disposition, event_key);

CREATE TABLE event_certifications (
    event_key          bigint  NOT NULL,
    ordinal            integer NOT NULL,
    certification_info text    COLLATE "C" NOT NULL,
    PRIMARY KEY (event_key, ordinal)
);

CREATE TABLE event_sensor_elements (
    event_key              bigint  NOT NULL,
    sensor_index           integer NOT NULL,
    time                   timestamptz,
    start_time             timestamptz,
    end_time               timestamptz,
    device_id              text COLLATE "C",
    device_metadata        text COLLATE "C",
    raw_data               text COLLATE "C",
    data_processing_method text COLLATE "C",
    biz_rules              text COLLATE "C",
    PRIMARY KEY (event_key, sensor_index)
);

CREATE TABLE event_sensor_reports (
    event_key                   bigint  NOT NULL,
    sensor_index                integer NOT NULL,
    report_index                integer NOT NULL,
    type                        text COLLATE "C",
    exception                   text COLLATE "C",
    device_id                   text COLLATE "C",
    device_metadata             text COLLATE "C",
    raw_data                    text COLLATE "C",
    data_processing_method      text COLLATE "C",
    biz_rules                   text COLLATE "C",
    time                        timestamptz,
    microorganism               text COLLATE "C",
    chemical_substance          text COLLATE "C",
    value                       double precision,
    component                   text COLLATE "C",
    string_value                text,
    boolean_value               boolean,
    hex_binary_value            text,
    uri_value                   text COLLATE "C",
    min_value                   double precision,
    max_value                   double precision,
    mean_value                  double precision,
    sdev                        double precision,
    perc_rank                   double precision,
    perc_value                  double precision,
    uom                         text COLLATE "C",
    coordinate_reference_system text,
    PRIMARY KEY (event_key, sensor_index, report_index)
);
CREATE INDEX ix_event_sensor_reports_type ON event_sensor_reports (type, uom, value, event_key);

CREATE TABLE event_fields (
    event_key      bigint  NOT NULL,
    ordinal        integer NOT NULL,
    scope          text    COLLATE "C" NOT NULL, -- extension ilmd error_declaration read_point biz_location sensor_element sensor_metadata sensor_report
    parent_ordinal integer,                      -- null: top level of its scope
    depth          integer NOT NULL,             -- 0: top level (EQ_ns#name, ILMD_...), > 0: nested (INNER_...)
    namespace      text    COLLATE "C" NOT NULL,
    local_name     text    COLLATE "C" NOT NULL,
    text_value     text    COLLATE "C",
    numeric_value  double precision,             -- when the text is a number
    time_value     timestamptz,                  -- when the text is a zoned xsd:dateTime
    sensor_index   integer,
    report_index   integer,
    PRIMARY KEY (event_key, ordinal)
);
CREATE INDEX ix_event_fields_text ON event_fields (namespace, local_name, scope, text_value);
CREATE INDEX ix_event_fields_numeric ON event_fields (namespace, local_name, scope, numeric_value) WHERE numeric_value IS NOT NULL;
CREATE INDEX ix_event_fields_time ON event_fields (namespace, local_name, scope, time_value) WHERE time_value IS NOT NULL;

-- Master data: one row per (vocabulary type, canonical element ID); capture replaces attributes and children.
CREATE TABLE vocabulary_elements (
    vocabulary_type text        COLLATE "C" NOT NULL,
    element_key     text        COLLATE "C" NOT NULL, -- DigitalLink.Canonical(element_id): what events' columns join on
    element_id      text        NOT NULL,             -- as last captured
    updated_at      timestamptz NOT NULL,
    PRIMARY KEY (vocabulary_type, element_key)
);
CREATE INDEX ix_vocabulary_elements_key ON vocabulary_elements (element_key);

CREATE TABLE vocabulary_attributes (
    vocabulary_type text    COLLATE "C" NOT NULL,
    element_key     text    COLLATE "C" NOT NULL,
    ordinal         integer NOT NULL,
    attribute_id    text    COLLATE "C" NOT NULL,
    value           text    COLLATE "C",  -- simple value
    value_kind      text    NOT NULL,     -- String, Number or Boolean
    content         text,                 -- structured content as JSON
    PRIMARY KEY (vocabulary_type, element_key, ordinal)
);
CREATE INDEX ix_vocabulary_attributes_value ON vocabulary_attributes (attribute_id, value, element_key);

CREATE TABLE vocabulary_children (
    vocabulary_type text    COLLATE "C" NOT NULL,
    element_key     text    COLLATE "C" NOT NULL,
    ordinal         integer NOT NULL,
    child_id        text    NOT NULL,
    child_key       text    COLLATE "C" NOT NULL,
    PRIMARY KEY (vocabulary_type, element_key, ordinal)
);
CREATE INDEX ix_vocabulary_children_child ON vocabulary_children (child_key, element_key);
