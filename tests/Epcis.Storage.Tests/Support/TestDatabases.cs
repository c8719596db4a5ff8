using Microsoft.Data.SqlClient;
using Npgsql;

namespace Epcis.Storage.Tests.Support;

/// <summary>
/// Which databases the suite can reach. SQLite always; PostgreSQL from <c>EPCIS_TEST_POSTGRES</c> (skipped locally
/// when absent or unreachable, but FAILED when <c>CI</c> is set); SQL Server from <c>EPCIS_TEST_SQLSERVER</c>
/// (skipped when absent, also on CI).
/// </summary>
public static class TestDatabases
{
    public const string PostgresVariable = "EPCIS_TEST_POSTGRES";
    public const string SqlServerVariable = "EPCIS_TEST_SQLSERVER";

    public static bool OnCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static string? PostgresConnectionString => NullIfEmpty(Environment.GetEnvironmentVariable(PostgresVariable));
    public static string? SqlServerConnectionString => NullIfEmpty(Environment.GetEnvironmentVariable(SqlServerVariable));

    private static readonly Lazy<string?> PostgresProblem = new(() => Probe(PostgresConnectionString, PostgresVariable, cs =>
    {
        using var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(cs) { Timeout = 5 }.ConnectionString);
        c.Open();
    }));

    private static readonly Lazy<string?> SqlServerProblem = new(() => Probe(SqlServerConnectionString, SqlServerVariable, cs =>
    {
        using var c = new SqlConnection(new SqlConnectionStringBuilder(cs) { ConnectTimeout = 5 }.ConnectionString);
        c.Open();
    }));

    /// <summary>Why tests on this database are skipped, or null when they run (on CI a missing PostgreSQL runs, and fails).</summary>
    public static string? SkipReason(DatabaseKind kind) => kind switch
    {
        DatabaseKind.Sqlite => null,
        DatabaseKind.PostgreSql => OnCi ? null : PostgresProblem.Value,
        DatabaseKind.SqlServer => SqlServerConnectionString is null ? $"{SqlServerVariable} is not set"
            : OnCi ? null : SqlServerProblem.Value,
        _ => "unknown database",
    };

    /// <summary>The connection string, or a failure explaining what CI is missing.</summary>
    public static string Require(DatabaseKind kind)
    {
        string? cs = kind == DatabaseKind.PostgreSql ? PostgresConnectionString : SqlServerConnectionString;
        string variable = kind == DatabaseKind.PostgreSql ? PostgresVariable : SqlServerVariable;
        return cs ?? throw new InvalidOperationException($"{variable} is not set; on CI, .ci/run starts a PostgreSQL cluster and sets it.");
    }

    private static string? Probe(string? cs, string variable, Action<string> open)
    {
        if (cs is null) return $"{variable} is not set";
        try
        {
            open(cs);
            return null;
        }
        catch (Exception ex)
        {
            return $"{variable} is set but the database is unreachable: {ex.Message}";
        }
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
