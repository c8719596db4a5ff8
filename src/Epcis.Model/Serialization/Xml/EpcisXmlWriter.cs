using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Epcis.Model.Documents;
using Epcis.Model.Events;
using Epcis.Model.MasterData;
using Epcis.Model.Vocabulary;

namespace Epcis.Model.Serialization.Xml;

/// <summary>Writes documents as EPCIS 2.0 XML or EPCIS 1.2 XML (with the 1.x <c>extension</c> wrappers), in XSD element order.</summary>
public sealed class EpcisXmlWriter
{
    private readonly EpcisWriterOptions _options;
    private readonly bool _v12;

    /// <summary>Creates a writer for <paramref name="format"/> (<see cref="WireFormat.Xml20"/> or <see cref="WireFormat.Xml12"/>).</summary>
    public EpcisXmlWriter(WireFormat format = WireFormat.Xml20, EpcisWriterOptions? options = null)
    {
        _options = options ?? new EpcisWriterOptions();
        _v12 = format == WireFormat.Xml12;
    }

    /// <summary>Writes a document (EPCISDocument or EPCISQueryDocument per <see cref="DocumentHeader.Kind"/>).</summary>
    public void WriteDocument(Stream stream, DocumentHeader header, IEnumerable<EpcisEvent> events)
    {
        var settings = new XmlWriterSettings { Indent = _options.Indented, CloseOutput = false, Encoding = new System.Text.UTF8Encoding(false) };
        using var w = XmlWriter.Create(stream, settings);
        var query = header.Kind == DocumentKind.EpcisQueryDocument;
        var rootNs = query ? (_v12 ? XmlNames.Query1 : XmlNames.Query2) : (_v12 ? XmlNames.Epcis1 : XmlNames.Epcis2);
        var rootPrefix = query ? "epcisq" : "epcis";
        var prefixes = new PrefixMap(header.Namespaces);
        w.WriteStartDocument();
        w.WriteStartElement(rootPrefix, query ? "EPCISQueryDocument" : "EPCISDocument", rootNs);
        w.WriteAttributeString("xmlns", "xsi", null, XmlNames.Xsi);
        w.WriteAttributeString("xmlns", "xsd", null, XmlNames.Xsd);
        foreach (var (p, ns) in header.Namespaces)
            if (p is not ("epcis" or "epcisq" or "xsi" or "xsd" or "sbdh")) w.WriteAttributeString("xmlns", p, null, ns);
        w.WriteAttributeString("schemaVersion", _v12 ? "1.2" : "2.0");
        w.WriteAttributeString("creationDate", Timestamps.Format(header.CreationDate ?? DateTimeOffset.UtcNow));
        if (header.MasterData.Count > 0 && !query)
        {
            w.WriteStartElement("EPCISHeader");
            if (_v12)
            {
                // EPCIS 1.2's header requires an SBDH before its extension; write the minimal one.
                w.WriteStartElement("sbdh", "StandardBusinessDocumentHeader", XmlNames.Sbdh);
                w.WriteElementString("sbdh", "HeaderVersion", XmlNames.Sbdh, "1.0");
                w.WriteEndElement();
            }
            w.WriteStartElement("extension");
            w.WriteStartElement("EPCISMasterData");
            XmlMasterData.Write(header.MasterData, n => ToXElement(n, prefixes)).WriteTo(w);
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteStartElement("EPCISBody");
        if (query)
        {
            w.WriteStartElement(rootPrefix, "QueryResults", rootNs);
            w.WriteElementString("queryName", header.QueryName ?? "SimpleEventQuery");
            if (header.SubscriptionId != null) w.WriteElementString("subscriptionID", header.SubscriptionId);
            w.WriteStartElement("resultsBody");
        }
        w.WriteStartElement("EventList");
        foreach (var e in events) WriteEvent(w, e, prefixes);
        w.WriteEndElement();
        if (query)
        {
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();
        foreach (var x in header.Extensions) ToXElement(x, prefixes).WriteTo(w);
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    /// <summary>Writes an <c>EPCISMasterDataDocument</c>.</summary>
    public void WriteMasterDataDocument(Stream stream, DocumentHeader header)
    {
        var ns = _v12 ? XmlNames.MasterData1 : XmlNames.MasterData2;
        var prefixes = new PrefixMap(header.Namespaces);
        var doc = new XElement(XName.Get("EPCISMasterDataDocument", ns),
            new XAttribute(XNamespace.Xmlns + "epcismd", ns),
            new XAttribute("schemaVersion", _v12 ? "1.2" : "2.0"),
            new XAttribute("creationDate", Timestamps.Format(header.CreationDate ?? DateTimeOffset.UtcNow)),
            new XElement("EPCISBody", XmlMasterData.Write(header.MasterData, n => ToXElement(n, prefixes))));
        using var w = XmlWriter.Create(stream, new XmlWriterSettings { Indent = _options.Indented, CloseOutput = false });
        doc.WriteTo(w);
    }

    private string Cbv(CbvKind kind, string value) => _options.CbvAsWebUri ? Vocabulary.Cbv.ToWebUri(kind, value) : Vocabulary.Cbv.ToUrn(kind, value);

    private string Id(string value) => _options.MapIdentifier?.Invoke(value) ?? value;

    private void WriteEvent(XmlWriter w, EpcisEvent e, PrefixMap prefixes)
    {
        // EventList admits extension event types only inside its <extension> element (EPCIS 2.0 XSD, EventListType).
        var wrapped = _v12 && e.Type is EventType.TransformationEvent or EventType.AssociationEvent || e.Type == EventType.Extension;
        if (wrapped)
        {
            w.WriteStartElement("extension");
            if (_v12 && e.Type == EventType.AssociationEvent) w.WriteStartElement("extension");
        }
        if (e.Type == EventType.Extension)
        {
            var (ns, local) = Split(e.ExtensionType ?? "");
            w.WriteStartElement(prefixes.PrefixFor(ns, null), local, ns);
        }
        else w.WriteStartElement(e.Type.ToString());
        w.WriteElementString("eventTime", Timestamps.Format(e.EventTime));
        if (_options.IncludeRecordTime && e.RecordTime is { } rt) w.WriteElementString("recordTime", Timestamps.Format(rt));
        w.WriteElementString("eventTimeZoneOffset", e.EventTimeZoneOffset);
        var legacy = _v12 && e.Type is EventType.ObjectEvent or EventType.AggregationEvent or EventType.TransactionEvent or EventType.TransformationEvent;
        if (legacy && (e.EventId != null || e.ErrorDeclaration != null))
        {
            w.WriteStartElement("baseExtension");
            WriteIdAndError(w, e, prefixes);
            w.WriteEndElement();
        }
        else if (!legacy)
        {
            WriteIdAndError(w, e, prefixes);
            if (!_v12) foreach (var c in e.CertificationInfo) w.WriteElementString("certificationInfo", c);
        }
        switch (e.Type)
        {
            case EventType.ObjectEvent:
                Epcs(w, "epcList", e.EpcList ?? (_v12 ? [] : null));
                Action(w, e);
                What(w, e, prefixes, includeBizTransactions: true);
                if (_v12)
                {
                    Wrap(w, e.QuantityList.Count > 0 || e.SourceList.Count > 0 || e.DestinationList.Count > 0 || e.Ilmd != null || Has20Only(e), () =>
                    {
                        Quantities(w, "quantityList", e.QuantityList);
                        SourceDest(w, e);
                        Ilmd(w, e, prefixes);
                        Wrap(w, Has20Only(e), () => Tail20(w, e, prefixes));
                    });
                }
                else
                {
                    Quantities(w, "quantityList", e.QuantityList);
                    SourceDest(w, e);
                    Tail20(w, e, prefixes);
                    Ilmd(w, e, prefixes);
                }
                break;
            case EventType.AggregationEvent:
                Str(w, "parentID", e.ParentId, true);
                Epcs(w, "childEPCs", e.ChildEpcs ?? (_v12 ? [] : null));
                Action(w, e);
                What(w, e, prefixes, includeBizTransactions: true);
                if (_v12)
                    Wrap(w, e.ChildQuantityList.Count > 0 || e.SourceList.Count > 0 || e.DestinationList.Count > 0 || Has20Only(e), () =>
                    {
                        Quantities(w, "childQuantityList", e.ChildQuantityList);
                        SourceDest(w, e);
                        Wrap(w, Has20Only(e), () => Tail20(w, e, prefixes));
                    });
                else
                {
                    Quantities(w, "childQuantityList", e.ChildQuantityList);
                    SourceDest(w, e);
                    Tail20(w, e, prefixes);
                }
                break;
            case EventType.TransactionEvent:
                BizTransactions(w, e);
                Str(w, "parentID", e.ParentId, true);
                Epcs(w, "epcList", e.EpcList ?? (_v12 ? [] : null));
                Action(w, e);
                What(w, e, prefixes, includeBizTransactions: false);
                if (_v12)
                    Wrap(w, e.QuantityList.Count > 0 || e.SourceList.Count > 0 || e.DestinationList.Count > 0 || Has20Only(e), () =>
                    {
                        Quantities(w, "quantityList", e.QuantityList);
                        SourceDest(w, e);
                        Wrap(w, Has20Only(e), () => Tail20(w, e, prefixes));
                    });
                else
                {
                    Quantities(w, "quantityList", e.QuantityList);
                    SourceDest(w, e);
                    Tail20(w, e, prefixes);
                }
                break;
            case EventType.TransformationEvent:
                Epcs(w, "inputEPCList", e.InputEpcList);
                Quantities(w, "inputQuantityList", e.InputQuantityList);
                Epcs(w, "outputEPCList", e.OutputEpcList);
                Quantities(w, "outputQuantityList", e.OutputQuantityList);
                Str(w, "transformationID", e.TransformationId, false);
                What(w, e, prefixes, includeBizTransactions: true);
                SourceDest(w, e);
                if (_v12)
                {
                    Ilmd(w, e, prefixes);
                    Wrap(w, Has20Only(e), () => Tail20(w, e, prefixes));
                }
                else
                {
                    Tail20(w, e, prefixes);
                    Ilmd(w, e, prefixes);
                }
                break;
            default:
                Str(w, "parentID", e.ParentId, true);
                Epcs(w, "childEPCs", e.ChildEpcs);
                Quantities(w, "childQuantityList", e.ChildQuantityList);
                Action(w, e);
                What(w, e, prefixes, includeBizTransactions: true);
                SourceDest(w, e);
                Tail20(w, e, prefixes);
                Ilmd(w, e, prefixes);
                break;
        }
        foreach (var x in e.Extensions) ToXElement(x, prefixes).WriteTo(w);
        w.WriteEndElement();
        if (wrapped)
        {
            w.WriteEndElement();
            if (_v12 && e.Type == EventType.AssociationEvent) w.WriteEndElement();
        }
    }

    private bool Has20Only(EpcisEvent e) => e.SensorElementList.Count > 0 || e.PersistentDisposition != null || (_v12 && e.CertificationInfo.Count > 0 && e.Type != EventType.AssociationEvent);

    private static void Wrap(XmlWriter w, bool any, System.Action body)
    {
        if (!any) return;
        w.WriteStartElement("extension");
        body();
        w.WriteEndElement();
    }

    private void WriteIdAndError(XmlWriter w, EpcisEvent e, PrefixMap prefixes)
    {
        if (e.EventId != null) w.WriteElementString("eventID", e.EventId);
        if (e.ErrorDeclaration is not { } ed) return;
        w.WriteStartElement("errorDeclaration");
        w.WriteElementString("declarationTime", Timestamps.Format(ed.DeclarationTime));
        if (ed.Reason != null) w.WriteElementString("reason", Cbv(CbvKind.ErrorReason, ed.Reason));
        if (ed.CorrectiveEventIds.Count > 0)
        {
            w.WriteStartElement("correctiveEventIDs");
            foreach (var c in ed.CorrectiveEventIds) w.WriteElementString("correctiveEventID", c);
            w.WriteEndElement();
        }
        foreach (var x in ed.Extensions) ToXElement(x, prefixes).WriteTo(w);
        w.WriteEndElement();
    }

    private void Action(XmlWriter w, EpcisEvent e)
    {
        if (e.Action is { } a) w.WriteElementString("action", a.ToString());
    }

    private void What(XmlWriter w, EpcisEvent e, PrefixMap prefixes, bool includeBizTransactions)
    {
        if (e.BizStep != null) w.WriteElementString("bizStep", Cbv(CbvKind.BizStep, e.BizStep));
        if (e.Disposition != null) w.WriteElementString("disposition", Cbv(CbvKind.Disposition, e.Disposition));
        Location(w, "readPoint", e.ReadPoint, prefixes);
        Location(w, "bizLocation", e.BizLocation, prefixes);
        if (includeBizTransactions) BizTransactions(w, e);
    }

    private void BizTransactions(XmlWriter w, EpcisEvent e)
    {
        if (e.BizTransactionList.Count == 0 && !(_v12 && e.Type == EventType.TransactionEvent)) return;
        w.WriteStartElement("bizTransactionList");
        foreach (var bt in e.BizTransactionList)
        {
            w.WriteStartElement("bizTransaction");
            if (bt.Type != null) w.WriteAttributeString("type", Cbv(CbvKind.BizTransactionType, bt.Type));
            w.WriteString(bt.Value);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private void SourceDest(XmlWriter w, EpcisEvent e)
    {
        SourceDestList(w, "sourceList", "source", e.SourceList);
        SourceDestList(w, "destinationList", "destination", e.DestinationList);
    }

    private void SourceDestList(XmlWriter w, string list, string item, List<SourceDest> items)
    {
        if (items.Count == 0) return;
        w.WriteStartElement(list);
        foreach (var sd in items)
        {
            w.WriteStartElement(item);
            w.WriteAttributeString("type", Cbv(CbvKind.SourceDestType, sd.Type));
            w.WriteString(Id(sd.Value));
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private void Tail20(XmlWriter w, EpcisEvent e, PrefixMap prefixes)
    {
        if (_v12 && e.Type != EventType.AssociationEvent) foreach (var c in e.CertificationInfo) w.WriteElementString("certificationInfo", c);
        if (e.SensorElementList.Count > 0)
        {
            w.WriteStartElement("sensorElementList");
            foreach (var se in e.SensorElementList) Sensor(w, se, prefixes);
            w.WriteEndElement();
        }
        if (e.PersistentDisposition is { } pd)
        {
            w.WriteStartElement("persistentDisposition");
            foreach (var u in pd.Unset) w.WriteElementString("unset", Cbv(CbvKind.Disposition, u));
            foreach (var s in pd.Set) w.WriteElementString("set", Cbv(CbvKind.Disposition, s));
            w.WriteEndElement();
        }
    }

    private static void Ilmd(XmlWriter w, EpcisEvent e, PrefixMap prefixes)
    {
        if (e.Ilmd == null) return;
        w.WriteStartElement("ilmd");
        foreach (var x in e.Ilmd) ToXElement(x, prefixes).WriteTo(w);
        w.WriteEndElement();
    }

    private void Epcs(XmlWriter w, string name, List<string>? epcs)
    {
        if (epcs == null) return;
        w.WriteStartElement(name);
        foreach (var epc in epcs) w.WriteElementString("epc", Id(epc));
        w.WriteEndElement();
    }

    private void Str(XmlWriter w, string name, string? value, bool identifier)
    {
        if (value != null) w.WriteElementString(name, identifier ? Id(value) : value);
    }

    private void Quantities(XmlWriter w, string name, List<QuantityElement> list)
    {
        if (list.Count == 0) return;
        w.WriteStartElement(name);
        foreach (var q in list)
        {
            w.WriteStartElement("quantityElement");
            w.WriteElementString("epcClass", Id(q.EpcClass));
            if (q.Quantity is { } n) w.WriteElementString("quantity", n.ToString(CultureInfo.InvariantCulture));
            if (q.Uom != null) w.WriteElementString("uom", q.Uom);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private void Location(XmlWriter w, string name, Location? loc, PrefixMap prefixes)
    {
        if (loc == null) return;
        w.WriteStartElement(name);
        w.WriteElementString("id", Id(loc.Id));
        foreach (var x in loc.Extensions) ToXElement(x, prefixes).WriteTo(w);
        w.WriteEndElement();
    }

    private void Sensor(XmlWriter w, SensorElement se, PrefixMap prefixes)
    {
        w.WriteStartElement("sensorElement");
        if (se.Metadata is { } m)
        {
            w.WriteStartElement("sensorMetadata");
            Attr(w, "time", m.Time);
            Attr(w, "startTime", m.StartTime);
            Attr(w, "endTime", m.EndTime);
            Attr(w, "deviceID", m.DeviceId);
            Attr(w, "deviceMetadata", m.DeviceMetadata);
            Attr(w, "rawData", m.RawData);
            Attr(w, "dataProcessingMethod", m.DataProcessingMethod);
            Attr(w, "bizRules", m.BizRules);
            ExtAttrs(w, m.Extensions, prefixes);
            w.WriteEndElement();
        }
        foreach (var r in se.Reports)
        {
            w.WriteStartElement("sensorReport");
            Attr(w, "type", r.Type == null ? null : Vocabulary.Cbv.ToWebUri(CbvKind.MeasurementType, r.Type));
            Attr(w, "exception", r.Exception == null ? null : Vocabulary.Cbv.ToWebUri(CbvKind.SensorAlertType, r.Exception));
            Attr(w, "deviceID", r.DeviceId);
            Attr(w, "deviceMetadata", r.DeviceMetadata);
            Attr(w, "rawData", r.RawData);
            Attr(w, "dataProcessingMethod", r.DataProcessingMethod);
            Attr(w, "bizRules", r.BizRules);
            Attr(w, "time", r.Time);
            Attr(w, "microorganism", r.Microorganism);
            Attr(w, "chemicalSubstance", r.ChemicalSubstance);
            Attr(w, "value", r.Value);
            Attr(w, "component", r.Component == null ? null : Cbv(CbvKind.SensorComponent, r.Component));
            Attr(w, "stringValue", r.StringValue);
            if (r.BooleanValue is { } b) w.WriteAttributeString("booleanValue", b ? "true" : "false");
            Attr(w, "hexBinaryValue", r.HexBinaryValue);
            Attr(w, "uriValue", r.UriValue);
            Attr(w, "minValue", r.MinValue);
            Attr(w, "maxValue", r.MaxValue);
            Attr(w, "meanValue", r.MeanValue);
            Attr(w, "sDev", r.SDev);
            Attr(w, "percRank", r.PercRank);
            Attr(w, "percValue", r.PercValue);
            Attr(w, "uom", r.Uom);
            Attr(w, "coordinateReferenceSystem", r.CoordinateReferenceSystem);
            ExtAttrs(w, r.Extensions, prefixes);
            w.WriteEndElement();
        }
        foreach (var x in se.Extensions) ToXElement(x, prefixes).WriteTo(w);
        w.WriteEndElement();
    }

    private static void Attr(XmlWriter w, string name, string? v) { if (v != null) w.WriteAttributeString(name, v); }
    private static void Attr(XmlWriter w, string name, DateTimeOffset? v) { if (v is { } t) w.WriteAttributeString(name, Timestamps.Format(t)); }
    private static void Attr(XmlWriter w, string name, double? v) { if (v is { } d) w.WriteAttributeString(name, d.ToString("R", CultureInfo.InvariantCulture)); }

    private static void ExtAttrs(XmlWriter w, List<ExtensionNode> nodes, PrefixMap prefixes)
    {
        foreach (var n in nodes)
        {
            if (n.Namespace.Length == 0) w.WriteAttributeString(n.Name, n.Value ?? "");
            else w.WriteAttributeString(prefixes.PrefixFor(n.Namespace, n.Prefix), n.Name, n.Namespace, n.Value ?? "");
        }
    }

    private static (string Ns, string Local) Split(string uri)
    {
        var cut = Math.Max(uri.LastIndexOf('/'), Math.Max(uri.LastIndexOf('#'), uri.LastIndexOf(':')));
        return cut <= 0 ? ("", uri) : (uri[..(cut + 1)], uri[(cut + 1)..]);
    }

    private static readonly XNamespace XsiNs = XmlNames.Xsi;

    /// <summary>Builds the XML element of an extension node, typing numbers and booleans with <c>xsi:type</c> so JSON literal types survive.</summary>
    internal static XElement ToXElement(ExtensionNode n, PrefixMap prefixes)
    {
        var name = XName.Get(n.Name, n.Namespace);
        var x = new XElement(name);
        if (n.Namespace.Length > 0)
            x.Add(new XAttribute(XNamespace.Xmlns + prefixes.PrefixFor(n.Namespace, n.Prefix), n.Namespace));
        foreach (var a in n.Attributes) x.Add(new XAttribute(XName.Get(a.Name, a.Namespace), a.Value ?? ""));
        if (n.Children.Count > 0)
        {
            foreach (var c in n.Children) x.Add(ToXElement(c, prefixes));
            if (n.Value is { Length: > 0 } text) x.Add(new XText(text));
        }
        else
        {
            var xsiType = n.XsiType ?? n.Kind switch
            {
                ExtensionValueKind.Number => "xsd:decimal",
                ExtensionValueKind.Boolean => "xsd:boolean",
                _ => null,
            };
            if (xsiType != null) x.Add(new XAttribute(XsiNs + "type", xsiType));
            x.Add(n.Value ?? "");
        }
        return x;
    }
}
