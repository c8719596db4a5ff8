using Epcis.Model.Errors;
using Epcis.Server.Logging;

namespace Epcis.Server.Http;

/// <summary>Turns every exception into a problem response, once, for the whole application (style.md habit 13).</summary>
internal sealed class ErrorHandlingMiddleware(RequestDelegate next, ILogger<ErrorHandlingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        try
        {
            await next(http);
        }
        catch (EpcisException ex) when (!http.Response.HasStarted)
        {
            if (ex is CaptureLimitExceededException) CaptureHeaders.AddLimits(http);
            await ProblemWriter.WriteAsync(http, ex);
        }
        catch (BadHttpRequestException ex) when (!http.Response.HasStarted && ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            CaptureHeaders.AddLimits(http);
            await ProblemWriter.WriteAsync(http, new CaptureLimitExceededException("The request body is larger than the capture file-size limit"));
        }
        catch (BadHttpRequestException ex) when (!http.Response.HasStarted)
        {
            await ProblemWriter.WriteAsync(http, new ValidationException("", "The request could not be read: " + ex.Message), ex.StatusCode);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nothing to answer.
        }
        catch (Exception ex) when (!http.Response.HasStarted)
        {
            // Database failures become 503 (unavailable) or 500 through the storage layer's single translation table.
            if (Storage.StorageErrors.Translate(ex) is EpcisException translated)
            {
                if (translated.HttpStatus >= 500) CaptureLog.Unexpected(logger, ex, http.Request.Path);
                await ProblemWriter.WriteAsync(http, translated);
                return;
            }
            CaptureLog.Unexpected(logger, ex, http.Request.Path);
            await ProblemWriter.WriteAsync(http, new ImplementationException("The server failed to process the request; nothing was stored."));
        }
    }
}

/// <summary>The capture-limit headers announced on <c>OPTIONS /capture</c> and on every 413.</summary>
internal static class CaptureHeaders
{
    public static void AddLimits(HttpContext http)
    {
        var o = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Configuration.EpcisOptions>>().Value;
        http.Response.Headers["GS1-EPCIS-Capture-Limit"] = o.CaptureLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.Headers["GS1-EPCIS-Capture-File-Size-Limit"] = o.CaptureFileSizeLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
