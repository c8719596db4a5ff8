-- Query interface (issue 4): GET /eventTypes lists the distinct event types. Without an index whose leading column is
-- event_type that is a scan of every event; with it the list is a walk of the index (ResourceSql skips from one value
-- to the next, one seek per distinct type), and EQ_eventType-only queries can use it as well.
CREATE INDEX IF NOT EXISTS ix_events_event_type ON events (event_type, id);
