using System.Globalization;
using System.Text.Json;
using Epcis.Model.Errors;
using Epcis.Model.Events;
using Epcis.Model.Vocabulary;

namespace Epcis.Model.Serialization.JsonLd;

/// <summary>Maps one parsed JSON-LD event object onto <see cref="EpcisEvent"/>, collecting every structural error with its JSON pointer.</summary>
internal sealed class JsonEventMapper(NamespaceTable ns, List<ValidationError> errors, string pointer, bool strict = false)
{
    private static readonly Dictionary<string, EventType> Types = new(StringComparer.Ordinal)
    {
        ["ObjectEvent"] = EventType.ObjectEvent,
        ["AggregationEvent"] = EventType.AggregationEvent,
        ["TransactionEvent"] = EventType.TransactionEvent,
        ["TransformationEvent"] = EventType.TransformationEvent,
        ["AssociationEvent"] = EventType.AssociationEvent,
    };

    /// <summary>Reads an event; returns null when it is too broken to map (errors say why).</summary>
    public EpcisEvent? Map(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            Error("", "an event must be a JSON object");
            return null;
        }
        var ev = new EpcisEvent();
        var table = ns;
        if (e.TryGetProperty("@context", out var ctx))
        {
            table = new NamespaceTable(ns);
            JsonContext.Apply(ctx, table, errors, pointer + "/@context");
        }
        var m = new JsonEventMapper(table, errors, pointer, strict);
        return m.MapBody(e, ev) ? ev : null;
    }

    private bool MapBody(JsonElement e, EpcisEvent ev)
    {
        bool hasType = false, hasTime = false, hasOffset = false;
        foreach (var p in e.EnumerateObject())
        {
            var v = p.Value;
            switch (p.Name)
            {
                case "type":
                case "@type":
                    if (v.ValueKind != JsonValueKind.String) { Error("/" + p.Name, "type must be a string"); return false; }
                    var t = v.GetString()!;
                    if (Types.TryGetValue(t, out var et)) ev.Type = et;
                    else if (t.Contains(':'))
                    {
                        ev.Type = EventType.Extension;
                        ev.ExtensionType = ns.ExpandCurie(t);
                    }
                    else { Error("/type", $"'{t}' is not an EPCIS event type (ObjectEvent, AggregationEvent, TransactionEvent, TransformationEvent, AssociationEvent) nor a namespaced extension event type"); return false; }
                    hasType = true;
                    break;
                case "@context":
                    break;
                case "eventTime":
                    hasTime = TryTime(v, "/eventTime", out var et2);
                    ev.EventTime = et2;
                    break;
                case "recordTime":
                    if (TryTime(v, "/recordTime", out var rt)) ev.RecordTime = rt;
                    break;
                case "eventTimeZoneOffset":
                    var off = Str(v, "/eventTimeZoneOffset");
                    if (off != null) { ev.EventTimeZoneOffset = off; hasOffset = true; }
                    break;
                case "eventID":
                case "id":
                case "@id":
                    ev.EventId = Str(v, "/" + p.Name);
                    break;
                case "certificationInfo":
                    if (v.ValueKind == JsonValueKind.Array) ev.CertificationInfo = StrList(v, "/certificationInfo") ?? [];
                    else if (Str(v, "/certificationInfo") is { } ci) ev.CertificationInfo = [ci];
                    break;
                case "errorDeclaration":
                    ev.ErrorDeclaration = ErrorDecl(v, "/errorDeclaration");
                    break;
                case "epcList": ev.EpcList = StrList(v, "/epcList"); break;
                case "childEPCs": ev.ChildEpcs = StrList(v, "/childEPCs"); break;
                case "inputEPCList": ev.InputEpcList = StrList(v, "/inputEPCList"); break;
                case "outputEPCList": ev.OutputEpcList = StrList(v, "/outputEPCList"); break;
                case "parentID": ev.ParentId = Str(v, "/parentID"); break;
                case "quantityList": ev.QuantityList = Quantities(v, "/quantityList"); break;
                case "childQuantityList": ev.ChildQuantityList = Quantities(v, "/childQuantityList"); break;
                case "inputQuantityList": ev.InputQuantityList = Quantities(v, "/inputQuantityList"); break;
                case "outputQuantityList": ev.OutputQuantityList = Quantities(v, "/outputQuantityList"); break;
                case "action":
                    var a = Str(v, "/action");
                    if (a != null)
                    {
                        if (Enum.TryParse<EventAction>(a, false, out var act) && a is "ADD" or "OBSERVE" or "DELETE") ev.Action = act;
                        else Error("/action", $"action must be ADD, OBSERVE or DELETE, not '{a}'");
                    }
                    break;
                case "transformationID": ev.TransformationId = Str(v, "/transformationID"); break;
                case "bizStep": ev.BizStep = Cbv(v, "/bizStep", CbvKind.BizStep); break;
                case "disposition": ev.Disposition = Cbv(v, "/disposition", CbvKind.Disposition); break;
                case "persistentDisposition": ev.PersistentDisposition = PersistentDisp(v, "/persistentDisposition"); break;
                case "readPoint": ev.ReadPoint = Loc(v, "/readPoint"); break;
                case "bizLocation": ev.BizLocation = Loc(v, "/bizLocation"); break;
                case "bizTransactionList": ev.BizTransactionList = BizTransactions(v, "/bizTransactionList"); break;
                case "sourceList": ev.SourceList = SourceDests(v, "/sourceList", "source"); break;
                case "destinationList": ev.DestinationList = SourceDests(v, "/destinationList", "destination"); break;
                case "sensorElementList": ev.SensorElementList = Sensors(v, "/sensorElementList"); break;
                case "ilmd":
                    if (v.ValueKind != JsonValueKind.Object) Error("/ilmd", "ilmd must be an object of namespaced fields");
                    else ev.Ilmd = Extensions(v, "/ilmd", requirePrefix: true);
                    break;
                default:
                    AddExtension(ev.Extensions, p, "", requirePrefix: true);
                    break;
            }
        }
        if (!hasType) { Error("/type", "the event has no type"); return false; }
        if (!hasTime) Error("/eventTime", "eventTime is required");
        if (!hasOffset) Error("/eventTimeZoneOffset", "eventTimeZoneOffset is required");
        return true;
    }

    private void Error(string rel, string message) => errors.Add(new ValidationError(pointer + rel, message));

    private string? Str(JsonElement v, string at)
    {
        if (v.ValueKind == JsonValueKind.String) return v.GetString();
        Error(at, $"{Field(at)} must be a string, not {Kind(v)}");
        return null;
    }

    private static string Field(string at) => at[(at.LastIndexOf('/') + 1)..];

    private static string Kind(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "a string",
    };

    private bool TryTime(JsonElement v, string at, out DateTimeOffset value)
    {
        value = default;
        var s = Str(v, at);
        if (s == null) return false;
        if (Timestamps.TryParse(s, out value, out var why)) return true;
        Error(at, $"{Field(at)} '{s}' {why}");
        return false;
    }

    private DateTimeOffset? Time(JsonElement v, string at) => TryTime(v, at, out var t) ? t : null;

    private List<string>? StrList(JsonElement v, string at)
    {
        if (v.ValueKind != JsonValueKind.Array) { Error(at, $"{Field(at)} must be an array, not {Kind(v)}"); return null; }
        var list = new List<string>(v.GetArrayLength());
        var i = 0;
        foreach (var item in v.EnumerateArray())
        {
            if (Str(item, $"{at}/{i}") is { } s) list.Add(s);
            i++;
        }
        return list;
    }

    private string? Cbv(JsonElement v, string at, CbvKind kind)
    {
        var s = Str(v, at);
        if (s == null) return null;
        // EPCIS 2.0 JSON binding: standard CBV values are bare words; the URN form belongs to XML (epcis-spec.md §h.5).
        if (strict && s.StartsWith("urn:epcglobal:cbv:", StringComparison.Ordinal))
            Error(at, $"{Field(at)} '{s}' is a CBV URN; in JSON a standard CBV value is written as its bare word ('{s[(s.LastIndexOf(':') + 1)..]}')");
        return Vocabulary.Cbv.Normalise(kind, ns.ExpandCurie(s));
    }

    private List<QuantityElement> Quantities(JsonElement v, string at)
    {
        var list = new List<QuantityElement>();
        if (v.ValueKind != JsonValueKind.Array) { Error(at, $"{Field(at)} must be an array, not {Kind(v)}"); return list; }
        var i = 0;
        foreach (var item in v.EnumerateArray())
        {
            var here = $"{at}/{i++}";
            if (item.ValueKind != JsonValueKind.Object) { Error(here, "a quantity element must be an object"); continue; }
            var q = new QuantityElement();
            var hasClass = false;
            foreach (var p in item.EnumerateObject())
            {
                switch (p.Name)
                {
                    case "epcClass":
                        if (Str(p.Value, here + "/epcClass") is { } c) { q.EpcClass = c; hasClass = true; }
                        break;
                    case "quantity":
                        if (p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetDecimal(out var d)) q.Quantity = d;
                        else if (p.Value.ValueKind == JsonValueKind.Number && double.TryParse(p.Value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out var dd)) q.Quantity = (decimal)dd;
                        else Error(here + "/quantity", $"quantity must be a number, not {Kind(p.Value)}");
                        break;
                    case "uom":
                        q.Uom = Str(p.Value, here + "/uom");
                        break;
                    default:
                        Error(here + "/" + p.Name, $"'{p.Name}' is not a field of a quantity element (epcClass, quantity, uom)");
                        break;
                }
            }
            if (!hasClass) Error(here + "/epcClass", "epcClass is required in a quantity element");
            list.Add(q);
        }
        return list;
    }

    private PersistentDisposition? PersistentDisp(JsonElement v, string at)
    {
        if (v.ValueKind != JsonValueKind.Object) { Error(at, "persistentDisposition must be an object with set and/or unset"); return null; }
        var pd = new PersistentDisposition();
        foreach (var p in v.EnumerateObject())
        {
            var list = p.Name switch { "set" => pd.Set, "unset" => pd.Unset, _ => null };
            if (list == null) { Error(at + "/" + p.Name, $"'{p.Name}' is not allowed in persistentDisposition (only set, unset)"); continue; }
            if (StrList(p.Value, at + "/" + p.Name) is { } items)
                list.AddRange(items.Select(s => Vocabulary.Cbv.Normalise(CbvKind.Disposition, ns.ExpandCurie(s))));
        }
        return pd;
    }

    private Location? Loc(JsonElement v, string at)
    {
        if (v.ValueKind != JsonValueKind.Object) { Error(at, $"{Field(at)} must be an object with an id"); return null; }
        var loc = new Location();
        var hasId = false;
        foreach (var p in v.EnumerateObject())
        {
            if (p.Name is "id" or "@id") { if (Str(p.Value, at + "/id") is { } id) { loc.Id = id; hasId = true; } }
            else AddExtension(loc.Extensions, p, at, requirePrefix: true);
        }
        if (!hasId) Error(at + "/id", $"{Field(at)} needs an id");
        return loc;
    }

    private List<BizTransaction> BizTransactions(JsonElement v, string at)
    {
        var list = new List<BizTransaction>();
        if (v.ValueKind != JsonValueKind.Array) { Error(at, "bizTransactionList must be an array"); return list; }
        var i = 0;
        foreach (var item in v.EnumerateArray())
        {
            var here = $"{at}/{i++}";
            if (item.ValueKind != JsonValueKind.Object) { Error(here, "a bizTransaction entry must be an object"); continue; }
            var bt = new BizTransaction();
            var has = false;
            foreach (var p in item.EnumerateObject())
            {
                if (p.Name == "type") bt.Type = Cbv(p.Value, here + "/type", CbvKind.BizTransactionType);
                else if (p.Name == "bizTransaction") { if (Str(p.Value, here + "/bizTransaction") is { } s) { bt.Value = s; has = true; } }
                else Error(here + "/" + p.Name, $"'{p.Name}' is not a field of a bizTransaction entry (type, bizTransaction)");
            }
            if (!has) Error(here + "/bizTransaction", "bizTransaction is required");
            list.Add(bt);
        }
        return list;
    }

    private List<SourceDest> SourceDests(JsonElement v, string at, string key)
    {
        var list = new List<SourceDest>();
        if (v.ValueKind != JsonValueKind.Array) { Error(at, $"{Field(at)} must be an array"); return list; }
        var i = 0;
        foreach (var item in v.EnumerateArray())
        {
            var here = $"{at}/{i++}";
            if (item.ValueKind != JsonValueKind.Object) { Error(here, $"a {key} entry must be an object"); continue; }
            var sd = new SourceDest();
            bool hasType = false, hasValue = false;
            foreach (var p in item.EnumerateObject())
            {
                if (p.Name == "type") { if (Cbv(p.Value, here + "/type", CbvKind.SourceDestType) is { } t) { sd.Type = t; hasType = true; } }
                else if (p.Name == key) { if (Str(p.Value, here + "/" + key) is { } s) { sd.Value = s; hasValue = true; } }
                else Error(here + "/" + p.Name, $"'{p.Name}' is not a field of a {key} entry (type, {key})");
            }
            if (!hasType) Error(here + "/type", $"type is required in a {key} entry");
            if (!hasValue) Error(here + "/" + key, $"{key} is required");
            list.Add(sd);
        }
        return list;
    }

    private ErrorDeclaration? ErrorDecl(JsonElement v, string at)
    {
        if (v.ValueKind != JsonValueKind.Object) { Error(at, "errorDeclaration must be an object"); return null; }
        var ed = new ErrorDeclaration();
        var hasTime = false;
        foreach (var p in v.EnumerateObject())
        {
            switch (p.Name)
            {
                case "declarationTime":
                    if (TryTime(p.Value, at + "/declarationTime", out var t)) { ed.DeclarationTime = t; hasTime = true; }
                    break;
                case "reason": ed.Reason = Cbv(p.Value, at + "/reason", CbvKind.ErrorReason); break;
                case "correctiveEventIDs": ed.CorrectiveEventIds = StrList(p.Value, at + "/correctiveEventIDs") ?? []; break;
                default: AddExtension(ed.Extensions, p, at, requirePrefix: true); break;
            }
        }
        if (!hasTime) Error(at + "/declarationTime", "declarationTime is required in errorDeclaration");
        return ed;
    }

    private List<SensorElement> Sensors(JsonElement v, string at)
    {
        var list = new List<SensorElement>();
        if (v.ValueKind != JsonValueKind.Array) { Error(at, "sensorElementList must be an array"); return list; }
        var i = 0;
        foreach (var item in v.EnumerateArray())
        {
            var here = $"{at}/{i++}";
            if (item.ValueKind != JsonValueKind.Object) { Error(here, "a sensorElement must be an object"); continue; }
            var se = new SensorElement();
            foreach (var p in item.EnumerateObject())
            {
                switch (p.Name)
                {
                    case "sensorMetadata": se.Metadata = Metadata(p.Value, here + "/sensorMetadata"); break;
                    case "sensorReport":
                        if (p.Value.ValueKind != JsonValueKind.Array) { Error(here + "/sensorReport", "sensorReport must be an array"); break; }
                        var j = 0;
                        foreach (var r in p.Value.EnumerateArray())
                            if (Report(r, $"{here}/sensorReport/{j++}") is { } rep) se.Reports.Add(rep);
                        break;
                    default: AddExtension(se.Extensions, p, here, requirePrefix: true); break;
                }
            }
            list.Add(se);
        }
        return list;
    }

    private SensorMetadata? Metadata(JsonElement v, string at)
    {
        if (v.ValueKind != JsonValueKind.Object) { Error(at, "sensorMetadata must be an object"); return null; }
        var m = new SensorMetadata();
        foreach (var p in v.EnumerateObject())
        {
            var here = at + "/" + p.Name;
            switch (p.Name)
            {
                case "time": m.Time = Time(p.Value, here); break;
                case "startTime": m.StartTime = Time(p.Value, here); break;
                case "endTime": m.EndTime = Time(p.Value, here); break;
                case "deviceID": m.DeviceId = Str(p.Value, here); break;
                case "deviceMetadata": m.DeviceMetadata = Str(p.Value, here); break;
                case "rawData": m.RawData = Str(p.Value, here); break;
                case "dataProcessingMethod": m.DataProcessingMethod = Str(p.Value, here); break;
                case "bizRules": m.BizRules = Str(p.Value, here); break;
                default: AddExtension(m.Extensions, p, at, requirePrefix: true); break;
            }
        }
        return m;
    }

    private double? Num(JsonElement v, string at)
    {
        if (v.ValueKind == JsonValueKind.Number) return v.GetDouble();
        Error(at, $"{Field(at)} must be a number, not {Kind(v)}");
        return null;
    }

    private SensorReport? Report(JsonElement v, string at)
    {
        if (v.ValueKind != JsonValueKind.Object) { Error(at, "a sensorReport entry must be an object"); return null; }
        var r = new SensorReport();
        foreach (var p in v.EnumerateObject())
        {
            var here = at + "/" + p.Name;
            var x = p.Value;
            switch (p.Name)
            {
                case "type": r.Type = Cbv(x, here, CbvKind.MeasurementType); break;
                case "exception": r.Exception = Cbv(x, here, CbvKind.SensorAlertType); break;
                case "deviceID": r.DeviceId = Str(x, here); break;
                case "deviceMetadata": r.DeviceMetadata = Str(x, here); break;
                case "rawData": r.RawData = Str(x, here); break;
                case "dataProcessingMethod": r.DataProcessingMethod = Str(x, here); break;
                case "bizRules": r.BizRules = Str(x, here); break;
                case "time": r.Time = Time(x, here); break;
                case "microorganism": r.Microorganism = Str(x, here); break;
                case "chemicalSubstance": r.ChemicalSubstance = Str(x, here); break;
                case "coordinateReferenceSystem": r.CoordinateReferenceSystem = Str(x, here); break;
                case "component": r.Component = Cbv(x, here, CbvKind.SensorComponent); break;
                case "stringValue": r.StringValue = Str(x, here); break;
                case "hexBinaryValue": r.HexBinaryValue = Str(x, here); break;
                case "uriValue": r.UriValue = Str(x, here); break;
                case "uom": r.Uom = Str(x, here); break;
                case "booleanValue":
                    if (x.ValueKind is JsonValueKind.True or JsonValueKind.False) r.BooleanValue = x.GetBoolean();
                    else Error(here, $"booleanValue must be true or false, not {Kind(x)}");
                    break;
                case "value": r.Value = Num(x, here); break;
                case "minValue": r.MinValue = Num(x, here); break;
                case "maxValue": r.MaxValue = Num(x, here); break;
                case "meanValue": r.MeanValue = Num(x, here); break;
                case "sDev": r.SDev = Num(x, here); break;
                case "percRank": r.PercRank = Num(x, here); break;
                case "percValue": r.PercValue = Num(x, here); break;
                default: AddExtension(r.Extensions, p, at, requirePrefix: true); break;
            }
        }
        return r;
    }

    /// <summary>Reads the members of an object as extension nodes.</summary>
    public List<ExtensionNode> Extensions(JsonElement obj, string at, bool requirePrefix)
    {
        var list = new List<ExtensionNode>();
        foreach (var p in obj.EnumerateObject()) AddExtension(list, p, at, requirePrefix);
        return list;
    }

    private void AddExtension(List<ExtensionNode> list, JsonProperty p, string at, bool requirePrefix)
    {
        if (p.Name.StartsWith('@')) return; // JSON-LD keywords inside extension objects carry no data of their own
        var (nsUri, name, prefix) = ns.SplitKey(p.Name);
        if (requirePrefix && nsUri.Length == 0)
        {
            Error(at + "/" + p.Name, $"'{p.Name}' is not a standard field here, and a user extension must be namespaced ('prefix:{p.Name}' with the prefix declared in @context)");
            return;
        }
        AddValue(list, nsUri, name, prefix, p.Value, at + "/" + p.Name);
    }

    /// <summary>Adds the nodes of one JSON value (an array gives one node per item).</summary>
    public void AddValue(List<ExtensionNode> list, string nsUri, string name, string? prefix, JsonElement v, string at)
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in v.EnumerateArray()) AddValue(list, nsUri, name, prefix, item, $"{at}/{i++}");
                break;
            case JsonValueKind.Object:
                var node = new ExtensionNode { Namespace = nsUri, Name = name, Prefix = prefix };
                foreach (var c in v.EnumerateObject())
                {
                    if (c.Name is "#text" or "@value")
                    {
                        node.Value = c.Value.ValueKind == JsonValueKind.String ? c.Value.GetString() : c.Value.GetRawText();
                        continue;
                    }
                    if (c.Name.StartsWith('@')) continue;
                    var (cns, cname, cprefix) = ns.SplitKey(c.Name);
                    AddValue(node.Children, cns, cname, cprefix, c.Value, at + "/" + c.Name);
                }
                list.Add(node);
                break;
            case JsonValueKind.String:
                list.Add(ExtensionNode.Leaf(nsUri, name, v.GetString()!, ExtensionValueKind.String, prefix));
                break;
            case JsonValueKind.Number:
                list.Add(ExtensionNode.Leaf(nsUri, name, v.GetRawText(), ExtensionValueKind.Number, prefix));
                break;
            case JsonValueKind.True:
            case JsonValueKind.False:
                list.Add(ExtensionNode.Leaf(nsUri, name, v.ValueKind == JsonValueKind.True ? "true" : "false", ExtensionValueKind.Boolean, prefix));
                break;
            default:
                list.Add(new ExtensionNode { Namespace = nsUri, Name = name, Prefix = prefix });
                break;
        }
    }
}
