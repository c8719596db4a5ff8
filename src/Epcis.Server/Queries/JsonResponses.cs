using System.Text.Json;
using Epcis.Server.Http;

namespace Epcis.Server.Queries;

/// <summary>The small JSON bodies of the query interface: <c>Collection</c> / <c>UriCollection</c> resources and named queries.</summary>
internal static class JsonResponses
{
    public const string Context = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";

    /// <summary>Refuses (406) a client that accepts no JSON: these resources exist in JSON only.</summary>
    public static void RequireJson(HttpRequest request)
    {
        if (MediaTypes.ResponseFormat(request) != BodyFormat.Json)
            throw new NotAcceptableException($"Accept '{request.Headers.Accept}' cannot be met: this resource is available as application/json only");
    }

    /// <summary><c>{"@context": …, "type": "Collection", "member": [...]}</c>.</summary>
    public static Task WriteCollectionAsync(HttpContext http, string type, IEnumerable<string> members) => WriteAsync(http, w =>
    {
        w.WriteStartObject();
        w.WriteString("@context", Context);
        w.WriteString("type", type);
        w.WriteStartArray("member");
        foreach (var m in members) w.WriteStringValue(m);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>Writes a JSON body built by <paramref name="build"/> with status 200 (or the status already set).</summary>
    public static async Task WriteAsync(HttpContext http, Action<Utf8JsonWriter> build)
    {
        var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms)) build(w);
        http.Response.ContentType = MediaTypes.Json;
        ms.Position = 0;
        await ms.CopyToAsync(http.Response.Body, http.RequestAborted);
    }
}
