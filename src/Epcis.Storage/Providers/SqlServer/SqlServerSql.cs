namespace Epcis.Storage.Providers.SqlServer;

/// <summary>
/// Every T-SQL statement the SQL Server provider sends, as constants, so that a test parses each one with
/// ScriptDom (there is no SQL Server on the development machines).
/// </summary>
internal static class SqlServerSql
{
    private const string JobColumns = "capture_id, created_at, finished_at, running, success, error_behaviour, event_count, errors";

    public const string Ping = "SELECT 1";

    public const string InsertJob = """
        INSERT INTO dbo.capture_jobs (capture_id, created_at, finished_at, running, success, error_behaviour, event_count, errors, raw_document, raw_content_type)
        VALUES (@captureId, @createdAt, @finishedAt, @running, @success, @errorBehaviour, @eventCount, @errors, @raw, @rawType)
        """;

    public const string UpdateJob = """
        UPDATE dbo.capture_jobs SET finished_at = @finishedAt, running = @running, success = @success, event_count = @eventCount, errors = @errors,
               raw_document = CASE WHEN @dropRaw = 1 THEN NULL ELSE raw_document END,
               raw_content_type = CASE WHEN @dropRaw = 1 THEN NULL ELSE raw_content_type END
        WHERE capture_id = @captureId
        """;

    public const string SelectJob = "SELECT " + JobColumns + " FROM dbo.capture_jobs WHERE capture_id = @captureId";

    public const string ListJobsFirst = "SELECT TOP (@limit) " + JobColumns + " FROM dbo.capture_jobs ORDER BY created_at DESC, capture_id DESC";

    public const string ListJobsAfter = "SELECT TOP (@limit) " + JobColumns + """
         FROM dbo.capture_jobs
        WHERE created_at < @createdAt OR (created_at = @createdAt AND capture_id < @captureId)
        ORDER BY created_at DESC, capture_id DESC
        """;

    public const string SelectRawDocument = "SELECT raw_document, raw_content_type FROM dbo.capture_jobs WHERE capture_id = @captureId";

    public const string ListUnfinishedJobs = "SELECT capture_id FROM dbo.capture_jobs WHERE running = 1 AND raw_document IS NOT NULL ORDER BY created_at";

    public const string SelectEvent = """
        SELECT TOP (1) event_id, hash_id, body, record_time, capture_id FROM dbo.events
        WHERE event_id = @eventId ORDER BY has_error_declaration
        """;

    public const string CountEvents = "SELECT COUNT_BIG(*) FROM dbo.events";

    public const string UpsertElement = """
        MERGE dbo.vocabulary_elements WITH (HOLDLOCK) AS t
        USING (SELECT @type AS vocabulary_type, @key AS element_key, @id AS element_id, @now AS updated_at) AS s
           ON t.vocabulary_type = s.vocabulary_type AND t.element_key = s.element_key
        WHEN MATCHED THEN UPDATE SET element_id = s.element_id, updated_at = s.updated_at
        WHEN NOT MATCHED BY TARGET THEN INSERT (vocabulary_type, element_key, element_id, updated_at)
             VALUES (s.vocabulary_type, s.element_key, s.element_id, s.updated_at);
        """;

    public const string DeleteAttributes = "DELETE FROM dbo.vocabulary_attributes WHERE vocabulary_type = @type AND element_key = @key";

    public const string DeleteChildren = "DELETE FROM dbo.vocabulary_children WHERE vocabulary_type = @type AND element_key = @key";

    public const string InsertAttribute = """
        INSERT INTO dbo.vocabulary_attributes (vocabulary_type, element_key, ordinal, attribute_id, value, value_kind, content)
        VALUES (@type, @key, @ordinal, @attributeId, @value, @valueKind, @content)
        """;

    public const string InsertChild = """
        INSERT INTO dbo.vocabulary_children (vocabulary_type, element_key, ordinal, child_id, child_key)
        VALUES (@type, @key, @ordinal, @childId, @childKey)
        """;

    public const string SelectElement = "SELECT element_id FROM dbo.vocabulary_elements WHERE vocabulary_type = @type AND element_key = @key";

    public const string SelectAttributes = """
        SELECT attribute_id, value, value_kind, content FROM dbo.vocabulary_attributes
        WHERE vocabulary_type = @type AND element_key = @key ORDER BY ordinal
        """;

    public const string SelectChildren = "SELECT child_id FROM dbo.vocabulary_children WHERE vocabulary_type = @type AND element_key = @key ORDER BY ordinal";

    /// <summary>The duplicate check: one statement for the batch, the IDs passed as one JSON array.</summary>
    public const string FindStored = """
        SELECT e.event_id, e.has_error_declaration FROM dbo.events AS e
        WHERE e.event_id IN (SELECT j.id FROM OPENJSON(@ids) WITH (id nvarchar(800) '$') AS j)
        """;

    /// <summary>Reserves @count consecutive event keys in one call.</summary>
    public const string ReserveKeys = """
        DECLARE @first sql_variant;
        EXEC sys.sp_sequence_get_range @sequence_name = N'dbo.event_key_seq', @range_size = @count, @range_first_value = @first OUTPUT;
        SELECT CAST(@first AS bigint);
        """;

    /// <summary>Held for the session while DbUp runs: a second node waits, then finds nothing to do.</summary>
    public const string AcquireMigrationLock = """
        DECLARE @result int;
        EXEC @result = sp_getapplock @Resource = N'epcis-migrations', @LockMode = N'Exclusive', @LockOwner = N'Session', @LockTimeout = 300000;
        IF @result < 0 THROW 50000, N'Could not take the EPCIS migration lock.', 1;
        """;

    public const string ReleaseMigrationLock = "EXEC sp_releaseapplock @Resource = N'epcis-migrations', @LockOwner = N'Session';";

    public static readonly Statements Statements = new()
    {
        Ping = Ping, InsertJob = InsertJob, UpdateJob = UpdateJob, SelectJob = SelectJob, ListJobsFirst = ListJobsFirst,
        ListJobsAfter = ListJobsAfter, SelectRawDocument = SelectRawDocument, ListUnfinishedJobs = ListUnfinishedJobs,
        SelectEvent = SelectEvent, CountEvents = CountEvents, UpsertElement = UpsertElement, DeleteAttributes = DeleteAttributes,
        DeleteChildren = DeleteChildren, InsertAttribute = InsertAttribute, InsertChild = InsertChild, SelectElement = SelectElement,
        SelectAttributes = SelectAttributes, SelectChildren = SelectChildren,
    };
}
