using System.Diagnostics;
using Epcis.Model.Documents;
using Epcis.Model.Events;
using Epcis.Model.Serialization;
using Epcis.Model.Serialization.JsonLd;
using Epcis.Model.Serialization.Xml;

namespace Epcis.Bench;

/// <summary>
/// Locates the shared workload generator, generates documents into a scratch folder (never into the repo) and
/// converts them to EPCIS 2.0 XML with the project's own reader and writer.
/// </summary>
public static class Workload
{
    /// <summary>Events in the BenchmarkDotNet document.</summary>
    public const int BenchEvents = 10_000;

    /// <summary>The generator's fixed seed (its default), so every run measures byte-identical input.</summary>
    private const int Seed = 20240101;

    /// <summary>The folder holding <c>bench/gen_workload.py</c>: <c>EPCIS_SHARED</c>, else the first <c>shared</c> folder found walking up from the executable.</summary>
    public static string SharedDir()
    {
        var env = Environment.GetEnvironmentVariable("EPCIS_SHARED");
        if (!string.IsNullOrEmpty(env))
        {
            if (File.Exists(Path.Combine(env, "bench", "gen_workload.py"))) return env;
            throw new InvalidOperationException($"EPCIS_SHARED={env} has no bench/gen_workload.py");
        }
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared");
                if (File.Exists(Path.Combine(candidate, "bench", "gen_workload.py"))) return candidate;
            }
        }
        throw new InvalidOperationException(
            "Cannot find shared/bench/gen_workload.py above " + AppContext.BaseDirectory + "; set EPCIS_SHARED to the shared folder");
    }

    /// <summary>Scratch folder for generated documents: <c>EPCIS_BENCH_DATA</c>, else <c>$TMPDIR/epcis-bench-data</c>.</summary>
    public static string DataDir()
    {
        var dir = Environment.GetEnvironmentVariable("EPCIS_BENCH_DATA");
        if (string.IsNullOrEmpty(dir)) dir = Path.Combine(Path.GetTempPath(), "epcis-bench-data");
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Path of a single JSON-LD capture document of <paramref name="events"/> events, generating it if missing.</summary>
    public static string JsonDocument(int events)
    {
        var outDir = Path.Combine(DataDir(), $"wl-{events}-s{Seed}");
        var file = Path.Combine(outDir, "capture_0000.json");
        if (File.Exists(file) && File.Exists(Path.Combine(outDir, "manifest.json"))) return file;
        var script = Path.Combine(SharedDir(), "bench", "gen_workload.py");
        var psi = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { script, "--events", events.ToString(), "--batch", events.ToString(), "--seed", Seed.ToString(), "--out", outDir })
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("cannot start python3");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        _ = stdout.Result;
        if (p.ExitCode != 0 || !File.Exists(file))
            throw new InvalidOperationException($"gen_workload.py failed ({p.ExitCode}): {stderr}");
        return file;
    }

    /// <summary>Converts a JSON-LD document to EPCIS 2.0 XML, streaming (bounded memory), without validation.</summary>
    public static void JsonToXml(Stream json, Stream xml)
    {
        var reader = new EpcisJsonReader(json, new EpcisReaderOptions { ValidateXml = false });
        var header = new DocumentHeader
        {
            Kind = DocumentKind.EpcisDocument,
            Format = WireFormat.Xml20,
            SchemaVersion = "2.0",
            CreationDate = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero),
        };
        new EpcisXmlWriter(WireFormat.Xml20).WriteDocument(xml, header, Events(reader));
    }

    /// <summary>Path of the XML twin of <paramref name="jsonPath"/>, converting it if missing.</summary>
    public static string XmlDocument(string jsonPath)
    {
        var xmlPath = Path.ChangeExtension(jsonPath, ".xml");
        if (File.Exists(xmlPath)) return xmlPath;
        var tmp = xmlPath + ".tmp";
        using (var input = File.OpenRead(jsonPath))
        using (var output = File.Create(tmp))
            JsonToXml(input, output);
        File.Move(tmp, xmlPath, overwrite: true);
        return xmlPath;
    }

    /// <summary>Reads every event of a JSON-LD document into memory; throws if any event is unreadable.</summary>
    public static List<EpcisEvent> ReadAll(byte[] json)
    {
        var list = new List<EpcisEvent>();
        foreach (var e in new EpcisJsonReader(new MemoryStream(json, writable: false)).ReadEvents())
            list.Add(e.Event ?? throw new InvalidOperationException($"event {e.Index} unreadable: {string.Join("; ", e.Errors)}"));
        return list;
    }

    private static IEnumerable<EpcisEvent> Events(EpcisJsonReader reader)
    {
        foreach (var e in reader.ReadEvents())
            yield return e.Event ?? throw new InvalidOperationException($"event {e.Index} unreadable: {string.Join("; ", e.Errors)}");
    }
}
