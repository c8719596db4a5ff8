using System.Globalization;
using System.Net;
using Epcis.LoadTest;

// Load tool for the capture interface (issue #3): see Options.Usage or bench/README.md, "Capture over HTTP".
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
if (args.Length == 0 || args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(Options.Usage);
    return args.Length == 0 ? 2 : 0;
}

Options options;
try
{
    options = Options.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine("error: " + ex.Message);
    Console.Error.WriteLine("run with --help for the usage");
    return 2;
}

List<Document> docs;
long manifestEvents;
var prepare = System.Diagnostics.Stopwatch.StartNew();
if (options.Data != null)
{
    manifestEvents = Documents.ReadManifest(options.Data).Events;
    docs = Documents.LoadFolder(options.Data, options.Xml);
}
else
{
    var doc = Documents.LoadSingle(options.SingleFile!, options.Xml, options.ExpectEvents);
    docs = [doc];
    manifestEvents = doc.ExpectedEvents;
}
var totalBytes = docs.Sum(d => (long)d.Body.Length);
Console.WriteLine($"prepared {docs.Count} document(s), {totalBytes / 1e6:0.0} MB of {(options.Xml || docs[0].ContentType == Documents.Xml ? "XML" : "JSON")}" +
                  $"{(options.Xml ? " (converted from JSON)" : "")} in {prepare.Elapsed.TotalSeconds:0.0} s; " +
                  $"posting to {options.Base} with {Math.Min(options.Concurrency, docs.Count)} sender(s)");

using var handler = new SocketsHttpHandler
{
    UseProxy = false,
    AllowAutoRedirect = false,
    AutomaticDecompression = DecompressionMethods.None,
    MaxConnectionsPerServer = options.Concurrency + 1,
    ConnectTimeout = TimeSpan.FromSeconds(10),
};
using var http = new HttpClient(handler) { Timeout = options.Timeout };

ServerMemory? memory = options.ServerPid is { } pid ? new ServerMemory(pid) : null;
using var samplerStop = new CancellationTokenSource();
Task sampler = Task.CompletedTask;
var run = new CaptureRun(http, options);
var results = await run.RunAsync(docs, () =>
{
    if (memory == null) return;
    memory.Reset();
    sampler = Task.Run(() => memory.SampleAsync(samplerStop.Token));
});
samplerStop.Cancel();
await sampler;

// Per-document table.
Console.WriteLine();
Console.WriteLine($"{"#",3} {"document",-22} {"events",8} {"MB",7} {"status",6} {"POST ms",9} {"server ms",9} {"done at s",9} {"polls",5}  result");
foreach (var r in results)
{
    Console.WriteLine($"{r.Doc.Index,3} {r.Doc.Name,-22} {r.EventCount,8} {r.Doc.Body.Length / 1e6,7:0.00} {r.Status,6} {r.PostLatencyMs,9:0} " +
                      $"{(r.ServerMs is { } s ? s.ToString("0", CultureInfo.InvariantCulture) : "-"),9} {r.FinishedMs / 1000,9:0.000} {r.Polls,5}  " +
                      $"{(r.Failure ?? (r.Success ? "ok" : "not successful"))}");
}

// Verification.
var failures = new List<string>();
foreach (var r in results)
{
    if (r.Failure != null) failures.Add($"{r.Doc.Name}: {r.Failure}");
    else if (!r.Success) failures.Add($"{r.Doc.Name}: job {r.CaptureId} finished with success=false");
    else if (r.Doc.ExpectedEvents >= 0 && r.EventCount != r.Doc.ExpectedEvents)
        failures.Add($"{r.Doc.Name}: job {r.CaptureId} reports {r.EventCount} events, the manifest {r.Doc.ExpectedEvents}");
}
var events = results.Sum(r => Math.Max(0, r.EventCount));
if (manifestEvents >= 0 && events != manifestEvents)
    failures.Add($"the jobs report {events} events in all; the manifest says {manifestEvents}");
if (manifestEvents < 0)
    Console.WriteLine("note: no expected event count (no manifest entry, no --expect-events): the count is not verified");

var finished = results.Where(r => !double.IsNaN(r.FinishedMs)).ToList();
var wallMs = finished.Count > 0 ? finished.Max(r => r.FinishedMs) : double.NaN;
var latencies = results.Where(r => r.Status != 0).Select(r => r.PostLatencyMs).Order().ToList();
double Pct(double p) => latencies.Count == 0 ? double.NaN : latencies[Math.Clamp((int)Math.Ceiling(p * latencies.Count) - 1, 0, latencies.Count - 1)];
var wallS = wallMs / 1000;
var eventsPerS = events / wallS;
var mbPerS = totalBytes / 1e6 / wallS;

Console.WriteLine();
Console.WriteLine($"mode            {(options.Data != null ? "workload folder" : "single file")}, {(docs[0].ContentType == Documents.Xml ? "XML" : "JSON")}, concurrency {Math.Min(options.Concurrency, docs.Count)}");
Console.WriteLine($"documents       {docs.Count}");
Console.WriteLine($"events          {events:N0} (expected {(manifestEvents >= 0 ? manifestEvents.ToString("N0", CultureInfo.InvariantCulture) : "unknown")})");
Console.WriteLine($"bytes           {totalBytes / 1e6:0.0} MB");
Console.WriteLine($"wall time       {wallS:0.000} s (first POST to last job finished)");
Console.WriteLine($"events/s        {eventsPerS:N0}");
Console.WriteLine($"MB/s            {mbPerS:0.0}");
Console.WriteLine($"POST latency    p50 {Pct(0.50):0} ms, p95 {Pct(0.95):0} ms, max {Pct(1.0):0} ms");
double peak = double.NaN;
if (memory != null)
{
    peak = memory.HighWaterMiB();
    Console.WriteLine($"server memory   RSS before {memory.BeforeMiB:0} MiB, peak (VmHWM{(memory.PeakReset ? ", reset before the run" : ", whole process life")}) {peak:0} MiB, " +
                      $"max sampled VmRSS {memory.MaxSampledMiB:0} MiB, now {memory.CurrentMiB():0} MiB");
}
Console.WriteLine(failures.Count == 0 ? "verification    OK: every job succeeded and the event counts match" : $"verification    FAILED ({failures.Count})");
foreach (var f in failures.Take(20)) Console.WriteLine("  " + f);

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"RESULT ok={(failures.Count == 0 ? 1 : 0)} documents={docs.Count} events={events} bytes={totalBytes} wall_s={wallS:0.000} " +
    $"events_per_s={eventsPerS:0} mb_per_s={mbPerS:0.00} p50_ms={Pct(0.5):0} p95_ms={Pct(0.95):0} concurrency={Math.Min(options.Concurrency, docs.Count)} " +
    $"format={(docs[0].ContentType == Documents.Xml ? "xml" : "json")} peak_rss_mib={peak:0} rss_before_mib={memory?.BeforeMiB ?? double.NaN:0}"));
return failures.Count == 0 ? 0 : 1;
