using System.Diagnostics;
using System.Globalization;
using Epcis.Model.Capture.Hashing;
using Epcis.Model.Capture.Validation;
using Epcis.Model.Serialization;
using Epcis.Model.Serialization.JsonLd;
using Epcis.Model.Serialization.Xml;

namespace Epcis.Bench;

/// <summary>
/// <c>--peak-memory</c>: streams a ~10 MB and a ~100 MB document (JSON-LD and XML) from disk through the readers with
/// <c>CaptureValidation.Strict()</c> and hashing, each in a fresh child process, and reports events/s, MB/s, peak working set
/// and the largest managed heap seen. Flat memory across the two sizes shows the readers stream.
/// </summary>
public static class PeakMemory
{
    /// <summary>Argument that makes the process a single measurement child.</summary>
    public const string ChildFlag = "--peak-one";

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Orchestrates: <c>--peak-memory [--small N] [--large N]</c> (event counts; defaults ≈ 10 MB and ≈ 100 MB).</summary>
    public static int Run(string[] args)
    {
        var small = 16_500;
        var large = 165_000;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--small") small = int.Parse(args[i + 1], Inv);
            else if (args[i] == "--large") large = int.Parse(args[i + 1], Inv);
            else throw new ArgumentException("unknown option " + args[i]);
        }

        Console.WriteLine($"Data folder: {Workload.DataDir()}");
        var warmJson = Workload.JsonDocument(Workload.BenchEvents);
        var warmXml = Workload.XmlDocument(warmJson);
        var rows = new List<string>();
        foreach (var n in new[] { small, large })
        {
            var sw = Stopwatch.StartNew();
            var json = Workload.JsonDocument(n);
            var xml = Workload.XmlDocument(json);
            Console.WriteLine($"{n:N0} events: {new FileInfo(json).Length / 1e6:N1} MB JSON-LD, {new FileInfo(xml).Length / 1e6:N1} MB XML (ready in {sw.Elapsed.TotalSeconds:N1} s)");
            foreach (var (format, file, warm) in new[] { ("json", json, warmJson), ("xml", xml, warmXml) })
                rows.Add(RunChild(format, file, warm, n));
        }

        Console.WriteLine();
        Console.WriteLine("| format | events | doc MB | s | events/s | MB/s | WS after warm-up MB | peak WS during read MB | max GC heap after a GC MB | max managed heap (incl. garbage) MB | alloc KB/event | gen0/1/2 GCs |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in rows) Console.WriteLine(r);
        Console.WriteLine();
        Console.WriteLine("Peak WS is VmHWM; it is reset after warm-up via /proc/self/clear_refs when the kernel allows it (column notes 'no reset' otherwise).");
        return 0;
    }

    private static string RunChild(string format, string file, string warm, int expected)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var psi = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") psi.ArgumentList.Add(typeof(PeakMemory).Assembly.Location);
        foreach (var a in new[] { ChildFlag, format, file, warm, expected.ToString(Inv) }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("cannot start child");
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("| ", StringComparison.Ordinal));
        if (p.ExitCode != 0 || line == null) throw new InvalidOperationException($"child failed ({p.ExitCode}): {output}");
        Console.WriteLine(line);
        return line;
    }

    /// <summary>One measurement: <c>--peak-one json|xml FILE WARMUP_FILE EXPECTED_EVENTS</c>.</summary>
    public static int Child(string[] args)
    {
        var (format, file, warm, expected) = (args[0], args[1], args[2], int.Parse(args[3], Inv));
        var options = CaptureValidation.Strict();

        // Warm-up: compile the schemas and reach tier-1 (PGO) JIT on a different (10,000-event) document. Two passes
        // were not enough: the XML path then ran at half speed on the 10 MB document. At least 3 s, as in shared/docs.
        var warmClock = Stopwatch.StartNew();
        for (var i = 0; i < 2 || warmClock.Elapsed < TimeSpan.FromSeconds(3); i++) Read(format, warm, options, null);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var proc = Process.GetCurrentProcess();
        proc.Refresh();
        var wsAfterWarm = proc.WorkingSet64;
        var reset = TryResetPeak();

        var stats = new HeapStats();
        var gc0 = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var alloc0 = GC.GetTotalAllocatedBytes(precise: true);
        var sw = Stopwatch.StartNew();
        var (valid, total) = Read(format, file, options, stats);
        sw.Stop();
        var alloc = GC.GetTotalAllocatedBytes(precise: true) - alloc0;
        proc.Refresh();
        var peak = proc.PeakWorkingSet64;
        stats.Sample();
        if (valid != expected || total != expected)
            throw new InvalidOperationException($"expected {expected} valid events, read {total}, valid {valid}");

        var bytes = new FileInfo(file).Length;
        var s = sw.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(Inv,
            $"| {format} | {total:N0} | {bytes / 1e6:N1} | {s:N2} | {total / s:N0} | {bytes / 1e6 / s:N1} | {wsAfterWarm / 1e6:N0} | " +
            $"{peak / 1e6:N0}{(reset ? "" : " (no reset)")} | {stats.MaxHeapAfterGc / 1e6:N1} | {stats.MaxTotalMemory / 1e6:N1} | " +
            $"{alloc / 1024.0 / total:N1} | {GC.CollectionCount(0) - gc0.Item1}/{GC.CollectionCount(1) - gc0.Item2}/{GC.CollectionCount(2) - gc0.Item3} |"));
        return 0;
    }

    private static (int Valid, int Total) Read(string format, string file, EpcisReaderOptions options, HeapStats? stats)
    {
        using var fs = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        var events = format == "json" ? new EpcisJsonReader(fs, options).ReadEvents() : new EpcisXmlReader(fs, options).ReadEvents();
        int valid = 0, total = 0;
        foreach (var r in events)
        {
            total++;
            if (r.IsValid)
            {
                valid++;
                _ = EventHasher.HashId(r.Event!);
            }
            if (stats != null && (total & 1023) == 0) stats.Sample();
        }
        return (valid, total);
    }

    /// <summary>Writing 5 to /proc/self/clear_refs resets VmHWM (the peak RSS) on Linux ≥ 4.0.</summary>
    private static bool TryResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return false;
        }
    }

    private sealed class HeapStats
    {
        public long MaxHeapAfterGc;
        public long MaxTotalMemory;

        public void Sample()
        {
            MaxTotalMemory = Math.Max(MaxTotalMemory, GC.GetTotalMemory(false));
            MaxHeapAfterGc = Math.Max(MaxHeapAfterGc, GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes);
        }
    }
}
