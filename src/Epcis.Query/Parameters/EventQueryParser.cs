using System.Globalization;
using System.Text.RegularExpressions;
using Epcis.Model.Errors;
using Epcis.Model.Identifiers;
using Epcis.Model.Serialization;
using Epcis.Model.Vocabulary;
using RxMatch = System.Text.RegularExpressions.Match;

namespace Epcis.Query.Parameters;

/// <summary>Turns SimpleEventQuery parameters (REST query string or named-query JSON) into an <see cref="EventQuery"/>.</summary>
/// <remarks>
/// Paging and transport parameters (<c>perPage</c>, <c>nextPageToken</c>, <c>GS1-*</c> headers) are not query
/// parameters: the caller removes them before calling <see cref="Parse"/>, which rejects them as unknown.
/// Every parameter narrows the result (AND); a list value matches when any element matches (OR). Given both,
/// <c>EQ_readPoint</c> and <c>WD_readPoint</c> both apply (AND), like any two parameters.
/// </remarks>
public static partial class EventQueryParser
{
    /// <summary>Prefixes every query may use in CURIE field names, besides those the caller passes.</summary>
    public static readonly IReadOnlyDictionary<string, string> StandardPrefixes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["epcis"] = "https://ref.gs1.org/epcis/",
        ["cbv"] = "https://ref.gs1.org/cbv/",
        ["gs1"] = "https://gs1.org/voc/",
        ["cbvmda"] = "urn:epcglobal:cbv:mda:",
        ["rdfs"] = "http://www.w3.org/2000/01/rdf-schema#",
        ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
        ["dcterms"] = "http://purl.org/dc/terms/",
        ["owl"] = "http://www.w3.org/2002/07/owl#",
    };

    private static readonly string[] StandardEventTypes = ["ObjectEvent", "AggregationEvent", "TransactionEvent", "TransformationEvent", "AssociationEvent"];

    /// <summary>
    /// Parses parameters given as name/value pairs (a list value is pipe-delimited, as in the REST query string).
    /// <paramref name="prefixes"/> resolves CURIE field names (<c>EQ_example:field</c>); null uses only the standard prefixes.
    /// Throws <see cref="QueryParameterException"/> naming the culprit for an unknown, repeated or badly typed parameter.
    /// </summary>
    public static EventQuery Parse(IEnumerable<KeyValuePair<string, string>> parameters, IReadOnlyDictionary<string, string>? prefixes = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var filters = new List<QueryExpression>();
        string? orderBy = null;
        ExtensionField? orderField = null;
        string? orderDirection = null;
        int? eventCountLimit = null, maxEventCount = null;

        foreach (var (rawName, rawValue) in parameters)
        {
            string name = rawName ?? "";
            string value = rawValue ?? "";
            string key = name.Replace("errorDeclaration_Time", "errorDeclarationTime", StringComparison.Ordinal);
            if (!seen.Add(key)) throw Bad(name, value, "is given more than once");

            switch (name)
            {
                case "orderBy":
                    if (value is "eventTime" or "recordTime")
                    {
                        orderBy = value;
                        continue;
                    }
                    if (!value.Contains('#', StringComparison.Ordinal) && !value.Contains(':', StringComparison.Ordinal))
                        throw Bad(name, value, "must be eventTime, recordTime or an extension field (prefix:name or namespace#name)");
                    var (ns, local) = FieldRef(name, value, value, prefixes);
                    orderField = new ExtensionField(FieldScopes.Extension, false, ns, local);
                    orderBy = orderField.ToString();
                    continue;
                case "orderDirection":
                    orderDirection = value is "ASC" or "DESC" ? value : throw Bad(name, value, "must be ASC or DESC");
                    continue;
                case "eventCountLimit":
                    eventCountLimit = PositiveInt(name, value);
                    continue;
                case "maxEventCount":
                    maxEventCount = PositiveInt(name, value);
                    continue;
            }
            var node = ParseFilter(name, value, prefixes);
            if (node is not null) filters.Add(node);
        }

        if (eventCountLimit is not null && orderBy is null)
            throw new QueryParameterException("eventCountLimit needs orderBy (EPCIS 2.0 §8.2.7.1)");
        if (eventCountLimit is not null && maxEventCount is not null)
            throw new QueryParameterException("eventCountLimit and maxEventCount may not be given together");
        if (orderDirection is not null && orderBy is null)
            throw new QueryParameterException("orderDirection needs orderBy");

        var filter = filters.Count switch { 0 => QueryExpression.True, 1 => filters[0], _ => new AllOf(filters) };
        return new EventQuery(filter, orderBy, orderDirection != "ASC", eventCountLimit, maxEventCount, orderField);
    }

    private static QueryExpression? ParseFilter(string name, string value, IReadOnlyDictionary<string, string>? prefixes)
    {
        switch (name)
        {
            case "eventType":
                return new In(Fields.EventType, List(name, value, v => StandardEventTypes.Contains(v) || IsAbsoluteUri(v)
                    ? v : throw Bad(name, v, "is not an event type (ObjectEvent, AggregationEvent, TransactionEvent, TransformationEvent, AssociationEvent or a URI)")));
            case "GE_eventTime": return new Compare(Fields.EventTime, CompareOp.Ge, Time(name, value));
            case "LT_eventTime": return new Compare(Fields.EventTime, CompareOp.Lt, Time(name, value));
            case "GE_recordTime": return new Compare(Fields.RecordTime, CompareOp.Ge, Time(name, value));
            case "LT_recordTime": return new Compare(Fields.RecordTime, CompareOp.Lt, Time(name, value));
            case "EQ_action":
                return new In(Fields.Action, List(name, value, v => v is "ADD" or "OBSERVE" or "DELETE" ? v : throw Bad(name, v, "must be ADD, OBSERVE or DELETE")));
            case "EQ_bizStep": return new In(Fields.BizStep, List(name, value, v => Cbv.Normalise(CbvKind.BizStep, v)));
            case "EQ_disposition": return new In(Fields.Disposition, List(name, value, v => Cbv.Normalise(CbvKind.Disposition, v)));
            case "EQ_persistentDisposition_set":
                return new In(Fields.PersistentDisposition, List(name, value, v => Cbv.Normalise(CbvKind.Disposition, v)), "set");
            case "EQ_persistentDisposition_unset":
                return new In(Fields.PersistentDisposition, List(name, value, v => Cbv.Normalise(CbvKind.Disposition, v)), "unset");
            case "EQ_readPoint": return new In(Fields.ReadPoint, List(name, value, DigitalLink.Canonical));
            case "WD_readPoint": return new WithDescendants(Fields.ReadPoint, List(name, value, DigitalLink.Canonical));
            case "EQ_bizLocation": return new In(Fields.BizLocation, List(name, value, DigitalLink.Canonical));
            case "WD_bizLocation": return new WithDescendants(Fields.BizLocation, List(name, value, DigitalLink.Canonical));
            case "EQ_transformationID": return new In(Fields.TransformationId, List(name, value, v => v));
            case "EQ_eventID": return new In(Fields.EventId, List(name, value, v => v));
            case "EXISTS_errorDeclaration":
                return value.Equals("false", StringComparison.OrdinalIgnoreCase) ? null : new Exists(Fields.ErrorDeclaration);
            case "GE_errorDeclarationTime" or "GE_errorDeclaration_Time": return new Compare(Fields.ErrorDeclarationTime, CompareOp.Ge, Time(name, value));
            case "LT_errorDeclarationTime" or "LT_errorDeclaration_Time": return new Compare(Fields.ErrorDeclarationTime, CompareOp.Lt, Time(name, value));
            case "EQ_errorReason": return new In(Fields.ErrorReason, List(name, value, v => Cbv.Normalise(CbvKind.ErrorReason, v)));
            case "EQ_correctiveEventID": return new In(Fields.CorrectiveEventId, List(name, value, v => v));
            case "MATCH_epc" or "MATCH_parentID" or "MATCH_inputEPC" or "MATCH_outputEPC" or "MATCH_anyEPC"
                or "MATCH_epcClass" or "MATCH_inputEPCClass" or "MATCH_outputEPCClass" or "MATCH_anyEPCClass":
                return new Match(name["MATCH_".Length..], List(name, value, v => MatchValue(name, v)));

            // Sensor data (EPCIS 2.0 §8.2.7.1, query schema).
            case "GE_time": return new Compare(Fields.SensorTime, CompareOp.Ge, Time(name, value));
            case "LT_time": return new Compare(Fields.SensorTime, CompareOp.Lt, Time(name, value));
            case "GE_startTime": return new Compare(Fields.SensorStartTime, CompareOp.Ge, Time(name, value));
            case "LT_startTime": return new Compare(Fields.SensorStartTime, CompareOp.Lt, Time(name, value));
            case "GE_endTime": return new Compare(Fields.SensorEndTime, CompareOp.Ge, Time(name, value));
            case "LT_endTime": return new Compare(Fields.SensorEndTime, CompareOp.Lt, Time(name, value));
            case "EQ_type": return new In(Fields.SensorType, List(name, value, v => Cbv.Normalise(CbvKind.MeasurementType, v)));
            case "EQ_deviceID": return new In(Fields.SensorDeviceId, List(name, value, v => v));
            case "EQ_dataProcessingMethod": return new In(Fields.SensorDataProcessingMethod, List(name, value, v => v));
            case "EQ_microorganism": return new In(Fields.SensorMicroorganism, List(name, value, v => v));
            case "EQ_chemicalSubstance": return new In(Fields.SensorChemicalSubstance, List(name, value, v => v));
            case "EQ_bizRules": return new In(Fields.SensorBizRules, List(name, value, v => v));
            case "EQ_stringValue": return new In(Fields.SensorStringValue, List(name, value, v => v));
            case "EQ_hexBinaryValue": return new In(Fields.SensorHexBinaryValue, List(name, value, v => v.ToUpperInvariant()));
            case "EQ_uriValue": return new In(Fields.SensorUriValue, List(name, value, v => v));
            case "EQ_booleanValue":
                return new Compare(Fields.SensorBooleanValue, CompareOp.Eq, value switch
                {
                    "true" => true,
                    "false" => false,
                    _ => throw Bad(name, value, "must be true or false"),
                });
            case "EXISTS_sensorElementList" or "EXISTS_sensorElement": return new Exists(Fields.SensorElementList);
            case "GE_percRank": return new Compare(Fields.SensorPercRank, CompareOp.Ge, Number(name, value));
            case "GT_percRank": return new Compare(Fields.SensorPercRank, CompareOp.Gt, Number(name, value));
            case "LT_percRank": return new Compare(Fields.SensorPercRank, CompareOp.Lt, Number(name, value));
            case "LE_percRank": return new Compare(Fields.SensorPercRank, CompareOp.Le, Number(name, value));
        }

        RxMatch m;
        if ((m = QuantityName().Match(name)).Success)
        {
            var op = Enum.Parse<CompareOp>(m.Groups[1].Value, ignoreCase: true);
            string? uom = m.Groups[2].Success ? m.Groups[2].Value : null;
            return Numbers(name, value, op, n => new Compare(Fields.Quantity, op, n, uom));
        }
        if ((m = SensorValueName().Match(name)).Success)
        {
            var op = Enum.Parse<CompareOp>(m.Groups[1].Value, ignoreCase: true);
            string field = "sensor." + m.Groups[2].Value;
            string uom = m.Groups[3].Value;
            return Numbers(name, value, op, n => new Compare(field, op, n, uom));
        }
        if ((m = TypedListName().Match(name)).Success)
        {
            string type = m.Groups[2].Value;
            return m.Groups[1].Value switch
            {
                "bizTransaction" => new In(Fields.BizTransaction, List(name, value, v => v), Cbv.Normalise(CbvKind.BizTransactionType, type)),
                "source" => new In(Fields.Source, List(name, value, DigitalLink.Canonical), Cbv.Normalise(CbvKind.SourceDestType, type)),
                _ => new In(Fields.Destination, List(name, value, DigitalLink.Canonical), Cbv.Normalise(CbvKind.SourceDestType, type)),
            };
        }
        if (name.StartsWith("HASATTR_", StringComparison.Ordinal))
        {
            string field = name["HASATTR_".Length..];
            var (f, ext) = AttributeField(field, prefixes)
                ?? throw Bad(name, value, $"names '{field}', which is not a vocabulary-typed field ({string.Join(", ", AttributeFields)} or an extension field prefix:name / namespace#name)");
            return new HasAttr(f, List(name, value, v => v), ext);
        }
        if (name.StartsWith("EQATTR_", StringComparison.Ordinal) || name.StartsWith("EQ_ATTR_", StringComparison.Ordinal))
        {
            string rest = name[(name.IndexOf("ATTR_", StringComparison.Ordinal) + 5)..];
            // The field and the attribute are joined by '_', which either may contain: every split whose left part is a
            // vocabulary-typed field is a reading; none is an error, more than one is ambiguous (EPCIS 1.2 §8.2.7.1 allows refusing it).
            var readings = new List<(string Field, ExtensionField? Extension, string Attribute)>();
            for (int i = rest.IndexOf('_', StringComparison.Ordinal); i > 0 && i < rest.Length - 1; i = rest.IndexOf('_', i + 1))
                if (AttributeField(rest[..i], prefixes) is var (f, ext)) readings.Add((f, ext, rest[(i + 1)..]));
            if (readings.Count == 0) throw Bad(name, value, "must name a vocabulary-typed field and an attribute: EQATTR_{field}_{attribute}");
            if (readings.Count > 1)
                throw Bad(name, value, "splits into a field and an attribute in more than one way (" + string.Join(", ", readings.Select(r => $"'{r.Extension?.ToString() ?? r.Field}' + '{r.Attribute}'")) + ")");
            var (field, extension, attribute) = readings[0];
            return new EqAttr(field, attribute, List(name, value, v => v), extension);
        }
        if ((m = FieldName().Match(name)).Success)
            return ExtensionFilter(name, value, m, prefixes);

        throw Bad(name, value, "is not a SimpleEventQuery parameter");
    }

    private static QueryExpression ExtensionFilter(string name, string value, RxMatch m, IReadOnlyDictionary<string, string>? prefixes)
    {
        string opText = m.Groups[1].Value;
        bool inner = m.Groups[2].Success;
        string scope = m.Groups[3].Value switch
        {
            "" => FieldScopes.Extension,
            "ILMD_" => FieldScopes.Ilmd,
            "ERROR_DECLARATION_" => FieldScopes.ErrorDeclaration,
            "SENSORELEMENT_" => FieldScopes.SensorElement,
            "SENSORMETADATA_" => FieldScopes.SensorMetadata,
            "SENSORREPORT_" => FieldScopes.SensorReport,
            "readPoint_" => FieldScopes.ReadPoint,
            _ => FieldScopes.BizLocation,
        };
        var (ns, local) = FieldRef(name, value, m.Groups[4].Value, prefixes);
        var field = new ExtensionField(scope, inner, ns, local);
        if (opText == "EXISTS") return new FieldExists(field);
        var op = Enum.Parse<CompareOp>(opText, ignoreCase: true);
        if (op == CompareOp.Eq)
        {
            var values = List(name, value, v => v);
            return QueryExpression.Or(values.Select(v => (QueryExpression)new FieldCompare(field, op, TypedValue(v))).ToArray());
        }
        object typed = TypedValue(value);
        if (typed is string) throw Bad(name, value, "must be a number or a date-time with a time-zone offset");
        return new FieldCompare(field, op, typed);
    }

    /// <summary>A number, a zoned date-time, or else text: EQ_ compares the field as that type.</summary>
    private static object TypedValue(string v)
    {
        if (double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && double.IsFinite(d)) return d;
        if (v.Length >= 20 && v[4] == '-' && Timestamps.TryParse(v, out var t, out _)) return t.ToUniversalTime();
        return v;
    }

    /// <summary>Resolves <c>prefix:name</c> (CURIE) or <c>namespace#name</c> to (namespace, local name).</summary>
    private static (string Namespace, string Local) FieldRef(string name, string value, string field, IReadOnlyDictionary<string, string>? prefixes)
    {
        int hash = field.LastIndexOf('#');
        if (hash >= 0)
        {
            if (hash == field.Length - 1) throw Bad(name, value, "names no field after '#'");
            return (field[..hash], field[(hash + 1)..]);
        }
        int colon = field.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == field.Length - 1) throw Bad(name, value, "is not a SimpleEventQuery parameter (an extension field is named prefix:name or namespace#name)");
        string prefix = field[..colon];
        string? ns = prefixes is not null && prefixes.TryGetValue(prefix, out var p) ? p : StandardPrefixes.GetValueOrDefault(prefix);
        if (ns is null) throw Bad(name, value, $"uses the prefix '{prefix}', which the query does not define");
        return (ns, field[(colon + 1)..]);
    }

    /// <summary>The standard fields whose values are vocabulary elements (master data keys) for HASATTR_/EQATTR_.</summary>
    private static readonly string[] AttributeFields =
    [
        Fields.ReadPoint, Fields.BizLocation, Fields.BizStep, Fields.Disposition, Fields.EpcClass, Fields.BizTransaction,
        Fields.BizTransactionType, Fields.Source, Fields.SourceType, Fields.Destination, Fields.DestinationType,
    ];

    /// <summary>
    /// A vocabulary-typed field named in HASATTR_/EQATTR_: a standard field, or a top-level extension field as
    /// <c>namespace#name</c> (namespace an absolute URI) or <c>prefix:name</c> (a prefix the query knows); null otherwise.
    /// </summary>
    private static (string Field, ExtensionField? Extension)? AttributeField(string field, IReadOnlyDictionary<string, string>? prefixes)
    {
        if (AttributeFields.Contains(field)) return (field, null);
        int hash = field.LastIndexOf('#');
        if (hash > 0)
        {
            string ns = field[..hash];
            return hash < field.Length - 1 && NamespaceUri().IsMatch(ns)
                ? (Fields.Extension, new ExtensionField(FieldScopes.Extension, false, ns, field[(hash + 1)..])) : null;
        }
        int colon = field.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == field.Length - 1) return null;
        string prefix = field[..colon];
        string? resolved = prefixes is not null && prefixes.TryGetValue(prefix, out var p) ? p : StandardPrefixes.GetValueOrDefault(prefix);
        return resolved is null ? null : (Fields.Extension, new ExtensionField(FieldScopes.Extension, false, resolved, field[(colon + 1)..]));
    }

    private static string MatchValue(string name, string v)
    {
        // Lenient, as several peers and the hub's benchmark tooling are: a pure-identity URN whose last component is a
        // lone '*' (urn:epc:id:sgtin:CP.ItemRef.*) is read as the EPC pattern it clearly means (urn:epc:idpat:…).
        // A serial of exactly "*" is legal in TDS but not a real-world serial; the idpat form is the standard one.
        if (v.StartsWith("urn:epc:id:", StringComparison.Ordinal) && v.EndsWith(".*", StringComparison.Ordinal))
            v = "urn:epc:idpat:" + v["urn:epc:id:".Length..];
        if (IdentifierShapesIsPattern(v))
        {
            if (!EpcPattern.TryParse(v, out _, out string? error)) throw Bad(name, v, "is not a valid EPC pattern: " + error);
            return v;
        }
        if (v.StartsWith("urn:epc:", StringComparison.Ordinal) && !EpcUrn.TryValidate(v, out string? why))
            throw Bad(name, v, "is not a valid EPC URN: " + why);
        return DigitalLink.Canonical(v);
    }

    /// <summary>RFC 3986 scheme ":" rest, without whitespace.</summary>
    private static bool IsAbsoluteUri(string v) => AbsoluteUri().IsMatch(v);

    private static bool IdentifierShapesIsPattern(string v) => Rewriting.IdentifierShapes.IsPattern(v);

    private static QueryExpression Numbers(string name, string value, CompareOp op, Func<double, QueryExpression> make)
    {
        if (op != CompareOp.Eq) return make(Number(name, value));
        var nodes = List(name, value, v => v).Select(v => make(Number(name, v))).ToArray();
        return QueryExpression.Or(nodes);
    }

    private static List<string> List(string name, string value, Func<string, string> each)
    {
        if (string.IsNullOrEmpty(value)) throw Bad(name, value, "needs at least one value");
        var list = new List<string>();
        foreach (string part in value.Split('|'))
        {
            if (part.Length == 0) throw Bad(name, value, "has an empty value in its list");
            string v = each(part);
            if (!list.Contains(v)) list.Add(v);
        }
        return list;
    }

    private static DateTimeOffset Time(string name, string value) =>
        Timestamps.TryParse(value, out var t, out string why) ? t.ToUniversalTime() : throw Bad(name, value, why);

    private static double Number(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && double.IsFinite(d)
            ? d : throw Bad(name, value, "is not a number");

    private static int PositiveInt(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0
            ? n : throw Bad(name, value, "is not a positive integer");

    private static QueryParameterException Bad(string name, string value, string why) =>
        new($"Query parameter {name}='{value}' {why}");

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex AbsoluteUri();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex NamespaceUri();

    [GeneratedRegex("^(EQ|GT|GE|LT|LE)_quantity(?:_([A-Z0-9]{2,4}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex QuantityName();

    [GeneratedRegex("^(EQ|GT|GE|LT|LE)_(value|minValue|maxValue|meanValue|sDev|percValue)_([A-Z0-9]{2,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex SensorValueName();

    [GeneratedRegex("^EQ_(bizTransaction|source|destination)_([A-Za-z][A-Za-z0-9_]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex TypedListName();

    [GeneratedRegex("^(EQ|GT|GE|LT|LE|EXISTS)_(INNER_)?(ILMD_|ERROR_DECLARATION_|SENSORELEMENT_|SENSORMETADATA_|SENSORREPORT_|readPoint_|bizLocation_)?(.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex FieldName();
}
