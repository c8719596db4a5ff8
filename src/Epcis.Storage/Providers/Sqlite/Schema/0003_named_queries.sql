-- Named queries of the REST binding (POST /queries): the name is the key, the query object is kept as JSON text.
CREATE TABLE IF NOT EXISTS named_queries (
    name       TEXT    NOT NULL PRIMARY KEY,
    definition TEXT    NOT NULL, -- the "query" object as JSON (SimpleEventQuery parameters, optional @context)
    created_at INTEGER NOT NULL  -- microseconds since the Unix epoch, UTC
) WITHOUT ROWID;
