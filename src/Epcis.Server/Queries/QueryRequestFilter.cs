using System.Globalization;
using Epcis.Server.Configuration;
using Epcis.Server.Http;
using Microsoft.Extensions.Options;

namespace Epcis.Server.Queries;

/// <summary>
/// Runs before every query-interface endpoint: refuses a query string over <see cref="EpcisOptions.MaxQueryStringLength"/>
/// (414) and negotiates versions: the server speaks EPCIS 2.0.0 and CBV 2.0.0, so a request whose
/// <c>GS1-EPCIS-Min</c>/<c>-Max</c> or <c>GS1-CBV-Min</c>/<c>-Max</c> range excludes 2.0.0 gets 406.
/// </summary>
internal sealed class QueryRequestFilter(IOptions<EpcisOptions> options) : IEndpointFilter
{
    /// <summary>The EPCIS and CBV version this server produces.</summary>
    public static readonly Version Supported = new(2, 0, 0);

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var limit = options.Value.MaxQueryStringLength;
        if (request.QueryString.HasValue && request.QueryString.Value!.Length > limit)
            throw new UriTooLongException($"The query string has {request.QueryString.Value.Length} characters; this server accepts at most {limit}");
        if (!HttpMethods.IsOptions(request.Method))
        {
            CheckRange(request, "GS1-EPCIS-Min", "GS1-EPCIS-Max", "EPCIS");
            CheckRange(request, "GS1-CBV-Min", "GS1-CBV-Max", "CBV");
        }
        return next(context);
    }

    private static void CheckRange(HttpRequest request, string minHeader, string maxHeader, string what)
    {
        var min = VersionOf(request, minHeader);
        var max = VersionOf(request, maxHeader);
        if (min is not null && min > Supported)
            throw new NotAcceptableException($"{minHeader} is {request.Headers[minHeader]}, but this server provides {what} {Supported.ToString(3)} only");
        if (max is not null && max < Supported)
            throw new NotAcceptableException($"{maxHeader} is {request.Headers[maxHeader]}, but this server provides {what} {Supported.ToString(3)} only");
    }

    /// <summary>A version header (<c>2</c>, <c>2.0</c>, <c>2.0.0</c>), or null when absent; 406 when it is no version.</summary>
    private static Version? VersionOf(HttpRequest request, string header)
    {
        var raw = request.Headers[header].ToString().Trim();
        if (raw.Length == 0) return null;
        var parts = raw.Split('.');
        if (parts.Length > 3 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit)))
            throw new NotAcceptableException($"{header} '{raw}' is not a version such as 2.0.0");
        var n = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).Concat([0, 0]).ToArray();
        return new Version(n[0], n[1], n[2]);
    }
}
