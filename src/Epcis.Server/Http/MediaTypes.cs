using Microsoft.Net.Http.Headers;

namespace Epcis.Server.Http;

/// <summary>The media types of the EPCIS 2.0 REST binding and the choice between JSON and XML (EPCIS 2.0 §12.2).</summary>
internal static class MediaTypes
{
    public const string Json = "application/json";
    public const string JsonLd = "application/ld+json";
    public const string Xml = "application/xml";
    public const string TextXml = "text/xml";
    public const string ProblemJson = "application/problem+json";
    public const string ProblemXml = "application/problem+xml";

    /// <summary>The body format of a request, or null when its Content-Type is not one the server reads.</summary>
    public static BodyFormat? RequestFormat(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var ct)) return null;
        var mt = ct.MediaType.Value?.ToLowerInvariant();
        return mt switch
        {
            Json or JsonLd => BodyFormat.Json,
            Xml or TextXml => BodyFormat.Xml,
            _ => mt != null && mt.EndsWith("+json", StringComparison.Ordinal) ? BodyFormat.Json
                : mt != null && mt.EndsWith("+xml", StringComparison.Ordinal) ? BodyFormat.Xml : null,
        };
    }

    /// <summary>The response format the client prefers by <c>Accept</c> (JSON when it does not say); null when it accepts neither.</summary>
    public static BodyFormat? ResponseFormat(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (accept.Count == 0) return BodyFormat.Json;
        if (!MediaTypeHeaderValue.TryParseList(accept, out var list) || list.Count == 0) return BodyFormat.Json;
        BodyFormat? best = null;
        double bestQ = -1;
        foreach (var m in list.OrderByDescending(m => m.Quality ?? 1))
        {
            var q = m.Quality ?? 1;
            if (q <= 0) continue;
            var mt = m.MediaType.Value?.ToLowerInvariant() ?? "";
            BodyFormat? f = mt switch
            {
                Json or JsonLd or ProblemJson or "application/*" or "*/*" => BodyFormat.Json,
                Xml or TextXml or ProblemXml or "text/*" => BodyFormat.Xml,
                _ => null,
            };
            if (f != null && q > bestQ) { best = f; bestQ = q; }
        }
        return best;
    }
}

/// <summary>A wire format family.</summary>
internal enum BodyFormat
{
    Json,
    Xml,
}
