using System.Globalization;
using Epcis.Model.Events;
using Epcis.Model.Identifiers;

namespace Epcis.Storage.Rows;

/// <summary>The rows of a batch of events, table by table, ready for a provider's bulk writer.</summary>
internal sealed class EventRowSet
{
    public List<EventRow> Events { get; } = [];
    public List<IdentifierRow> Identifiers { get; } = [];
    public List<BizTransactionRow> BizTransactions { get; } = [];
    public List<SourceDestinationRow> SourcesDestinations { get; } = [];
    public List<CorrectiveEventRow> CorrectiveEvents { get; } = [];
    public List<PersistentDispositionRow> PersistentDispositions { get; } = [];
    public List<CertificationRow> Certifications { get; } = [];
    public List<SensorElementRow> SensorElements { get; } = [];
    public List<SensorReportRow> SensorReports { get; } = [];
    public List<FieldRow> Fields { get; } = [];

    /// <summary>The key (event_id column) under which an event is stored: its eventID, else its hash ID.</summary>
    public static string EventKey(StoredEvent e) => e.Event.EventId ?? e.HashId;

    /// <summary>Flattens one event into rows of every table.</summary>
    public void Add(StoredEvent stored, string captureId, string? owner)
    {
        EpcisEvent e = stored.Event;
        int ev = Events.Count;
        Events.Add(new EventRow(
            EventKey(stored), stored.HashId, e.TypeName, e.EventTime, e.EventTimeZoneOffset,
            e.RecordTime ?? DateTimeOffset.UtcNow, e.Action?.ToString(), e.BizStep, e.Disposition,
            Canon(e.ReadPoint?.Id), Canon(e.BizLocation?.Id), e.TransformationId, e.ErrorDeclaration is not null,
            e.ErrorDeclaration?.DeclarationTime, e.ErrorDeclaration?.Reason, captureId, owner, stored.Json));

        int ordinal = 0;
        if (e.ParentId is not null) Identifiers.Add(new IdentifierRow(ev, ordinal++, "parent", DigitalLink.Canonical(e.ParentId), null, null));
        AddEpcs(ev, "epc", e.EpcList, ref ordinal);
        AddEpcs(ev, "child", e.ChildEpcs, ref ordinal);
        AddEpcs(ev, "input", e.InputEpcList, ref ordinal);
        AddEpcs(ev, "output", e.OutputEpcList, ref ordinal);
        AddClasses(ev, "class", e.QuantityList, ref ordinal);
        AddClasses(ev, "child_class", e.ChildQuantityList, ref ordinal);
        AddClasses(ev, "input_class", e.InputQuantityList, ref ordinal);
        AddClasses(ev, "output_class", e.OutputQuantityList, ref ordinal);

        for (int i = 0; i < e.BizTransactionList.Count; i++)
            BizTransactions.Add(new BizTransactionRow(ev, i, e.BizTransactionList[i].Type, e.BizTransactionList[i].Value));

        ordinal = 0;
        foreach (var s in e.SourceList) SourcesDestinations.Add(new SourceDestinationRow(ev, ordinal++, "source", s.Type, Canon(s.Value)!));
        foreach (var d in e.DestinationList) SourcesDestinations.Add(new SourceDestinationRow(ev, ordinal++, "destination", d.Type, Canon(d.Value)!));

        if (e.PersistentDisposition is { } pd)
        {
            ordinal = 0;
            foreach (var s in pd.Set) PersistentDispositions.Add(new PersistentDispositionRow(ev, ordinal++, "set", s));
            foreach (var u in pd.Unset) PersistentDispositions.Add(new PersistentDispositionRow(ev, ordinal++, "unset", u));
        }

        for (int i = 0; i < e.CertificationInfo.Count; i++)
            Certifications.Add(new CertificationRow(ev, i, e.CertificationInfo[i]));

        var fields = new FieldWriter(this, ev);
        fields.AddAll("extension", e.Extensions, null, null);
        if (e.Ilmd is not null) fields.AddAll("ilmd", e.Ilmd, null, null);
        if (e.ReadPoint is not null) fields.AddAll("read_point", e.ReadPoint.Extensions, null, null);
        if (e.BizLocation is not null) fields.AddAll("biz_location", e.BizLocation.Extensions, null, null);
        if (e.ErrorDeclaration is { } err)
        {
            for (int i = 0; i < err.CorrectiveEventIds.Count; i++)
                CorrectiveEvents.Add(new CorrectiveEventRow(ev, i, err.CorrectiveEventIds[i]));
            fields.AddAll("error_declaration", err.Extensions, null, null);
        }

        for (int s = 0; s < e.SensorElementList.Count; s++)
        {
            SensorElement se = e.SensorElementList[s];
            SensorMetadata? m = se.Metadata;
            SensorElements.Add(new SensorElementRow(ev, s, m?.Time, m?.StartTime, m?.EndTime, m?.DeviceId,
                m?.DeviceMetadata, m?.RawData, m?.DataProcessingMethod, m?.BizRules));
            fields.AddAll("sensor_element", se.Extensions, s, null);
            if (m is not null) fields.AddAll("sensor_metadata", m.Extensions, s, null);
            for (int r = 0; r < se.Reports.Count; r++)
            {
                SensorReport x = se.Reports[r];
                SensorReports.Add(new SensorReportRow(ev, s, r, x.Type, x.Exception, x.DeviceId, x.DeviceMetadata,
                    x.RawData, x.DataProcessingMethod, x.BizRules, x.Time, x.Microorganism, x.ChemicalSubstance,
                    x.Value, x.Component, x.StringValue, x.BooleanValue, x.HexBinaryValue, x.UriValue, x.MinValue,
                    x.MaxValue, x.MeanValue, x.SDev, x.PercRank, x.PercValue, x.Uom, x.CoordinateReferenceSystem));
                fields.AddAll("sensor_report", x.Extensions, s, r);
            }
        }
    }

    private void AddEpcs(int ev, string role, List<string>? epcs, ref int ordinal)
    {
        if (epcs is null) return;
        foreach (string epc in epcs) Identifiers.Add(new IdentifierRow(ev, ordinal++, role, DigitalLink.Canonical(epc), null, null));
    }

    private void AddClasses(int ev, string role, List<QuantityElement> classes, ref int ordinal)
    {
        foreach (var q in classes)
            Identifiers.Add(new IdentifierRow(ev, ordinal++, role, DigitalLink.Canonical(q.EpcClass), q.Quantity is { } d ? (double)d : null, q.Uom));
    }

    private static string? Canon(string? id) => id is null ? null : DigitalLink.Canonical(id);

    /// <summary>Numeric value of a leaf, when its text is a finite number (whatever type the sender declared).</summary>
    internal static double? Number(string? text) =>
        text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && double.IsFinite(d) ? d : null;

    /// <summary>Time value of a leaf, when its text is an xsd:dateTime with a zone (<c>2024-01-01T10:00:00Z</c>, <c>…+02:00</c>).</summary>
    internal static DateTimeOffset? Time(string? text)
    {
        if (text is null || text.Length < 20 || text[4] != '-' || text[10] != 'T') return null;
        char last = text[^1];
        bool zoned = last is 'Z' or 'z' || (text.Length >= 25 && text[^3] == ':' && text[^6] is '+' or '-');
        if (!zoned) return null;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var t) ? t : null;
    }

    /// <summary>Walks extension trees depth first, numbering rows per event.</summary>
    private sealed class FieldWriter(EventRowSet set, int ev)
    {
        private int _ordinal;

        public void AddAll(string scope, List<ExtensionNode> nodes, int? sensor, int? report)
        {
            foreach (var node in nodes) Add(scope, node, null, 0, sensor, report);
        }

        private void Add(string scope, ExtensionNode node, int? parent, int depth, int? sensor, int? report)
        {
            int me = _ordinal++;
            string? text = node.IsComplex ? null : node.Value;
            set.Fields.Add(new FieldRow(ev, me, scope, parent, depth, node.Namespace, node.Name, text,
                node.Kind == ExtensionValueKind.Boolean ? null : Number(text), Time(text), sensor, report));
            foreach (var child in node.Children) Add(scope, child, me, depth + 1, sensor, report);
        }
    }
}
