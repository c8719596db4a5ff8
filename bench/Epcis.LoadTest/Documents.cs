using System.Text.Json;
using Epcis.Model.Documents;
using Epcis.Model.Events;
using Epcis.Model.Serialization;
using Epcis.Model.Serialization.JsonLd;
using Epcis.Model.Serialization.Xml;

namespace Epcis.LoadTest;

/// <summary>One capture document, loaded into memory before timing starts.</summary>
internal sealed record Document(int Index, string Name, long ExpectedEvents, byte[] Body, string ContentType);

/// <summary>Loads the documents of a gen_workload.py folder (or one file) and optionally converts them to XML.</summary>
internal static class Documents
{
    public const string Json = "application/json";
    public const string Xml = "application/xml";

    /// <summary>The manifest's total event count and its (file, events) list, in order.</summary>
    public static (long Events, List<(string File, long Events)> Files) ReadManifest(string dir)
    {
        var path = Path.Combine(dir, "manifest.json");
        if (!File.Exists(path)) throw new FileNotFoundException($"{path} not found; --data must be a gen_workload.py output folder", path);
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = doc.RootElement;
        var total = root.GetProperty("events").GetInt64();
        var files = new List<(string, long)>();
        foreach (var f in root.GetProperty("files").EnumerateArray())
            files.Add((f.GetProperty("file").GetString() ?? throw new InvalidDataException("manifest file entry without a name"), f.GetProperty("events").GetInt64()));
        var sum = files.Sum(f => f.Item2);
        if (sum != total) throw new InvalidDataException($"manifest lists {sum} events in its files but says events={total}");
        return (total, files);
    }

    /// <summary>Every document of a workload folder, in manifest order.</summary>
    public static List<Document> LoadFolder(string dir, bool xml)
    {
        var (_, files) = ReadManifest(dir);
        var list = new List<Document>(files.Count);
        foreach (var (file, events) in files)
            list.Add(Load(list.Count, Path.Combine(dir, file), events, xml));
        return list;
    }

    /// <summary>One document; its expected count is looked up in a manifest next to it, else taken from <paramref name="expect"/>.</summary>
    public static Document LoadSingle(string path, bool xml, long? expect)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path} not found", path);
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (expect == null && File.Exists(Path.Combine(dir, "manifest.json")))
        {
            var name = Path.GetFileName(path);
            var jsonName = Path.ChangeExtension(name, ".json");
            foreach (var (file, events) in ReadManifest(dir).Files)
                if (file == name || file == jsonName) expect = events;
        }
        return Load(0, path, expect ?? -1, xml);
    }

    private static Document Load(int index, string path, long events, bool xml)
    {
        var bytes = File.ReadAllBytes(path);
        var isXml = path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);
        if (xml && !isXml)
        {
            bytes = ToXml(bytes);
            isXml = true;
        }
        return new Document(index, Path.GetFileName(path), events, bytes, isXml ? Xml : Json);
    }

    /// <summary>Converts a JSON-LD capture document to EPCIS 2.0 XML with the project's own reader and writer (no validation).</summary>
    public static byte[] ToXml(byte[] json)
    {
        var reader = new EpcisJsonReader(new MemoryStream(json, writable: false), new EpcisReaderOptions { ValidateXml = false });
        var header = new DocumentHeader
        {
            Kind = DocumentKind.EpcisDocument,
            Format = WireFormat.Xml20,
            SchemaVersion = "2.0",
            CreationDate = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero),
        };
        var output = new MemoryStream(json.Length * 3 / 2);
        new EpcisXmlWriter(WireFormat.Xml20).WriteDocument(output, header, Events(reader));
        return output.ToArray();
    }

    private static IEnumerable<EpcisEvent> Events(EpcisJsonReader reader)
    {
        foreach (var e in reader.ReadEvents())
            yield return e.Event ?? throw new InvalidDataException($"event {e.Index} cannot be read: {string.Join("; ", e.Errors)}");
    }
}
