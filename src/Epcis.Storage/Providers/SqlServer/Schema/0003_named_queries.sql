-- Named queries of the REST binding (POST /queries): the name is the key, the query object is kept as JSON text.
CREATE TABLE dbo.named_queries (
    name       nvarchar(400)     COLLATE Latin1_General_100_BIN2 NOT NULL PRIMARY KEY,
    definition nvarchar(max)     NOT NULL, -- the "query" object as JSON (SimpleEventQuery parameters, optional @context)
    created_at datetimeoffset(7) NOT NULL
);
