using Epcis.Model.Errors;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Epcis.Storage.Tests;

public sealed class StorageErrorsTests
{
    [Fact]
    public void A_SQLite_unique_violation_becomes_ResourceAlreadyExists()
    {
        using var c = new SqliteConnection("Data Source=:memory:");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "CREATE TABLE t (k TEXT PRIMARY KEY); INSERT INTO t VALUES ('a'); INSERT INTO t VALUES ('a');";
        var ex = Assert.Throws<SqliteException>(() => cmd.ExecuteNonQuery());

        var translated = StorageErrors.Translate(ex);

        Assert.IsType<ResourceAlreadyExistsException>(translated);
        Assert.Equal(409, ((EpcisException)translated).HttpStatus);
    }

    [Fact]
    public void A_busy_SQLite_database_is_unavailable_with_503()
    {
        var translated = StorageErrors.Translate(new SqliteException("database is locked", 5));

        var unavailable = Assert.IsType<StorageUnavailableException>(translated);
        Assert.Equal(503, unavailable.HttpStatus);
        Assert.Equal("epcisException:ImplementationException", unavailable.ProblemType);
    }

    [Fact]
    public void Other_database_errors_are_ImplementationExceptions_and_other_exceptions_pass_through()
    {
        Assert.IsType<ImplementationException>(StorageErrors.Translate(new SqliteException("no such table: x", 1)));
        var cancelled = new OperationCanceledException();
        Assert.Same(cancelled, StorageErrors.Translate(cancelled));
    }

    [Fact]
    public async Task A_PostgreSQL_server_that_does_not_answer_makes_the_store_unavailable()
    {
        // Port 1 on loopback: nothing listens there, the connection is refused at once.
        var store = EpcisStore.Create(new StorageOptions(DatabaseKind.PostgreSql, "Host=127.0.0.1;Port=1;Username=x;Timeout=3"));

        Assert.False(await store.PingAsync());
        var ex = await Assert.ThrowsAsync<StorageUnavailableException>(() => store.GetCaptureJobAsync("x"));
        Assert.IsAssignableFrom<NpgsqlException>(ex.InnerException);
    }

    [Fact]
    public void The_default_SQLite_database_is_a_file_in_the_working_directory()
    {
        var store = EpcisStore.Create(new StorageOptions(DatabaseKind.Sqlite, ""));

        Assert.Equal(DatabaseKind.Sqlite, store.Kind);
        Assert.Equal("Data Source=epcis.db", EpcisStore.DefaultSqliteConnectionString);
    }
}
