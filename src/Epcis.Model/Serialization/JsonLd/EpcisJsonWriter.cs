using System.Globalization;
using System.Text.Json;
using Epcis.Model.Documents;
using Epcis.Model.Events;
using Epcis.Model.MasterData;

namespace Epcis.Model.Serialization.JsonLd;

/// <summary>Writes events and documents as EPCIS 2.0 JSON-LD (CBV values as bare words, extensions as CURIE keys).</summary>
public sealed class EpcisJsonWriter
{
    private readonly EpcisWriterOptions _options;

    public EpcisJsonWriter(EpcisWriterOptions? options = null) => _options = options ?? new EpcisWriterOptions();

    /// <summary>Writes a whole document (EPCISDocument or EPCISQueryDocument, per <see cref="DocumentHeader.Kind"/>).</summary>
    /// <remarks>
    /// A collection is scanned first so that every extension prefix is declared once in the document's
    /// <c>@context</c>; any other sequence is streamed (for query cursors), and an event that uses a namespace the
    /// document did not declare carries its own <c>@context</c>. Output is flushed every 64 KB, so memory does not
    /// grow with the number of events.
    /// </remarks>
    public void WriteDocument(Stream stream, DocumentHeader header, IEnumerable<EpcisEvent> events)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = _options.Indented, SkipValidation = true });
        var prefixes = new PrefixMap(header.Namespaces);
        var scanned = events is IReadOnlyCollection<EpcisEvent>;
        if (scanned) foreach (var e in events) CollectNamespaces(e, prefixes);
        foreach (var v in header.MasterData) foreach (var el in v.Elements) foreach (var a in el.Attributes) Collect(a.Content, prefixes);
        Collect(header.Extensions, prefixes);
        w.WriteStartObject();
        WriteContext(w, prefixes);
        var query = header.Kind == DocumentKind.EpcisQueryDocument;
        w.WriteString("type", query ? "EPCISQueryDocument" : "EPCISDocument");
        w.WriteString("schemaVersion", "2.0");
        w.WriteString("creationDate", Timestamps.Format(header.CreationDate ?? DateTimeOffset.UtcNow));
        if (header.Id != null) w.WriteString("id", header.Id);
        if (header.InstanceIdentifier != null) w.WriteString("instanceIdentifier", header.InstanceIdentifier);
        if (header.Sender != null) w.WriteString("sender", header.Sender);
        if (header.Receiver != null) w.WriteString("receiver", header.Receiver);
        WriteNodes(w, header.Extensions, prefixes);
        if (!query && header.MasterData.Count > 0)
        {
            w.WriteStartObject("epcisHeader");
            w.WriteStartObject("epcisMasterData");
            WriteVocabularies(w, header.MasterData, prefixes);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteStartObject("epcisBody");
        if (query)
        {
            w.WriteStartObject("queryResults");
            w.WriteString("queryName", header.QueryName ?? "SimpleEventQuery");
            if (header.SubscriptionId != null) w.WriteString("subscriptionID", header.SubscriptionId);
            w.WriteStartObject("resultsBody");
        }
        w.WriteStartArray("eventList");
        foreach (var e in events)
        {
            WriteEventObject(w, e, prefixes, withContext: !scanned);
            if (w.BytesPending > 64 * 1024) w.Flush();
        }
        w.WriteEndArray();
        if (query)
        {
            if (header.MasterData.Count > 0) WriteVocabularies(w, header.MasterData, prefixes);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>Writes one event as a standalone JSON-LD object with its own <c>@context</c>.</summary>
    public void WriteEvent(Stream stream, EpcisEvent ev)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = _options.Indented, SkipValidation = true });
        // Most events carry no extension namespace: they need no prefix bookkeeping at all (capture renders every event).
        WriteEventObject(w, ev, UsesNamespaces(ev) ? new PrefixMap() : NoPrefixes, withContext: true, standalone: true);
    }

    [ThreadStatic] private static System.Buffers.ArrayBufferWriter<byte>? _buffer;
    [ThreadStatic] private static Utf8JsonWriter? _writer;

    /// <summary>One event as a standalone JSON-LD string (what storage keeps); reuses a per-thread buffer and writer.</summary>
    public string WriteEventToString(EpcisEvent ev)
    {
        var buffer = _buffer ??= new System.Buffers.ArrayBufferWriter<byte>(2048);
        buffer.ResetWrittenCount();
        var w = _writer ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true });
        w.Reset(buffer);
        WriteEventObject(w, ev, UsesNamespaces(ev) ? new PrefixMap() : NoPrefixes, withContext: true, standalone: true);
        w.Flush();
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A prefix map that is only read: used for events that declare no namespace.</summary>
    private static readonly PrefixMap NoPrefixes = new();

    /// <summary>True when writing the event needs prefixes (user extensions anywhere, or an extension event type).</summary>
    private static bool UsesNamespaces(EpcisEvent e)
    {
        static bool Any(List<ExtensionNode>? nodes) => nodes is { Count: > 0 } && nodes.Exists(n => n.Namespace.Length > 0 || Any(n.Children) || Any(n.Attributes));
        if (e.ExtensionType != null || Any(e.Extensions) || Any(e.Ilmd)) return true;
        if (Any(e.ReadPoint?.Extensions) || Any(e.BizLocation?.Extensions) || Any(e.ErrorDeclaration?.Extensions)) return true;
        foreach (var se in e.SensorElementList)
        {
            if (Any(se.Extensions) || Any(se.Metadata?.Extensions)) return true;
            foreach (var r in se.Reports) if (Any(r.Extensions)) return true;
        }
        return false;
    }

    /// <summary>Writes one event into an open writer (for streamed result documents); declares unknown prefixes in an event-level <c>@context</c>.</summary>
    public void WriteEvent(Utf8JsonWriter w, EpcisEvent ev, IEnumerable<KeyValuePair<string, string>>? documentPrefixes = null) =>
        WriteEventObject(w, ev, new PrefixMap(documentPrefixes), withContext: true);

    private void WriteContext(Utf8JsonWriter w, PrefixMap prefixes)
    {
        w.WriteStartArray("@context");
        w.WriteStringValue(_options.ContextUrl);
        foreach (var (p, ns) in prefixes.Added)
        {
            w.WriteStartObject();
            w.WriteString(p, ns);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private void WriteEventObject(Utf8JsonWriter w, EpcisEvent e, PrefixMap prefixes, bool withContext, bool standalone = false)
    {
        w.WriteStartObject();
        if (withContext && ReferenceEquals(prefixes, NoPrefixes))
        {
            w.WriteStartArray("@context");
            w.WriteStringValue(_options.ContextUrl);
            w.WriteEndArray();
        }
        else if (withContext)
        {
            // Declare here only what the enclosing document did not: a JSON-LD context applies to the object it is in.
            var eventPrefixes = new PrefixMap(prefixes.Added);
            var before = eventPrefixes.Added.Count;
            CollectNamespaces(e, eventPrefixes);
            var local = new PrefixMap();
            foreach (var kv in eventPrefixes.Added.Skip(before)) local.PrefixFor(kv.Value, kv.Key);
            if (local.Added.Count > 0 || standalone) WriteContext(w, local);
            prefixes = eventPrefixes;
        }
        w.WriteString("type", e.Type == EventType.Extension ? Curie(e.ExtensionType ?? "", prefixes) : e.Type.ToString());
        w.WriteString("eventTime", Timestamps.Format(e.EventTime));
        if (_options.IncludeRecordTime && e.RecordTime is { } rt) w.WriteString("recordTime", Timestamps.Format(rt));
        w.WriteString("eventTimeZoneOffset", e.EventTimeZoneOffset);
        if (e.EventId != null) w.WriteString("eventID", e.EventId);
        if (e.CertificationInfo.Count == 1) w.WriteString("certificationInfo", e.CertificationInfo[0]);
        else if (e.CertificationInfo.Count > 1) WriteStrings(w, "certificationInfo", e.CertificationInfo, false);
        if (e.ErrorDeclaration is { } ed)
        {
            w.WriteStartObject("errorDeclaration");
            w.WriteString("declarationTime", Timestamps.Format(ed.DeclarationTime));
            if (ed.Reason != null) w.WriteString("reason", ed.Reason);
            if (ed.CorrectiveEventIds.Count > 0) WriteStrings(w, "correctiveEventIDs", ed.CorrectiveEventIds, false);
            WriteNodes(w, ed.Extensions, prefixes);
            w.WriteEndObject();
        }
        if (e.ParentId != null) w.WriteString("parentID", Id(e.ParentId));
        if (e.EpcList != null) WriteStrings(w, "epcList", e.EpcList, true);
        if (e.ChildEpcs != null) WriteStrings(w, "childEPCs", e.ChildEpcs, true);
        if (e.InputEpcList != null) WriteStrings(w, "inputEPCList", e.InputEpcList, true);
        if (e.OutputEpcList != null) WriteStrings(w, "outputEPCList", e.OutputEpcList, true);
        WriteQuantities(w, "quantityList", e.QuantityList);
        WriteQuantities(w, "childQuantityList", e.ChildQuantityList);
        WriteQuantities(w, "inputQuantityList", e.InputQuantityList);
        WriteQuantities(w, "outputQuantityList", e.OutputQuantityList);
        if (e.TransformationId != null) w.WriteString("transformationID", e.TransformationId);
        if (e.Action is { } a) w.WriteString("action", a.ToString());
        if (e.BizStep != null) w.WriteString("bizStep", e.BizStep);
        if (e.Disposition != null) w.WriteString("disposition", e.Disposition);
        if (e.PersistentDisposition is { } pd)
        {
            w.WriteStartObject("persistentDisposition");
            if (pd.Set.Count > 0) WriteStrings(w, "set", pd.Set, false);
            if (pd.Unset.Count > 0) WriteStrings(w, "unset", pd.Unset, false);
            w.WriteEndObject();
        }
        WriteLocation(w, "readPoint", e.ReadPoint, prefixes);
        WriteLocation(w, "bizLocation", e.BizLocation, prefixes);
        if (e.BizTransactionList.Count > 0)
        {
            w.WriteStartArray("bizTransactionList");
            foreach (var bt in e.BizTransactionList)
            {
                w.WriteStartObject();
                if (bt.Type != null) w.WriteString("type", bt.Type);
                w.WriteString("bizTransaction", bt.Value);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        WriteSourceDest(w, "sourceList", "source", e.SourceList);
        WriteSourceDest(w, "destinationList", "destination", e.DestinationList);
        if (e.SensorElementList.Count > 0)
        {
            w.WriteStartArray("sensorElementList");
            foreach (var se in e.SensorElementList) WriteSensorElement(w, se, prefixes);
            w.WriteEndArray();
        }
        if (e.Ilmd != null)
        {
            w.WriteStartObject("ilmd");
            WriteNodes(w, e.Ilmd, prefixes);
            w.WriteEndObject();
        }
        WriteNodes(w, e.Extensions, prefixes);
        w.WriteEndObject();
    }

    private string Id(string value) => _options.MapIdentifier?.Invoke(value) ?? value;

    private void WriteStrings(Utf8JsonWriter w, string name, List<string> values, bool identifiers)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(identifiers ? Id(v) : v);
        w.WriteEndArray();
    }

    private void WriteQuantities(Utf8JsonWriter w, string name, List<QuantityElement> list)
    {
        if (list.Count == 0) return;
        w.WriteStartArray(name);
        foreach (var q in list)
        {
            w.WriteStartObject();
            w.WriteString("epcClass", Id(q.EpcClass));
            if (q.Quantity is { } n) w.WriteNumber("quantity", n);
            if (q.Uom != null) w.WriteString("uom", q.Uom);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private void WriteLocation(Utf8JsonWriter w, string name, Location? loc, PrefixMap prefixes)
    {
        if (loc == null) return;
        w.WriteStartObject(name);
        w.WriteString("id", Id(loc.Id));
        WriteNodes(w, loc.Extensions, prefixes);
        w.WriteEndObject();
    }

    private void WriteSourceDest(Utf8JsonWriter w, string listName, string key, List<SourceDest> list)
    {
        if (list.Count == 0) return;
        w.WriteStartArray(listName);
        foreach (var sd in list)
        {
            w.WriteStartObject();
            w.WriteString("type", sd.Type);
            w.WriteString(key, Id(sd.Value));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteSensorElement(Utf8JsonWriter w, SensorElement se, PrefixMap prefixes)
    {
        w.WriteStartObject();
        if (se.Metadata is { } m)
        {
            w.WriteStartObject("sensorMetadata");
            Time(w, "time", m.Time);
            Time(w, "startTime", m.StartTime);
            Time(w, "endTime", m.EndTime);
            Str(w, "deviceID", m.DeviceId);
            Str(w, "deviceMetadata", m.DeviceMetadata);
            Str(w, "rawData", m.RawData);
            Str(w, "dataProcessingMethod", m.DataProcessingMethod);
            Str(w, "bizRules", m.BizRules);
            WriteNodes(w, m.Extensions, prefixes);
            w.WriteEndObject();
        }
        w.WriteStartArray("sensorReport");
        foreach (var r in se.Reports)
        {
            w.WriteStartObject();
            Str(w, "type", r.Type);
            Str(w, "exception", r.Exception);
            Str(w, "deviceID", r.DeviceId);
            Str(w, "deviceMetadata", r.DeviceMetadata);
            Str(w, "rawData", r.RawData);
            Str(w, "dataProcessingMethod", r.DataProcessingMethod);
            Str(w, "bizRules", r.BizRules);
            Time(w, "time", r.Time);
            Str(w, "microorganism", r.Microorganism);
            Str(w, "chemicalSubstance", r.ChemicalSubstance);
            Num(w, "value", r.Value);
            Str(w, "component", r.Component);
            Str(w, "stringValue", r.StringValue);
            if (r.BooleanValue is { } b) w.WriteBoolean("booleanValue", b);
            Str(w, "hexBinaryValue", r.HexBinaryValue);
            Str(w, "uriValue", r.UriValue);
            Num(w, "minValue", r.MinValue);
            Num(w, "maxValue", r.MaxValue);
            Num(w, "meanValue", r.MeanValue);
            Num(w, "sDev", r.SDev);
            Num(w, "percRank", r.PercRank);
            Num(w, "percValue", r.PercValue);
            Str(w, "uom", r.Uom);
            Str(w, "coordinateReferenceSystem", r.CoordinateReferenceSystem);
            WriteNodes(w, r.Extensions, prefixes);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteNodes(w, se.Extensions, prefixes);
        w.WriteEndObject();
    }

    private static void Str(Utf8JsonWriter w, string name, string? v) { if (v != null) w.WriteString(name, v); }
    private static void Time(Utf8JsonWriter w, string name, DateTimeOffset? v) { if (v is { } t) w.WriteString(name, Timestamps.Format(t)); }
    private static void Num(Utf8JsonWriter w, string name, double? v) { if (v is { } d) w.WriteNumber(name, d); }

    private static void WriteVocabularies(Utf8JsonWriter w, List<MasterVocabulary> vocabularies, PrefixMap prefixes)
    {
        w.WriteStartArray("vocabularyList");
        foreach (var v in vocabularies)
        {
            w.WriteStartObject();
            w.WriteString("type", v.Type);
            w.WriteStartArray("vocabularyElementList");
            foreach (var el in v.Elements)
            {
                w.WriteStartObject();
                w.WriteString("id", el.Id);
                if (el.Attributes.Count > 0)
                {
                    w.WriteStartArray("attributes");
                    foreach (var a in el.Attributes)
                    {
                        w.WriteStartObject();
                        w.WriteString("id", a.Id);
                        if (a.Content.Count > 0)
                        {
                            w.WriteStartObject("attribute");
                            WriteNodes(w, a.Content, prefixes);
                            w.WriteEndObject();
                        }
                        else if (a.Value != null)
                        {
                            w.WritePropertyName("attribute");
                            WriteLeaf(w, a.Value, a.Kind);
                        }
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }
                if (el.Children != null)
                {
                    w.WriteStartArray("children");
                    foreach (var c in el.Children) w.WriteStringValue(c);
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>Writes sibling nodes, turning repeated names into arrays (JSON-LD's form of repeated XML elements).</summary>
    private static void WriteNodes(Utf8JsonWriter w, List<ExtensionNode> nodes, PrefixMap prefixes)
    {
        if (nodes.Count == 0) return;
        var done = new HashSet<int>();
        for (var i = 0; i < nodes.Count; i++)
        {
            if (done.Contains(i)) continue;
            var n = nodes[i];
            var group = new List<ExtensionNode> { n };
            for (var j = i + 1; j < nodes.Count; j++)
                if (nodes[j].Name == n.Name && nodes[j].Namespace == n.Namespace) { group.Add(nodes[j]); done.Add(j); }
            w.WritePropertyName(Key(n, prefixes));
            if (group.Count == 1) WriteNodeValue(w, n, prefixes);
            else
            {
                w.WriteStartArray();
                foreach (var g in group) WriteNodeValue(w, g, prefixes);
                w.WriteEndArray();
            }
        }
    }

    private static string Key(ExtensionNode n, PrefixMap prefixes) =>
        n.Namespace.Length == 0 ? n.Name : prefixes.PrefixFor(n.Namespace, n.Prefix) + ":" + n.Name;

    private static void WriteNodeValue(Utf8JsonWriter w, ExtensionNode n, PrefixMap prefixes)
    {
        if (n.Children.Count > 0 || n.Attributes.Count > 0)
        {
            w.WriteStartObject();
            WriteNodes(w, n.Attributes, prefixes);
            WriteNodes(w, n.Children, prefixes);
            if (n.Value is { Length: > 0 } text) w.WriteString("#text", text);
            w.WriteEndObject();
        }
        else WriteLeaf(w, n.Value ?? "", n.Kind);
    }

    private static void WriteLeaf(Utf8JsonWriter w, string value, ExtensionValueKind kind)
    {
        if (kind == ExtensionValueKind.Number && decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) && IsJsonNumber(value))
            w.WriteRawValue(value.Trim(), skipInputValidation: true);
        else if (kind == ExtensionValueKind.Boolean && value.Trim() is "true" or "false") w.WriteBooleanValue(value.Trim() == "true");
        else w.WriteStringValue(value);
    }

    private static bool IsJsonNumber(string s)
    {
        var t = s.Trim();
        if (t.Length == 0) return false;
        var i = t[0] == '-' ? 1 : 0;
        if (i >= t.Length || !char.IsAsciiDigit(t[i])) return false;
        if (t[i] == '0' && i + 1 < t.Length && char.IsAsciiDigit(t[i + 1])) return false;
        return t.All(c => char.IsAsciiDigit(c) || c is '-' or '+' or '.' or 'e' or 'E') && !t.EndsWith('.');
    }

    private static string Curie(string uri, PrefixMap prefixes)
    {
        var cut = Math.Max(uri.LastIndexOf('/'), uri.LastIndexOf('#'));
        if (cut <= 0 || cut == uri.Length - 1) return uri;
        var ns = uri[..(cut + 1)];
        return prefixes.Has(ns) ? prefixes.PrefixFor(ns, null) + ":" + uri[(cut + 1)..] : uri;
    }

    private static void CollectNamespaces(EpcisEvent e, PrefixMap prefixes)
    {
        Collect(e.Extensions, prefixes);
        if (e.Ilmd != null) Collect(e.Ilmd, prefixes);
        if (e.ReadPoint != null) Collect(e.ReadPoint.Extensions, prefixes);
        if (e.BizLocation != null) Collect(e.BizLocation.Extensions, prefixes);
        if (e.ErrorDeclaration != null) Collect(e.ErrorDeclaration.Extensions, prefixes);
        foreach (var se in e.SensorElementList)
        {
            Collect(se.Extensions, prefixes);
            if (se.Metadata != null) Collect(se.Metadata.Extensions, prefixes);
            foreach (var r in se.Reports) Collect(r.Extensions, prefixes);
        }
        if (e.ExtensionType != null)
        {
            var cut = Math.Max(e.ExtensionType.LastIndexOf('/'), e.ExtensionType.LastIndexOf('#'));
            if (cut > 0 && cut < e.ExtensionType.Length - 1) prefixes.PrefixFor(e.ExtensionType[..(cut + 1)], null);
        }
    }

    private static void Collect(List<ExtensionNode> nodes, PrefixMap prefixes)
    {
        foreach (var n in nodes)
        {
            if (n.Namespace.Length > 0) prefixes.PrefixFor(n.Namespace, n.Prefix);
            Collect(n.Children, prefixes);
            Collect(n.Attributes, prefixes);
        }
    }
}
