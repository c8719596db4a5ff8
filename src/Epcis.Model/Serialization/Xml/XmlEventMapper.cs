using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Epcis.Model.Errors;
using Epcis.Model.Events;
using Epcis.Model.Vocabulary;

namespace Epcis.Model.Serialization.Xml;

/// <summary>
/// Maps one XML event element (EPCIS 2.0 or 1.2) onto <see cref="EpcisEvent"/>. The 1.x <c>extension</c> and
/// <c>baseExtension</c> wrappers are unwrapped: their standard children become event fields (EPCIS 1.2 §9.3 moved
/// to the event level in 2.0), their namespaced children become user extensions.
/// </summary>
internal sealed class XmlEventMapper(List<ValidationError> errors, string location)
{
    private static readonly Dictionary<string, EventType> Types = new(StringComparer.Ordinal)
    {
        ["ObjectEvent"] = EventType.ObjectEvent,
        ["AggregationEvent"] = EventType.AggregationEvent,
        ["TransactionEvent"] = EventType.TransactionEvent,
        ["TransformationEvent"] = EventType.TransformationEvent,
        ["AssociationEvent"] = EventType.AssociationEvent,
    };

    /// <summary>True for an element name that is an event type in an event list.</summary>
    public static bool IsEventElement(XName name) => name.NamespaceName.Length == 0 && Types.ContainsKey(name.LocalName);

    /// <summary>Maps an event element; null when it cannot be mapped (errors say why).</summary>
    public EpcisEvent? Map(XElement x)
    {
        var ev = new EpcisEvent();
        if (x.Name.NamespaceName.Length == 0 && Types.TryGetValue(x.Name.LocalName, out var t)) ev.Type = t;
        else if (x.Name.NamespaceName.Length > 0) { ev.Type = EventType.Extension; ev.ExtensionType = x.Name.NamespaceName + x.Name.LocalName; }
        else { Error(x.Name.LocalName, $"'{x.Name.LocalName}' is not an EPCIS event type, and an extension event type must be namespaced"); return null; }
        bool hasTime = false, hasOffset = false;
        MapChildren(x, ev, ref hasTime, ref hasOffset, 0);
        if (!hasTime) Error("eventTime", "eventTime is required");
        if (!hasOffset) Error("eventTimeZoneOffset", "eventTimeZoneOffset is required");
        return ev;
    }

    private void MapChildren(XElement x, EpcisEvent ev, ref bool hasTime, ref bool hasOffset, int depth)
    {
        foreach (var c in x.Elements())
        {
            if (c.Name.NamespaceName.Length > 0)
            {
                ev.Extensions.Add(Node(c));
                continue;
            }
            switch (c.Name.LocalName)
            {
                case "eventTime":
                    if (TryTime(c, out var et)) { ev.EventTime = et; hasTime = true; }
                    break;
                case "recordTime":
                    if (TryTime(c, out var rt)) ev.RecordTime = rt;
                    break;
                case "eventTimeZoneOffset": ev.EventTimeZoneOffset = Text(c); hasOffset = true; break;
                case "eventID": ev.EventId = Text(c); break;
                case "certificationInfo": ev.CertificationInfo.Add(Text(c)); break;
                case "errorDeclaration": ev.ErrorDeclaration = ErrorDecl(c); break;
                case "epcList": ev.EpcList = Epcs(c); break;
                case "childEPCs": ev.ChildEpcs = Epcs(c); break;
                case "inputEPCList": ev.InputEpcList = Epcs(c); break;
                case "outputEPCList": ev.OutputEpcList = Epcs(c); break;
                case "parentID": ev.ParentId = Text(c); break;
                case "quantityList": ev.QuantityList = Quantities(c); break;
                case "childQuantityList": ev.ChildQuantityList = Quantities(c); break;
                case "inputQuantityList": ev.InputQuantityList = Quantities(c); break;
                case "outputQuantityList": ev.OutputQuantityList = Quantities(c); break;
                case "action":
                    var a = Text(c);
                    if (a is "ADD" or "OBSERVE" or "DELETE") ev.Action = Enum.Parse<EventAction>(a);
                    else Error("action", $"action must be ADD, OBSERVE or DELETE, not '{a}'");
                    break;
                case "transformationID": ev.TransformationId = Text(c); break;
                case "bizStep": ev.BizStep = Cbv(c, CbvKind.BizStep); break;
                case "disposition": ev.Disposition = Cbv(c, CbvKind.Disposition); break;
                case "persistentDisposition":
                    var pd = new PersistentDisposition();
                    foreach (var s in c.Elements())
                    {
                        if (s.Name == "set") pd.Set.Add(Cbv(s, CbvKind.Disposition));
                        else if (s.Name == "unset") pd.Unset.Add(Cbv(s, CbvKind.Disposition));
                        else Error("persistentDisposition", $"'{s.Name.LocalName}' is not allowed in persistentDisposition (only set, unset)");
                    }
                    ev.PersistentDisposition = pd;
                    break;
                case "readPoint": ev.ReadPoint = Loc(c); break;
                case "bizLocation": ev.BizLocation = Loc(c); break;
                case "bizTransactionList":
                    foreach (var b in c.Elements())
                    {
                        var type = (string?)b.Attribute("type");
                        ev.BizTransactionList.Add(new BizTransaction { Type = type == null ? null : Cbv(b, type, CbvKind.BizTransactionType), Value = Text(b) });
                    }
                    break;
                case "sourceList": ev.SourceList = SourceDests(c, "source"); break;
                case "destinationList": ev.DestinationList = SourceDests(c, "destination"); break;
                case "sensorElementList":
                    foreach (var s in c.Elements()) ev.SensorElementList.Add(Sensor(s));
                    break;
                case "ilmd":
                    ev.Ilmd ??= [];
                    foreach (var i in c.Elements())
                    {
                        if (i.Name.NamespaceName.Length == 0 && i.Name.LocalName == "extension")
                            ev.Ilmd.AddRange(i.Elements().Select(Node)); // EPCIS 1.2 ILMDExtension wrapper
                        else ev.Ilmd.Add(Node(i));
                    }
                    break;
                case "extension":
                case "baseExtension":
                    if (depth > 8) { Error(c.Name.LocalName, "extension wrappers nest too deeply"); break; }
                    MapChildren(c, ev, ref hasTime, ref hasOffset, depth + 1);
                    break;
                default:
                    Error(c.Name.LocalName, $"'{c.Name.LocalName}' is not a field of {x.Name.LocalName}; user extensions must be in a namespace");
                    break;
            }
        }
    }

    private void Error(string field, string message) => errors.Add(new ValidationError($"{location} ({field})", message));

    private static string Text(XElement x) => x.Value.Trim();

    private bool TryTime(XElement x, out DateTimeOffset v) => TryTime(x.Name.LocalName, Text(x), out v);

    private bool TryTime(string field, string s, out DateTimeOffset v)
    {
        if (Timestamps.TryParse(s, out v, out var why)) return true;
        Error(field, $"{field} '{s}' {why}");
        return false;
    }

    private DateTimeOffset? Time(XAttribute? a)
    {
        if (a == null) return null;
        return TryTime(a.Name.LocalName, a.Value, out var v) ? v : null;
    }

    private static string Expand(XElement scope, string value)
    {
        var colon = value.IndexOf(':');
        if (colon <= 0 || value.AsSpan(colon).StartsWith("://")) return value;
        var prefix = value[..colon];
        if (prefix is "urn" or "http" or "https") return value;
        // Standard prefixes (gs1:, cbv:) resolve as in the EPCIS JSON-LD context, declared or not (GS1's own XML examples
        // rely on it); other CURIEs stay as written, as in JSON-LD values.
        var ns = NamespaceTable.StandardContext.GetValueOrDefault(prefix);
        return ns == null ? value : ns + value[(colon + 1)..];
    }

    private static string Cbv(XElement x, CbvKind kind) => Cbv(x, Text(x), kind);

    private static string Cbv(XElement scope, string value, CbvKind kind) => Vocabulary.Cbv.Normalise(kind, Expand(scope, value.Trim()));

    private static List<string> Epcs(XElement list) => list.Elements().Select(Text).ToList();

    private List<QuantityElement> Quantities(XElement list)
    {
        var result = new List<QuantityElement>();
        foreach (var q in list.Elements())
        {
            var qe = new QuantityElement();
            foreach (var f in q.Elements())
            {
                switch (f.Name.LocalName)
                {
                    case "epcClass": qe.EpcClass = Text(f); break;
                    case "quantity":
                        if ((string?)f.Attribute(XName.Get("nil", XmlNames.Xsi)) == "true") break;
                        if (decimal.TryParse(Text(f), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) qe.Quantity = d;
                        else Error("quantity", $"quantity '{Text(f)}' is not a number");
                        break;
                    case "uom": qe.Uom = Text(f); break;
                    default: Error(f.Name.LocalName, $"'{f.Name.LocalName}' is not a field of quantityElement"); break;
                }
            }
            result.Add(qe);
        }
        return result;
    }

    private Location Loc(XElement x)
    {
        var loc = new Location();
        foreach (var c in x.Elements())
        {
            if (c.Name.NamespaceName.Length == 0 && c.Name.LocalName == "id") loc.Id = Text(c);
            else if (c.Name.NamespaceName.Length == 0 && c.Name.LocalName == "extension") loc.Extensions.AddRange(c.Elements().Select(Node));
            else loc.Extensions.Add(Node(c));
        }
        return loc;
    }

    private static List<SourceDest> SourceDests(XElement list, string _) =>
        list.Elements().Select(s => new SourceDest
        {
            Type = Cbv(s, (string?)s.Attribute("type") ?? "", CbvKind.SourceDestType),
            Value = Text(s),
        }).ToList();

    private ErrorDeclaration ErrorDecl(XElement x)
    {
        var ed = new ErrorDeclaration();
        foreach (var c in x.Elements())
        {
            if (c.Name.NamespaceName.Length > 0) { ed.Extensions.Add(Node(c)); continue; }
            switch (c.Name.LocalName)
            {
                case "declarationTime": if (TryTime(c, out var t)) ed.DeclarationTime = t; break;
                case "reason": ed.Reason = Cbv(c, CbvKind.ErrorReason); break;
                case "correctiveEventIDs": ed.CorrectiveEventIds = c.Elements().Select(Text).ToList(); break;
                case "extension": ed.Extensions.AddRange(c.Elements().Select(Node)); break;
                default: Error(c.Name.LocalName, $"'{c.Name.LocalName}' is not a field of errorDeclaration"); break;
            }
        }
        return ed;
    }

    private SensorElement Sensor(XElement x)
    {
        var se = new SensorElement();
        foreach (var c in x.Elements())
        {
            if (c.Name.NamespaceName.Length > 0) { se.Extensions.Add(Node(c)); continue; }
            switch (c.Name.LocalName)
            {
                case "sensorMetadata": se.Metadata = Metadata(c); break;
                case "sensorReport": se.Reports.Add(Report(c)); break;
                case "extension": se.Extensions.AddRange(c.Elements().Select(Node)); break;
                default: Error(c.Name.LocalName, $"'{c.Name.LocalName}' is not a field of sensorElement"); break;
            }
        }
        return se;
    }

    private SensorMetadata Metadata(XElement x)
    {
        var m = new SensorMetadata();
        foreach (var a in x.Attributes())
        {
            if (a.IsNamespaceDeclaration) continue;
            if (a.Name.NamespaceName.Length > 0) { m.Extensions.Add(AttrNode(a)); continue; }
            switch (a.Name.LocalName)
            {
                case "time": m.Time = Time(a); break;
                case "startTime": m.StartTime = Time(a); break;
                case "endTime": m.EndTime = Time(a); break;
                case "deviceID": m.DeviceId = a.Value; break;
                case "deviceMetadata": m.DeviceMetadata = a.Value; break;
                case "rawData": m.RawData = a.Value; break;
                case "dataProcessingMethod": m.DataProcessingMethod = a.Value; break;
                case "bizRules": m.BizRules = a.Value; break;
                default: Error("sensorMetadata", $"'{a.Name.LocalName}' is not an attribute of sensorMetadata"); break;
            }
        }
        return m;
    }

    private double? Num(XAttribute a)
    {
        if (double.TryParse(a.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
        Error(a.Name.LocalName, $"{a.Name.LocalName} '{a.Value}' is not a number");
        return null;
    }

    private SensorReport Report(XElement x)
    {
        var r = new SensorReport();
        foreach (var a in x.Attributes())
        {
            if (a.IsNamespaceDeclaration) continue;
            if (a.Name.NamespaceName.Length > 0) { r.Extensions.Add(AttrNode(a)); continue; }
            switch (a.Name.LocalName)
            {
                case "type": r.Type = Cbv(x, a.Value, CbvKind.MeasurementType); break;
                case "exception": r.Exception = Cbv(x, a.Value, CbvKind.SensorAlertType); break;
                case "deviceID": r.DeviceId = a.Value; break;
                case "deviceMetadata": r.DeviceMetadata = a.Value; break;
                case "rawData": r.RawData = a.Value; break;
                case "dataProcessingMethod": r.DataProcessingMethod = a.Value; break;
                case "bizRules": r.BizRules = a.Value; break;
                case "time": r.Time = Time(a); break;
                case "microorganism": r.Microorganism = a.Value; break;
                case "chemicalSubstance": r.ChemicalSubstance = a.Value; break;
                case "coordinateReferenceSystem": r.CoordinateReferenceSystem = a.Value; break;
                case "component": r.Component = Cbv(x, a.Value, CbvKind.SensorComponent); break;
                case "stringValue": r.StringValue = a.Value; break;
                case "hexBinaryValue": r.HexBinaryValue = a.Value; break;
                case "uriValue": r.UriValue = a.Value; break;
                case "uom": r.Uom = a.Value; break;
                case "booleanValue":
                    var b = a.Value.Trim();
                    if (b is "true" or "1") r.BooleanValue = true;
                    else if (b is "false" or "0") r.BooleanValue = false;
                    else Error("booleanValue", $"booleanValue '{a.Value}' is not a boolean");
                    break;
                case "value": r.Value = Num(a); break;
                case "minValue": r.MinValue = Num(a); break;
                case "maxValue": r.MaxValue = Num(a); break;
                case "meanValue": r.MeanValue = Num(a); break;
                case "sDev": r.SDev = Num(a); break;
                case "percRank": r.PercRank = Num(a); break;
                case "percValue": r.PercValue = Num(a); break;
                default: Error("sensorReport", $"'{a.Name.LocalName}' is not an attribute of sensorReport"); break;
            }
        }
        return r;
    }

    private static ExtensionNode AttrNode(XAttribute a) => new()
    {
        Namespace = a.Name.NamespaceName,
        Name = a.Name.LocalName,
        Prefix = a.Parent?.GetPrefixOfNamespace(a.Name.Namespace),
        Value = a.Value,
    };

    /// <summary>Turns an XML element into an extension node, keeping typed values, attributes and nesting.</summary>
    public static ExtensionNode Node(XElement x) => NodeAt(x, 0);

    /// <summary>Deepest extension nesting accepted (defends against stack exhaustion).</summary>
    public const int MaxExtensionDepth = 64;

    private static ExtensionNode NodeAt(XElement x, int depth)
    {
        if (depth > MaxExtensionDepth)
            throw new ValidationException($"element {x.Name.LocalName}", $"User extensions nest deeper than {MaxExtensionDepth} levels");
        var n = new ExtensionNode
        {
            Namespace = x.Name.NamespaceName,
            Name = x.Name.LocalName,
            Prefix = x.Name.NamespaceName.Length == 0 ? null : x.GetPrefixOfNamespace(x.Name.Namespace),
        };
        foreach (var a in x.Attributes())
        {
            if (a.IsNamespaceDeclaration) continue;
            if (a.Name.NamespaceName == XmlNames.Xsi)
            {
                if (a.Name.LocalName == "type") n.XsiType = a.Value;
                continue;
            }
            n.Attributes.Add(AttrNode(a));
        }
        if (x.HasElements)
        {
            foreach (var c in x.Elements()) n.Children.Add(NodeAt(c, depth + 1));
        }
        else
        {
            n.Value = x.Value.Trim();
            n.Kind = KindOf(x, n.XsiType);
        }
        return n;
    }

    private static ExtensionValueKind KindOf(XElement scope, string? xsiType)
    {
        if (xsiType == null) return ExtensionValueKind.String;
        var colon = xsiType.IndexOf(':');
        var local = colon < 0 ? xsiType : xsiType[(colon + 1)..];
        var ns = colon < 0 ? scope.GetDefaultNamespace().NamespaceName : scope.GetNamespaceOfPrefix(xsiType[..colon])?.NamespaceName;
        // A detached event element no longer sees the root's xmlns declarations; xsd:/xs: are the usual prefixes.
        if (ns == null && colon > 0 && xsiType[..colon] is "xsd" or "xs") ns = XmlNames.Xsd;
        if (ns != XmlNames.Xsd) return ExtensionValueKind.String;
        return local switch
        {
            "boolean" => ExtensionValueKind.Boolean,
            "decimal" or "integer" or "int" or "long" or "short" or "byte" or "double" or "float" or "nonNegativeInteger"
                or "positiveInteger" or "negativeInteger" or "nonPositiveInteger" or "unsignedInt" or "unsignedLong"
                or "unsignedShort" or "unsignedByte" => ExtensionValueKind.Number,
            _ => ExtensionValueKind.String,
        };
    }
}
