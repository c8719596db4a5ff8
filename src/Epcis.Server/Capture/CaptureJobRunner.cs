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
        var raw = await _store.GetRawDocumentAsync(captureId);
        if (raw == null) return;
        var format = raw.ContentType.Contains("xml", StringComparison.OrdinalIgnoreCase) ? BodyFormat.Xml : BodyFormat.Json;
        CaptureOutcome outcome;
        try
        {
            outcome = new CaptureProcessor(_options).Read(new MemoryStream(raw.Content, writable: false), format, job.CreatedAt);
        }
        catch (EpcisException ex)
        {
            await FailAsync(job, ex is ValidationException v ? v.Errors.Select(e => e.ToString()) : [ex.Message], ex.ProblemType);
            return;
        }
        if (job.CaptureErrorBehaviour == "rollback" && outcome.Errors.Count > 0)
        {
            await FailAsync(job, outcome.Errors.Select(e => e.ToString()), "epcisException:ValidationException");
            return;
        }
        var service = ActivatorUtilities.CreateInstance<CaptureService>(_services);
        await service.CommitAsync(job, outcome, CancellationToken.None);
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

/// <summary>At start-up, re-queues every capture left running with a raw document (e.g. after a crash).</summary>
internal sealed class CaptureRecovery(IEpcisStore store, IBackgroundJobClient jobs, ILogger<CaptureRecovery> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var id in await store.ListUnfinishedCaptureJobsAsync(stoppingToken))
        {
            CaptureLog.Resuming(logger, id);
            jobs.Enqueue<CaptureJobRunner>(r => r.RunAsync(id));
        }
    }
}
