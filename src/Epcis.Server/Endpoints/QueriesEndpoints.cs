using System.Text.Json;
using Epcis.Model.Errors;
using Epcis.Query.Parameters;
using Epcis.Server.Configuration;
using Epcis.Server.Http;
using Epcis.Server.Queries;
using Epcis.Storage;
using Epcis.Storage.NamedQueries;
using Microsoft.Extensions.Options;

namespace Epcis.Server.Endpoints;

/// <summary>Named queries: <c>/queries</c>, <c>/queries/{queryName}</c>, <c>/queries/{queryName}/events</c>, and <c>DELETE /nextPageToken/{token}</c>.</summary>
internal static class QueriesEndpoints
{
    /// <summary>Largest accepted query definition body.</summary>
    private const long MaxDefinitionBytes = 1024 * 1024;

    /// <summary>Query-string parameters of <c>GET /queries/{name}/events</c> that open a WebSocket subscription.</summary>
    private static readonly string[] SubscriptionParameters = ["stream", "second", "minute", "hour", "dayOfMonth", "month", "dayOfWeek", "reportIfEmpty", "initialRecordTime"];

    public static void MapQueriesEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("").AddEndpointFilter<QueryRequestFilter>().WithTags("Queries");

        api.MapOptions("/queries", OptionsResponses.ReadWrite);
        api.MapGet("/queries", async (HttpContext http, IEpcisStore store, IOptions<EpcisOptions> options) =>
        {
            JsonResponses.RequireJson(http.Request);
            var request = QueryRequest.Read(http.Request, options.Value);
            if (request.Parameters.Count > 0) throw new QueryParameterException($"{request.Parameters[0].Key} is not a parameter of /queries; only perPage and nextPageToken are");
            var tokens = new PageToken(options.Value.PageTokenKey);
            var after = request.NextPageToken is { } t ? tokens.Read("queries", t) : null;
            var list = await store.ListNamedQueriesAsync(after, request.PerPage + 1, http.RequestAborted);
            var page = list.Take(request.PerPage).ToList();
            if (list.Count > request.PerPage)
            {
                var (token, expires) = tokens.Create("queries", page[^1].Name);
                EventQueryResponder.AddNextLink(http, request, token, expires);
            }
            await JsonResponses.WriteAsync(http, w =>
            {
                w.WriteStartArray();
                foreach (var q in page) WriteDefinition(w, q);
                w.WriteEndArray();
            });
        }).WithSummary("Returns the named queries (paged: perPage, nextPageToken).");

        api.MapPost("/queries", async (HttpContext http, IEpcisStore store) =>
        {
            if (MediaTypes.RequestFormat(http.Request) != BodyFormat.Json)
                throw new UnsupportedMediaTypeException($"Content-Type '{http.Request.ContentType}' is not accepted; send the query definition as application/json");
            var body = await RequestBody.ReadAsync(http.Request, MaxDefinitionBytes, http.RequestAborted);
            var (name, query) = ReadDefinition(body);
            // The definition is validated by parsing it, exactly as its events will be queried.
            var (parameters, prefixes) = NamedQueryDefinition.Read(query);
            EventQueryParser.Parse(parameters, prefixes);
            var created = new NamedQuery(name, query.GetRawText(), DateTimeOffset.UtcNow);
            if (!await store.CreateNamedQueryAsync(created, http.RequestAborted))
                throw new ResourceAlreadyExistsException($"A query named '{name}' exists already");
            http.Response.StatusCode = StatusCodes.Status201Created;
            http.Response.Headers.Location = "/queries/" + Uri.EscapeDataString(name);
            await JsonResponses.WriteAsync(http, w => WriteDefinition(w, created));
        }).WithSummary("Creates a named EPCIS events query: {\"name\": …, \"query\": {SimpleEventQuery parameters}}; 409 when the name exists.");

        api.MapOptions("/queries/{queryName}", OptionsResponses.ReadDelete);
        api.MapGet("/queries/{queryName}", async (HttpContext http, string queryName, IEpcisStore store) =>
        {
            JsonResponses.RequireJson(http.Request);
            var q = await FindAsync(store, queryName, http.RequestAborted);
            await JsonResponses.WriteAsync(http, w => WriteDefinition(w, q));
        }).WithSummary("Returns the query definition.");
        api.MapDelete("/queries/{queryName}", async (HttpContext http, string queryName, IEpcisStore store) =>
        {
            var name = Uri.UnescapeDataString(queryName);
            if (!await store.DeleteNamedQueryAsync(name, http.RequestAborted)) throw new NoSuchResourceException($"There is no query named '{name}'");
            return Results.NoContent();
        }).WithSummary("Removes a named query.");

        api.MapOptions("/queries/{queryName}/events", OptionsResponses.Read);
        api.MapGet("/queries/{queryName}/events", async (HttpContext http, string queryName, IEpcisStore store, EventQueryResponder responder, IOptions<EpcisOptions> options) =>
        {
            var request = QueryRequest.Read(http.Request, options.Value);
            foreach (var (key, _) in request.Parameters)
            {
                if (SubscriptionParameters.Contains(key, StringComparer.Ordinal))
                    throw new NotImplementedFeatureException($"{key}: WebSocket subscriptions are not implemented yet");
                throw new QueryParameterException($"{key} is not a parameter of a named query's events; only perPage and nextPageToken are (the filter is the query's definition)");
            }
            var q = await FindAsync(store, queryName, http.RequestAborted);
            var (parameters, prefixes) = NamedQueryDefinition.Read(JsonDocument.Parse(q.Definition).RootElement);
            var scope = QueryRequest.Scope("/queries/" + q.Name + "\n" + q.Definition, []);
            await responder.RespondAsync(http, scope, parameters, request, q.Name, prefixes);
        }).WithSummary("Returns the events of a named query, one page at a time (perPage, nextPageToken).");

        MapSubscriptions(api);

        api.MapOptions("/nextPageToken/{token}", "OPTIONS, DELETE");
        api.MapDelete("/nextPageToken/{token}", (string token) => Results.NoContent())
            .WithSummary("Releases a nextPageToken. Tokens are signed and hold no server-side state, so there is nothing to release: always 204.");
    }

    /// <summary>Subscriptions come with a later issue: the paths exist, check the query, and answer 501.</summary>
    private static void MapSubscriptions(IEndpointRouteBuilder api)
    {
        const string list = "/queries/{queryName}/subscriptions";
        const string one = list + "/{subscriptionID}";
        api.MapOptions(list, OptionsResponses.ReadWrite);
        api.MapGet(list, NotYet).WithSummary("Returns the active subscriptions (not implemented yet: 501).");
        api.MapPost(list, NotYet).WithSummary("Creates a query subscription (not implemented yet: 501).");
        api.MapOptions(one, OptionsResponses.ReadDelete);
        api.MapGet(one, NotYet).WithSummary("Returns a subscription (not implemented yet: 501).");
        api.MapDelete(one, NotYet).WithSummary("Deletes a subscription (not implemented yet: 501).");
    }

    private static async Task NotYet(HttpContext http, string queryName, IEpcisStore store)
    {
        await FindAsync(store, queryName, http.RequestAborted);
        throw new NotImplementedFeatureException("Query subscriptions are not implemented yet");
    }

    private static async Task<NamedQuery> FindAsync(IEpcisStore store, string queryName, CancellationToken ct)
    {
        var name = Uri.UnescapeDataString(queryName);
        return await store.GetNamedQueryAsync(name, ct) ?? throw new NoSuchResourceException($"There is no query named '{name}'");
    }

    /// <summary>The <c>name</c> and <c>query</c> of a definition body; ValidationException naming what is wrong.</summary>
    private static (string Name, JsonElement Query) ReadDefinition(byte[] body)
    {
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 32 }).RootElement;
        }
        catch (JsonException ex)
        {
            throw new ValidationException("", "The query definition is not JSON: " + ex.Message);
        }
        if (root.ValueKind != JsonValueKind.Object) throw new ValidationException("", "The query definition must be a JSON object {\"name\": …, \"query\": {…}}");
        if (!root.TryGetProperty("name", out var n) || n.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(n.GetString()))
            throw new ValidationException("name", "The query definition needs a non-empty string 'name'");
        var name = n.GetString()!;
        if (name.Length > 400) throw new ValidationException("name", "A query name has at most 400 characters");
        if (!root.TryGetProperty("query", out var q)) throw new ValidationException("query", "The query definition needs a 'query' object");
        foreach (var p in root.EnumerateObject())
            if (p.Name is not ("name" or "query" or "@context")) throw new ValidationException(p.Name, $"'{p.Name}' is not a member of a query definition (name, query)");
        return (name, q.Clone());
    }

    private static void WriteDefinition(Utf8JsonWriter w, NamedQuery q)
    {
        w.WriteStartObject();
        w.WriteString("name", q.Name);
        w.WritePropertyName("query");
        w.WriteRawValue(q.Definition);
        w.WriteEndObject();
    }
}
