namespace Epcis.Server.Http;

/// <summary>Adds the EPCIS and CBV version headers to every response (EPCIS 2.0 REST binding, GS1-EPCIS-Version).</summary>
/// <remarks>
/// <c>OPTIONS</c> announces, per path, the range of versions the server really handles there:
/// <list type="bullet">
/// <item><c>/capture</c> and <c>/capture/{captureID}</c>: EPCIS and CBV 1.2.0 – 2.0.0. Capture reads EPCIS 1.2 XML
/// documents (and bare 1.2 events) besides 2.0 XML and JSON-LD, and normalises CBV 1.2 URNs
/// (<c>urn:epcglobal:cbv:bizstep:…</c>) to the 2.0 stored form.</item>
/// <item>Every query path (<c>/</c>, <c>/events</c>, the discovery lists, <c>/queries</c>): 2.0.0 only. Results are
/// always written as EPCIS 2.0 (JSON-LD or 2.0 XML) with CBV 2.0 values; there is no 1.2 output, so announcing 1.2.0
/// there would promise what <see cref="Queries.QueryRequestFilter"/> then refuses with 406.</item>
/// </list>
/// </remarks>
internal sealed class VersionHeadersMiddleware(RequestDelegate next)
{
    public const string Current = "2.0.0";

    /// <summary>The oldest version capture accepts (EPCIS 1.2 XML, CBV 1.2 URNs).</summary>
    public const string OldestCaptured = "1.2.0";

    public Task InvokeAsync(HttpContext http)
    {
        http.Response.OnStarting(() =>
        {
            var h = http.Response.Headers;
            h["GS1-EPCIS-Version"] = Current;
            h["GS1-CBV-Version"] = Current;
            if (HttpMethods.IsOptions(http.Request.Method))
            {
                string min = http.Request.Path.StartsWithSegments("/capture", StringComparison.Ordinal) ? OldestCaptured : Current;
                h["GS1-EPCIS-Min"] = min;
                h["GS1-EPCIS-Max"] = Current;
                h["GS1-CBV-Min"] = min;
                h["GS1-CBV-Max"] = Current;
                h["GS1-Vendor-Version"] = "epcis-server 0.1";
            }
            return Task.CompletedTask;
        });
        return next(http);
    }
}
