using Epcis.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Epcis.Server.Tests.Support;

/// <summary>An in-process server over a fresh database of one kind, shared by the tests of one class.</summary>
public abstract class ServerFixture : IAsyncLifetime
{
    private WebApplicationFactory<Program>? _factory;

    /// <summary>Settings layered over appsettings.json (small limits so that 413s are cheap to test).</summary>
    protected virtual Dictionary<string, string?> Settings => new()
    {
        ["Epcis:CaptureLimit"] = "20000",
        ["Epcis:CaptureFileSizeLimit"] = (32 * 1024 * 1024).ToString(),
        ["Epcis:InlineCaptureMaxBytes"] = (1024 * 1024).ToString(),
    };

    public HttpClient Client { get; private set; } = null!;
    public IEpcisStore Store => _factory!.Services.GetRequiredService<IEpcisStore>();
    public abstract DatabaseKind Kind { get; }

    /// <summary>A connection string to a new, empty database, or null when this kind is not available here.</summary>
    protected abstract Task<string?> CreateDatabaseAsync();

    public bool Available { get; private set; }

    public async Task InitializeAsync()
    {
        var cs = await CreateDatabaseAsync();
        if (cs == null) return;
        Available = true;
        var settings = Settings;
        settings["Epcis:Database"] = Kind.ToString();
        settings["Epcis:ConnectionString"] = cs;
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            b.ConfigureAppConfiguration((_, c) => c.AddInMemoryCollection(settings));
        });
        Client = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        if (_factory != null) await _factory.DisposeAsync();
    }
}

/// <summary>SQLite in a temporary file (always available).</summary>
/// <summary>Creates the empty databases the server fixtures run on.</summary>
public static class TestDatabases
{
    /// <summary>A new SQLite file in the temp folder.</summary>
    public static string NewSqlite()
    {
        var dir = Path.Combine(Path.GetTempPath(), "epcis-tests");
        Directory.CreateDirectory(dir);
        return $"Data Source={Path.Combine(dir, Guid.NewGuid().ToString("N") + ".db")}";
    }

    /// <summary>
    /// A new database in the PostgreSQL of <c>EPCIS_TEST_POSTGRES</c>, or null when that is not set (a skip, except
    /// on CI, where it fails).
    /// </summary>
    public static async Task<string?> NewPostgreSqlAsync(string prefix)
    {
        var admin = Environment.GetEnvironmentVariable("EPCIS_TEST_POSTGRES");
        if (string.IsNullOrEmpty(admin))
        {
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
                throw new InvalidOperationException("CI is set but EPCIS_TEST_POSTGRES is not: the PostgreSQL tests must run on CI");
            return null;
        }
        var name = prefix + Guid.NewGuid().ToString("N")[..12];
        await using (var conn = new NpgsqlConnection(admin))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }
}

public sealed class SqliteServerFixture : ServerFixture
{
    public override DatabaseKind Kind => DatabaseKind.Sqlite;

    protected override Task<string?> CreateDatabaseAsync() => Task.FromResult<string?>(TestDatabases.NewSqlite());
}

/// <summary>PostgreSQL from <c>EPCIS_TEST_POSTGRES</c> (a new database per fixture); absent means skipped, except on CI where it fails.</summary>
public sealed class PostgreSqlServerFixture : ServerFixture
{
    public override DatabaseKind Kind => DatabaseKind.PostgreSql;

    protected override Task<string?> CreateDatabaseAsync() => TestDatabases.NewPostgreSqlAsync("epcis_srv_");
}
