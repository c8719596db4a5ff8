using System.Globalization;
using Epcis.Model.Errors;
using Epcis.Server.Configuration;
using Epcis.Server.Http;
using Epcis.Storage;
using Microsoft.Extensions.Options;

namespace Epcis.Server.Capture;

/// <summary>The capture interface of the EPCIS 2.0 REST binding: <c>/capture</c> and <c>/capture/{captureID}</c>.</summary>
internal static class CaptureEndpoints
{
    public static void MapCaptureEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/capture", ["OPTIONS"], (HttpContext http) =>
        {
            http.Response.Headers.Allow = "OPTIONS, POST, GET";
            CaptureHeaders.AddLimits(http);
            http.Response.Headers["GS1-Capture-Error-Behaviour"] = "all";
            return Results.NoContent();
        });

        app.MapPost("/capture", async (HttpContext http, CaptureService capture, IOptions<EpcisOptions> options) =>
        {
            var format = MediaTypes.RequestFormat(http.Request)
                ?? throw new UnsupportedMediaTypeException($"Content-Type '{http.Request.ContentType}' is not accepted; send application/json, application/ld+json, application/xml or text/xml");
            var behaviour = ErrorBehaviour(http.Request);
            var body = await RequestBody.ReadAsync(http.Request, options.Value.CaptureFileSizeLimit, http.RequestAborted);
            var job = await capture.CaptureAsync(body, http.Request.ContentType!, format, behaviour, http.RequestAborted);
            http.Response.Headers.Location = "/capture/" + job.CaptureId;
            http.Response.StatusCode = StatusCodes.Status202Accepted;
            await CaptureJobWriter.WriteAsync(http, job);
        });

        app.MapGet("/capture", async (HttpContext http, IEpcisStore store, IOptions<EpcisOptions> options) =>
        {
            var o = options.Value;
            var perPage = PerPage(http.Request, o);
            var tokens = new PageToken(o.PageTokenKey);
            CaptureJobCursor? after = null;
            if (http.Request.Query["nextPageToken"] is { Count: > 0 } t)
            {
                var position = tokens.Read("capture", t.ToString()).Split('|', 2);
                after = new CaptureJobCursor(DateTimeOffset.Parse(position[0], CultureInfo.InvariantCulture), position[1]);
            }
            var page = await store.ListCaptureJobsAsync(after, perPage + 1, http.RequestAborted);
            var jobs = page.Take(perPage).ToList();
            if (page.Count > perPage)
            {
                var last = jobs[^1];
                var (token, expires) = tokens.Create("capture", last.CreatedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) + "|" + last.CaptureId);
                http.Response.Headers.Link = $"<{http.Request.PathBase}/capture?perPage={perPage}&nextPageToken={Uri.EscapeDataString(token)}>; rel=\"next\"";
                http.Response.Headers["GS1-Next-Page-Token-Expires"] = expires.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            }
            await CaptureJobWriter.WriteListAsync(http, jobs);
        });

        app.MapMethods("/capture/{captureID}", ["OPTIONS"], (HttpContext http) =>
        {
            http.Response.Headers.Allow = "OPTIONS, GET";
            return Results.NoContent();
        });

        app.MapGet("/capture/{captureID}", async (HttpContext http, string captureID, IEpcisStore store) =>
        {
            var job = await store.GetCaptureJobAsync(captureID, http.RequestAborted)
                ?? throw new NoSuchResourceException($"There is no capture job '{captureID}'");
            await CaptureJobWriter.WriteAsync(http, job);
        });
    }

    /// <summary>The <c>GS1-Capture-Error-Behaviour</c> header: <c>rollback</c> (default) or <c>proceed</c>.</summary>
    private static string ErrorBehaviour(HttpRequest request)
    {
        var value = request.Headers["GS1-Capture-Error-Behaviour"].ToString().Trim();
        if (value.Length == 0) return "rollback";
        return value.ToLowerInvariant() switch
        {
            "rollback" => "rollback",
            "proceed" => "proceed",
            _ => throw new ValidationException("GS1-Capture-Error-Behaviour", $"GS1-Capture-Error-Behaviour must be rollback or proceed, not '{value}'"),
        };
    }

    /// <summary>The <c>perPage</c> parameter, defaulted and capped.</summary>
    public static int PerPage(HttpRequest request, EpcisOptions o)
    {
        var raw = request.Query["perPage"].ToString();
        if (raw.Length == 0) return o.DefaultPerPage;
        if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
            throw new QueryParameterException($"perPage must be a positive integer, not '{raw}'");
        return Math.Min(n, o.MaxPerPage);
    }
}
