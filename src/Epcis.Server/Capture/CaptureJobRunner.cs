using System.Text;
using Epcis.Model.Errors;
using Epcis.Server.Configuration;
using Epcis.Server.Http;
using Epcis.Server.Logging;
using Epcis.Storage;
using Hangfire;
using Microsoft.Extensions.Options;

namespace Epcis.Server.Capture;

/// <summary>Finishes a capture whose raw document was persisted (large documents, or work interrupted by a restart). Idempotent.</summary>
public sealed class CaptureJobRunner
{
    private readonly IEpcisStore _store;
    private readonly EpcisOptions _options;
    private readonly ILogger<CaptureJobRunner> _logger;
    private readonly IServiceProvider _services;

    public CaptureJobRunner(IEpcisStore store, IOptions<EpcisOptions> options, ILogger<CaptureJobRunner> logger, IServiceProvider services)
    {
        _store = store;
        _options = options.Value;
        _logger = logger;
        _services = services;
    }

    /// <summary>Processes the job's raw document; a job already finished is left alone.</summary>
    public async Task RunAsync(string captureId)
    {
        var job = await _store.GetCaptureJobAsync(captureId);
        if (job == null || !job.Running) return;
        RawDocument? raw = await _store.GetRawDocumentAsync(captureId);
        if (raw == null) return;
        var (content, contentType) = RawDocuments.Open(raw);
        var format = contentType.Contains("xml", StringComparison.OrdinalIgnoreCase) ? BodyFormat.Xml : BodyFormat.Json;
        var outcome = new CaptureOutcome();
        var events = new CaptureProcessor(_options).Stream(content, format, job.CreatedAt, outcome, job.CaptureErrorBehaviour == "rollback");
        raw = null; // the stream holds the bytes; nothing else should
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var chunks = Finish(events.Chunk(ChunkSize), job, outcome);
        StoreResult result;
        try
        {
            // One transaction over all chunks: memory stays at one chunk whatever the document's size.
            result = await _store.StoreChunksAsync(new CaptureBatch { CaptureId = job.CaptureId, Events = [], MasterData = outcome.MasterData, Job = job }, chunks);
        }
        catch (EpcisException ex) when (ex is ValidationException or CaptureLimitExceededException)
        {
            await FailAsync(job, ex is ValidationException v ? v.Errors.Select(e => e.ToString()) : [ex.Message], ex.ProblemType);
            return;
        }
        await CaptureJobs.ReportDuplicatesAsync(_store, job, result, CancellationToken.None);
        CaptureLog.Stored(_logger, job.CaptureId, result.Stored, result.Duplicates.Count, outcome.Errors.Count, sw.ElapsedMilliseconds);
        LargeObjects.Release();
    }

    private const int ChunkSize = 5000;

    /// <summary>Passes the chunks through, then completes the job from the outcome (the store writes it after the last chunk).</summary>
    private static IEnumerable<IReadOnlyList<StoredEvent>> Finish(IEnumerable<StoredEvent[]> chunks, CaptureJob job, CaptureOutcome outcome)
    {
        foreach (var chunk in chunks) yield return chunk;
        CaptureJobs.Complete(job, outcome);
    }

    private async Task FailAsync(CaptureJob job, IEnumerable<string> reasons, string type)
    {
        job.Running = false;
        job.Success = false;
        job.FinishedAt = DateTimeOffset.UtcNow;
        job.Errors = reasons.Take(10_000).Select(r => new CaptureError(type, "Capture rejected", 400, r, null)).ToList();
        await _store.UpdateCaptureJobAsync(job, dropRawDocument: true);
        CaptureLog.Rejected(_logger, job.CaptureId, job.Errors.FirstOrDefault()?.Detail ?? type);
    }
}

/// <summary>
/// At start-up, re-queues every capture left running with a raw document (e.g. after a crash). A database that is not
/// reachable yet is retried, not fatal: an exception escaping a hosted service would stop the whole server.
/// </summary>
internal sealed class CaptureRecovery(IEpcisStore store, IBackgroundJobClient jobs, IOptions<EpcisOptions> options, ILogger<CaptureRecovery> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunBackgroundJobs) return;
        for (var delay = TimeSpan.FromSeconds(1); !stoppingToken.IsCancellationRequested; delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromMinutes(1).Ticks)))
        {
            try
            {
                foreach (var id in await store.ListUnfinishedCaptureJobsAsync(stoppingToken))
                {
                    CaptureLog.Resuming(logger, id);
                    jobs.Enqueue<CaptureJobRunner>(r => r.RunAsync(id));
                }
                return;
            }
            catch (EpcisException ex)
            {
                CaptureLog.RecoveryRetry(logger, ex.Message, (int)delay.TotalSeconds);
                await Task.Delay(delay, stoppingToken);
            }
        }
    }
}
