using Epcis.Model.Errors;

namespace Epcis.Query.Parameters;

/// <summary>Turns SimpleEventQuery parameters (REST query string or named-query JSON) into an <see cref="EventQuery"/>.</summary>
public static class EventQueryParser
{
    /// <summary>
    /// Parses parameters given as name/value pairs (a list value is pipe-delimited, as in the REST query string).
    /// <paramref name="prefixes"/> resolves CURIE field names (<c>EQ_example:field</c>); null uses only the standard prefixes.
    /// Throws <see cref="QueryParameterException"/> naming the culprit for an unknown, repeated or badly typed parameter.
    /// </summary>
    public static EventQuery Parse(IEnumerable<KeyValuePair<string, string>> parameters, IReadOnlyDictionary<string, string>? prefixes = null) =>
        throw new QueryParameterException("query parameters are not implemented yet"); // replaced by the query engine (issue 4)
}
