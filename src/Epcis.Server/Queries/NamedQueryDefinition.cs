using System.Text.Json;
using Epcis.Model.Errors;

namespace Epcis.Server.Queries;

/// <summary>
/// The <c>query</c> object of a named query (<c>POST /queries</c>, query-schema.json) as SimpleEventQuery parameters:
/// a list becomes a pipe-delimited value (as in the REST query string), and an <c>@context</c> declares CURIE prefixes.
/// </summary>
internal static class NamedQueryDefinition
{
    /// <summary>The parameters and declared prefixes of a <c>query</c> object; ValidationException when it is not an object of simple values.</summary>
    public static (List<KeyValuePair<string, string>> Parameters, Dictionary<string, string>? Prefixes) Read(JsonElement query)
    {
        if (query.ValueKind != JsonValueKind.Object) throw new ValidationException("query", "the query must be a JSON object of SimpleEventQuery parameters");
        var parameters = new List<KeyValuePair<string, string>>();
        Dictionary<string, string>? prefixes = null;
        foreach (var p in query.EnumerateObject())
        {
            if (p.Name == "@context")
            {
                prefixes = Context(p.Value);
                continue;
            }
            parameters.Add(new(p.Name, Value(p.Name, p.Value)));
        }
        return (parameters, prefixes);
    }

    private static string Value(string name, JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString()!,
        JsonValueKind.Number => v.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => string.Join('|', v.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Array ? Invalid(name) : Value(name, e))),
        _ => Invalid(name),
    };

    private static string Invalid(string name) => throw new QueryParameterException($"{name}: a parameter value must be a string, number, boolean or a list of those");

    /// <summary>Prefix declarations of a JSON-LD <c>@context</c> (an object, or an array holding objects; URLs are skipped).</summary>
    private static Dictionary<string, string>? Context(JsonElement context)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(JsonElement o)
        {
            if (o.ValueKind != JsonValueKind.Object) return;
            foreach (var p in o.EnumerateObject())
                if (p.Value.ValueKind == JsonValueKind.String) map[p.Name] = p.Value.GetString()!;
        }
        if (context.ValueKind == JsonValueKind.Array) foreach (var e in context.EnumerateArray()) Add(e);
        else Add(context);
        return map.Count == 0 ? null : map;
    }
}
