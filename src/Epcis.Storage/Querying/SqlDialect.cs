using System.Text;
using Epcis.Query.Rewriting;

namespace Epcis.Storage.Querying;

/// <summary>
/// Everything that is spelt differently per database, and nothing else: row limits, keyset comparison, pattern
/// matching and its escaping, boolean literals, time parameters, recursive CTE syntax and typed CTE anchors.
/// The translator never branches on the database.
/// </summary>
public abstract class SqlDialect
{
    public static SqlDialect For(DatabaseKind kind) => kind switch
    {
        DatabaseKind.Sqlite => SqliteDialect.Instance,
        DatabaseKind.PostgreSql => PostgreSqlDialect.Instance,
        DatabaseKind.SqlServer => SqlServerDialect.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public abstract DatabaseKind Kind { get; }

    /// <summary>A time as the database's time columns hold it (SQLite: Int64 microseconds; others: UTC DateTimeOffset).</summary>
    public abstract object TimeValue(DateTimeOffset time);

    /// <summary>The literal a boolean column equals when true.</summary>
    public abstract string TrueLiteral { get; }

    /// <summary>A boolean parameter value.</summary>
    public virtual object BoolValue(bool value) => value;

    /// <summary>The keyword that opens a list of recursive CTEs.</summary>
    public virtual string WithRecursive => "WITH RECURSIVE";

    /// <summary>A text parameter typed to match <c>vocabulary_children.child_key</c> in a recursive CTE anchor.</summary>
    public virtual string KeyAnchor(string parameter) => parameter;

    /// <summary>A complete SELECT of at most <paramref name="limit"/> rows.</summary>
    public virtual string Select(string columns, string fromWhere, string orderBy, string limit) =>
        $"SELECT {columns} FROM {fromWhere}{(orderBy.Length == 0 ? "" : " ORDER BY " + orderBy)} LIMIT {limit}";

    /// <summary>Rows after the keyset position: <c>(key, id) &gt; (@k, @id)</c>, or &lt; when descending.</summary>
    public virtual string After(string key, string id, bool descending, string keyParameter, string idParameter) =>
        $"({key}, {id}) {(descending ? "<" : ">")} ({keyParameter}, {idParameter})";

    /// <summary>The condition that a column fits the shape (see <see cref="IdentifierShapes"/>): a template with <c>{0}</c> = column and <c>{1}</c> = the parameter, and the pattern value.</summary>
    public abstract (string Template, string Pattern) PatternMatch(string shape);

    /// <summary>LIKE with <c>\</c> as the escape character: <c>%</c>, <c>_</c>, <c>\</c> (and <paramref name="extra"/>) escaped.</summary>
    protected static string LikePattern(string shape, string extra)
    {
        var sb = new StringBuilder(shape.Length + 8);
        foreach (char c in shape)
        {
            if (c == IdentifierShapes.AnyChar) sb.Append('_');
            else if (c == IdentifierShapes.AnyRest) sb.Append('%');
            else
            {
                if (c is '%' or '_' or '\\' || extra.Contains(c, StringComparison.Ordinal)) sb.Append('\\');
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}

/// <summary>SQLite: times are INTEGER microseconds, booleans 0/1; GLOB (case-sensitive, unlike LIKE) for shapes.</summary>
public sealed class SqliteDialect : SqlDialect
{
    public static readonly SqliteDialect Instance = new();

    public override DatabaseKind Kind => DatabaseKind.Sqlite;
    public override object TimeValue(DateTimeOffset time) => (time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
    public override string TrueLiteral => "1";
    public override object BoolValue(bool value) => value ? 1L : 0L;

    public override (string Template, string Pattern) PatternMatch(string shape)
    {
        var sb = new StringBuilder(shape.Length + 8);
        foreach (char c in shape)
        {
            if (c == IdentifierShapes.AnyChar) sb.Append('?');
            else if (c == IdentifierShapes.AnyRest) sb.Append('*');
            else if (c is '*' or '?' or '[') sb.Append('[').Append(c).Append(']');
            else sb.Append(c);
        }
        return ("{0} GLOB {1}", sb.ToString());
    }
}

/// <summary>PostgreSQL: timestamptz, boolean; LIKE is byte-wise on the <c>COLLATE "C"</c> columns.</summary>
public sealed class PostgreSqlDialect : SqlDialect
{
    public static readonly PostgreSqlDialect Instance = new();

    public override DatabaseKind Kind => DatabaseKind.PostgreSql;
    public override object TimeValue(DateTimeOffset time) => time.ToUniversalTime();
    public override string TrueLiteral => "TRUE";
    public override string KeyAnchor(string parameter) => $"CAST({parameter} AS text) COLLATE \"C\"";
    public override (string Template, string Pattern) PatternMatch(string shape) => ("{0} LIKE {1} ESCAPE '\\'", LikePattern(shape, ""));
}

/// <summary>SQL Server: TOP instead of LIMIT, no row values, bit for booleans, <c>[</c> is special in LIKE.</summary>
public sealed class SqlServerDialect : SqlDialect
{
    public static readonly SqlServerDialect Instance = new();

    public override DatabaseKind Kind => DatabaseKind.SqlServer;
    public override object TimeValue(DateTimeOffset time) => time.ToUniversalTime();
    public override string TrueLiteral => "1";
    public override string WithRecursive => "WITH";
    public override string KeyAnchor(string parameter) => $"CAST({parameter} AS nvarchar(300)) COLLATE Latin1_General_100_BIN2";

    public override string Select(string columns, string fromWhere, string orderBy, string limit) =>
        $"SELECT TOP ({limit}) {columns} FROM {fromWhere}{(orderBy.Length == 0 ? "" : " ORDER BY " + orderBy)}";

    public override string After(string key, string id, bool descending, string keyParameter, string idParameter)
    {
        string op = descending ? "<" : ">";
        return $"({key} {op} {keyParameter} OR ({key} = {keyParameter} AND {id} {op} {idParameter}))";
    }

    public override (string Template, string Pattern) PatternMatch(string shape) => ("{0} LIKE {1} ESCAPE '\\'", LikePattern(shape, "["));
}
