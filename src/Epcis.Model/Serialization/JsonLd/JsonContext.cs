using System.Text.Json;
using Epcis.Model.Errors;

namespace Epcis.Model.Serialization.JsonLd;

/// <summary>Reads a JSON-LD <c>@context</c> as a prefix table; remote contexts are recognised by URL, never fetched.</summary>
internal static class JsonContext
{
    /// <summary>Applies a context (string, object or array) to <paramref name="table"/>.</summary>
    public static void Apply(JsonElement ctx, NamespaceTable table, List<ValidationError> errors, string at)
    {
        switch (ctx.ValueKind)
        {
            case JsonValueKind.String:
                break; // a context URL: the standard EPCIS context's prefixes are built in (EPCIS 2.0 §10.2)
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in ctx.EnumerateArray()) Apply(item, table, errors, $"{at}/{i++}");
                break;
            case JsonValueKind.Object:
                foreach (var p in ctx.EnumerateObject())
                {
                    if (p.Name.StartsWith('@')) continue;
                    if (p.Value.ValueKind == JsonValueKind.String) table.Add(p.Name, p.Value.GetString()!);
                    else if (p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String)
                        table.Add(p.Name, id.GetString()!);
                }
                break;
            default:
                errors.Add(new ValidationError(at, "@context must be a URL, an object or an array of them"));
                break;
        }
    }
}
