namespace Epcis.Model.Events;

/// <summary>
/// One EPCIS event of any type. A single flat class (rather than five subclasses) because readers, writers, the
/// hash and storage all walk the same field list; <see cref="Type"/> says which fields the standard allows
/// (EPCIS 2.0 §7.4.2–§7.4.6), and validation enforces that.
/// </summary>
/// <remarks>
/// Identifiers keep the form the sender used (URN or Digital Link) so that <c>GS1-EPC-Format: Never_Translates</c>
/// can return it; CBV values are stored in canonical form (bare word for a standard value), since the standard
/// makes the URN, Web URI and bare-word forms the same value (CBV 2.0 §6.4).
/// </remarks>
public sealed class EpcisEvent
{
    /// <summary>The event type.</summary>
    public EventType Type { get; set; }

    /// <summary>The full type URI of an extension event type (when <see cref="Type"/> is <see cref="EventType.Extension"/>).</summary>
    public string? ExtensionType { get; set; }

    public DateTimeOffset EventTime { get; set; }

    /// <summary>Set by the server at capture (EPCIS 2.0 §7.4.1: a client's value is ignored).</summary>
    public DateTimeOffset? RecordTime { get; set; }

    /// <summary>The offset in force where the event occurred, <c>±hh:mm</c>, verbatim.</summary>
    public string EventTimeZoneOffset { get; set; } = "";

    public string? EventId { get; set; }

    /// <summary>Certification information URIs (one or many).</summary>
    public List<string> CertificationInfo { get; set; } = [];

    public ErrorDeclaration? ErrorDeclaration { get; set; }

    /// <summary>Instance-level EPCs (Object, Transaction); null when absent, empty when given empty.</summary>
    public List<string>? EpcList { get; set; }

    public string? ParentId { get; set; }

    /// <summary>Child EPCs (Aggregation, Association); null when absent.</summary>
    public List<string>? ChildEpcs { get; set; }

    public List<string>? InputEpcList { get; set; }
    public List<string>? OutputEpcList { get; set; }

    public List<QuantityElement> QuantityList { get; set; } = [];
    public List<QuantityElement> ChildQuantityList { get; set; } = [];
    public List<QuantityElement> InputQuantityList { get; set; } = [];
    public List<QuantityElement> OutputQuantityList { get; set; } = [];

    /// <summary>The action; null for TransformationEvent.</summary>
    public EventAction? Action { get; set; }

    public string? TransformationId { get; set; }

    /// <summary>Business step (canonical CBV form).</summary>
    public string? BizStep { get; set; }

    /// <summary>Disposition (canonical CBV form).</summary>
    public string? Disposition { get; set; }

    public PersistentDisposition? PersistentDisposition { get; set; }
    public Location? ReadPoint { get; set; }
    public Location? BizLocation { get; set; }
    public List<BizTransaction> BizTransactionList { get; set; } = [];
    public List<SourceDest> SourceList { get; set; } = [];
    public List<SourceDest> DestinationList { get; set; } = [];
    public List<SensorElement> SensorElementList { get; set; } = [];

    /// <summary>Instance/lot master data (ObjectEvent ADD, TransformationEvent); null when absent.</summary>
    public List<ExtensionNode>? Ilmd { get; set; }

    /// <summary>User extensions at event level, in document order.</summary>
    public List<ExtensionNode> Extensions { get; set; } = [];

    /// <summary>The type name as written in documents (<c>ObjectEvent</c>…, or the extension type URI).</summary>
    public string TypeName => Type == EventType.Extension ? ExtensionType ?? "" : Type.ToString();
}
