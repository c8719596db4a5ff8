using System.IO.Pipelines;
using System.Text;
using Epcis.Model.Documents;
using Epcis.Model.Events;
using Epcis.Model.Serialization.JsonLd;
using Epcis.Model.Serialization.Xml;
using Epcis.Server.Http;
using Epcis.Storage;

namespace Epcis.Server.Queries;

/// <summary>
/// Streams an EPCISQueryDocument: stored events are turned back into model events one at a time while the writer
/// runs, and its output goes through a bounded pipe to the response, so memory does not grow with the page.
/// </summary>
internal static class EventResultWriter
{
    private const int PauseBytes = 256 * 1024;

    /// <summary>Writes the query document for <paramref name="records"/> (one page) in <paramref name="format"/>.</summary>
    public static Task WriteDocumentAsync(HttpContext http, OutputFormat format, string queryName, IReadOnlyList<StoredEventRecord> records) =>
        StreamAsync(http, format, (stream, ct) =>
        {
            var header = new DocumentHeader { Kind = DocumentKind.EpcisQueryDocument, QueryName = queryName, CreationDate = DateTimeOffset.UtcNow };
            var events = Events(records, ct);
            if (format.Body == BodyFormat.Xml) new EpcisXmlWriter(WireFormat.Xml20, format.Writer).WriteDocument(stream, header, events);
            else new EpcisJsonWriter(format.Writer).WriteDocument(stream, header, events);
        });

    /// <summary>Writes one event: a standalone JSON-LD event, or an XML query document holding it.</summary>
    public static Task WriteEventAsync(HttpContext http, OutputFormat format, StoredEventRecord record)
    {
        if (format.Body == BodyFormat.Xml) return WriteDocumentAsync(http, format, "SimpleEventQuery", [record]);
        return StreamAsync(http, format, (stream, _) => new EpcisJsonWriter(format.Writer).WriteEvent(stream, ToEvent(record)));
    }

    /// <summary>A lazy sequence (not a collection, so the JSON writer streams instead of pre-scanning).</summary>
    private static IEnumerable<EpcisEvent> Events(IReadOnlyList<StoredEventRecord> records, CancellationToken ct)
    {
        foreach (var r in records)
        {
            ct.ThrowIfCancellationRequested();
            yield return ToEvent(r);
        }
    }

    private static EpcisEvent ToEvent(StoredEventRecord record) =>
        EpcisJsonReader.ReadSingleEvent(new MemoryStream(Encoding.UTF8.GetBytes(record.Json)));

    /// <summary>
    /// Runs the synchronous model writer on a worker thread into a pipe and copies the pipe to the response
    /// asynchronously (Kestrel forbids synchronous writes to the response body).
    /// </summary>
    private static async Task StreamAsync(HttpContext http, OutputFormat format, Action<Stream, CancellationToken> write)
    {
        http.Response.ContentType = format.ContentType;
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: PauseBytes, resumeWriterThreshold: PauseBytes / 2, useSynchronizationContext: false));
        var producer = Task.Factory.StartNew(() =>
        {
            try
            {
                using (var stream = pipe.Writer.AsStream(leaveOpen: true)) write(stream, cts.Token);
                pipe.Writer.Complete();
            }
            catch (Exception ex)
            {
                pipe.Writer.Complete(ex);
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning | TaskCreationOptions.DenyChildAttach, TaskScheduler.Default);
        try
        {
            await pipe.Reader.CopyToAsync(http.Response.Body, cts.Token);
            await pipe.Reader.CompleteAsync();
        }
        catch (Exception ex)
        {
            await cts.CancelAsync();
            await pipe.Reader.CompleteAsync(ex);
            throw;
        }
        finally
        {
            await producer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
