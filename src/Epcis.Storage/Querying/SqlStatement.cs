using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Epcis.Model.Errors;

namespace Epcis.Storage.Querying;

/// <summary>A command text and its parameters (<c>@p0</c>, <c>@p1</c> …); query values are never part of the text.</summary>
public sealed record SqlStatement(string Text, IReadOnlyList<KeyValuePair<string, object?>> Parameters);

/// <summary>How the values of an <c>orderBy</c> extension field compare (the event_fields column they come from).</summary>
public enum FieldSortKind
{
    Number = 0,
    Time = 1,
    Text = 2,
}

/// <summary>
/// Where a page of query results ends: how many events the walk has returned so far (for eventCountLimit), the order
/// key of the last event (UTC ticks of eventTime or recordTime) and its key. Printed as <c>v1.{returned}.{ticks}.{id}</c>;
/// the server signs and expires the string, this type only writes and reads it.
/// When the query is ordered by an extension field the position carries that field's sort value instead of a time:
/// <see cref="Kind"/> (fixed for the whole walk) and <see cref="Value"/> (invariant text: a round-trip double, UTC ticks,
/// or the text itself; null when the last event had no value), printed as
/// <c>v2.{returned}.{id}.{kind}.{-|~base64url(UTF-8 value)}</c>.
/// </summary>
public sealed record QueryPosition(long Returned, long OrderTicks, long Id, FieldSortKind? Kind = null, string? Value = null)
{
    public override string ToString()
    {
        if (Kind is not { } kind) return string.Create(CultureInfo.InvariantCulture, $"v1.{Returned}.{OrderTicks}.{Id}");
        string value = Value is null ? "-" : "~" + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Value));
        return string.Create(CultureInfo.InvariantCulture, $"v2.{Returned}.{Id}.{(int)kind}.{value}");
    }

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
        if (parts.Length == 5 && parts[0] == "v2"
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out returned)
            && long.TryParse(parts[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out id)
            && int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out int k) && Enum.IsDefined((FieldSortKind)k)
            && ReadValue(parts[4], (FieldSortKind)k, out string? value))
            return new QueryPosition(returned, 0, id, (FieldSortKind)k, value);
        throw new QueryParameterException($"nextPageToken '{text}' is not a position of this query");
    }

    private static bool ReadValue(string part, FieldSortKind kind, out string? value)
    {
        value = null;
        if (part == "-") return true;
        if (part.Length < 1 || part[0] != '~') return false;
        try
        {
            value = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(part.AsSpan(1)));
        }
        catch (FormatException)
        {
            return false;
        }
        return kind switch
        {
            FieldSortKind.Number => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && double.IsFinite(d),
            FieldSortKind.Time => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long t)
                && t >= DateTimeOffset.MinValue.UtcTicks && t <= DateTimeOffset.MaxValue.UtcTicks,
            _ => true,
        };
    }
}
