using System.Text;
using Epcis.Model.Capture.Validation;
using Epcis.Model.Documents;
using Epcis.Model.Errors;
using Epcis.Model.Events;
using Epcis.Model.Serialization;
using Epcis.Model.Serialization.JsonLd;
using Epcis.Model.Serialization.Xml;
using Epcis.Server.Capture;
using Epcis.Server.Configuration;
using Epcis.Server.Http;
using Epcis.Storage;
using Microsoft.Extensions.Options;

namespace Epcis.Server.Endpoints;

/// <summary><c>POST /events</c> (synchronous single-event capture); the GETs are in <see cref="EventQueryEndpoints"/>.</summary>
internal static class EventsEndpoints
{
    public static void MapEventsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/events", async (HttpContext http, IEpcisStore store, IOptions<EpcisOptions> options) =>
        {
            var o = options.Value;
            var format = MediaTypes.RequestFormat(http.Request)
                ?? throw new UnsupportedMediaTypeException($"Content-Type '{http.Request.ContentType}' is not accepted; send application/json, application/ld+json, application/xml or text/xml");
            var body = await RequestBody.ReadAsync(http.Request, o.CaptureFileSizeLimit, http.RequestAborted);
            var ev = ReadSingle(body, format, o.MaxDepth);
            var stored = CaptureProcessor.Prepare(ev, DateTimeOffset.UtcNow);
            var job = new CaptureJob { CaptureId = "e" + Guid.CreateVersion7().ToString("N"), Running = true, CreatedAt = stored.Event.RecordTime!.Value };
            job.Running = false;
            job.FinishedAt = DateTimeOffset.UtcNow;
            job.EventCount = 1;
            var result = await store.StoreAsync(new CaptureBatch { CaptureId = job.CaptureId, Events = [stored], Job = job }, http.RequestAborted);
            if (result.Duplicates.Count > 0)
            {
                job.Success = false;
                job.EventCount = 0;
                await store.UpdateCaptureJobAsync(job, true, http.RequestAborted);
                throw new ResourceAlreadyExistsException($"An event with eventID '{stored.Event.EventId}' has already been captured");
            }
            http.Response.StatusCode = StatusCodes.Status201Created;
            http.Response.Headers.Location = "/events/" + Uri.EscapeDataString(stored.Event.EventId!);
            http.Response.ContentType = MediaTypes.JsonLd;
            await http.Response.WriteAsync(stored.Json, http.RequestAborted);
        });
    }

    private static EpcisEvent ReadSingle(byte[] body, BodyFormat format, int maxDepth)
    {
        var options = CaptureValidation.Strict(maxDepth);
        if (format == BodyFormat.Json) return EpcisJsonReader.ReadSingleEvent(new MemoryStream(body), options);
        var reader = new EpcisXmlReader(new MemoryStream(body), options);
        var events = reader.ReadEvents().ToList();
        if (events.Count != 1) throw new ValidationException("", $"POST /events takes exactly one event; the body holds {events.Count}");
        if (!events[0].IsValid) throw new ValidationException(events[0].Errors.Count > 0 ? events[0].Errors : [new ValidationError(events[0].Location, "the event could not be read")]);
        return events[0].Event!;
    }
}
