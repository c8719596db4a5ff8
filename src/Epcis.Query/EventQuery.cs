using System.Globalization;
using Epcis.Model.Serialization;

namespace Epcis.Query;

/// <summary>
/// A parsed SimpleEventQuery (EPCIS 2.0 §8.2.7): the filter as an expression tree plus ordering and limits.
/// Produced by <c>EventQueryParser</c>, turned into SQL by a dialect, or evaluated in memory by the test oracle.
/// </summary>
/// <param name="Filter">The filter; <see cref="QueryExpression.True"/> when no parameter narrows the result.</param>
/// <param name="OrderBy">eventTime, recordTime, or an extension field (printed, e.g. <c>extension&lt;ns#name&gt;</c>, with <paramref name="OrderField"/> set); null = unspecified (the store pages in eventTime then key order).</param>
/// <param name="Descending">orderDirection (default DESC when orderBy is given).</param>
/// <param name="EventCountLimit">Return at most this many events (needs OrderBy).</param>
/// <param name="MaxEventCount">More matching events than this is a QueryTooLargeException.</param>
/// <param name="OrderField">
/// The top-level extension field of <c>orderBy</c> (EPCIS 1.2 §8.2.7.1: a field of type Int, Float, Time or String, named
/// as for <c>EQ_</c>), or null. Its values are compared as numbers when any stored value of the field is a number, else
/// as times when any is a time, else as text in ordinal (UTF-8 code point) order; an event with several values sorts by
/// the least. Events without a value of that type sort after all others in both directions (then by key).
/// </param>
public sealed record EventQuery(QueryExpression Filter, string? OrderBy = null, bool Descending = true, int? EventCountLimit = null, int? MaxEventCount = null,
    ExtensionField? OrderField = null)
{
    public override string ToString()
    {
        var s = Filter.ToString();
        if (OrderBy is not null) s += $" (OrderBy {OrderBy} {(Descending ? "DESC" : "ASC")})";
        if (EventCountLimit is { } l) s += $" (EventCountLimit {l})";
        if (MaxEventCount is { } m) s += $" (MaxEventCount {m})";
        return s;
    }
}

/// <summary>A node of the query expression tree; <see cref="object.ToString"/> prints it as an s-expression.</summary>
public abstract record QueryExpression
{
    /// <summary>The filter that keeps every event.</summary>
    public static readonly QueryExpression True = new AllOf([]);

    /// <summary>All of the expressions (the expression itself when there is one).</summary>
    public static QueryExpression And(params QueryExpression[] children) => children.Length == 1 ? children[0] : new AllOf(children);

    /// <summary>Any of the expressions (the expression itself when there is one).</summary>
    public static QueryExpression Or(params QueryExpression[] children) => children.Length == 1 ? children[0] : new AnyOf(children);

    /// <summary>Prints a value the way the tree shows it: text and times quoted, numbers and booleans bare.</summary>
    internal static string Print(object value) => value switch
    {
        string s => "'" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'",
        DateTimeOffset t => "'" + Timestamps.FormatUtcMillis(t) + "'",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    internal static string PrintAll(IEnumerable<object> values) => string.Join(" ", values.Select(Print));
}

/// <summary>All children hold (AND across parameters).</summary>
public sealed record AllOf(IReadOnlyList<QueryExpression> Children) : QueryExpression
{
    public override string ToString() => Children.Count == 0 ? "(True)" : "(And " + string.Join(" ", Children) + ")";
}

/// <summary>Any child holds (OR within one parameter's list).</summary>
public sealed record AnyOf(IReadOnlyList<QueryExpression> Children) : QueryExpression
{
    public override string ToString() => "(Or " + string.Join(" ", Children) + ")";
}
