using Epcis.Model.Events;

namespace Epcis.Model.MasterData;

/// <summary>A vocabulary of master data (EPCIS 2.0 §7.2), e.g. <c>urn:epcglobal:epcis:vtype:BusinessLocation</c>.</summary>
public sealed class MasterVocabulary
{
    /// <summary>The vocabulary type URI.</summary>
    public string Type { get; set; } = "";

    /// <summary>The elements of the vocabulary.</summary>
    public List<VocabularyElement> Elements { get; set; } = [];
}

/// <summary>One master-data element keyed by its identifier, with attributes and child identifiers.</summary>
public sealed class VocabularyElement
{
    /// <summary>The element identifier (SGLN, GTIN class, …).</summary>
    public string Id { get; set; } = "";

    /// <summary>Attributes, in document order.</summary>
    public List<MasterDataAttribute> Attributes { get; set; } = [];

    /// <summary>Identifiers of child elements (used by <c>WD_</c> queries); null when absent.</summary>
    public List<string>? Children { get; set; }
}

/// <summary>A master-data attribute: an ID with a simple value or structured content.</summary>
public sealed class MasterDataAttribute
{
    /// <summary>The attribute URI (e.g. <c>urn:epcglobal:cbv:mda:site</c>).</summary>
    public string Id { get; set; } = "";

    /// <summary>The simple value, or null when the value is structured.</summary>
    public string? Value { get; set; }

    /// <summary>How a simple value was typed.</summary>
    public ExtensionValueKind Kind { get; set; }

    /// <summary>Structured content (XML child elements / JSON object members).</summary>
    public List<ExtensionNode> Content { get; set; } = [];
}
