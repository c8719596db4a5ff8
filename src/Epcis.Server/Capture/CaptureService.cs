using System.Diagnostics;
using Epcis.Model.Errors;
using Epcis.Server.Configuration;
using Epcis.Server.Http;
using Epcis.Server.Logging;
using Epcis.Storage;
using Hangfire;
using Microsoft.Extensions.Options;

namespace Epcis.Server.Capture;

/// <summary>
/// Runs a capture from request to commit. Durability (issue #3): a 202 is sent only after either the events are
/// committed, or the raw document is committed with a running job that a background worker (Hangfire, plus a sweep
/// at start-up) will finish. Nothing of a capture is visible before its single transaction commits.
/// </summary>
internal sealed class CaptureService(IEpcisStore store, IOptions<EpcisOptions> options, IBackgroundJobClient jobs, ILogger<CaptureService> logger)
{
    private readonly EpcisOptions _options = options.Value;

    /// <summary>Captures a document held in memory; returns the job as it stands when the 202 is sent.</summary>
    public async Task<CaptureJob> CaptureAsync(byte[] body, string contentType, BodyFormat format, string behaviour, CancellationToken ct)
    {
        var job = new CaptureJob
        {
            CaptureId = NewCaptureId(),
            Running = true,
            CaptureErrorBehaviour = behaviour,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        if (body.Length > _options.InlineCaptureMaxBytes)
        {
            // Check the whole document first (bounded memory), so limits and invalid input are answered now, not in the job.
            var check = new CaptureProcessor(_options).Read(new MemoryStream(body, writable: false), format, job.CreatedAt, validateOnly: true);
            if (behaviour == "rollback" && check.Errors.Count > 0)
            {
                CaptureLog.Rejected(logger, job.CaptureId, check.Errors[0].ToString());
                throw new ValidationException(check.Errors);
            }
            await store.CreateCaptureJobAsync(job, RawDocuments.Compress(body, contentType), ct);
            jobs.Enqueue<CaptureJobRunner>(r => r.RunAsync(job.CaptureId));
            LargeObjects.Release();
            CaptureLog.Deferred(logger, job.CaptureId, body.Length);
            return job;
        }
        var outcome = new CaptureProcessor(_options).Read(new MemoryStream(body, writable: false), format, job.CreatedAt);
        if (behaviour == "rollback" && outcome.Errors.Count > 0)
        {
            CaptureLog.Rejected(logger, job.CaptureId, outcome.Errors[0].ToString());
            throw new ValidationException(outcome.Errors); // all or nothing: nothing stored, the client gets every reason
        }
        // No separate job insert: StoreAsync writes the finished job in the same transaction as the events, which
        // saves a write transaction (and a wait for SQLite's single writer) per capture.
        await CommitAsync(job, outcome, ct);
        return job;
    }

    /// <summary>Stores an outcome and finishes its job in one transaction.</summary>
    public async Task CommitAsync(CaptureJob job, CaptureOutcome outcome, CancellationToken ct)
    {
        var sw = Stopwatch.StartNew();
        CaptureJobs.Complete(job, outcome);
        var result = await store.StoreAsync(new CaptureBatch { CaptureId = job.CaptureId, Events = outcome.Events, MasterData = outcome.MasterData, Job = job }, ct);
        await CaptureJobs.ReportDuplicatesAsync(store, job, result, ct);
        CaptureLog.Stored(logger, job.CaptureId, result.Stored, result.Duplicates.Count, outcome.Errors.Count, sw.ElapsedMilliseconds);
    }

    private static string NewCaptureId() => "c" + Guid.CreateVersion7().ToString("N");
}

/// <summary>
/// Large captures leave 100 MB-scale buffers on the large-object heap, which only a full collection frees; collecting
/// once after such a capture keeps the server's peak bounded (issue #3: a 100 MB document under 500 MB).
/// </summary>
internal static class LargeObjects
{
    public static void Release()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Forced, blocking: false, compacting: true);
    }
}

/// <summary>
/// Raw documents are kept gzip-compressed (EPCIS JSON/XML shrinks about 10×), so persisting a 100 MB capture and
/// reading it back in the background job costs ~10 MB each instead of 100 MB; the job decompresses as it streams.
/// </summary>
internal static class RawDocuments
{
    private const string Marker = "gzip:";

    public static RawDocument Compress(byte[] body, string contentType)
    {
        var ms = new MemoryStream(body.Length / 8 + 1024);
        using (var gz = new System.IO.Compression.GZipStream(ms, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            gz.Write(body, 0, body.Length);
        return new RawDocument(ms.ToArray(), Marker + contentType);
    }

    /// <summary>The document's bytes as a stream, and its media type.</summary>
    public static (Stream Content, string ContentType) Open(RawDocument raw) =>
        raw.ContentType.StartsWith(Marker, StringComparison.Ordinal)
            ? (new System.IO.Compression.GZipStream(new MemoryStream(raw.Content, writable: false), System.IO.Compression.CompressionMode.Decompress), raw.ContentType[Marker.Length..])
            : (new MemoryStream(raw.Content, writable: false), raw.ContentType);
}

/// <summary>How a capture's outcome is recorded in its job, the same for inline and background captures.</summary>
internal static class CaptureJobs
{
    /// <summary>Marks the job finished with the outcome's counts and one ValidationException problem per rejected event.</summary>
    public static void Complete(CaptureJob job, CaptureOutcome outcome)
    {
        job.Running = false;
        job.FinishedAt = DateTimeOffset.UtcNow;
        job.Success = outcome.Errors.Count == 0;
        job.EventCount = outcome.Accepted;
        job.Errors = outcome.Errors.Take(10_000).Select(e => new CaptureError("epcisException:ValidationException", "Invalid event", 400, e.Message, e.Location)).ToList();
    }

    /// <summary>
    /// Capturing the same event twice stores it once: the job says which events were already there (not a failure)
    /// and counts only the stored ones.
    /// </summary>
    public static async Task ReportDuplicatesAsync(IEpcisStore store, CaptureJob job, StoreResult result, CancellationToken ct)
    {
        if (result.Duplicates.Count == 0) return;
        job.EventCount = result.Stored;
        job.Errors.AddRange(result.Duplicates.Take(10_000).Select(id => new CaptureError("epcisException:ResourceAlreadyExistsException",
            "Event already captured", 409, $"eventID '{id}' was already captured; it is stored once", id)));
        await store.UpdateCaptureJobAsync(job, dropRawDocument: true, ct);
    }
}
