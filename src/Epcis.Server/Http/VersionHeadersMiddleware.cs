namespace Epcis.Server.Http;

/// <summary>Adds the EPCIS and CBV version headers to every response (EPCIS 2.0 REST binding, GS1-EPCIS-Version).</summary>
internal sealed class VersionHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext http)
    {
        http.Response.OnStarting(() =>
        {
            var h = http.Response.Headers;
            h["GS1-EPCIS-Version"] = "2.0.0";
            h["GS1-CBV-Version"] = "2.0.0";
            if (HttpMethods.IsOptions(http.Request.Method))
            {
                h["GS1-EPCIS-Min"] = "1.2.0";
                h["GS1-EPCIS-Max"] = "2.0.0";
                h["GS1-CBV-Min"] = "1.2.0";
                h["GS1-CBV-Max"] = "2.0.0";
                h["GS1-Vendor-Version"] = "epcis-server 0.1";
            }
            return Task.CompletedTask;
        });
        return next(http);
    }
}
