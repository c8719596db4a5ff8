namespace Epcis.Query;

/// <summary>A relational operator of a comparison parameter (<c>EQ_</c>, <c>GT_</c>, <c>GE_</c>, <c>LT_</c>, <c>LE_</c>).</summary>
public enum CompareOp { Eq, Gt, Ge, Lt, Le }

/// <summary>
/// The field names the tree uses (spec casing). Event columns: eventType, action, bizStep, disposition, readPoint,
/// bizLocation, transformationID, eventID, errorReason, eventTime, recordTime, errorDeclarationTime. Child rows:
/// persistentDisposition (qualifier set/unset), bizTransaction / source / destination (qualifier = type),
/// correctiveEventID, quantity (qualifier = uom). Sensor fields are prefixed <c>sensor.</c>.
/// </summary>
public static class Fields
{
    public const string EventType = "eventType";
    public const string Action = "action";
    public const string BizStep = "bizStep";
    public const string Disposition = "disposition";
    public const string ReadPoint = "readPoint";
    public const string BizLocation = "bizLocation";
    public const string TransformationId = "transformationID";
    public const string EventId = "eventID";
    public const string ErrorReason = "errorReason";
    public const string EventTime = "eventTime";
    public const string RecordTime = "recordTime";
    public const string ErrorDeclaration = "errorDeclaration";
    public const string ErrorDeclarationTime = "errorDeclarationTime";
    public const string CorrectiveEventId = "correctiveEventID";
    public const string PersistentDisposition = "persistentDisposition";
    public const string BizTransaction = "bizTransaction";
    public const string Source = "source";
    public const string Destination = "destination";
    public const string Quantity = "quantity";

    // Vocabulary-typed fields of HASATTR_/EQATTR_ besides the event columns above.
    public const string EpcClass = "epcClass";
    public const string BizTransactionType = "bizTransactionType";
    public const string SourceType = "sourceType";
    public const string DestinationType = "destinationType";
    public const string Extension = "extension";
    public const string SensorElementList = "sensorElementList";

    // Sensor fields (sensorMetadata and/or sensorReport).
    public const string SensorTime = "sensor.time";
    public const string SensorStartTime = "sensor.startTime";
    public const string SensorEndTime = "sensor.endTime";
    public const string SensorType = "sensor.type";
    public const string SensorDeviceId = "sensor.deviceID";
    public const string SensorDataProcessingMethod = "sensor.dataProcessingMethod";
    public const string SensorMicroorganism = "sensor.microorganism";
    public const string SensorChemicalSubstance = "sensor.chemicalSubstance";
    public const string SensorBizRules = "sensor.bizRules";
    public const string SensorStringValue = "sensor.stringValue";
    public const string SensorBooleanValue = "sensor.booleanValue";
    public const string SensorHexBinaryValue = "sensor.hexBinaryValue";
    public const string SensorUriValue = "sensor.uriValue";
    public const string SensorPercRank = "sensor.percRank";
    public const string SensorValue = "sensor.value";
    public const string SensorMinValue = "sensor.minValue";
    public const string SensorMaxValue = "sensor.maxValue";
    public const string SensorMeanValue = "sensor.meanValue";
    public const string SensorSDev = "sensor.sDev";
    public const string SensorPercValue = "sensor.percValue";
}

/// <summary>
/// The field equals one of the values (already in stored form: canonical identifiers, bare CBV words).
/// <paramref name="Qualifier"/> narrows child rows: a bizTransaction/source/destination type, or set/unset.
/// Prints <c>(In bizStep 'shipping' 'receiving')</c>, <c>(In bizTransaction[po] 'urn:…')</c>.
/// </summary>
public sealed record In(string Field, IReadOnlyList<string> Values, string? Qualifier = null) : QueryExpression
{
    public override string ToString() => $"(In {Field}{(Qualifier is null ? "" : "[" + Qualifier + "]")} {PrintAll(Values)})";
}

/// <summary>
/// A typed comparison of a single-valued field: times (<see cref="DateTimeOffset"/>), numbers (<see cref="double"/>),
/// booleans. <paramref name="Uom"/> is the unit of a quantity or sensor value (values in other units of the same kind are
/// converted). Prints <c>(Ge eventTime '2024-01-01T00:00:00Z')</c>, <c>(Ge sensor.value[KEL] 300)</c>.
/// </summary>
public sealed record Compare(string Field, CompareOp Op, object Value, string? Uom = null) : QueryExpression
{
    public override string ToString() => $"({Op} {Field}{(Uom is null ? "" : "[" + Uom + "]")} {Print(Value)})";
}

/// <summary>The event has the field (errorDeclaration, sensorElementList). Prints <c>(Exists errorDeclaration)</c>.</summary>
public sealed record Exists(string Field) : QueryExpression
{
    public override string ToString() => $"(Exists {Field})";
}

/// <summary>
/// <c>MATCH_{Target}</c>: an identifier in the target's lists equals one of the values, or falls under it when the value
/// is an EPC pattern (<c>urn:epc:idpat:…</c>, kept as given) or a class-level GTIN Digital Link. Exact values are canonical
/// Digital Links. Targets: epc, parentID, inputEPC, outputEPC, anyEPC, epcClass, inputEPCClass, outputEPCClass, anyEPCClass.
/// Prints <c>(Match epc 'https://id.gs1.org/01/…/21/1' 'urn:epc:idpat:sgtin:0614141.107346.*')</c>.
/// </summary>
public sealed record Match(string Target, IReadOnlyList<string> Values) : QueryExpression
{
    public override string ToString() => $"(Match {Target} {PrintAll(Values)})";
}

/// <summary><c>WD_readPoint</c>/<c>WD_bizLocation</c>: the field is one of the values or a descendant of one through master-data children (recursively).</summary>
public sealed record WithDescendants(string Field, IReadOnlyList<string> Values) : QueryExpression
{
    public override string ToString() => $"(WithDescendants {Field} {PrintAll(Values)})";
}

/// <summary>
/// <c>HASATTR_{field}</c>: the master data of (one of) the event's values of a vocabulary-typed field has an attribute
/// named one of the values. Fields: readPoint, bizLocation, bizStep, disposition (event columns); epcClass (the class of
/// any quantity element); bizTransaction, source, destination (their values) and bizTransactionType, sourceType,
/// destinationType (their types); or a top-level extension field (<paramref name="Extension"/>, Field = extension), whose
/// text is compared with the master-data element ID. Prints <c>(HasAttr bizStep 'urn:…#attr')</c>.
/// </summary>
public sealed record HasAttr(string Field, IReadOnlyList<string> Attributes, ExtensionField? Extension = null) : QueryExpression
{
    public override string ToString() => $"(HasAttr {Extension?.ToString() ?? Field} {PrintAll(Attributes)})";
}

/// <summary><c>EQATTR_{field}_{attr}</c>: as <see cref="HasAttr"/>, with attribute <paramref name="Attribute"/> equal to one of the values.</summary>
public sealed record EqAttr(string Field, string Attribute, IReadOnlyList<string> Values, ExtensionField? Extension = null) : QueryExpression
{
    public override string ToString() => $"(EqAttr {Extension?.ToString() ?? Field} {Print(Attribute)} {PrintAll(Values)})";
}

/// <summary>Where an extension field sits (the <c>event_fields.scope</c> values).</summary>
public static class FieldScopes
{
    public const string Extension = "extension";
    public const string Ilmd = "ilmd";
    public const string ErrorDeclaration = "error_declaration";
    public const string SensorElement = "sensor_element";
    public const string SensorMetadata = "sensor_metadata";
    public const string SensorReport = "sensor_report";
    public const string ReadPoint = "read_point";
    public const string BizLocation = "biz_location";
}

/// <summary>An extension field: scope, top level (<c>Inner</c> false) or nested below the top level, namespace and local name.</summary>
public sealed record ExtensionField(string Scope, bool Inner, string Namespace, string Name)
{
    public override string ToString() => $"{(Inner ? "inner." : "")}{Scope}<{Namespace}#{Name}>";
}

/// <summary>
/// An extension field compared with a value: text (<see cref="string"/>, Eq only), number (<see cref="double"/>) or time
/// (<see cref="DateTimeOffset"/>). Prints <c>(Eq ilmd&lt;http://ns.example.com/epcis/#lot&gt; 'LOT1')</c>.
/// </summary>
public sealed record FieldCompare(ExtensionField Field, CompareOp Op, object Value) : QueryExpression
{
    public override string ToString() => $"({Op} {Field} {Print(Value)})";
}

/// <summary><c>EXISTS_{field}</c>: the event has the extension field (simple or complex). Prints <c>(Exists extension&lt;ns#name&gt;)</c>.</summary>
public sealed record FieldExists(ExtensionField Field) : QueryExpression
{
    public override string ToString() => $"(Exists {Field})";
}
