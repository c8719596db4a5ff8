using Epcis.Model.Capture.Hashing;
using Epcis.Model.Events;
using Epcis.Model.Serialization.JsonLd;

namespace Epcis.Storage.Tests.Support;

/// <summary>Builds events and capture batches for the storage tests.</summary>
public static class TestEvents
{
    private static readonly EpcisJsonWriter Writer = new();
    private static readonly DateTimeOffset BaseTime = new(2024, 3, 1, 10, 0, 0, TimeSpan.FromHours(1));

    /// <summary>An ObjectEvent with a few EPCs, a bizStep, a read point and an extension.</summary>
    public static EpcisEvent Object(string eventId, int n = 0) => new()
    {
        Type = EventType.ObjectEvent,
        EventId = eventId,
        EventTime = BaseTime.AddSeconds(n),
        EventTimeZoneOffset = "+01:00",
        RecordTime = DateTimeOffset.UtcNow,
        Action = EventAction.OBSERVE,
        BizStep = n % 5 == 0 ? "shipping" : "receiving",
        Disposition = "in_transit",
        EpcList = [$"urn:epc:id:sgtin:0614141.107346.{n}", $"urn:epc:id:sgtin:0614141.107346.{n + 100_000}"],
        ReadPoint = new Location { Id = "urn:epc:id:sgln:0614141.07346.1234" },
        BizTransactionList = [new BizTransaction { Type = "po", Value = $"urn:epcglobal:cbv:bt:0614141073467:PO{n}" }],
        Extensions = [ExtensionNode.Leaf("https://ns.example.com/epcis", "temperature", "21.5", ExtensionValueKind.Number, "ex")],
    };

    /// <summary>The same event declared erroneous.</summary>
    public static EpcisEvent ErrorDeclarationOf(EpcisEvent original)
    {
        var e = Object(original.EventId!);
        e.ErrorDeclaration = new ErrorDeclaration
        {
            DeclarationTime = DateTimeOffset.UtcNow,
            Reason = "incorrect_data",
            CorrectiveEventIds = ["urn:uuid:404d95fc-9457-4a51-bd6a-0bba133845a8"],
        };
        return e;
    }

    public static StoredEvent Stored(EpcisEvent e)
    {
        using var s = new MemoryStream();
        Writer.WriteEvent(s, e);
        return new StoredEvent { Event = e, HashId = EventHasher.HashId(e), Json = System.Text.Encoding.UTF8.GetString(s.ToArray()) };
    }

    public static CaptureJob Job(string captureId, DateTimeOffset? createdAt = null) => new()
    {
        CaptureId = captureId,
        Running = true,
        CreatedAt = createdAt ?? DateTimeOffset.UtcNow,
    };

    public static CaptureBatch Batch(string captureId, IEnumerable<EpcisEvent> events, bool dropRaw = true) => new()
    {
        CaptureId = captureId,
        Events = events.Select(Stored).ToList(),
        Job = new CaptureJob { CaptureId = captureId, Running = false, Success = true, CreatedAt = DateTimeOffset.UtcNow, FinishedAt = DateTimeOffset.UtcNow },
        DropRawDocument = dropRaw,
    };

    public static IEnumerable<EpcisEvent> Many(string prefix, int count) =>
        Enumerable.Range(0, count).Select(i => Object($"urn:uuid:{prefix}-{i:D6}", i));
}
