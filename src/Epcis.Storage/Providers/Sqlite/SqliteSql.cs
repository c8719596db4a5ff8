namespace Epcis.Storage.Providers.Sqlite;

/// <summary>SQLite-only statements (times are INTEGER microseconds since the Unix epoch, UTC).</summary>
internal static class SqliteSql
{
    /// <summary>The duplicate check: one statement for the whole batch, the IDs passed as one JSON array.</summary>
    public const string FindStored = """
        SELECT event_id, has_error_declaration FROM events
        WHERE event_id IN (SELECT value FROM json_each(@ids))
        """;

    public const string MaxKey = "SELECT COALESCE(MAX(id), 0) FROM events";
}
