using Epcis.Model.Events;
using Epcis.Model.MasterData;

namespace Epcis.Model.Documents;

/// <summary>The kinds of document the readers accept.</summary>
public enum DocumentKind
{
    /// <summary><c>EPCISDocument</c>: a capture document.</summary>
    EpcisDocument,
    /// <summary><c>EPCISQueryDocument</c>: query results (also acceptable for capture).</summary>
    EpcisQueryDocument,
    /// <summary><c>EPCISMasterDataDocument</c> (XML only): master data without events.</summary>
    EpcisMasterDataDocument,
    /// <summary>A single bare event (the body of <c>POST /events</c>).</summary>
    SingleEvent,
}

/// <summary>The wire formats the readers and writers speak.</summary>
public enum WireFormat
{
    JsonLd,
    Xml20,
    Xml12,
}

/// <summary>Everything of a document except its events: header fields, master data, query-result metadata.</summary>
public sealed class DocumentHeader
{
    public DocumentKind Kind { get; set; }
    public WireFormat Format { get; set; }
    public string? SchemaVersion { get; set; }
    public DateTimeOffset? CreationDate { get; set; }

    /// <summary>The JSON-LD document <c>id</c>, if any.</summary>
    public string? Id { get; set; }

    public string? InstanceIdentifier { get; set; }
    public string? Sender { get; set; }
    public string? Receiver { get; set; }

    /// <summary>Namespace prefixes the document declared (JSON-LD <c>@context</c> or XML <c>xmlns</c>).</summary>
    public Dictionary<string, string> Namespaces { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Master data in the header (or the body of an EPCISMasterDataDocument).</summary>
    public List<MasterVocabulary> MasterData { get; set; } = [];

    /// <summary>For query documents: the query name.</summary>
    public string? QueryName { get; set; }

    /// <summary>For query documents: the subscription ID, if any.</summary>
    public string? SubscriptionId { get; set; }

    /// <summary>Document-level user extensions and the SBDH, kept verbatim.</summary>
    public List<ExtensionNode> Extensions { get; set; } = [];
}

/// <summary>A whole document in memory: its header and its events (for small documents and tests).</summary>
public sealed class EpcisDocument
{
    public DocumentHeader Header { get; set; } = new();
    public List<EpcisEvent> Events { get; set; } = [];
}
