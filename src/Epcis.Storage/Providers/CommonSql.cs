namespace Epcis.Storage.Providers;

/// <summary>Statements that SQLite and PostgreSQL spell alike (SQL Server has its own, see SqlServerSql).</summary>
internal static class CommonSql
{
    private const string JobColumns = "capture_id, created_at, finished_at, running, success, error_behaviour, event_count, errors";

    public static readonly Statements Statements = new()
    {
        Ping = "SELECT 1",
        InsertJob = """
            INSERT INTO capture_jobs (capture_id, created_at, finished_at, running, success, error_behaviour, event_count, errors, raw_document, raw_content_type)
            VALUES (@captureId, @createdAt, @finishedAt, @running, @success, @errorBehaviour, @eventCount, @errors, @raw, @rawType)
            """,
        UpdateJob = """
            UPDATE capture_jobs SET finished_at = @finishedAt, running = @running, success = @success, event_count = @eventCount, errors = @errors,
                   raw_document = CASE WHEN @dropRaw THEN NULL ELSE raw_document END,
                   raw_content_type = CASE WHEN @dropRaw THEN NULL ELSE raw_content_type END
            WHERE capture_id = @captureId
            """,
        SelectJob = $"SELECT {JobColumns} FROM capture_jobs WHERE capture_id = @captureId",
        ListJobsFirst = $"SELECT {JobColumns} FROM capture_jobs ORDER BY created_at DESC, capture_id DESC LIMIT @limit",
        ListJobsAfter = $"""
            SELECT {JobColumns} FROM capture_jobs
            WHERE created_at < @createdAt OR (created_at = @createdAt AND capture_id < @captureId)
            ORDER BY created_at DESC, capture_id DESC LIMIT @limit
            """,
        SelectRawDocument = "SELECT raw_document, raw_content_type FROM capture_jobs WHERE capture_id = @captureId",
        ListUnfinishedJobs = "SELECT capture_id FROM capture_jobs WHERE running = TRUE AND raw_document IS NOT NULL ORDER BY created_at",
        SelectEvent = """
            SELECT event_id, hash_id, body, record_time, capture_id FROM events
            WHERE event_id = @eventId ORDER BY has_error_declaration LIMIT 1
            """,
        CountEvents = "SELECT COUNT(*) FROM events",
        UpsertElement = """
            INSERT INTO vocabulary_elements (vocabulary_type, element_key, element_id, updated_at) VALUES (@type, @key, @id, @now)
            ON CONFLICT (vocabulary_type, element_key) DO UPDATE SET element_id = excluded.element_id, updated_at = excluded.updated_at
            """,
        DeleteAttributes = "DELETE FROM vocabulary_attributes WHERE vocabulary_type = @type AND element_key = @key",
        DeleteChildren = "DELETE FROM vocabulary_children WHERE vocabulary_type = @type AND element_key = @key",
        InsertAttribute = """
            INSERT INTO vocabulary_attributes (vocabulary_type, element_key, ordinal, attribute_id, value, value_kind, content)
            VALUES (@type, @key, @ordinal, @attributeId, @value, @valueKind, @content)
            """,
        InsertChild = """
            INSERT INTO vocabulary_children (vocabulary_type, element_key, ordinal, child_id, child_key)
            VALUES (@type, @key, @ordinal, @childId, @childKey)
            """,
        SelectElement = "SELECT element_id FROM vocabulary_elements WHERE vocabulary_type = @type AND element_key = @key",
        SelectAttributes = """
            SELECT attribute_id, value, value_kind, content FROM vocabulary_attributes
            WHERE vocabulary_type = @type AND element_key = @key ORDER BY ordinal
            """,
        SelectChildren = "SELECT child_id FROM vocabulary_children WHERE vocabulary_type = @type AND element_key = @key ORDER BY ordinal",
    };
}
