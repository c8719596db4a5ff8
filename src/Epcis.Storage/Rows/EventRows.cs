namespace Epcis.Storage.Rows;

// One record per table row. Child rows name their event by its position in EventRowSet.Events (keys are
// assigned by the database provider just before the rows are written), and by an ordinal within the event.

internal sealed record EventRow(
    string EventId, string HashId, string EventType, DateTimeOffset EventTime, string EventTimeOffset,
    DateTimeOffset RecordTime, string? Action, string? BizStep, string? Disposition, string? ReadPoint,
    string? BizLocation, string? TransformationId, bool HasErrorDeclaration, DateTimeOffset? ErrorDeclarationTime,
    string? ErrorReason, string CaptureId, string? Owner, string Body);

/// <summary>role: epc, parent, child, input, output, class, child_class, input_class, output_class.</summary>
internal sealed record IdentifierRow(int Event, int Ordinal, string Role, string Value, double? Quantity, string? Uom);

internal sealed record BizTransactionRow(int Event, int Ordinal, string? Type, string Value);

/// <summary>kind: source or destination.</summary>
internal sealed record SourceDestinationRow(int Event, int Ordinal, string Kind, string Type, string Value);

internal sealed record CorrectiveEventRow(int Event, int Ordinal, string CorrectiveEventId);

/// <summary>kind: set or unset.</summary>
internal sealed record PersistentDispositionRow(int Event, int Ordinal, string Kind, string Disposition);

internal sealed record CertificationRow(int Event, int Ordinal, string CertificationInfo);

internal sealed record SensorElementRow(
    int Event, int SensorIndex, DateTimeOffset? Time, DateTimeOffset? StartTime, DateTimeOffset? EndTime,
    string? DeviceId, string? DeviceMetadata, string? RawData, string? DataProcessingMethod, string? BizRules);

internal sealed record SensorReportRow(
    int Event, int SensorIndex, int ReportIndex, string? Type, string? Exception, string? DeviceId,
    string? DeviceMetadata, string? RawData, string? DataProcessingMethod, string? BizRules, DateTimeOffset? Time,
    string? Microorganism, string? ChemicalSubstance, double? Value, string? Component, string? StringValue,
    bool? BooleanValue, string? HexBinaryValue, string? UriValue, double? MinValue, double? MaxValue,
    double? MeanValue, double? SDev, double? PercRank, double? PercValue, string? Uom, string? CoordinateReferenceSystem);

/// <summary>
/// One flattened extension element. scope: extension, ilmd, error_declaration, read_point, biz_location,
/// sensor_element, sensor_metadata, sensor_report. Depth 0 is a top-level field of its scope (the plain
/// <c>EQ_ns#name</c> / <c>ILMD_</c> families); depth &gt; 0 is nested (the <c>INNER_</c> families), under the row
/// whose ordinal is ParentOrdinal. A complex element has a row with no values (for <c>EXISTS_</c>).
/// </summary>
internal sealed record FieldRow(
    int Event, int Ordinal, string Scope, int? ParentOrdinal, int Depth, string Namespace, string LocalName,
    string? TextValue, double? NumericValue, DateTimeOffset? TimeValue, int? SensorIndex, int? ReportIndex);
