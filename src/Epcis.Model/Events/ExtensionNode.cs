namespace Epcis.Model.Events;

/// <summary>How a user-extension leaf value was typed by its sender (JSON literal type or XML <c>xsi:type</c>).</summary>
public enum ExtensionValueKind
{
    /// <summary>A string, or XML text without a numeric or boolean <c>xsi:type</c>.</summary>
    String,
    /// <summary>A JSON number, or XML text typed as an XSD numeric type.</summary>
    Number,
    /// <summary>A JSON boolean, or XML text typed <c>xsd:boolean</c>.</summary>
    Boolean,
}

/// <summary>
/// One user-extension element (EPCIS 2.0 §9.3 / §10): a namespaced name with either a leaf value or children.
/// A JSON array under one key becomes several nodes with that name, as repeated XML elements do.
/// </summary>
public sealed class ExtensionNode
{
    /// <summary>The namespace URI (empty for an unqualified XML element nested in an extension).</summary>
    public string Namespace { get; set; } = "";

    /// <summary>The local name.</summary>
    public string Name { get; set; } = "";

    /// <summary>The prefix the sender used, kept so that writers can reuse it; not part of identity.</summary>
    public string? Prefix { get; set; }

    /// <summary>The leaf value; null when the node has children (or is empty).</summary>
    public string? Value { get; set; }

    /// <summary>How the leaf value was typed.</summary>
    public ExtensionValueKind Kind { get; set; }

    /// <summary>The original <c>xsi:type</c> of an XML leaf, if any (for faithful XML output).</summary>
    public string? XsiType { get; set; }

    /// <summary>Nested elements, in document order.</summary>
    public List<ExtensionNode> Children { get; set; } = [];

    /// <summary>XML attributes of this element (other than <c>xsi:type</c> and namespace declarations).</summary>
    public List<ExtensionNode> Attributes { get; set; } = [];

    /// <summary>True when the node carries nested elements rather than a value.</summary>
    public bool IsComplex => Children.Count > 0;

    /// <summary>Creates a leaf node.</summary>
    public static ExtensionNode Leaf(string ns, string name, string value, ExtensionValueKind kind = ExtensionValueKind.String, string? prefix = null) =>
        new() { Namespace = ns, Name = name, Value = value, Kind = kind, Prefix = prefix };

    public override string ToString() => IsComplex ? $"{{{Namespace}}}{Name}[{Children.Count}]" : $"{{{Namespace}}}{Name}={Value}";
}
