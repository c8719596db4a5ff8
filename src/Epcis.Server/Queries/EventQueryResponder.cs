using System.Globalization;
using Epcis.Query.Parameters;
using Epcis.Server.Configuration;
using Epcis.Server.Http;
using Epcis.Storage;
using Microsoft.Extensions.Options;

namespace Epcis.Server.Queries;

/// <summary>
/// Answers every event-returning GET (<c>/events</c>, <c>/{resource}/{id}/events</c>, <c>/queries/{name}/events</c>):
/// parse the parameters, resume from the page token, read one keyset page, announce the next page, stream the document.
/// </summary>
internal sealed class EventQueryResponder(IEpcisStore store, IOptions<EpcisOptions> options, CompanyPrefixes prefixes)
{
    /// <summary>
    /// Runs the query made of <paramref name="parameters"/> (the implicit filter of the path first, then the request's
    /// own) and writes one page. <paramref name="scope"/> names what a page token is valid for.
    /// </summary>
    public async Task RespondAsync(HttpContext http, string scope, IReadOnlyList<KeyValuePair<string, string>> parameters,
        QueryRequest request, string queryName, IReadOnlyDictionary<string, string>? namespaces = null)
    {
        var format = OutputFormat.Of(http.Request, prefixes.Table); // 406 before any work
        var tokens = new PageToken(options.Value.PageTokenKey);
        var after = request.NextPageToken is { } t ? tokens.Read(scope, t) : null;
        var query = EventQueryParser.Parse(parameters, namespaces ?? Extensions.Of(http.Request));
        var page = await store.QueryEventsAsync(query, after, request.PerPage, http.RequestAborted);
        if (page.Next is { } next)
        {
            var (token, expires) = tokens.Create(scope, next);
            AddNextLink(http, request, token, expires);
        }
        await EventResultWriter.WriteDocumentAsync(http, format, queryName, page.Events);
    }

    /// <summary><c>Link: &lt;…&gt;; rel="next"</c> (same path and parameters, the new token) and <c>GS1-Next-Page-Token-Expires</c>.</summary>
    public static void AddNextLink(HttpContext http, QueryRequest request, string token, DateTimeOffset expires)
    {
        var url = $"{http.Request.PathBase}{http.Request.Path}?{request.ParametersQueryString()}{QueryRequest.PerPageName}={request.PerPage.ToString(CultureInfo.InvariantCulture)}&{QueryRequest.NextPageTokenName}={Uri.EscapeDataString(token)}";
        http.Response.Headers.Link = $"<{url}>; rel=\"next\"";
        http.Response.Headers["GS1-Next-Page-Token-Expires"] = expires.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }
}

/// <summary>The <c>GS1-Extensions</c> request header: comma-separated <c>prefix=namespace</c> pairs that resolve CURIE parameter names.</summary>
internal static class Extensions
{
    public const string Header = "GS1-Extensions";

    /// <summary>The declared prefixes, or null when the header is absent; pieces without '=' are ignored.</summary>
    public static IReadOnlyDictionary<string, string>? Of(HttpRequest request)
    {
        var raw = request.Headers[Header];
        if (raw.Count == 0) return null;
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in raw)
        {
            foreach (var piece in (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var eq = piece.IndexOf('=');
                if (eq <= 0 || eq == piece.Length - 1) continue;
                map[piece[..eq].Trim()] = piece[(eq + 1)..].Trim();
            }
        }
        return map.Count == 0 ? null : map;
    }
}
