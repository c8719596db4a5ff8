using Epcis.Model.Errors;
using Epcis.Model.Vocabulary;
using Epcis.Server.Http;
using Epcis.Server.Configuration;
using Epcis.Server.Queries;
using Epcis.Storage;
using Epcis.Storage.NamedQueries;
using Microsoft.Extensions.Options;

namespace Epcis.Server.Endpoints;

/// <summary>
/// The top-level resources of the REST binding: <c>GET /</c>, and for each of <c>/eventTypes</c>, <c>/epcs</c>,
/// <c>/bizSteps</c>, <c>/bizLocations</c>, <c>/readPoints</c>, <c>/dispositions</c> the list of known values, one value's
/// sub-resources (<c>["events"]</c>) and its events (the value is the implicit filter).
/// </summary>
internal static class DiscoveryEndpoints
{
    /// <summary>One top-level resource: its path, the parameter its value stands for, and the list behind it.</summary>
    private sealed record TopLevel(string Path, string Parameter, string Filter, DistinctKind Kind, bool Identifiers);

    private static readonly TopLevel[] Resources =
    [
        new("eventTypes", "eventType", "eventType", DistinctKind.EventType, false),
        new("epcs", "epc", "MATCH_anyEPC", DistinctKind.Epc, true),
        new("bizSteps", "bizStep", "EQ_bizStep", DistinctKind.BizStep, false),
        new("bizLocations", "bizLocation", "EQ_bizLocation", DistinctKind.BizLocation, true),
        new("readPoints", "readPoint", "EQ_readPoint", DistinctKind.ReadPoint, true),
        new("dispositions", "disposition", "EQ_disposition", DistinctKind.Disposition, false),
    ];

    /// <summary>The members of <c>GET /</c>.</summary>
    private static readonly string[] TopLevelMembers = ["queries", "capture", "events", "eventTypes", "epcs", "readPoints", "bizLocations", "dispositions", "bizSteps"];

    private static readonly string[] StandardEventTypes = ["ObjectEvent", "AggregationEvent", "TransactionEvent", "TransformationEvent", "AssociationEvent"];

    public static void MapDiscoveryEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("").AddEndpointFilter<QueryRequestFilter>().WithTags("Discovery");
        api.MapOptions("/", OptionsResponses.Read);
        // Typed as Func, not RequestDelegate, so that it is a route handler (endpoint filters, ApiExplorer).
        api.MapGet("/", (Func<HttpContext, Task>)(http =>
            CollectionResponses.WriteAsync(http, CollectionResponses.Negotiate(http.Request), "Collection", TopLevelMembers))).WithSummary("Returns the list of top level resources available for this EPCIS repository.");

        foreach (var r in Resources) Map(api, r);
    }

    private static void Map(IEndpointRouteBuilder api, TopLevel r)
    {
        var list = "/" + r.Path;
        var one = $"{list}/{{{r.Parameter}}}";

        api.MapOptions(list, OptionsResponses.Read);
        api.MapGet(list, async (HttpContext http, IEpcisStore store, IOptions<EpcisOptions> options, CompanyPrefixes prefixes) =>
        {
            var format = CollectionResponses.Negotiate(http.Request);
            var map = r.Identifiers ? OutputFormat.IdentifierMap(OutputFormat.Header(http.Request, OutputFormat.EpcFormatHeader, OutputFormat.EpcFormats), prefixes.Table)
                : format == BodyFormat.Xml ? CbvXmlMap(http.Request, r.Kind) : null;
            var request = QueryRequest.Read(http.Request, options.Value);
            if (request.Parameters.Count > 0) throw new QueryParameterException($"{request.Parameters[0].Key} is not a parameter of {list}; only perPage and nextPageToken are");
            var tokens = new Http.PageToken(options.Value.PageTokenKey);
            var scope = "list:" + r.Path;
            var after = request.NextPageToken is { } t ? tokens.Read(scope, t) : null;
            var values = await store.ListDistinctAsync(r.Kind, after, request.PerPage + 1, http.RequestAborted);
            var page = values.Take(request.PerPage).ToList();
            if (values.Count > request.PerPage)
            {
                var (token, expires) = tokens.Create(scope, page[^1]);
                EventQueryResponder.AddNextLink(http, request, token, expires);
            }
            await CollectionResponses.WriteAsync(http, format, r.Identifiers ? "UriCollection" : "Collection", map is null ? page : page.Select(map));
        }).WithSummary($"Returns the known {r.Path} (paged: perPage, nextPageToken).");

        api.MapOptions(one, OptionsResponses.Read);
        api.MapGet(one, async (HttpContext http, IEpcisStore store) =>
        {
            var format = CollectionResponses.Negotiate(http.Request);
            var value = PathValue(http, r);
            if (r.Kind == DistinctKind.EventType)
            {
                if (!StandardEventTypes.Contains(value, StringComparer.Ordinal) && !value.Contains(':', StringComparison.Ordinal))
                    throw new NoSuchResourceException($"'{value}' is not an EPCIS event type");
            }
            else if (!await OccursAsync(store, r, value, http.RequestAborted))
            {
                throw new NoSuchResourceException($"No event has the {r.Parameter} '{value}'");
            }
            await CollectionResponses.WriteAsync(http, format, "Collection", ["events"]);
        }).WithSummary($"Returns the sub-resources of one {r.Parameter}: [\"events\"].");

        api.MapOptions(one + "/events", OptionsResponses.Read);
        api.MapGet(one + "/events", (HttpContext http, EventQueryResponder responder, IOptions<EpcisOptions> options) =>
        {
            var request = QueryRequest.Read(http.Request, options.Value);
            var value = PathValue(http, r);
            List<KeyValuePair<string, string>> parameters = [new(r.Filter, value), .. request.Parameters];
            return responder.RespondAsync(http, QueryRequest.Scope(one, parameters), parameters, request, "SimpleEventQuery");
        }).WithSummary($"Returns the EPCIS events of one {r.Parameter} ({r.Filter}), with any further SimpleEventQuery parameters.");
    }

    /// <summary>
    /// True when some event has the value (in any of its spellings: URN or Digital Link, bare CBV word or URI), by the
    /// same filter as <c>/{id}/events</c> and its index; a value that is not even well-formed occurs nowhere.
    /// </summary>
    private static async Task<bool> OccursAsync(IEpcisStore store, TopLevel r, string value, CancellationToken ct)
    {
        Epcis.Query.EventQuery query;
        try
        {
            query = Epcis.Query.Parameters.EventQueryParser.Parse([new(r.Filter, value)]);
        }
        catch (QueryParameterException)
        {
            return false;
        }
        var page = await store.QueryEventsAsync(query, null, 1, ct);
        return page.Events.Count > 0;
    }

    /// <summary>XML lists CBV values the way EPCIS XML writes them: URNs, or Web URIs by <c>GS1-CBV-XML-Format: Always_Web_URI</c>.</summary>
    private static Func<string, string>? CbvXmlMap(HttpRequest request, DistinctKind kind)
    {
        CbvKind? cbv = kind switch { DistinctKind.BizStep => CbvKind.BizStep, DistinctKind.Disposition => CbvKind.Disposition, _ => null };
        if (cbv is not { } k) return null;
        return OutputFormat.Header(request, OutputFormat.CbvXmlFormatHeader, OutputFormat.CbvXmlFormats) switch
        {
            "Always_Web_URI" => v => Cbv.ToWebUri(k, v),
            "Always_URN" => v => Cbv.ToUrn(k, v),
            _ => null,
        };
    }

    /// <summary>The path value, URL-decoded (identifiers arrive percent-encoded in one segment).</summary>
    private static string PathValue(HttpContext http, TopLevel r) =>
        Uri.UnescapeDataString(http.Request.RouteValues[r.Parameter]?.ToString() ?? "");
}
