using BenchmarkDotNet.Attributes;
using Epcis.Model.Capture.Hashing;
using Epcis.Model.Capture.Validation;
using Epcis.Model.Documents;
using Epcis.Model.Events;
using Epcis.Model.Serialization;
using Epcis.Model.Serialization.JsonLd;
using Epcis.Model.Serialization.Xml;

namespace Epcis.Bench;

/// <summary>
/// Capture pipeline stages over one 10,000-event document (gen_workload.py, default seed), from memory so that
/// disk I/O is not measured. The stage variants differ by one step each, so differences of means give the cost
/// of that step: parse+map (<c>*_Parse</c>), semantic rules, JSON Schema / XSD, hashing, and the full
/// <c>CaptureValidation.Strict()</c> pipeline.
/// </summary>
/// <remarks>
/// Categories name the bytes the MB/s column divides by: <c>json</c>/<c>xml</c> = the input document,
/// <c>write-json</c>/<c>write-xml</c> = the produced document, <c>events</c> = no byte stream.
/// </remarks>
[MemoryDiagnoser]
[CategoriesColumn]
public class PipelineBenchmarks
{
    private byte[] _json = [];
    private byte[] _xml = [];
    private List<EpcisEvent> _events = [];
    private DocumentHeader _header = new();
    private MemoryStream _sink = new();

    private static readonly EpcisReaderOptions Strict = CaptureValidation.Strict();
    private static readonly EpcisReaderOptions Fast = CaptureValidation.Fast();
    private static readonly EpcisReaderOptions NoValidation = new() { ValidateXml = false };
    private static readonly EpcisReaderOptions RulesOnly = new() { ValidateXml = false, Rules = EventRules.Instance };
    private static readonly EpcisReaderOptions SchemaOnly = new() { ValidateXml = true, JsonSchema = JsonSchemaValidator.Instance };

    [GlobalSetup]
    public void Setup()
    {
        var data = BenchData.Load();
        _json = data.Json;
        _xml = data.Xml;
        _events = data.Events;
        _header = new DocumentHeader { Kind = DocumentKind.EpcisDocument, SchemaVersion = "2.0", CreationDate = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero) };
        _sink = new MemoryStream(Math.Max(data.JsonOut, data.XmlOut) + (1 << 20));
        // Fail loudly rather than time the error path: every event must pass Strict in both formats.
        var badJson = ReadJson(Strict, hash: false, requireValid: true);
        var badXml = ReadXml(Strict, hash: false, requireValid: true);
        if (badJson != Workload.BenchEvents || badXml != Workload.BenchEvents)
            throw new InvalidOperationException($"expected {Workload.BenchEvents} valid events, got JSON {badJson}, XML {badXml}");
    }

    // ---- JSON-LD ----

    /// <summary>(a) Read + CaptureValidation.Strict() (JSON Schema per event + rules) + hash ID.</summary>
    [Benchmark, BenchmarkCategory("json")]
    public int Json_Strict_Hash() => ReadJson(Strict, hash: true);

    /// <summary>(c) Read + hash, no schema and no rules.</summary>
    /// <summary>(a') Read + CaptureValidation.Fast() (typed reader + rules judge; JSON Schema only on rejects) + hash ID.</summary>
    [Benchmark, BenchmarkCategory("json")]
    public int Json_Fast_Hash() => ReadJson(Fast, hash: true);

    [Benchmark, BenchmarkCategory("json")]
    public int Json_Parse_Hash() => ReadJson(NoValidation, hash: true);

    /// <summary>Stage: tokenise + JsonDocument per event + map to the model only.</summary>
    [Benchmark, BenchmarkCategory("json")]
    public int Json_Parse() => ReadJson(NoValidation, hash: false);

    /// <summary>Stage: parse + semantic rules (EventRules), no schema.</summary>
    [Benchmark, BenchmarkCategory("json")]
    public int Json_Parse_Rules() => ReadJson(RulesOnly, hash: false);

    /// <summary>Stage: parse + JSON Schema (JsonSchema.Net, Flag output), no rules.</summary>
    [Benchmark, BenchmarkCategory("json")]
    public int Json_Parse_Schema() => ReadJson(SchemaOnly, hash: false);

    // ---- XML ----

    /// <summary>(b) Read + CaptureValidation.Strict() (XSD-validating reader + rules) + hash ID.</summary>
    [Benchmark, BenchmarkCategory("xml")]
    public int Xml_Strict_Hash() => ReadXml(Strict, hash: true);

    /// <summary>(c) Read + hash, no XSD and no rules.</summary>
    [Benchmark, BenchmarkCategory("xml")]
    public int Xml_Parse_Hash() => ReadXml(NoValidation, hash: true);

    /// <summary>Stage: XmlReader + XNode per event + map only.</summary>
    [Benchmark, BenchmarkCategory("xml")]
    public int Xml_Parse() => ReadXml(NoValidation, hash: false);

    /// <summary>Stage: parse with the XSD-validating reader, no rules.</summary>
    [Benchmark, BenchmarkCategory("xml")]
    public int Xml_Parse_Xsd() => ReadXml(SchemaOnly, hash: false);

    // ---- hash alone ----

    /// <summary>Stage: EventHasher.HashId over the 10,000 events already in memory.</summary>
    [Benchmark, BenchmarkCategory("events")]
    public int Hash_Only()
    {
        var n = 0;
        foreach (var e in _events) n += EventHasher.HashId(e).Length;
        return n;
    }

    // ---- writers ----

    /// <summary>(d) Write the 10,000 events as one JSON-LD document.</summary>
    [Benchmark, BenchmarkCategory("write-json")]
    public long Write_Json()
    {
        _sink.SetLength(0);
        new EpcisJsonWriter(new EpcisWriterOptions()).WriteDocument(_sink, _header, _events);
        return _sink.Length;
    }

    /// <summary>(d) Write the 10,000 events as one EPCIS 2.0 XML document.</summary>
    [Benchmark, BenchmarkCategory("write-xml")]
    public long Write_Xml()
    {
        _sink.SetLength(0);
        new EpcisXmlWriter(WireFormat.Xml20).WriteDocument(_sink, _header, _events);
        return _sink.Length;
    }

    private int ReadJson(EpcisReaderOptions options, bool hash, bool requireValid = false)
    {
        var reader = new EpcisJsonReader(new MemoryStream(_json, writable: false), options);
        return Consume(reader.ReadEvents(), hash, requireValid);
    }

    private int ReadXml(EpcisReaderOptions options, bool hash, bool requireValid = false)
    {
        var reader = new EpcisXmlReader(new MemoryStream(_xml, writable: false), options);
        return Consume(reader.ReadEvents(), hash, requireValid);
    }

    private static int Consume(IEnumerable<ReadEvent> events, bool hash, bool requireValid)
    {
        var valid = 0;
        foreach (var r in events)
        {
            if (!r.IsValid)
            {
                if (requireValid) throw new InvalidOperationException($"event {r.Index} invalid: {string.Join("; ", r.Errors)}");
                continue;
            }
            valid++;
            if (hash) _ = EventHasher.HashId(r.Event!);
        }
        return valid;
    }
}

/// <summary>The 10,000-event document in both formats plus the sizes the MB/s column needs.</summary>
public sealed record BenchData(byte[] Json, byte[] Xml, List<EpcisEvent> Events, int JsonOut, int XmlOut)
{
    private static BenchData? _cached;

    /// <summary>Generates (first time) and loads the JSON document, converts it to XML once, and measures writer output sizes.</summary>
    public static BenchData Load()
    {
        if (_cached != null) return _cached;
        var json = File.ReadAllBytes(Workload.JsonDocument(Workload.BenchEvents));
        var xmlStream = new MemoryStream();
        Workload.JsonToXml(new MemoryStream(json, writable: false), xmlStream);
        var events = Workload.ReadAll(json);
        var header = new DocumentHeader { Kind = DocumentKind.EpcisDocument, SchemaVersion = "2.0", CreationDate = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero) };
        var jo = new MemoryStream();
        new EpcisJsonWriter(new EpcisWriterOptions()).WriteDocument(jo, header, events);
        var xo = new MemoryStream();
        new EpcisXmlWriter(WireFormat.Xml20).WriteDocument(xo, header, events);
        return _cached = new BenchData(json, xmlStream.ToArray(), events, (int)jo.Length, (int)xo.Length);
    }
}
