using Epcis.Server.Queries;

namespace Epcis.Server.Endpoints;

/// <summary>
/// <c>OPTIONS</c> on the query interface: 204 with <c>Allow</c> and the GS1 discovery headers
/// (the version range comes from VersionHeadersMiddleware on every OPTIONS response).
/// </summary>
internal static class OptionsResponses
{
    public const string Read = "OPTIONS, GET";
    public const string ReadWrite = "OPTIONS, GET, POST";
    public const string ReadDelete = "OPTIONS, GET, DELETE";

    /// <summary>Maps <c>OPTIONS <paramref name="pattern"/></c> answering with <paramref name="allow"/>.</summary>
    public static RouteHandlerBuilder MapOptions(this IEndpointRouteBuilder app, string pattern, string allow) =>
        app.MapMethods(pattern, [HttpMethods.Options], (HttpContext http) =>
        {
            var h = http.Response.Headers;
            h.Allow = allow;
            h[OutputFormat.EpcFormatHeader] = string.Join(", ", OutputFormat.EpcFormats);
            h[OutputFormat.CbvXmlFormatHeader] = string.Join(", ", OutputFormat.CbvXmlFormats);
            // Extensions are accepted in any namespace; echo what the client declared.
            h[Extensions.Header] = http.Request.Headers[Extensions.Header].ToString();
            return Results.NoContent();
        }).WithSummary($"Discovery: {allow}");
}
