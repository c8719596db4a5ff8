using Epcis.Model.Errors;
using Epcis.Server.Configuration;
using Epcis.Server.Queries;
using Epcis.Storage;
using Microsoft.Extensions.Options;

namespace Epcis.Server.Endpoints;

/// <summary>Ad-hoc event queries: <c>GET /events</c> with SimpleEventQuery parameters and <c>GET /events/{eventID}</c>.</summary>
internal static class EventQueryEndpoints
{
    public static void MapEventQueryEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("").AddEndpointFilter<QueryRequestFilter>().WithTags("Events");

        api.MapOptions("/events", OptionsResponses.ReadWrite);
        api.MapGet("/events", (HttpContext http, EventQueryResponder responder, IOptions<EpcisOptions> options) =>
        {
            var request = QueryRequest.Read(http.Request, options.Value);
            return responder.RespondAsync(http, QueryRequest.Scope("/events", request.Parameters), request.Parameters, request, "SimpleEventQuery");
        }).WithSummary("Returns the EPCIS events matching the SimpleEventQuery parameters (pipe-delimited lists), one page at a time (perPage, nextPageToken, Link rel=\"next\").");

        // The eventID is a URI (an ni:///… hash contains '/', ';' and '?'); clients percent-encode it into one segment,
        // and the catch-all also accepts one whose slashes were left as they are.
        api.MapOptions("/events/{*eventID}", OptionsResponses.Read);
        api.MapGet("/events/{*eventID}", async (HttpContext http, string eventID, IEpcisStore store, CompanyPrefixes prefixes) =>
        {
            // Without GS1-EPC-Format the single event comes back exactly as captured (Never_Translates), which capture
            // round-trip checks rely on; with the header it is translated like every query result.
            var format = OutputFormat.Of(http.Request, prefixes.Table);
            var id = Uri.UnescapeDataString(eventID);
            var record = await store.GetEventAsync(id, http.RequestAborted)
                ?? throw new NoSuchResourceException($"There is no event '{id}'");
            await EventResultWriter.WriteEventAsync(http, format, record);
        }).WithSummary("Returns one EPCIS event by its eventID (URL-encoded).");
    }
}
