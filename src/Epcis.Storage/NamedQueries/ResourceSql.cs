namespace Epcis.Storage.NamedQueries;

/// <summary>
/// The SQL behind named queries and the discovery lists. Every list is keyset-paged on its own value
/// (<c>value &gt; @after ORDER BY value</c>) and reads an index whose leading column is that value.
/// </summary>
internal static class ResourceSql
{
    /// <summary>The roles of <c>event_identifiers</c> that are EPCs (instance level), not classes.</summary>
    private const string EpcRoles = "role IN ('epc', 'parent', 'child', 'input', 'output')";

    /// <summary>The column (and table) each discovery list reads.</summary>
    private static (string Column, string Table, string? Where) Source(DistinctKind kind) => kind switch
    {
        DistinctKind.EventType => ("event_type", "events", null),
        DistinctKind.Epc => ("value", "event_identifiers", EpcRoles),
        DistinctKind.BizStep => ("biz_step", "events", null),
        DistinctKind.BizLocation => ("biz_location", "events", null),
        DistinctKind.ReadPoint => ("read_point", "events", null),
        DistinctKind.Disposition => ("disposition", "events", null),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// SQLite and PostgreSQL (LIMIT; NULLs drop out of <c>&gt; @after</c>). A column of <c>events</c> is listed by a
    /// loose index scan: each step seeks the next value above the previous one (<c>MIN(col) WHERE col &gt; v</c>, one
    /// index probe per distinct value), so a page costs <c>limit</c> seeks however many events share each value
    /// (<c>SELECT DISTINCT</c> would read every index entry: neither database skips duplicates by itself). Every such
    /// column leads an index (0001; event_type since 0004).
    /// </summary>
    public static string ListDistinct(DistinctKind kind)
    {
        var (column, table, where) = Source(kind);
        if (where is null)
            return $"WITH RECURSIVE d(v, n) AS (SELECT (SELECT MIN({column}) FROM {table} WHERE {column} > @after), 1 "
                + $"UNION ALL SELECT (SELECT MIN({column}) FROM {table} WHERE {column} > d.v), d.n + 1 FROM d WHERE d.v IS NOT NULL AND d.n < @limit) "
                + "SELECT v FROM d WHERE v IS NOT NULL ORDER BY v";
        return $"SELECT DISTINCT {column} FROM {table} WHERE {column} > @after AND {where} ORDER BY {column} LIMIT @limit";
    }

    /// <summary>SQL Server (TOP).</summary>
    public static string ListDistinctSqlServer(DistinctKind kind)
    {
        var (column, table, where) = Source(kind);
        return $"SELECT DISTINCT TOP (@limit) {column} FROM dbo.{table} WHERE {column} > @after{(where is null ? "" : " AND " + where)} ORDER BY {column}";
    }

    public const string InsertNamedQuery = "INSERT INTO named_queries (name, definition, created_at) VALUES (@name, @definition, @createdAt)";
    public const string SelectNamedQuery = "SELECT name, definition, created_at FROM named_queries WHERE name = @name";
    public const string ListNamedQueries = "SELECT name, definition, created_at FROM named_queries WHERE name > @after ORDER BY name LIMIT @limit";
    public const string DeleteNamedQuery = "DELETE FROM named_queries WHERE name = @name";

    public const string SqlServerInsertNamedQuery = "INSERT INTO dbo.named_queries (name, definition, created_at) VALUES (@name, @definition, @createdAt)";
    public const string SqlServerSelectNamedQuery = "SELECT name, definition, created_at FROM dbo.named_queries WHERE name = @name";
    public const string SqlServerListNamedQueries = "SELECT TOP (@limit) name, definition, created_at FROM dbo.named_queries WHERE name > @after ORDER BY name";
    public const string SqlServerDeleteNamedQuery = "DELETE FROM dbo.named_queries WHERE name = @name";
}
