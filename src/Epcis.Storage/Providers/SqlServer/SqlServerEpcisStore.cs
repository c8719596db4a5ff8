using System.Data;
using System.Data.Common;
using Dapper;
using DbUp;
using Epcis.Storage.Rows;
using Microsoft.Data.SqlClient;

namespace Epcis.Storage.Providers.SqlServer;

/// <summary>SQL Server: events and child rows go in by SqlBulkCopy inside the capture transaction, keys from a sequence range.</summary>
internal sealed class SqlServerEpcisStore(string connectionString) : RelationalEpcisStore
{
    public override DatabaseKind Kind => DatabaseKind.SqlServer;
    private protected override Statements Sql => SqlServerSql.Statements;
    protected override DbType TimeDbType => DbType.DateTimeOffset;
    protected override object TimeValue(DateTimeOffset time) => time.ToUniversalTime();
    protected override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    protected override async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var c = new SqlConnection(connectionString);
        try
        {
            await c.OpenAsync(ct).ConfigureAwait(false);
            return c;
        }
        catch
        {
            await c.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    protected override async Task MigrateCoreAsync(CancellationToken ct)
    {
        await using var c = await OpenAsync(ct).ConfigureAwait(false);
        await c.ExecuteAsync(new CommandDefinition(SqlServerSql.AcquireMigrationLock, commandTimeout: 330, cancellationToken: ct)).ConfigureAwait(false);
        try
        {
            var result = DeployChanges.To.SqlDatabase(connectionString)
                .WithScriptsEmbeddedInAssembly(typeof(SqlServerEpcisStore).Assembly, ScriptsOf("SqlServer"))
                .WithTransactionPerScript()
                .WithVariablesDisabled()
                .LogToNowhere()
                .Build()
                .PerformUpgrade();
            if (!result.Successful) throw result.Error;
        }
        finally
        {
            await c.ExecuteAsync(new CommandDefinition(SqlServerSql.ReleaseMigrationLock, cancellationToken: CancellationToken.None)).ConfigureAwait(false);
        }
    }

    private protected override Task<HashSet<(string EventId, bool HasErrorDeclaration)>> FindStoredAsync(
        DbConnection connection, DbTransaction tx, IReadOnlyCollection<string> eventIds, CancellationToken ct) =>
        FindStoredByJsonListAsync(connection, tx, SqlServerSql.FindStored, eventIds, ct);

    private protected override async Task<long[]> ReserveKeysAsync(DbConnection connection, DbTransaction tx, int count, CancellationToken ct)
    {
        long first = await connection.ExecuteScalarAsync<long>(new CommandDefinition(SqlServerSql.ReserveKeys, new { count = (long)count }, tx, cancellationToken: ct)).ConfigureAwait(false);
        var keys = new long[count];
        for (int i = 0; i < count; i++) keys[i] = first + i;
        return keys;
    }

    private protected override async Task WriteRowsAsync(DbConnection connection, DbTransaction tx, EventRowSet rows, long[] keys, CancellationToken ct)
    {
        foreach (ITable table in Tables.All)
        {
            int count = table.Count(rows);
            if (count == 0) continue;
            using var data = ToDataTable(table, rows, keys);
            using var bulk = new SqlBulkCopy((SqlConnection)connection, SqlBulkCopyOptions.Default, (SqlTransaction)tx)
            {
                DestinationTableName = "dbo." + table.Name,
                BatchSize = 0,
                BulkCopyTimeout = 0,
            };
            foreach (var column in table.Columns) bulk.ColumnMappings.Add(column.Name, column.Name);
            await bulk.WriteToServerAsync(data, ct).ConfigureAwait(false);
        }
    }

    private static DataTable ToDataTable(ITable table, EventRowSet rows, long[] keys)
    {
        var data = new DataTable(table.Name) { Locale = System.Globalization.CultureInfo.InvariantCulture };
        foreach (var column in table.Columns)
        {
            data.Columns.Add(column.Name, column.Kind switch
            {
                ColumnKind.BigInt => typeof(long),
                ColumnKind.Int => typeof(int),
                ColumnKind.Double => typeof(double),
                ColumnKind.Bool => typeof(bool),
                ColumnKind.Time => typeof(DateTimeOffset),
                _ => typeof(string),
            });
        }
        var values = new object?[table.Columns.Count];
        int count = table.Count(rows);
        for (int i = 0; i < count; i++)
        {
            table.Fill(rows, i, keys, values);
            var row = data.NewRow();
            for (int c = 0; c < values.Length; c++)
                row[c] = values[c] switch { null => DBNull.Value, DateTimeOffset t => t.ToUniversalTime(), var v => v };
            data.Rows.Add(row);
        }
        return data;
    }
}
