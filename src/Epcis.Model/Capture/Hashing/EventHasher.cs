using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Epcis.Model.Events;
using Epcis.Model.Identifiers;
using Epcis.Model.Serialization;
using Epcis.Model.Vocabulary;

namespace Epcis.Model.Capture.Hashing;

/// <summary>
/// Computes the CBV 2.0 event hash ID (<c>ni:///sha-256;{hex}?ver=CBV2.0</c>, CBV 2.0 §8.9): a SHA-256 over a
/// canonical pre-hash string, so that every serialisation of the same event (JSON or XML, any time zone, any list
/// order, URN or Digital Link) gets the same ID.
/// </summary>
/// <remarks>
/// The field order is the one the reference implementation produces and its published vectors encode
/// (epcis-spec.md §e.4): certificationInfo after the offset, parentID before epcList, and bizTransactionList,
/// sourceList, destinationList, ilmd and user extensions sorted together after sensorElementList.
/// </remarks>
public static class EventHasher
{
    /// <summary>The hash ID of an event.</summary>
    public static string HashId(EpcisEvent e, ISet<(string Namespace, string Name)>? ignoredExtensions = null)
    {
        var sb = Builder();
        Write(sb, e, ignoredExtensions);
        Span<byte> digest = stackalloc byte[32];
        // Hash the UTF-8 of the builder's chunks through a pooled buffer: no pre-hash string, no byte[] per event.
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(sb.Length));
        try
        {
            var n = 0;
            foreach (var chunk in sb.GetChunks()) n += Encoding.UTF8.GetBytes(chunk.Span, buffer.AsSpan(n));
            SHA256.HashData(buffer.AsSpan(0, n), digest);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
        return "ni:///sha-256;" + Convert.ToHexStringLower(digest) + "?ver=CBV2.0";
    }

    /// <summary>The canonical pre-hash string of an event (useful to explain why two events differ).</summary>
    public static string PreHash(EpcisEvent e, ISet<(string Namespace, string Name)>? ignoredExtensions = null)
    {
        var sb = new StringBuilder(512);
        Write(sb, e, ignoredExtensions);
        return sb.ToString();
    }

    [ThreadStatic] private static StringBuilder? _builder;
    [ThreadStatic] private static List<string>? _scratch;

    private static StringBuilder Builder()
    {
        var sb = _builder ??= new StringBuilder(1024);
        sb.Clear();
        return sb;
    }

    private static void Write(StringBuilder sb, EpcisEvent e, ISet<(string Namespace, string Name)>? ignoredExtensions)
    {
        sb.Append("eventType=").Append(e.TypeName);
        sb.Append("eventTime=").Append(Timestamps.FormatUtcMillis(e.EventTime));
        sb.Append("eventTimeZoneOffset=").Append(e.EventTimeZoneOffset.Trim());
        foreach (var c in Sorted(e.CertificationInfo.Select(c => "certificationInfo=" + Canon(c)))) sb.Append(c);
        if (e.ParentId != null) sb.Append("parentID=").Append(Canon(e.ParentId));
        Epcs(sb, "epcList", e.EpcList);
        Epcs(sb, "inputEPCList", e.InputEpcList);
        Epcs(sb, "childEPCs", e.ChildEpcs);
        Quantities(sb, "quantityList", e.QuantityList);
        Quantities(sb, "childQuantityList", e.ChildQuantityList);
        Quantities(sb, "inputQuantityList", e.InputQuantityList);
        Epcs(sb, "outputEPCList", e.OutputEpcList);
        Quantities(sb, "outputQuantityList", e.OutputQuantityList);
        if (e.Action is { } a) sb.Append("action=").Append(a.ToString());
        if (e.TransformationId != null) sb.Append("transformationID=").Append(Canon(e.TransformationId));
        if (e.BizStep != null) sb.Append("bizStep=").Append(Cbv.ToWebUri(CbvKind.BizStep, e.BizStep.Trim()));
        if (e.Disposition != null) sb.Append("disposition=").Append(Cbv.ToWebUri(CbvKind.Disposition, e.Disposition.Trim()));
        if (e.PersistentDisposition is { } pd && (pd.Set.Count > 0 || pd.Unset.Count > 0))
        {
            sb.Append("persistentDisposition");
            foreach (var s in Sorted(pd.Set.Select(s => "set=" + Cbv.ToWebUri(CbvKind.Disposition, s)))) sb.Append(s);
            foreach (var s in Sorted(pd.Unset.Select(s => "unset=" + Cbv.ToWebUri(CbvKind.Disposition, s)))) sb.Append(s);
        }
        Location(sb, "readPoint", e.ReadPoint, ignoredExtensions);
        Location(sb, "bizLocation", e.BizLocation, ignoredExtensions);
        if (e.SensorElementList.Count > 0)
        {
            sb.Append("sensorElementList");
            foreach (var s in Sorted(e.SensorElementList.Select(se => Sensor(se, ignoredExtensions)))) sb.Append(s);
        }
        var rest = new List<string>();
        if (e.BizTransactionList.Count > 0)
            rest.Add("bizTransactionList" + string.Concat(Sorted(e.BizTransactionList.Select(bt =>
                (bt.Type == null ? "" : "type=" + Cbv.ToWebUri(CbvKind.BizTransactionType, bt.Type.Trim())) + "bizTransaction=" + Canon(bt.Value)))));
        if (e.SourceList.Count > 0)
            rest.Add("sourceList" + string.Concat(Sorted(e.SourceList.Select(s => "type=" + Cbv.ToWebUri(CbvKind.SourceDestType, s.Type.Trim()) + "source=" + Canon(s.Value)))));
        if (e.DestinationList.Count > 0)
            rest.Add("destinationList" + string.Concat(Sorted(e.DestinationList.Select(s => "type=" + Cbv.ToWebUri(CbvKind.SourceDestType, s.Type.Trim()) + "destination=" + Canon(s.Value)))));
        if (e.Ilmd is { Count: > 0 } ilmd)
        {
            var parts = Extensions(ilmd, ignoredExtensions);
            if (parts.Count > 0) rest.Add("ilmd" + string.Concat(Sorted(parts)));
        }
        rest.AddRange(Extensions(e.Extensions, ignoredExtensions));
        // sensorReport.bizRules is absent from the hash's field order; the reference implementation (and so its
        // vectors) appends it as a separate top-level item with its full path.
        foreach (var se in e.SensorElementList)
            foreach (var r in se.Reports)
                if (r.BizRules is { Length: > 0 } br) rest.Add("sensorElementListsensorElementsensorReportbizRules=" + Canon(br));
        foreach (var r in Sorted(rest)) sb.Append(r);
    }

    private static string Canon(string id) => DigitalLink.Canonical(id.Trim());

    private static IEnumerable<string> Sorted(IEnumerable<string> items)
    {
        var list = items.ToList();
        list.Sort(StringComparer.Ordinal);
        return list;
    }

    private static void Epcs(StringBuilder sb, string name, List<string>? epcs)
    {
        if (epcs is not { Count: > 0 }) return;
        // Sorting the canonical values sorts the "epc=value" entries (same prefix); no per-entry concatenation.
        var items = _scratch ??= new List<string>(16);
        items.Clear();
        foreach (var epc in epcs)
            if (!string.IsNullOrWhiteSpace(epc)) items.Add(Canon(epc));
        if (items.Count == 0) return;
        items.Sort(StringComparer.Ordinal);
        sb.Append(name);
        foreach (var s in items) sb.Append("epc=").Append(s);
        items.Clear();
    }

    private static void Quantities(StringBuilder sb, string name, List<QuantityElement> list)
    {
        if (list.Count == 0) return;
        sb.Append(name);
        foreach (var s in Sorted(list.Select(q =>
                     "quantityElementepcClass=" + Canon(q.EpcClass)
                     + (q.Quantity is { } n ? "quantity=" + Number(n) : "")
                     + (q.Uom != null ? "uom=" + q.Uom.Trim() : ""))))
            sb.Append(s);
    }

    private static void Location(StringBuilder sb, string name, Location? loc, ISet<(string, string)>? ignored)
    {
        if (loc == null) return;
        sb.Append(name).Append("id=").Append(Canon(loc.Id));
        foreach (var s in Sorted(Extensions(loc.Extensions, ignored))) sb.Append(s);
    }

    private static string Sensor(SensorElement se, ISet<(string, string)>? ignored)
    {
        var sb = new StringBuilder("sensorElement");
        if (se.Metadata is { } m)
        {
            sb.Append("sensorMetadata");
            Time(sb, "time", m.Time);
            Time(sb, "startTime", m.StartTime);
            Time(sb, "endTime", m.EndTime);
            Uri(sb, "deviceID", m.DeviceId);
            Uri(sb, "deviceMetadata", m.DeviceMetadata);
            Uri(sb, "rawData", m.RawData);
            Uri(sb, "dataProcessingMethod", m.DataProcessingMethod);
            Uri(sb, "bizRules", m.BizRules);
            foreach (var s in Sorted(Extensions(m.Extensions, ignored))) sb.Append(s);
        }
        foreach (var r in Sorted(se.Reports.Select(r => Report(r, ignored)))) sb.Append(r);
        foreach (var s in Sorted(Extensions(se.Extensions, ignored))) sb.Append(s);
        return sb.ToString();
    }

    private static string Report(SensorReport r, ISet<(string, string)>? ignored)
    {
        var sb = new StringBuilder("sensorReport");
        if (r.Type != null) sb.Append("type=").Append(Cbv.ToWebUri(CbvKind.MeasurementType, r.Type.Trim()));
        if (r.Exception != null) sb.Append("exception=").Append(Cbv.ToWebUri(CbvKind.SensorAlertType, r.Exception.Trim()));
        Uri(sb, "deviceID", r.DeviceId);
        Uri(sb, "deviceMetadata", r.DeviceMetadata);
        Uri(sb, "rawData", r.RawData);
        Uri(sb, "dataProcessingMethod", r.DataProcessingMethod);
        Time(sb, "time", r.Time);
        Uri(sb, "microorganism", r.Microorganism);
        Uri(sb, "chemicalSubstance", r.ChemicalSubstance);
        Num(sb, "value", r.Value);
        if (r.Component != null) sb.Append("component=").Append(Cbv.ToWebUri(CbvKind.SensorComponent, r.Component.Trim()));
        if (r.StringValue != null) sb.Append("stringValue=").Append(NumericText(r.StringValue.Trim()));
        if (r.BooleanValue is { } b) sb.Append("booleanValue=").Append(b ? "true" : "false");
        if (r.HexBinaryValue != null) sb.Append("hexBinaryValue=").Append(r.HexBinaryValue.Trim());
        Uri(sb, "uriValue", r.UriValue);
        Num(sb, "minValue", r.MinValue);
        Num(sb, "maxValue", r.MaxValue);
        Num(sb, "meanValue", r.MeanValue);
        Num(sb, "sDev", r.SDev);
        Num(sb, "percRank", r.PercRank);
        Num(sb, "percValue", r.PercValue);
        if (r.Uom != null) sb.Append("uom=").Append(r.Uom.Trim());
        Uri(sb, "coordinateReferenceSystem", r.CoordinateReferenceSystem);
        foreach (var s in Sorted(Extensions(r.Extensions, ignored))) sb.Append(s);
        return sb.ToString();
    }

    private static void Time(StringBuilder sb, string name, DateTimeOffset? t)
    {
        if (t is { } v) sb.Append(name).Append('=').Append(Timestamps.FormatUtcMillis(v));
    }

    private static void Uri(StringBuilder sb, string name, string? v)
    {
        if (v != null && v.Trim().Length > 0) sb.Append(name).Append('=').Append(Canon(v));
    }

    private static void Num(StringBuilder sb, string name, double? v)
    {
        if (v is { } d) sb.Append(name).Append('=').Append(Number(d));
    }

    /// <summary>A number without trailing zeros (<c>200.0</c> → <c>200</c>), as the hash rules require.</summary>
    public static string Number(double d)
    {
        var r = d.ToString("R", CultureInfo.InvariantCulture);
        return r.Contains('E') ? d.ToString("F" + (Math.Abs(d) >= 1 ? "0" : "15"), CultureInfo.InvariantCulture).TrimEnd('0').TrimEnd('.') : r;
    }

    /// <summary>
    /// Text that is a plain decimal number is normalised as a number: the reference implementation converts every
    /// numeric-looking value to a double (so <c>111100001111000011110000</c> becomes <c>111100001111000003641344</c>).
    /// </summary>
    private static string NumericText(string v)
    {
        if (v.Length == 0 || v.Length > 40) return v;
        var digits = 0;
        for (var i = 0; i < v.Length; i++)
        {
            var c = v[i];
            if (char.IsAsciiDigit(c)) digits++;
            else if (!(c == '.' || c == '-' && i == 0)) return v;
        }
        if (digits == 0 || v.Count(c => c == '.') > 1) return v;
        return double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? Number(d) : v;
    }

    /// <summary>A decimal without trailing zeros.</summary>
    public static string Number(decimal d) => d.ToString("0.############################", CultureInfo.InvariantCulture);

    private static List<string> Extensions(List<ExtensionNode> nodes, ISet<(string, string)>? ignored)
    {
        var list = new List<string>(nodes.Count);
        foreach (var n in nodes)
        {
            if (ignored != null && ignored.Contains((n.Namespace, n.Name))) continue;
            // rdfs:comment is JSON-LD's comment; comments are not part of the hash (CBV 2.0 hash rules, as XML comments).
            if (n.Name == "comment" && n.Namespace == "http://www.w3.org/2000/01/rdf-schema#") continue;
            list.Add(Extension(n));
        }
        return list;
    }

    private static string Extension(ExtensionNode n)
    {
        var key = n.Namespace.Length == 0 ? n.Name : "{" + n.Namespace + "}" + n.Name;
        // XML attributes of an extension element count as its children (as the reference implementation does).
        if (n.Children.Count > 0 || n.Attributes.Count > 0)
            return key + string.Concat(Sorted(n.Attributes.Concat(n.Children).Select(Extension)));
        var value = (n.Value ?? "").Trim();
        if (value.Length == 0) return key;
        if (n.Kind == ExtensionValueKind.Number && decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var dec))
            value = Number(dec);
        else if (n.Kind == ExtensionValueKind.String && NumericText(value) is var num && num != value)
            value = num;
        else if (n.Name.Contains("time", StringComparison.OrdinalIgnoreCase) && !n.Name.Contains("offset", StringComparison.OrdinalIgnoreCase)
                 && Timestamps.TryParse(value, out var ts, out _))
            value = Timestamps.FormatUtcMillis(ts);
        else if (n.Kind == ExtensionValueKind.String) value = DigitalLink.Canonical(value);
        return key + "=" + value;
    }
}
