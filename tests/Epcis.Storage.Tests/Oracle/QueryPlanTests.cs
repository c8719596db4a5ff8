using System.Text;
using Dapper;
using Epcis.Query;
using Epcis.Query.Parameters;
using Epcis.Storage.NamedQueries;
using Epcis.Storage.Querying;
using Epcis.Storage.Tests.Support;
using Microsoft.Data.Sqlite;
using Npgsql;
using Xunit.Abstractions;

namespace Epcis.Storage.Tests.Oracle;

/// <summary>
/// The main probes of issue 4 (MATCH_epc, a one-hour eventTime window, the first and a later page of EQ_bizStep) are
/// answered through indexes. SQLite: EXPLAIN QUERY PLAN must not scan <c>events</c>. PostgreSQL: the plan is printed
/// (with planner statistics from ANALYZE; on a few thousand rows PostgreSQL may still prefer sequential scans).
/// </summary>
public sealed class QueryPlanTests(ITestOutputHelper output) : IClassFixture<SqliteStoreProvider>, IClassFixture<PostgreSqlStoreProvider>
{
    private static readonly string[] Probes =
    [
        "MATCH_epc=urn:epc:id:sgtin:0614141.107346.17",
        "MATCH_epc=urn:epc:idpat:sgtin:0614141.107346.*",
        "GE_eventTime=2024-03-01T10:00:00Z&LT_eventTime=2024-03-01T11:00:00Z",
        "EQ_bizStep=shipping",
        "EQ_readPoint=urn:epc:id:sgln:0614141.07346.1234",
        "EQ_bizTransaction_po=urn:epcglobal:cbv:bt:0614141073467:PO5",
        "orderBy=recordTime&orderDirection=DESC",
    ];

    private static EventQuery Parse(string q) =>
        EventQueryParser.Parse(q.Split('&').Select(p => new KeyValuePair<string, string>(p[..p.IndexOf('=', StringComparison.Ordinal)], p[(p.IndexOf('=', StringComparison.Ordinal) + 1)..])));

    private static IEnumerable<SqlStatement> Statements(SqlDialect dialect)
    {
        var t = new EventQueryTranslator(dialect);
        foreach (string probe in Probes)
        {
            var q = Parse(probe);
            yield return t.Page(q, null, 101);
            yield return t.Page(q, new QueryPosition(100, new DateTimeOffset(2024, 3, 1, 10, 30, 0, TimeSpan.Zero).UtcTicks, 1000), 101);
        }
    }

    private static DynamicParameters Args(SqlStatement s)
    {
        var p = new DynamicParameters();
        foreach (var (k, v) in s.Parameters) p.Add(k, v);
        return p;
    }

    private static async Task SeedAsync(IEpcisStore store)
    {
        for (int b = 0; b < 4; b++)
            await store.StoreAsync(TestEvents.Batch("plan-" + b, TestEvents.Many("p" + b, 1000).Select((e, i) => { e.EventTime = e.EventTime.AddSeconds(b * 1000 + i); return e; })));
    }

    [Fact]
    public async Task SQLite_answers_the_main_probes_through_indexes()
    {
        await using var provider = new SqliteStoreProvider();
        var (store, cs) = await provider.NewDatabaseAsync();
        await SeedAsync(store);
        await using var c = new SqliteConnection(cs);
        await c.OpenAsync();
        await c.ExecuteAsync("ANALYZE", commandType: System.Data.CommandType.Text);
        foreach (var s in Statements(SqliteDialect.Instance))
        {
            var rows = (await c.QueryAsync<(long, long, long, string)>("EXPLAIN QUERY PLAN " + s.Text, Args(s))).Select(r => r.Item4).ToList();
            string plan = string.Join("\n", rows);
            output.WriteLine(s.Text + "\n" + plan + "\n");
            Assert.DoesNotContain(rows, r => r.StartsWith("SCAN e", StringComparison.Ordinal) && !r.Contains("INDEX", StringComparison.Ordinal));
        }
    }

    /// <summary>The discovery lists over columns of <c>events</c> (/eventTypes, /bizSteps, …) seek an index, never scan the table.</summary>
    private static readonly DistinctKind[] EventColumnLists = [DistinctKind.EventType, DistinctKind.BizStep, DistinctKind.Disposition, DistinctKind.ReadPoint, DistinctKind.BizLocation];

    [Fact]
    public async Task SQLite_lists_distinct_values_through_indexes()
    {
        await using var provider = new SqliteStoreProvider();
        var (store, cs) = await provider.NewDatabaseAsync();
        await SeedAsync(store);
        await using var c = new SqliteConnection(cs);
        await c.OpenAsync();
        await c.ExecuteAsync("ANALYZE", commandType: System.Data.CommandType.Text);
        foreach (var kind in EventColumnLists)
        {
            string sql = Epcis.Storage.NamedQueries.ResourceSql.ListDistinct(kind);
            var rows = (await c.QueryAsync<(long, long, long, string)>("EXPLAIN QUERY PLAN " + sql, new { after = "", limit = 31 })).Select(r => r.Item4).ToList();
            output.WriteLine(sql + "\n" + string.Join("\n", rows) + "\n");
            Assert.DoesNotContain(rows, r => r.StartsWith("SCAN events", StringComparison.Ordinal) && !r.Contains("INDEX", StringComparison.Ordinal));
            Assert.Contains(rows, r => r.Contains("INDEX", StringComparison.Ordinal) && r.Contains(">?", StringComparison.Ordinal));
        }
        Assert.Equal(["ObjectEvent"], await store.ListDistinctAsync(DistinctKind.EventType, null, 10));
        Assert.Empty(await store.ListDistinctAsync(DistinctKind.EventType, "ObjectEvent", 10));
    }

    [Fact]
    public async Task PostgreSQL_lists_distinct_values_through_indexes()
    {
        if (TestDatabases.SkipReason(DatabaseKind.PostgreSql) is { } skip)
        {
            output.WriteLine("skipped: " + skip);
            return;
        }
        await using var provider = new PostgreSqlStoreProvider();
        var (store, cs) = await provider.NewDatabaseAsync();
        await SeedAsync(store);
        await using var c = new NpgsqlConnection(cs);
        await c.OpenAsync();
        await c.ExecuteAsync("ANALYZE", commandType: System.Data.CommandType.Text);
        foreach (var kind in EventColumnLists)
        {
            string sql = Epcis.Storage.NamedQueries.ResourceSql.ListDistinct(kind);
            var plan = string.Join("\n", await c.QueryAsync<string>("EXPLAIN " + sql, new { after = "", limit = 31 }));
            output.WriteLine(sql + "\n" + plan + "\n");
            Assert.DoesNotContain("Seq Scan on events", plan, StringComparison.Ordinal);
        }
        Assert.Equal(["ObjectEvent"], await store.ListDistinctAsync(DistinctKind.EventType, null, 10));
        NpgsqlConnection.ClearAllPools();
    }

    [Fact]
    public async Task PostgreSQL_plans_are_printed()
    {
        if (TestDatabases.SkipReason(DatabaseKind.PostgreSql) is { } skip)
        {
            output.WriteLine("skipped: " + skip);
            return;
        }
        await using var provider = new PostgreSqlStoreProvider();
        var (store, cs) = await provider.NewDatabaseAsync();
        await SeedAsync(store);
        await using var c = new NpgsqlConnection(cs);
        await c.OpenAsync();
        await c.ExecuteAsync("ANALYZE", commandType: System.Data.CommandType.Text);
        foreach (var s in Statements(PostgreSqlDialect.Instance))
        {
            var plan = new StringBuilder();
            foreach (string line in await c.QueryAsync<string>("EXPLAIN " + s.Text, Args(s))) plan.AppendLine(line);
            output.WriteLine(s.Text + "\n" + plan);
        }
        NpgsqlConnection.ClearAllPools();
    }
}
