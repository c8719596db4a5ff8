using Epcis.Model.Capture.Validation;
using Epcis.Model.Documents;
using Epcis.Model.Errors;
using Epcis.Model.Events;
using Epcis.Model.Serialization;
using Epcis.Model.Serialization.JsonLd;
using Epcis.Model.Serialization.Xml;
using Epcis.Model.Tests.Support;

namespace Epcis.Model.Tests.Serialization;

/// <summary>Every GS1 example and every valid corpus document reads, validates, and survives JSON-LD → XML → JSON-LD.</summary>
public class ExampleDocumentTests
{
    /// <summary>Documents that are defective at the source (see <see cref="Support.KnownDefects"/>).</summary>
    public static readonly IReadOnlyDictionary<string, string> KnownDefects = Support.KnownDefects.Documents;

    public static TheoryData<string> ValidDocuments()
    {
        var data = new TheoryData<string>();
        foreach (var f in SharedData.Files("gs1/JSON", "*.jsonld")) data.Add(f);
        foreach (var f in SharedData.Files("gs1/XML", "*.xml").Where(f => !f.Contains("/CaptureJob/"))) data.Add(f);
        data.Add("gs1/XML/WithEventHashID/event_with_identical_hash_id_7.json");
        foreach (var f in SharedData.Files("gs1/XSL/1.2/XML", "*.xml")) data.Add(f);
        foreach (var f in SharedData.Files("corpus/openepcis-test-resources/2.0/EPCIS/JSON/Capture/Documents", "*.json")) data.Add(f);
        foreach (var f in SharedData.Files("corpus/openepcis-test-resources/2.0/EPCIS/XML/Capture/Documents", "*.xml")) data.Add(f);
        foreach (var f in SharedData.Files("corpus/openepcis-test-resources/2.0/EPCIS/XML/Capture/Events", "*.xml")) data.Add(f);
        foreach (var f in SharedData.Files("corpus/openepcis-test-resources/1.2/EPCIS/XML/Capture/Documents", "*.xml")) data.Add(f);
        return data;
    }

    private static EpcisDocument ReadStrict(string path) => TestDocuments.Read(path, CaptureValidation.Strict());

    [Theory]
    [MemberData(nameof(ValidDocuments))]
    public void Example_reads_validates_and_round_trips(string path)
    {
        if (KnownDefects.TryGetValue(path, out var culprit))
        {
            Action read = () => { ReadStrict(path); throw new InvalidOperationException(path + " was expected to be rejected"); };
            var ex = Assert.Throws<ValidationException>(read);
            Assert.Contains(culprit, ex.Message);
            return;
        }
        var doc = ReadStrict(path);
        Assert.True(doc.Events.Count > 0 || doc.Header.MasterData.Count > 0, "the document should carry events or master data");
        RoundTrip(doc);
    }

    public static TheoryData<string> SingleEvents()
    {
        var data = new TheoryData<string>();
        foreach (var f in SharedData.Files("gs1/JSON-Schema/test", "*.json", recursive: false)) data.Add(f);
        foreach (var f in SharedData.Files("corpus/openepcis-test-resources/2.0/EPCIS/JSON/Capture/Events", "*.json")) data.Add(f);
        return data;
    }

    [Theory]
    [MemberData(nameof(SingleEvents))]
    public void Single_JSON_event_reads_validates_and_round_trips(string path)
    {
        using var s = File.OpenRead(SharedData.Path(path));
        var ev = EpcisJsonReader.ReadSingleEvent(s, CaptureValidation.Strict());
        RoundTrip(new EpcisDocument { Header = new DocumentHeader { Kind = DocumentKind.EpcisDocument, CreationDate = DateTimeOffset.UtcNow }, Events = [ev] });
    }

    /// <summary>model → JSON-LD → model → XML 2.0 → model → JSON-LD → model, equal at every step; XML 1.2 too for the five standard types.</summary>
    internal static void RoundTrip(EpcisDocument doc)
    {
        var expected = doc.Events.Select(ModelDump.Of).ToList();
        var header = new DocumentHeader { Kind = DocumentKind.EpcisDocument, CreationDate = doc.Header.CreationDate ?? DateTimeOffset.UtcNow, Namespaces = doc.Header.Namespaces, MasterData = doc.Header.MasterData };

        var json1 = ViaJson(header, doc.Events);
        AssertSame(expected, json1, "JSON-LD");
        var xml = ViaXml(header, json1.Events, WireFormat.Xml20);
        AssertSame(expected, xml, "XML 2.0");
        var json2 = ViaJson(header, xml.Events);
        AssertSame(expected, json2, "JSON-LD after XML");
        Assert.Equal(doc.Header.MasterData.Count, json2.Header.MasterData.Count);
        if (doc.Header.Format == WireFormat.Xml12)
        {
            var v12 = ViaXml(header, json2.Events, WireFormat.Xml12);
            AssertSame(expected, v12, "XML 1.2");
        }
    }

    private static EpcisDocument ViaJson(DocumentHeader header, List<EpcisEvent> events)
    {
        var ms = new MemoryStream();
        new EpcisJsonWriter().WriteDocument(ms, header, events);
        ms.Position = 0;
        try { return EpcisJsonReader.ReadDocument(ms, CaptureValidation.Strict()); }
        catch (ValidationException ex) { throw new Xunit.Sdk.XunitException("our JSON-LD output is invalid: " + ex.Message + "\n" + System.Text.Encoding.UTF8.GetString(ms.ToArray())); }
    }

    private static EpcisDocument ViaXml(DocumentHeader header, List<EpcisEvent> events, WireFormat format)
    {
        var ms = new MemoryStream();
        new EpcisXmlWriter(format).WriteDocument(ms, header, events);
        ms.Position = 0;
        try { return EpcisXmlReader.ReadDocument(ms, CaptureValidation.Strict()); }
        catch (ValidationException ex) { throw new Xunit.Sdk.XunitException($"our {format} output is invalid: " + string.Join("\n", ex.Errors) + "\n" + System.Text.Encoding.UTF8.GetString(ms.ToArray())); }
    }

    private static void AssertSame(List<string> expected, EpcisDocument actual, string step)
    {
        Assert.True(expected.Count == actual.Events.Count, $"{step}: {actual.Events.Count} events instead of {expected.Count}");
        for (var i = 0; i < expected.Count; i++)
        {
            var a = ModelDump.Of(actual.Events[i]);
            Assert.True(expected[i] == a, $"{step}: event {i} differs\nexpected: {expected[i]}\nactual:   {a}");
        }
    }
}
