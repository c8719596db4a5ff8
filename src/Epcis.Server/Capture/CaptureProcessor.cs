using System.Text;
using Epcis.Model.Capture.Hashing;
using Epcis.Model.Capture.Validation;
using Epcis.Model.Documents;
using Epcis.Model.Errors;
using Epcis.Model.Events;
using Epcis.Model.Serialization;
using Epcis.Model.Serialization.JsonLd;
using Epcis.Model.Serialization.Xml;
using Epcis.Server.Configuration;
using Epcis.Server.Http;
using Epcis.Storage;

namespace Epcis.Server.Capture;

/// <summary>What reading a capture document produced: the events to store, the master data, and every rejected event.</summary>
internal sealed class CaptureOutcome
{
    public List<StoredEvent> Events { get; } = [];
    public List<Model.MasterData.MasterVocabulary> MasterData { get; set; } = [];
    public List<ValidationError> Errors { get; } = [];
    public int Rejected { get; set; }
    public int Accepted { get; set; }
}

/// <summary>
/// The pure part of capture (EPCIS 2.0 §8.2): read and validate the document event by event, set recordTime, give an
/// event without eventID its CBV 2.0 hash as ID, refuse a repeated eventID inside one document, and render each
/// event's canonical JSON-LD for storage.
/// </summary>
internal sealed class CaptureProcessor(EpcisOptions options)
{
    private static readonly EpcisJsonWriter CanonicalWriter = new(new EpcisWriterOptions { IncludeRecordTime = true });

    /// <summary>Reads a whole capture document; document-level problems throw <see cref="ValidationException"/>.</summary>
    /// <remarks>With <paramref name="validateOnly"/> it checks and counts only, keeping nothing (the synchronous pass over a large document).</remarks>
    public CaptureOutcome Read(Stream body, BodyFormat format, DateTimeOffset recordTime, bool validateOnly = false)
    {
        var outcome = new CaptureOutcome();
        foreach (var (ev, hash) in Accepted(body, format, outcome, rollback: false))
            if (!validateOnly) outcome.Events.Add(Prepare(ev, recordTime, hash));
        return outcome;
    }

    /// <summary>
    /// Streams the accepted events of a document for chunked storage (documents too large to hold): rejected events
    /// are recorded in <paramref name="outcome"/>; with <paramref name="rollback"/> the first one throws instead.
    /// <paramref name="outcome"/>'s master data is the header's list, filled as the header is read.
    /// </summary>
    public IEnumerable<StoredEvent> Stream(Stream body, BodyFormat format, DateTimeOffset recordTime, CaptureOutcome outcome, bool rollback) =>
        Accepted(body, format, outcome, rollback).Select(a => Prepare(a.Event, recordTime, a.Hash));

    /// <summary>
    /// Reads the document and yields each valid event with its hash, refusing a repeated eventID inside the document
    /// and recording every rejected event in <paramref name="outcome"/> (or throwing on the first with <paramref name="rollback"/>).
    /// A bare event posted to /capture is read as a one-event document (lenient: real 1.2 systems send them).
    /// </summary>
    private IEnumerable<(EpcisEvent Event, string Hash)> Accepted(Stream body, BodyFormat format, CaptureOutcome outcome, bool rollback)
    {
        var readerOptions = CaptureValidation.Fast(options.MaxDepth);
        IEnumerable<ReadEvent> events;
        if (format == BodyFormat.Json)
        {
            var r = new EpcisJsonReader(body, readerOptions);
            (outcome.MasterData, events) = (r.Header.MasterData, r.ReadEvents());
        }
        else
        {
            var r = new EpcisXmlReader(body, readerOptions);
            (outcome.MasterData, events) = (r.Header.MasterData, r.ReadEvents());
        }
        // Not an iterator itself: the header's master-data list is handed over before the first event is read.
        return AcceptedEvents(events, format, outcome, rollback);
    }

    private IEnumerable<(EpcisEvent Event, string Hash)> AcceptedEvents(IEnumerable<ReadEvent> events, BodyFormat format, CaptureOutcome outcome, bool rollback)
    {
        var seen = new HashSet<(UInt128, bool)>();
        var count = 0;
        foreach (var item in events)
        {
            if (++count > options.CaptureLimit)
                throw new CaptureLimitExceededException($"The document holds more than {options.CaptureLimit} events (GS1-EPCIS-Capture-Limit)");
            List<ValidationError>? problems = null;
            string? hash = null;
            if (!item.IsValid)
                problems = item.Errors.Count > 0 ? [.. item.Errors] : [new ValidationError(item.Location, "the event could not be read")];
            else
            {
                hash = EventHasher.HashId(item.Event!);
                var id = item.Event!.EventId ?? hash;
                if (!seen.Add((IdKey(id), item.Event.ErrorDeclaration != null)))
                    problems = [new ValidationError(item.Location + (format == BodyFormat.Json ? "/eventID" : " (eventID)"), $"eventID '{id}' occurs more than once in this document")];
            }
            if (problems != null)
            {
                if (rollback) throw new ValidationException(problems);
                outcome.Rejected++;
                outcome.Errors.AddRange(problems);
                continue;
            }
            outcome.Accepted++;
            yield return (item.Event!, hash!);
        }
    }

    /// <summary>A 128-bit digest of an eventID: the in-document duplicate check keeps 16 bytes per event, not the ID string.</summary>
    private static UInt128 IdKey(string id)
    {
        Span<byte> digest = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(id), digest);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(digest);
    }

    /// <summary>Sets the server-owned fields of an accepted event and renders it for storage.</summary>
    public static StoredEvent Prepare(EpcisEvent ev, DateTimeOffset recordTime, string? hash = null)
    {
        hash ??= EventHasher.HashId(ev);
        ev.RecordTime = recordTime; // EPCIS 2.0 §7.4.1: a client's recordTime is ignored on capture
        ev.EventId ??= hash;        // EPCIS 2.0 §8.2: the server may populate a missing eventID; the hash makes it reproducible
        return new StoredEvent { Event = ev, HashId = hash, Json = CanonicalWriter.WriteEventToString(ev) };
    }
}
