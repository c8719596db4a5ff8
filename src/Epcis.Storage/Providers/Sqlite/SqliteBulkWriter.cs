using Epcis.Storage.Rows;
using Microsoft.Data.Sqlite;

namespace Epcis.Storage.Providers.Sqlite;

/// <summary>
/// Writes a row set with one prepared single-row INSERT per table, reused for every row of the transaction.
/// Single-row beats multi-row here: Microsoft.Data.Sqlite binds each parameter by name on every execution, a
/// lookup linear in the statement's parameter count (performance-limits.md, stage 4).
/// </summary>
internal static class SqliteBulkWriter
{
    public static void Write(SqliteConnection connection, SqliteTransaction tx, EventRowSet rows, long[] keys, CancellationToken ct)
    {
        foreach (ITable table in Tables.All)
        {
            int count = table.Count(rows);
            if (count == 0) continue;
            using var cmd = Prepare(connection, tx, table);
            var values = new object?[table.Columns.Count];
            for (int i = 0; i < count; i++)
            {
                if ((i & 1023) == 0) ct.ThrowIfCancellationRequested();
                table.Fill(rows, i, keys, values);
                for (int c = 0; c < values.Length; c++) cmd.Parameters[c].Value = Convert(values[c]);
                cmd.ExecuteNonQuery();
            }
        }
    }

    /// <summary>The INSERT statement text for a table (also used by tests).</summary>
    public static string InsertText(ITable table) =>
        $"INSERT INTO {table.Name} ({string.Join(", ", table.Columns.Select(c => c.Name))}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => "$p" + i))})";

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction tx, ITable table)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = InsertText(table);
        for (int i = 0; i < table.Columns.Count; i++)
        {
            var type = table.Columns[i].Kind switch
            {
                ColumnKind.Text => SqliteType.Text,
                ColumnKind.Double => SqliteType.Real,
                _ => SqliteType.Integer,
            };
            cmd.Parameters.Add(new SqliteParameter("$p" + i, type));
        }
        cmd.Prepare();
        return cmd;
    }

    private static object Convert(object? value) => value switch
    {
        null => DBNull.Value,
        DateTimeOffset t => SqliteEpcisStore.Micros(t),
        bool b => b ? 1L : 0L,
        _ => value,
    };
}
