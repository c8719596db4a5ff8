using System.Globalization;
using Epcis.Model.Errors;

namespace Epcis.Storage.Querying;

/// <summary>A command text and its parameters (<c>@p0</c>, <c>@p1</c> …); query values are never part of the text.</summary>
public sealed record SqlStatement(string Text, IReadOnlyList<KeyValuePair<string, object?>> Parameters);

/// <summary>
/// Where a page of query results ends: how many events the walk has returned so far (for eventCountLimit), the order
/// key of the last event (UTC ticks of eventTime or recordTime) and its key. Printed as <c>v1.{returned}.{ticks}.{id}</c>;
/// the server signs and expires the string, this type only writes and reads it.
/// </summary>
public sealed record QueryPosition(long Returned, long OrderTicks, long Id)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"v1.{Returned}.{OrderTicks}.{Id}");

    /// <summary>Reads a position; a malformed one is a <see cref="QueryParameterException"/>.</summary>
    public static QueryPosition Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('.');
        if (parts.Length == 4 && parts[0] == "v1"
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out long returned)
            && long.TryParse(parts[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long ticks)
            && long.TryParse(parts[3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long id)
            && ticks >= DateTimeOffset.MinValue.UtcTicks && ticks <= DateTimeOffset.MaxValue.UtcTicks)
            return new QueryPosition(returned, ticks, id);
        throw new QueryParameterException($"nextPageToken '{text}' is not a position of this query");
    }
}
