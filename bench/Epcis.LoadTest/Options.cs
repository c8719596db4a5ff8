using System.Globalization;
using System.Net;

namespace Epcis.LoadTest;

/// <summary>Command-line options of the load tool.</summary>
internal sealed class Options
{
    public const string Usage = """
        Epcis.LoadTest: posts a gen_workload.py capture workload to an EPCIS server over HTTP and reports events/s.

        Usage:
          Epcis.LoadTest --base http://127.0.0.1:PORT --data DIR [--concurrency N] [--xml] [options]
          Epcis.LoadTest --base http://127.0.0.1:PORT --single-file PATH [--xml] [--expect-events N] [options]

          --base URL           server base address; loopback only (127.0.0.1, ::1 or localhost)
          --data DIR           folder written by gen_workload.py (manifest.json + capture_NNNN.json); every
                               document listed in the manifest is posted once
          --single-file PATH   post one (large) document and report its time; the expected event count comes
                               from a manifest.json next to it, else from --expect-events
          --concurrency N      concurrent senders (default 2, 1..64)
          --xml                convert each JSON document to EPCIS 2.0 XML once before timing (EpcisJsonReader +
                               EpcisXmlWriter) and post application/xml instead of application/json
          --expect-events N    expected event count for --single-file without a manifest
          --timeout S          overall limit in seconds for posting and waiting for jobs (default 900)
          --poll-ms MS         interval between GET /capture/{id} polls of unfinished jobs (default 100)
          --server-pid PID     also report the server's memory: resets its peak RSS (/proc/PID/clear_refs) before
                               the first POST, samples VmRSS every 100 ms, reads VmHWM when every job is done

        Output: a per-document table, a summary, and one machine-readable line starting with "RESULT ".
        Exit code 0 when every job succeeded and the event counts match, 1 otherwise, 2 on bad arguments.
        """;

    public required Uri Base { get; init; }
    public string? Data { get; init; }
    public string? SingleFile { get; init; }
    public int Concurrency { get; init; } = 2;
    public bool Xml { get; init; }
    public long? ExpectEvents { get; init; }
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(900);
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(100);
    public int? ServerPid { get; init; }

    /// <summary>Parses the arguments; throws <see cref="ArgumentException"/> with a message for the user.</summary>
    public static Options Parse(string[] args)
    {
        string? baseUrl = null, data = null, single = null;
        int concurrency = 2;
        bool xml = false;
        long? expect = null;
        double timeout = 900, pollMs = 100;
        int? pid = null;
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{a} needs a value");
            switch (a)
            {
                case "--base": baseUrl = Next(); break;
                case "--data": data = Next(); break;
                case "--single-file": single = Next(); break;
                case "--concurrency": concurrency = ParseInt(a, Next(), 1, 64); break;
                case "--xml": xml = true; break;
                case "--expect-events": expect = ParseInt(a, Next(), 0, int.MaxValue); break;
                case "--timeout": timeout = ParseInt(a, Next(), 1, 24 * 3600); break;
                case "--poll-ms": pollMs = ParseInt(a, Next(), 10, 60_000); break;
                case "--server-pid": pid = ParseInt(a, Next(), 1, int.MaxValue); break;
                default: throw new ArgumentException($"unknown argument '{a}'");
            }
        }
        if (baseUrl == null) throw new ArgumentException("--base is required");
        if ((data == null) == (single == null)) throw new ArgumentException("give exactly one of --data and --single-file");
        if (!Uri.TryCreate(baseUrl.TrimEnd('/') + "/", UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
            throw new ArgumentException($"--base '{baseUrl}' is not an http(s) URL");
        if (!IsLoopback(uri)) throw new ArgumentException($"--base '{baseUrl}' is not a loopback address; this tool only talks to 127.0.0.1, ::1 or localhost");
        return new Options
        {
            Base = uri,
            Data = data,
            SingleFile = single,
            Concurrency = concurrency,
            Xml = xml,
            ExpectEvents = expect,
            Timeout = TimeSpan.FromSeconds(timeout),
            PollInterval = TimeSpan.FromMilliseconds(pollMs),
            ServerPid = pid,
        };
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback && (uri.Host == "localhost" || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)));

    private static int ParseInt(string name, string value, int min, int max)
    {
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
            throw new ArgumentException($"{name} must be an integer in {min}..{max}, not '{value}'");
        return n;
    }
}
