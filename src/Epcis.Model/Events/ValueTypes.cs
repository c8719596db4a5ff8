namespace Epcis.Model.Events;

/// <summary>A class-level "what": an EPC class with an optional quantity and unit (EPCIS 2.0 §7.3.3.3).</summary>
public sealed class QuantityElement
{
    /// <summary>The EPC class (LGTIN URN, GTIN pattern, Digital Link or other URI), as captured.</summary>
    public string EpcClass { get; set; } = "";

    /// <summary>The quantity; absent means "an unknown number of instances".</summary>
    public decimal? Quantity { get; set; }

    /// <summary>UN/ECE Rec 20 unit code; absent means a count of instances.</summary>
    public string? Uom { get; set; }
}

/// <summary>A business transaction reference, optionally typed with a CBV business transaction type.</summary>
public sealed class BizTransaction
{
    /// <summary>The transaction type (canonical CBV form: bare word for standard types), or null.</summary>
    public string? Type { get; set; }

    /// <summary>The transaction identifier URI.</summary>
    public string Value { get; set; } = "";
}

/// <summary>A source or destination entry (EPCIS 2.0 §7.3.5.4): a CBV type and an identifier.</summary>
public sealed class SourceDest
{
    /// <summary>The source/destination type (canonical CBV form).</summary>
    public string Type { get; set; } = "";

    /// <summary>The party or location identifier.</summary>
    public string Value { get; set; } = "";
}

/// <summary>A read point or business location: an identifier plus any user extensions inside it.</summary>
public sealed class Location
{
    /// <summary>The location identifier (SGLN URN, Digital Link, or other URI), as captured.</summary>
    public string Id { get; set; } = "";

    /// <summary>User extension elements inside the location element.</summary>
    public List<ExtensionNode> Extensions { get; set; } = [];
}

/// <summary>Dispositions that stay in force until changed (EPCIS 2.0 §7.3.5.3): lists to set and to unset.</summary>
public sealed class PersistentDisposition
{
    /// <summary>Dispositions set by this event (canonical CBV form).</summary>
    public List<string> Set { get; set; } = [];

    /// <summary>Dispositions unset by this event (canonical CBV form).</summary>
    public List<string> Unset { get; set; } = [];
}

/// <summary>Declares an earlier event erroneous (EPCIS 2.0 §7.4.1.2).</summary>
public sealed class ErrorDeclaration
{
    /// <summary>When the error was declared.</summary>
    public DateTimeOffset DeclarationTime { get; set; }

    /// <summary>The reason (canonical CBV form, e.g. <c>incorrect_data</c>), or null.</summary>
    public string? Reason { get; set; }

    /// <summary>IDs of the events that correct the erroneous one.</summary>
    public List<string> CorrectiveEventIds { get; set; } = [];

    /// <summary>User extensions inside the declaration.</summary>
    public List<ExtensionNode> Extensions { get; set; } = [];
}
