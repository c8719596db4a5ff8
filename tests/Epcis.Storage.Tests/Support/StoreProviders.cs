using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Epcis.Storage.Tests.Support;

/// <summary>Hands each test a fresh, empty database of one kind (a file, a schema or a database), and cleans up.</summary>
public abstract class StoreProvider : IAsyncLifetime
{
    private readonly List<IEpcisStore> _stores = [];
    private static int _next; // shared by every fixture instance: two test classes must never get the same database name

    public abstract DatabaseKind Kind { get; }

    /// <summary>A new empty database, migrated unless asked not to; returns its store and connection string.</summary>
    public async Task<(IEpcisStore Store, string ConnectionString)> NewDatabaseAsync(bool migrate = true)
    {
        string name = $"t{Environment.ProcessId}_{GetType().Name.Replace("StoreProvider", "", StringComparison.Ordinal).ToLowerInvariant()}_{Interlocked.Increment(ref _next)}_{Guid.NewGuid().ToString("N")[..6]}";
        string cs = await CreateDatabaseAsync(name);
        var store = Open(cs);
        if (migrate) await store.MigrateAsync();
        return (store, cs);
    }

    /// <summary>Another store instance on the same database (a second server node).</summary>
    public IEpcisStore Open(string connectionString)
    {
        var store = EpcisStore.Create(new StorageOptions(Kind, connectionString));
        lock (_stores) _stores.Add(store);
        return store;
    }

    protected abstract Task<string> CreateDatabaseAsync(string name);

    protected abstract Task DropDatabasesAsync();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
            if (store is IAsyncDisposable d) await d.DisposeAsync();
        await DropDatabasesAsync();
    }
}

public sealed class SqliteStoreProvider : StoreProvider
{
    private readonly string _dir = Directory.CreateTempSubdirectory("epcis-storage-tests-").FullName;

    public override DatabaseKind Kind => DatabaseKind.Sqlite;

    protected override Task<string> CreateDatabaseAsync(string name) =>
        Task.FromResult($"Data Source={Path.Combine(_dir, name + ".db")}");

    protected override Task DropDatabasesAsync()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { } // best effort
        return Task.CompletedTask;
    }
}

/// <summary>One schema per test database, selected through <c>Search Path</c>.</summary>
public sealed class PostgreSqlStoreProvider : StoreProvider
{
    private readonly List<string> _schemas = [];

    public override DatabaseKind Kind => DatabaseKind.PostgreSql;

    protected override async Task<string> CreateDatabaseAsync(string name)
    {
        string baseCs = TestDatabases.Require(DatabaseKind.PostgreSql);
        await using (var c = new NpgsqlConnection(baseCs))
        {
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {name} CASCADE; CREATE SCHEMA {name}", c);
            await cmd.ExecuteNonQueryAsync();
        }
        lock (_schemas) _schemas.Add(name);
        return new NpgsqlConnectionStringBuilder(baseCs) { SearchPath = name }.ConnectionString;
    }

    protected override async Task DropDatabasesAsync()
    {
        if (_schemas.Count == 0) return;
        NpgsqlConnection.ClearAllPools();
        await using var c = new NpgsqlConnection(TestDatabases.Require(DatabaseKind.PostgreSql));
        await c.OpenAsync();
        foreach (string schema in _schemas)
        {
            await using var cmd = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", c);
            await cmd.ExecuteNonQueryAsync();
        }
    }
}

/// <summary>One database per test database.</summary>
public sealed class SqlServerStoreProvider : StoreProvider
{
    private readonly List<string> _databases = [];

    public override DatabaseKind Kind => DatabaseKind.SqlServer;

    protected override async Task<string> CreateDatabaseAsync(string name)
    {
        string baseCs = TestDatabases.Require(DatabaseKind.SqlServer);
        await using (var c = new SqlConnection(baseCs))
        {
            await c.OpenAsync();
            await using var cmd = new SqlCommand($"CREATE DATABASE [{name}]", c);
            await cmd.ExecuteNonQueryAsync();
        }
        lock (_databases) _databases.Add(name);
        return new SqlConnectionStringBuilder(baseCs) { InitialCatalog = name }.ConnectionString;
    }

    protected override async Task DropDatabasesAsync()
    {
        if (_databases.Count == 0) return;
        SqlConnection.ClearAllPools();
        await using var c = new SqlConnection(TestDatabases.Require(DatabaseKind.SqlServer));
        await c.OpenAsync();
        foreach (string db in _databases)
        {
            await using var cmd = new SqlCommand($"ALTER DATABASE [{db}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{db}]", c);
            await cmd.ExecuteNonQueryAsync();
        }
    }
}
