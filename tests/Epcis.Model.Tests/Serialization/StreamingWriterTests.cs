using Epcis.Model.Capture.Validation;
using Epcis.Model.Documents;
using Epcis.Model.Serialization.JsonLd;
using Epcis.Model.Tests.Support;

namespace Epcis.Model.Tests.Serialization;

public class StreamingWriterTests
{
    [Theory]
    [InlineData("gs1/JSON/WithFullCombinationOfFields/object_event_all_possible_fields.jsonld")]
    [InlineData("gs1/XML/WithExtension/ObjectEvent.xml")]
    [InlineData("corpus/ralphtro-epcis-event-hash-generator/examples/ralfsChaosExample.jsonld")]
    public void A_streamed_JSON_document_declares_extension_prefixes_per_event_and_reads_back_equal(string path)
    {
        var doc = TestDocuments.Read(path, CaptureValidation.Strict());
        var ms = new MemoryStream();
        // A plain sequence (not a collection) is written without a pre-scan, as a query cursor would be.
        new EpcisJsonWriter().WriteDocument(ms, new DocumentHeader { Kind = DocumentKind.EpcisQueryDocument, CreationDate = DateTimeOffset.UtcNow }, doc.Events.Select(e => e));
        ms.Position = 0;
        var back = EpcisJsonReader.ReadDocument(ms, CaptureValidation.Strict());
        Assert.Equal(doc.Events.Select(ModelDump.Of), back.Events.Select(ModelDump.Of));
    }

    [Theory]
    [InlineData("gs1/JSON/WithFullCombinationOfFields/object_event_all_possible_fields.jsonld")]
    [InlineData("gs1/JSON/Example_9.6.1-ObjectEvent.jsonld")]
    [InlineData("gs1/JSON-Schema/test/Extended-Event.json")]
    public void The_pooled_string_writer_writes_what_the_stream_writer_writes(string path)
    {
        var events = path.Contains("JSON-Schema/test")
            ? [EpcisJsonReader.ReadSingleEvent(File.OpenRead(SharedData.Path(path)), CaptureValidation.Strict())]
            : TestDocuments.Read(path, CaptureValidation.Strict()).Events;
        var writer = new EpcisJsonWriter();
        foreach (var ev in events)
        {
            var ms = new MemoryStream();
            writer.WriteEvent(ms, ev);
            Assert.Equal(System.Text.Encoding.UTF8.GetString(ms.ToArray()), writer.WriteEventToString(ev));
            Assert.Equal(System.Text.Encoding.UTF8.GetString(ms.ToArray()), writer.WriteEventToString(ev)); // reuse is clean
        }
    }

    [Fact]
    public void Writing_many_events_flushes_as_it_goes()
    {
        var doc = TestDocuments.Read("gs1/JSON/WithFullCombinationOfFields/object_event_all_possible_fields.jsonld", CaptureValidation.Strict());
        var counting = new CountingStream();
        new EpcisJsonWriter().WriteDocument(counting, new DocumentHeader { CreationDate = DateTimeOffset.UtcNow }, Enumerable.Repeat(doc.Events[0], 2000));
        Assert.True(counting.Writes > 10, $"only {counting.Writes} writes: the writer buffered the whole document");
    }

    private sealed class CountingStream : MemoryStream
    {
        public int Writes { get; private set; }
        public override void Write(ReadOnlySpan<byte> buffer) { Writes++; base.Write(buffer); }
        public override void Write(byte[] buffer, int offset, int count) { Writes++; base.Write(buffer, offset, count); }
    }
}
