using Epcis.Storage.Providers.PostgreSql;
using Epcis.Storage.Providers.Sqlite;
using Epcis.Storage.Providers.SqlServer;

namespace Epcis.Storage;

/// <summary>Creates the store for a database kind.</summary>
public static class EpcisStore
{
    /// <summary>The SQLite connection string used when none is configured: a file in the working directory.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=epcis.db";

    /// <summary>A store over the configured database; call <see cref="IEpcisStore.MigrateAsync"/> once at start-up.</summary>
    public static IEpcisStore Create(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string cs = options.ConnectionString;
        return options.Kind switch
        {
            DatabaseKind.Sqlite => new SqliteEpcisStore(string.IsNullOrWhiteSpace(cs) ? DefaultSqliteConnectionString : cs),
            DatabaseKind.PostgreSql => new PostgreSqlEpcisStore(Required(cs, options.Kind)),
            DatabaseKind.SqlServer => new SqlServerEpcisStore(Required(cs, options.Kind)),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Kind, "Unknown database kind"),
        };
    }

    private static string Required(string cs, DatabaseKind kind) =>
        string.IsNullOrWhiteSpace(cs) ? throw new ArgumentException($"A connection string is required for {kind}.", nameof(cs)) : cs;
}
