using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Epcis.LoadTest;

/// <summary>What happened to one document: its POST, its job, and when the job was seen finished.</summary>
internal sealed class DocResult(Document doc)
{
    public Document Doc { get; } = doc;
    public double PostStartMs { get; set; }
    public double PostEndMs { get; set; }
    public double PostLatencyMs => PostEndMs - PostStartMs;
    public int Status { get; set; }
    public string? CaptureId { get; set; }
    public bool Finished { get; set; }
    public bool Success { get; set; }
    public long EventCount { get; set; } = -1;
    public double FinishedMs { get; set; } = double.NaN;
    public double? ServerMs { get; set; }
    public int Polls { get; set; }
    public string? Failure { get; set; }
}

/// <summary>Posts documents with N concurrent senders and polls unfinished jobs until they are done, within a deadline.</summary>
internal sealed class CaptureRun(HttpClient http, Options options)
{
    private readonly Stopwatch _clock = new();
    private readonly ConcurrentQueue<DocResult> _pending = new();

    public double ElapsedMs => _clock.Elapsed.TotalMilliseconds;

    public async Task<List<DocResult>> RunAsync(IReadOnlyList<Document> docs, Action? onStart = null)
    {
        var results = docs.Select(d => new DocResult(d)).ToList();
        using var cts = new CancellationTokenSource(options.Timeout);
        var next = -1;
        var postsDone = 0;
        onStart?.Invoke();
        _clock.Start();
        var poller = Task.Run(() => PollAsync(() => Volatile.Read(ref postsDone) == 1, cts.Token));
        var senders = Enumerable.Range(0, Math.Min(options.Concurrency, docs.Count)).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < results.Count && !cts.IsCancellationRequested)
                await PostAsync(results[i], cts.Token);
        })).ToArray();
        try
        {
            await Task.WhenAll(senders);
        }
        finally
        {
            Volatile.Write(ref postsDone, 1);
        }
        await poller;
        foreach (var r in results.Where(r => !r.Finished && r.Failure == null))
            r.Failure = $"job not finished within {options.Timeout.TotalSeconds:0} s";
        return results;
    }

    private async Task PostAsync(DocResult r, CancellationToken ct)
    {
        using var content = new ByteArrayContent(r.Doc.Body);
        content.Headers.ContentType = new MediaTypeHeaderValue(r.Doc.ContentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.Base, "capture")) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        r.PostStartMs = ElapsedMs;
        try
        {
            using var response = await http.SendAsync(request, ct);
            var body = await response.Content.ReadAsByteArrayAsync(ct);
            r.PostEndMs = ElapsedMs;
            r.Status = (int)response.StatusCode;
            if (response.StatusCode != HttpStatusCode.Accepted)
            {
                r.Failure = $"POST answered {r.Status}: {Snippet(body)}";
                return;
            }
            ReadJob(r, body);
            if (r.CaptureId == null)
            {
                r.Failure = "202 without a captureID in the body: " + Snippet(body);
                return;
            }
            var location = response.Headers.Location?.ToString();
            if (location == null || !location.EndsWith("/capture/" + r.CaptureId, StringComparison.Ordinal))
                r.Failure = $"Location '{location}' does not name /capture/{r.CaptureId}";
            if (r.Finished) r.FinishedMs = r.PostEndMs;
            else _pending.Enqueue(r);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or JsonException)
        {
            r.PostEndMs = ElapsedMs;
            r.Failure = $"POST failed: {ex.GetType().Name}: {ex.Message}";
        }
    }

    /// <summary>Polls every unfinished job until all are done, the posts are over and nothing is pending, or the deadline passes.</summary>
    private async Task PollAsync(Func<bool> postsDone, CancellationToken ct)
    {
        var open = new List<DocResult>();
        var maxRounds = (long)(options.Timeout / options.PollInterval) + 10;
        for (long round = 0; round < maxRounds && !ct.IsCancellationRequested; round++)
        {
            var done = postsDone();
            while (_pending.TryDequeue(out var r)) open.Add(r);
            if (done && open.Count == 0 && _pending.IsEmpty) return;
            foreach (var r in open.ToList())
            {
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(options.Base, "capture/" + Uri.EscapeDataString(r.CaptureId!)));
                    request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                    using var response = await http.SendAsync(request, ct);
                    var body = await response.Content.ReadAsByteArrayAsync(ct);
                    r.Polls++;
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        r.Failure = $"GET /capture/{r.CaptureId} answered {(int)response.StatusCode}: {Snippet(body)}";
                        open.Remove(r);
                        continue;
                    }
                    ReadJob(r, body);
                    if (r.Finished)
                    {
                        r.FinishedMs = ElapsedMs;
                        open.Remove(r);
                    }
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex) when (ex is HttpRequestException or JsonException)
                {
                    r.Failure = $"GET /capture/{r.CaptureId} failed: {ex.Message}";
                    open.Remove(r);
                }
            }
            try
            {
                await Task.Delay(options.PollInterval, ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Reads the CaptureJob JSON: captureID, running, success, eventCount, createdAt/finishedAt.</summary>
    private static void ReadJob(DocResult r, byte[] body)
    {
        using var doc = JsonDocument.Parse(body);
        var job = doc.RootElement;
        if (job.TryGetProperty("captureID", out var id)) r.CaptureId = id.GetString();
        var running = job.TryGetProperty("running", out var run) && run.GetBoolean();
        r.Finished = !running;
        r.Success = job.TryGetProperty("success", out var ok) && ok.GetBoolean();
        if (job.TryGetProperty("eventCount", out var n)) r.EventCount = n.GetInt64();
        if (!running && job.TryGetProperty("createdAt", out var c) && job.TryGetProperty("finishedAt", out var f)
            && DateTimeOffset.TryParse(c.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var created)
            && DateTimeOffset.TryParse(f.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var finished))
            r.ServerMs = (finished - created).TotalMilliseconds;
        if (!running && !r.Success && job.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
            r.Failure = "job failed: " + errors[0].GetRawText();
    }

    private static string Snippet(byte[] body)
    {
        var s = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 400));
        return s.ReplaceLineEndings(" ");
    }
}
