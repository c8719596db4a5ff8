using System.Data;
using System.Data.Common;
using Dapper;
using DbUp;
using Epcis.Storage.Rows;
using Npgsql;
using NpgsqlTypes;

namespace Epcis.Storage.Providers.PostgreSql;

/// <summary>PostgreSQL: events and child rows go in by binary COPY, with keys reserved from a sequence in one statement.</summary>
internal sealed class PostgreSqlEpcisStore : RelationalEpcisStore, IAsyncDisposable, IDisposable
{
    // Arbitrary constant shared by every node: pg_advisory_lock(MigrationLockKey) serialises migrations.
    private const long MigrationLockKey = 0x45504349535f4d; // "EPCIS_M"

    private const string FindStoredSql = "SELECT event_id, has_error_declaration FROM events WHERE event_id = ANY(@ids)";
    private const string ReserveKeysSql = "SELECT nextval('event_key_seq') FROM generate_series(1, @count)";

    private readonly string _connectionString;
    private readonly NpgsqlDataSource _dataSource;

    public PostgreSqlEpcisStore(string connectionString)
    {
        _connectionString = connectionString;
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    public override DatabaseKind Kind => DatabaseKind.PostgreSql;
    private protected override Statements Sql => CommonSql.Statements;
    protected override DbType TimeDbType => DbType.DateTimeOffset;
    protected override object TimeValue(DateTimeOffset time) => time.ToUniversalTime();
    protected override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    protected override async Task<DbConnection> OpenAsync(CancellationToken ct) =>
        await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);

    protected override async Task MigrateCoreAsync(CancellationToken ct)
    {
        // A session-level advisory lock held while DbUp runs: a second node waits, then finds nothing to do.
        await using var c = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await c.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@key)", new { key = MigrationLockKey }, cancellationToken: ct)).ConfigureAwait(false);
        try
        {
            var result = DeployChanges.To.PostgresqlDatabase(_connectionString)
                .WithScriptsEmbeddedInAssembly(typeof(PostgreSqlEpcisStore).Assembly, ScriptsOf("PostgreSql"))
                .WithTransactionPerScript()
                .WithVariablesDisabled()
                .LogToNowhere()
                .Build()
                .PerformUpgrade();
            if (!result.Successful) throw result.Error;
        }
        finally
        {
            await c.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_unlock(@key)", new { key = MigrationLockKey }, cancellationToken: CancellationToken.None)).ConfigureAwait(false);
        }
    }

    private protected override async Task<HashSet<(string EventId, bool HasErrorDeclaration)>> FindStoredAsync(
        DbConnection connection, DbTransaction tx, IReadOnlyCollection<string> eventIds, CancellationToken ct)
    {
        var found = new HashSet<(string, bool)>();
        await using var r = await connection.ExecuteReaderAsync(new CommandDefinition(FindStoredSql, new { ids = eventIds.ToArray() }, tx, cancellationToken: ct)).ConfigureAwait(false);
        while (await r.ReadAsync(ct).ConfigureAwait(false)) found.Add((r.GetString(0), r.GetBoolean(1)));
        return found;
    }

    private protected override async Task<long[]> ReserveKeysAsync(DbConnection connection, DbTransaction tx, int count, CancellationToken ct)
    {
        var keys = await connection.QueryAsync<long>(new CommandDefinition(ReserveKeysSql, new { count }, tx, cancellationToken: ct)).ConfigureAwait(false);
        return keys.ToArray();
    }

    private protected override async Task WriteRowsAsync(DbConnection connection, DbTransaction tx, EventRowSet rows, long[] keys, CancellationToken ct)
    {
        var c = (NpgsqlConnection)connection;
        foreach (ITable table in Tables.All)
        {
            int count = table.Count(rows);
            if (count == 0) continue;
            await using var copy = await c.BeginBinaryImportAsync(CopyText(table), ct).ConfigureAwait(false);
            var values = new object?[table.Columns.Count];
            for (int i = 0; i < count; i++)
            {
                table.Fill(rows, i, keys, values);
                // Synchronous Write only fills Npgsql's buffer (it flushes when full); an awaited call per value
                // costs more than the value itself.
                copy.StartRow();
                for (int col = 0; col < values.Length; col++) Write(copy, table.Columns[col].Kind, values[col]);
            }
            await copy.CompleteAsync(ct).ConfigureAwait(false);
        }
    }

    /// <summary>The COPY statement for a table.</summary>
    internal static string CopyText(ITable table) =>
        $"COPY {table.Name} ({string.Join(", ", table.Columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)";

    private static void Write(NpgsqlBinaryImporter copy, ColumnKind kind, object? value)
    {
        if (value is null)
        {
            copy.WriteNull();
            return;
        }
        switch (kind)
        {
            case ColumnKind.BigInt: copy.Write((long)value, NpgsqlDbType.Bigint); break;
            case ColumnKind.Int: copy.Write((int)value, NpgsqlDbType.Integer); break;
            case ColumnKind.Text: copy.Write((string)value, NpgsqlDbType.Text); break;
            case ColumnKind.Double: copy.Write((double)value, NpgsqlDbType.Double); break;
            case ColumnKind.Bool: copy.Write((bool)value, NpgsqlDbType.Boolean); break;
            case ColumnKind.Time: copy.Write(((DateTimeOffset)value).ToUniversalTime(), NpgsqlDbType.TimestampTz); break;
            default: throw new ArgumentOutOfRangeException(nameof(kind));
        }
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();
}
