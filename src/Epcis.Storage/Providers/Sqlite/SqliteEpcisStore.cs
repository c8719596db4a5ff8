using System.Data;
using System.Data.Common;
using Dapper;
using DbUp;
using Epcis.Storage.Rows;
using Microsoft.Data.Sqlite;

namespace Epcis.Storage.Providers.Sqlite;

/// <summary>
/// SQLite: the embedded default. WAL journal with <c>synchronous=FULL</c>: under WAL, NORMAL may lose the last
/// commits on power loss or an OS crash, and a capture acknowledged with 202 must survive both; FULL costs one
/// fsync of the WAL per capture transaction, which is small next to a batch of events.
/// </summary>
internal sealed class SqliteEpcisStore : RelationalEpcisStore
{
    private const int BusyTimeoutMs = 30_000;
    private readonly string _connectionString;

    public SqliteEpcisStore(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = true };
        if (builder.DefaultTimeout < BusyTimeoutMs / 1000) builder.DefaultTimeout = BusyTimeoutMs / 1000;
        _connectionString = builder.ToString();
    }

    public override DatabaseKind Kind => DatabaseKind.Sqlite;
    private protected override Statements Sql => CommonSql.Statements;
    protected override DbType TimeDbType => DbType.Int64;
    protected override object TimeValue(DateTimeOffset time) => Micros(time);
    protected override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => FromMicros(reader.GetInt64(ordinal));

    internal static long Micros(DateTimeOffset t) => (t.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
    internal static DateTimeOffset FromMicros(long micros) => new(DateTimeOffset.UnixEpoch.UtcTicks + micros * 10, TimeSpan.Zero);

    protected override async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var c = new SqliteConnection(_connectionString);
        try
        {
            await c.OpenAsync(ct).ConfigureAwait(false);
            using var pragma = c.CreateCommand();
            pragma.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMs}; PRAGMA synchronous = FULL; PRAGMA cache_size = -65536;";
            pragma.ExecuteNonQuery();
            return c;
        }
        catch
        {
            await c.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    // BEGIN IMMEDIATE: take the write lock now, so the duplicate check and the inserts see the same database.
    protected override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(IsolationLevel.Serializable, deferred: false));

    protected override async Task MigrateCoreAsync(CancellationToken ct)
    {
        // WAL is a property of the file: set it once, before any other connection uses the schema.
        await using (var c = await OpenAsync(ct).ConfigureAwait(false))
            // 32 KiB pages for a new database (ignored for an existing one): the random index inserts of capture
            // touch fewer, fuller pages; a 10,000-event StoreAsync of the benchmark workload went from ~23k to
            // ~29.6k events/s against 4 KiB pages (bench/README.md), and point queries stay around a millisecond.
            await c.ExecuteAsync(new CommandDefinition("PRAGMA page_size = 32768; PRAGMA journal_mode = WAL", cancellationToken: ct)).ConfigureAwait(false);

        // Two nodes on one file: SQLite's file lock serialises them, and every DDL statement is IF NOT EXISTS.
        var result = DeployChanges.To.SqliteDatabase(_connectionString)
            .WithScriptsEmbeddedInAssembly(typeof(SqliteEpcisStore).Assembly, ScriptsOf("Sqlite"))
            .WithTransactionPerScript()
            .WithVariablesDisabled()
            .LogToNowhere()
            .Build()
            .PerformUpgrade();
        if (!result.Successful) throw result.Error;
    }

    private protected override Task<HashSet<(string EventId, bool HasErrorDeclaration)>> FindStoredAsync(
        DbConnection connection, DbTransaction tx, IReadOnlyCollection<string> eventIds, CancellationToken ct) =>
        FindStoredByJsonListAsync(connection, tx, SqliteSql.FindStored, eventIds, ct);

    // The write lock is held (BEGIN IMMEDIATE), so MAX(id) + 1 … + count cannot be taken by anyone else.
    private protected override async Task<long[]> ReserveKeysAsync(DbConnection connection, DbTransaction tx, int count, CancellationToken ct)
    {
        long max = await connection.ExecuteScalarAsync<long>(new CommandDefinition(SqliteSql.MaxKey, transaction: tx, cancellationToken: ct)).ConfigureAwait(false);
        var keys = new long[count];
        for (int i = 0; i < count; i++) keys[i] = max + 1 + i;
        return keys;
    }

    private protected override Task WriteRowsAsync(DbConnection connection, DbTransaction tx, EventRowSet rows, long[] keys, CancellationToken ct)
    {
        SqliteBulkWriter.Write((SqliteConnection)connection, (SqliteTransaction)tx, rows, keys, ct);
        return Task.CompletedTask;
    }
}
