using System.Data.Common;
using System.Net.Sockets;
using Epcis.Model.Errors;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Epcis.Storage;

/// <summary>The one place where database errors become <see cref="EpcisException"/>s.</summary>
/// <remarks>
/// Unique violations (PostgreSQL 23505, SQL Server 2627/2601, SQLite SQLITE_CONSTRAINT_UNIQUE/PRIMARYKEY) become
/// <see cref="ResourceAlreadyExistsException"/>; connection failures, time-outs and busy databases become
/// <see cref="StorageUnavailableException"/> (503); any other database error becomes <see cref="ImplementationException"/>.
/// Exceptions that are not database errors (cancellation, argument errors, EPCIS exceptions) are returned unchanged.
/// </remarks>
public static class StorageErrors
{
    // SQLite result codes (https://www.sqlite.org/rescode.html).
    private const int SqliteBusy = 5, SqliteLocked = 6, SqliteIoErr = 10, SqliteFull = 13, SqliteCantOpen = 14;
    private const int SqliteConstraintPrimaryKey = 1555, SqliteConstraintUnique = 2067;

    // SQL Server error numbers: network, login-time and availability failures.
    private static readonly HashSet<int> SqlServerUnavailable =
        [-2, 2, 53, 64, 233, 1205, 4060, 10053, 10054, 10060, 10061, 10928, 10929, 40143, 40197, 40501, 40613, 49918, 49919, 49920];

    /// <summary>Maps a database exception to the EPCIS exception the server reports; other exceptions come back unchanged.</summary>
    public static Exception Translate(Exception ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        if (ex is EpcisException or OperationCanceledException) return ex;
        if (IsUniqueViolation(ex))
            return new ResourceAlreadyExistsException("The resource already exists: " + ex.Message);
        if (IsUnavailable(ex))
            return new StorageUnavailableException("The database is unavailable: " + ex.Message, ex);
        if (ex is DbException)
            return new ImplementationException("The database failed: " + ex.Message, ex);
        return ex;
    }

    /// <summary>True for a unique-key violation on any of the three databases.</summary>
    public static bool IsUniqueViolation(Exception ex) => ex switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqlException sql => sql.Number is 2627 or 2601,
        SqliteException lite => lite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        _ => false,
    };

    /// <summary>True when the failure is the database being unreachable or overloaded, not the request.</summary>
    public static bool IsUnavailable(Exception ex) => ex switch
    {
        // Class 08 = connection exception; 57P01-57P03 = shutdown / cannot connect now; 53300 = too many connections.
        PostgresException pg => pg.SqlState.StartsWith("08", StringComparison.Ordinal)
            || pg.SqlState is "57P01" or "57P02" or "57P03" or "53300" or "53100",
        NpgsqlException npg => true, // not a PostgresException: the server never answered (network, timeout, pool)
        SqlException sql => SqlServerUnavailable.Contains(sql.Number),
        SqliteException lite => lite.SqliteErrorCode is SqliteBusy or SqliteLocked or SqliteIoErr or SqliteFull or SqliteCantOpen,
        SocketException or TimeoutException => true,
        _ => ex.InnerException is { } inner && IsUnavailable(inner),
    };
}
