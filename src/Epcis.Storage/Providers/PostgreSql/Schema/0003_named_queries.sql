-- Named queries of the REST binding (POST /queries): the name is the key, the query object is kept as JSON text.
CREATE TABLE named_queries (
    name       text        COLLATE "C" NOT NULL PRIMARY KEY,
    definition text        NOT NULL, -- the "query" object as JSON (SimpleEventQuery parameters, optional @context)
    created_at timestamptz NOT NULL
);
