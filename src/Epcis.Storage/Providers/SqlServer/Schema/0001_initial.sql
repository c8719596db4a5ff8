-- EPCIS store, SQL Server dialect. Times are datetimeoffset(7) stored in UTC. Identifier and CBV columns are
-- nvarchar with a binary collation (EPCIS compares them byte for byte) and at most 800 characters, so that index
-- keys stay under SQL Server's 1,700-byte limit. Migrations run under sp_getapplock, so two nodes starting together
-- apply this once.

CREATE TABLE dbo.capture_jobs (
    capture_id       nvarchar(200)        NOT NULL PRIMARY KEY,
    created_at       datetimeoffset(7) NOT NULL,
    finished_at      datetimeoffset(7),
    running          bit     NOT NULL,
    success          bit     NOT NULL,
    error_behaviour  nvarchar(16)        NOT NULL,
    event_count      integer     NOT NULL DEFAULT 0,
    errors           nvarchar(max),              -- JSON array of RFC 7807 problems
    raw_document     varbinary(max),             -- the document as received, until its events are committed
    raw_content_type nvarchar(max)
);
CREATE INDEX ix_capture_jobs_created ON dbo.capture_jobs (created_at DESC, capture_id DESC);
CREATE INDEX ix_capture_jobs_unfinished ON dbo.capture_jobs (created_at) WHERE running = 1;

-- Event keys are reserved per capture with one sp_sequence_get_range call, before SqlBulkCopy.
CREATE SEQUENCE dbo.event_key_seq AS bigint START WITH 1 INCREMENT BY 1 CACHE 100;

CREATE TABLE dbo.events (
    id                     bigint      NOT NULL PRIMARY KEY,
    event_id               nvarchar(800)        COLLATE Latin1_General_100_BIN2 NOT NULL CHECK (event_id <> N''),
    hash_id                nvarchar(800)        COLLATE Latin1_General_100_BIN2 NOT NULL,
    event_type             nvarchar(400)        COLLATE Latin1_General_100_BIN2 NOT NULL,
    event_time             datetimeoffset(7) NOT NULL,
    event_time_offset      nvarchar(10)        NOT NULL,
    record_time            datetimeoffset(7) NOT NULL,
    action                 nvarchar(16)        COLLATE Latin1_General_100_BIN2,
    biz_step               nvarchar(800)        COLLATE Latin1_General_100_BIN2,
    disposition            nvarchar(800)        COLLATE Latin1_General_100_BIN2,
    read_point             nvarchar(800)        COLLATE Latin1_General_100_BIN2,
    biz_location           nvarchar(800)        COLLATE Latin1_General_100_BIN2,
    transformation_id      nvarchar(800)        COLLATE Latin1_General_100_BIN2,
    has_error_declaration  bit     NOT NULL,
    error_declaration_time datetimeoffset(7),
    error_reason           nvarchar(800)        COLLATE Latin1_General_100_BIN2,
    capture_id             nvarchar(200)        NOT NULL,
    owner                  nvarchar(max),
    body                   nvarchar(max)        NOT NULL  -- the event as canonical JSON-LD, returned verbatim
);
CREATE UNIQUE INDEX ux_events_event_id ON dbo.events (event_id, has_error_declaration);
CREATE INDEX ix_events_event_time ON dbo.events (event_time, id);
CREATE INDEX ix_events_record_time ON dbo.events (record_time, id);
CREATE INDEX ix_events_biz_step ON dbo.events (biz_step, event_time, id);
CREATE INDEX ix_events_disposition ON dbo.events (disposition, event_time, id);
CREATE INDEX ix_events_read_point ON dbo.events (read_point, event_time, id);
CREATE INDEX ix_events_biz_location ON dbo.events (biz_location, event_time, id);
CREATE INDEX ix_events_transformation_id ON dbo.events (transformation_id) WHERE transformation_id IS NOT NULL;

-- Child tables: primary key (event_key, ordinal) (appends, since keys grow), plus one index per query filter.
CREATE TABLE dbo.event_identifiers (
    event_key bigint  NOT NULL,
    ordinal   integer NOT NULL,
    role      nvarchar(16)    COLLATE Latin1_General_100_BIN2 NOT NULL, -- epc parent child input output class child_class input_class output_class
    value     nvarchar(800)    COLLATE Latin1_General_100_BIN2 NOT NULL,
    quantity  float,
    uom       nvarchar(800)    COLLATE Latin1_General_100_BIN2,
    PRIMARY KEY (event_key, ordinal)
);
CREATE INDEX ix_event_identifiers_value ON dbo.event_identifiers (value, role, event_key);

CREATE TABLE dbo.event_biz_transactions (
    event_key bigint  NOT NULL,
    ordinal   integer NOT NULL,
    type      nvarchar(200)    COLLATE Latin1_General_100_BIN2,
    value     nvarchar(600)    COLLATE Latin1_General_100_BIN2 NOT NULL,
    PRIMARY KEY (event_key, ordinal)
);
CREATE INDEX ix_event_biz_transactions_value ON dbo.event_biz_transactions (type, value, event_key);

CREATE TABLE dbo.event_sources_destinations (
    event_key bigint  NOT NULL,
    ordinal   integer NOT NULL,
    kind      nvarchar(16)    COLLATE Latin1_General_100_BIN2 NOT NULL, -- source or destination
    type      nvarchar(200)    COLLATE Latin1_General_100_BIN2 NOT NULL,
    value     nvarchar(600)    COLLATE Latin1_General_100_BIN2 NOT NULL,
    PRIMARY KEY (event_key, ordinal)
);
CREATE INDEX ix_event_sources_destinations_value ON dbo.event_sources_destinations (kind, type, value, event_key);

CREATE TABLE dbo.event_corrective_ids (
    event_key           bigint  NOT NULL,
    ordinal             integer NOT NULL,
    corrective_event_id nvarchar(800)    COLLATE Latin1_General_100_BIN2 NOT NULL,
    PRIMARY KEY (event_key, ordinal)
);
CREATE INDEX ix_event_corrective_ids_value ON dbo.event_corrective_ids (corrective_event_id, event_key);

CREATE TABLE dbo.event_persistent_dispositions (
    event_key   bigint  NOT NULL,
    ordinal     integer NOT NULL,
    kind        nvarchar(16)    COLLATE Latin1_General_100_BIN2 NOT NULL, -- set or unset
    disposition nvarchar(400)    COLLATE Latin1_General_100_BIN2 NOT NULL,
    PRIMARY KEY (event_key, ordinal)
);
CREATE INDEX ix_event_persistent_dispositions_value ON dbo.event_persistent_dispositions (kind, disposition, event_key);

CREATE TABLE dbo.event_certifications (
    event_key          bigint  NOT NULL,
    ordinal            integer NOT NULL,
    certification_info nvarchar(800)    COLLATE Latin1_General_100_BIN2 NOT NULL,
    PRIMARY KEY (event_key, ordinal)
);

CREATE TABLE dbo.event_sensor_elements (
    event_key              bigint  NOT NULL,
    sensor_index           integer NOT NULL,
    time                   datetimeoffset(7),
    start_time             datetimeoffset(7),
    end_time               datetimeoffset(7),
    device_id              nvarchar(800) COLLATE Latin1_General_100_BIN2,
    device_metadata        nvarchar(800) COLLATE Latin1_General_100_BIN2,
    raw_data               nvarchar(800) COLLATE Latin1_General_100_BIN2,
    data_processing_method nvarchar(800) COLLATE Latin1_General_100_BIN2,
    biz_rules              nvarchar(800) COLLATE Latin1_General_100_BIN2,
    PRIMARY KEY (event_key, sensor_index)
);

CREATE TABLE dbo.event_sensor_reports (
    event_key                   bigint  NOT NULL,
    sensor_index                integer NOT NULL,
    report_index                integer NOT NULL,
    type                        nvarchar(200) COLLATE Latin1_General_100_BIN2,
    exception                   nvarchar(800) COLLATE Latin1_General_100_BIN2,
    device_id                   nvarchar(800) COLLATE Latin1_General_100_BIN2,
    device_metadata             nvarchar(800) COLLATE Latin1_General_100_BIN2,
    raw_data                    nvarchar(800) COLLATE Latin1_General_100_BIN2,
    data_processing_method      nvarchar(800) COLLATE Latin1_General_100_BIN2,
    biz_rules                   nvarchar(800) COLLATE Latin1_General_100_BIN2,
    time                        datetimeoffset(7),
    microorganism               nvarchar(800) COLLATE Latin1_General_100_BIN2,
    chemical_substance          nvarchar(800) COLLATE Latin1_General_100_BIN2,
    value                       float,
    component                   nvarchar(800) COLLATE Latin1_General_100_BIN2,
    string_value                nvarchar(max),
    boolean_value               bit,
    hex_binary_value            nvarchar(max),
    uri_value                   nvarchar(800) COLLATE Latin1_General_100_BIN2,
    min_value                   float,
    max_value                   float,
    mean_value                  float,
    sdev                        float,
    perc_rank                   float,
    perc_value                  float,
    uom                         nvarchar(16) COLLATE Latin1_General_100_BIN2,
    coordinate_reference_system nvarchar(max),
    PRIMARY KEY (event_key, sensor_index, report_index)
);
CREATE INDEX ix_event_sensor_reports_type ON dbo.event_sensor_reports (type, uom, value, event_key);

CREATE TABLE dbo.event_fields (
    event_key      bigint  NOT NULL,
    ordinal        integer NOT NULL,
    scope          nvarchar(20)    COLLATE Latin1_General_100_BIN2 NOT NULL, -- extension ilmd error_declaration read_point biz_location sensor_element sensor_metadata sensor_report
    parent_ordinal integer,                      -- null: top level of its scope
    depth          integer NOT NULL,             -- 0: top level (EQ_ns#name, ILMD_...), > 0: nested (INNER_...)
    namespace      nvarchar(400)    COLLATE Latin1_General_100_BIN2 NOT NULL,
    local_name     nvarchar(200)    COLLATE Latin1_General_100_BIN2 NOT NULL,
    text_value     nvarchar(max)    COLLATE Latin1_General_100_BIN2,
    numeric_value  float,             -- when the text is a number
    time_value     datetimeoffset(7),                  -- when the text is a zoned xsd:dateTime
    sensor_index   integer,
    report_index   integer,
    PRIMARY KEY (event_key, ordinal)
);
-- text_value is nvarchar(max) (extension text has no length limit), so it is an included column, not a key.
CREATE INDEX ix_event_fields_text ON dbo.event_fields (namespace, local_name, scope) INCLUDE (text_value);
CREATE INDEX ix_event_fields_numeric ON dbo.event_fields (namespace, local_name, scope, numeric_value) WHERE numeric_value IS NOT NULL;
CREATE INDEX ix_event_fields_time ON dbo.event_fields (namespace, local_name, scope, time_value) WHERE time_value IS NOT NULL;

-- Master data: one row per (vocabulary type, canonical element ID); capture replaces attributes and children.
CREATE TABLE dbo.vocabulary_elements (
    vocabulary_type nvarchar(128)        COLLATE Latin1_General_100_BIN2 NOT NULL,
    element_key     nvarchar(300)        COLLATE Latin1_General_100_BIN2 NOT NULL, -- DigitalLink.Canonical(element_id): what events' columns join on
    element_id      nvarchar(max)        NOT NULL,             -- as last captured
    updated_at      datetimeoffset(7) NOT NULL,
    PRIMARY KEY (vocabulary_type, element_key)
);
CREATE INDEX ix_vocabulary_elements_key ON dbo.vocabulary_elements (element_key);

CREATE TABLE dbo.vocabulary_attributes (
    vocabulary_type nvarchar(128)    COLLATE Latin1_General_100_BIN2 NOT NULL,
    element_key     nvarchar(300)    COLLATE Latin1_General_100_BIN2 NOT NULL,
    ordinal         integer NOT NULL,
    attribute_id    nvarchar(200)    COLLATE Latin1_General_100_BIN2 NOT NULL,
    value           nvarchar(max)    COLLATE Latin1_General_100_BIN2,  -- simple value
    value_kind      nvarchar(16)    NOT NULL,     -- String, Number or Boolean
    content         nvarchar(max),                 -- structured content as JSON
    PRIMARY KEY (vocabulary_type, element_key, ordinal)
);
CREATE INDEX ix_vocabulary_attributes_value ON dbo.vocabulary_attributes (attribute_id, element_key) INCLUDE (value);

CREATE TABLE dbo.vocabulary_children (
    vocabulary_type nvarchar(128)    COLLATE Latin1_General_100_BIN2 NOT NULL,
    element_key     nvarchar(300)    COLLATE Latin1_General_100_BIN2 NOT NULL,
    ordinal         integer NOT NULL,
    child_id        nvarchar(max)    NOT NULL,
    child_key       nvarchar(300)    COLLATE Latin1_General_100_BIN2 NOT NULL,
    PRIMARY KEY (vocabulary_type, element_key, ordinal)
);
CREATE INDEX ix_vocabulary_children_child ON dbo.vocabulary_children (child_key, element_key);
