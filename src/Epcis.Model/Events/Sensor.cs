namespace Epcis.Model.Events;

/// <summary>One sensor element (EPCIS 2.0 §7.3.7): optional metadata, one or more reports, extensions.</summary>
public sealed class SensorElement
{
    /// <summary>Metadata shared by the reports, or null.</summary>
    public SensorMetadata? Metadata { get; set; }

    /// <summary>The reports (the JSON key is the singular <c>sensorReport</c>).</summary>
    public List<SensorReport> Reports { get; set; } = [];

    /// <summary>User extension elements of the sensor element.</summary>
    public List<ExtensionNode> Extensions { get; set; } = [];
}

/// <summary>Sensor metadata (EPCIS 2.0 §7.3.7.1.1); extension attributes are kept as leaf nodes.</summary>
public sealed class SensorMetadata
{
    public DateTimeOffset? Time { get; set; }
    public DateTimeOffset? StartTime { get; set; }
    public DateTimeOffset? EndTime { get; set; }
    public string? DeviceId { get; set; }
    public string? DeviceMetadata { get; set; }
    public string? RawData { get; set; }
    public string? DataProcessingMethod { get; set; }
    public string? BizRules { get; set; }

    /// <summary>Extension attributes (namespaced keys), as leaf nodes.</summary>
    public List<ExtensionNode> Extensions { get; set; } = [];
}

/// <summary>One sensor report (EPCIS 2.0 §7.3.7.1.2); extension attributes are kept as leaf nodes.</summary>
public sealed class SensorReport
{
    /// <summary>Measurement type (canonical: bare GS1 term such as <c>Temperature</c>, else a URI).</summary>
    public string? Type { get; set; }

    /// <summary>Alert type (canonical: <c>ALARM_CONDITION</c>/<c>ERROR_CONDITION</c>, else a URI).</summary>
    public string? Exception { get; set; }

    public string? DeviceId { get; set; }
    public string? DeviceMetadata { get; set; }
    public string? RawData { get; set; }
    public string? DataProcessingMethod { get; set; }
    public string? BizRules { get; set; }
    public DateTimeOffset? Time { get; set; }
    public string? Microorganism { get; set; }
    public string? ChemicalSubstance { get; set; }
    public double? Value { get; set; }

    /// <summary>Sensor component (canonical CBV form, e.g. <c>x</c>), or a URI.</summary>
    public string? Component { get; set; }

    public string? StringValue { get; set; }
    public bool? BooleanValue { get; set; }
    public string? HexBinaryValue { get; set; }
    public string? UriValue { get; set; }
    public double? MinValue { get; set; }
    public double? MaxValue { get; set; }
    public double? MeanValue { get; set; }
    public double? SDev { get; set; }
    public double? PercRank { get; set; }
    public double? PercValue { get; set; }
    public string? Uom { get; set; }
    public string? CoordinateReferenceSystem { get; set; }

    /// <summary>Extension attributes (namespaced keys), as leaf nodes.</summary>
    public List<ExtensionNode> Extensions { get; set; } = [];
}
