using Epcis.Storage.Rows;
using Microsoft.Data.Sqlite;
using SQLitePCL;

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
        // The transaction is open on this connection; statements prepared on its handle run inside it. Going through
        // SQLitePCL directly (bind by index, step, reset) avoids ADO.NET's per-execution parameter binding by name,
        // which was the largest cost of capture on SQLite (bench/README.md, "Capture over HTTP").
        _ = tx;
        var db = connection.Handle!;
        foreach (ITable table in Tables.All)
        {
            int count = table.Count(rows);
            if (count == 0) continue;
            Check(db, raw.sqlite3_prepare_v2(db, InsertText(table), out var stmt));
            try
            {
                var values = new object?[table.Columns.Count];
                var order = InsertOrder(table, rows, count);
                for (int j = 0; j < count; j++)
                {
                    if ((j & 1023) == 0) ct.ThrowIfCancellationRequested();
                    int i = order?[j] ?? j;
                    table.Fill(rows, i, keys, values);
                    for (int c = 0; c < values.Length; c++) Bind(db, stmt, c + 1, values[c]);
                    int rc = raw.sqlite3_step(stmt);
                    if (rc != raw.SQLITE_DONE) throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc, raw.sqlite3_extended_errcode(db));
                    raw.sqlite3_reset(stmt);
                }
            }
            finally
            {
                stmt.Dispose();
            }
        }
    }

    /// <summary>
    /// Identifier rows go in in key order: the table is clustered on (value, role, …), so sorted inserts walk the
    /// B-tree's pages in order instead of jumping between them (performance-limits.md stage 7 saw the same effect).
    /// </summary>
    private static int[]? InsertOrder(ITable table, EventRowSet rows, int count)
    {
        if (!ReferenceEquals(table, Tables.Identifiers) || count < 2) return null;
        var order = new int[count];
        for (int i = 0; i < count; i++) order[i] = i;
        var ids = rows.Identifiers;
        Array.Sort(order, (a, b) =>
        {
            int c = string.CompareOrdinal(ids[a].Value, ids[b].Value);
            return c != 0 ? c : string.CompareOrdinal(ids[a].Role, ids[b].Role);
        });
        return order;
    }

    private static void Bind(sqlite3 db, sqlite3_stmt stmt, int index, object? value)
    {
        int rc = value switch
        {
            null => raw.sqlite3_bind_null(stmt, index),
            string s => raw.sqlite3_bind_text(stmt, index, s),
            long l => raw.sqlite3_bind_int64(stmt, index, l),
            int n => raw.sqlite3_bind_int64(stmt, index, n),
            bool b => raw.sqlite3_bind_int64(stmt, index, b ? 1 : 0),
            double d => raw.sqlite3_bind_double(stmt, index, d),
            decimal m => raw.sqlite3_bind_double(stmt, index, (double)m),
            DateTimeOffset t => raw.sqlite3_bind_int64(stmt, index, SqliteEpcisStore.Micros(t)),
            _ => raw.sqlite3_bind_text(stmt, index, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? ""),
        };
        Check(db, rc);
    }

    private static void Check(sqlite3 db, int rc)
    {
        if (rc != raw.SQLITE_OK) throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc, raw.sqlite3_extended_errcode(db));
    }

    /// <summary>The INSERT statement text for a table (also used by tests).</summary>
    public static string InsertText(ITable table) =>
        $"INSERT INTO {table.Name} ({string.Join(", ", table.Columns.Select(c => c.Name))}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => "$p" + i))})";

}
