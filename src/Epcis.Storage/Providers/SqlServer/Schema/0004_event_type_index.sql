-- Query interface (issue 4): GET /eventTypes lists the distinct event types. Without an index whose leading column is
-- event_type that is a scan of every event; with it SELECT DISTINCT reads the narrow index (a stream aggregate over an
-- ordered index scan) instead of the clustered table, and EQ_eventType-only queries can use it as well.
CREATE INDEX ix_events_event_type ON dbo.events (event_type, id);
