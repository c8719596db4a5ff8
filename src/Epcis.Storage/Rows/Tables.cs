namespace Epcis.Storage.Rows;

/// <summary>The storage type of a column, which each bulk writer maps to its database's type.</summary>
internal enum ColumnKind { BigInt, Int, Text, Double, Bool, Time }

internal sealed record Column(string Name, ColumnKind Kind);

/// <summary>A table the bulk writers fill: its columns and how a row becomes values (times as DateTimeOffset?).</summary>
internal interface ITable
{
    string Name { get; }
    IReadOnlyList<Column> Columns { get; }

    /// <summary>How many rows of this table the set holds.</summary>
    int Count(EventRowSet rows);

    /// <summary>Fills <paramref name="values"/> (one per column) with row <paramref name="index"/>.</summary>
    void Fill(EventRowSet rows, int index, long[] keys, object?[] values);
}

internal sealed class Table<TRow>(string name, Func<EventRowSet, List<TRow>> select, Column[] columns, Action<TRow, int, long[], object?[]> fill) : ITable
{
    public string Name => name;
    public IReadOnlyList<Column> Columns => columns;
    public int Count(EventRowSet rows) => select(rows).Count;
    public void Fill(EventRowSet rows, int index, long[] keys, object?[] values) => fill(select(rows)[index], index, keys, values);
}

/// <summary>Every table a capture writes, in write order, with its column list (one definition for all providers).</summary>
internal static class Tables
{
    private static Column Key => new("event_key", ColumnKind.BigInt);
    private static Column Int(string n) => new(n, ColumnKind.Int);
    private static Column Text(string n) => new(n, ColumnKind.Text);
    private static Column Real(string n) => new(n, ColumnKind.Double);
    private static Column Bool(string n) => new(n, ColumnKind.Bool);
    private static Column Time(string n) => new(n, ColumnKind.Time);

    public static readonly ITable Events = new Table<EventRow>("events", s => s.Events,
        [new("id", ColumnKind.BigInt), Text("event_id"), Text("hash_id"), Text("event_type"), Time("event_time"), Text("event_time_offset"),
         Time("record_time"), Text("action"), Text("biz_step"), Text("disposition"), Text("read_point"), Text("biz_location"),
         Text("transformation_id"), Bool("has_error_declaration"), Time("error_declaration_time"), Text("error_reason"),
         Text("capture_id"), Text("owner"), Text("body")],
        (r, i, k, v) => { v[0] = k[i]; v[1] = r.EventId; v[2] = r.HashId; v[3] = r.EventType; v[4] = r.EventTime; v[5] = r.EventTimeOffset;
            v[6] = r.RecordTime; v[7] = r.Action; v[8] = r.BizStep; v[9] = r.Disposition; v[10] = r.ReadPoint; v[11] = r.BizLocation;
            v[12] = r.TransformationId; v[13] = r.HasErrorDeclaration; v[14] = r.ErrorDeclarationTime; v[15] = r.ErrorReason;
            v[16] = r.CaptureId; v[17] = r.Owner; v[18] = r.Body; });

    public static readonly ITable Identifiers = new Table<IdentifierRow>("event_identifiers", s => s.Identifiers,
        [Key, Int("ordinal"), Text("role"), Text("value"), Real("quantity"), Text("uom")],
        (r, i, k, v) => { v[0] = k[r.Event]; v[1] = r.Ordinal; v[2] = r.Role; v[3] = r.Value; v[4] = r.Quantity; v[5] = r.Uom; });

    public static readonly ITable BizTransactions = new Table<BizTransactionRow>("event_biz_transactions", s => s.BizTransactions,
        [Key, Int("ordinal"), Text("type"), Text("value")],
        (r, i, k, v) => { v[0] = k[r.Event]; v[1] = r.Ordinal; v[2] = r.Type; v[3] = r.Value; });

    public static readonly ITable SourcesDestinations = new Table<SourceDestinationRow>("event_sources_destinations", s => s.SourcesDestinations,
        [Key, Int("ordinal"), Text("kind"), Text("type"), Text("value")],
        (r, i, k, v) => { v[0] = k[r.Event]; v[1] = r.Ordinal; v[2] = r.Kind; v[3] = r.Type; v[4] = r.Value; });

    public static readonly ITable CorrectiveEvents = new Table<CorrectiveEventRow>("event_corrective_ids", s => s.CorrectiveEvents,
        [Key, Int("ordinal"), Text("corrective_event_id")],
        (r, i, k, v) => { v[0] = k[r.Event]; v[1] = r.Ordinal; v[2] = r.CorrectiveEventId; });

    public static readonly ITable PersistentDispositions = new Table<PersistentDispositionRow>("event_persistent_dispositions", s => s.PersistentDispositions,
        [Key, Int("ordinal"), Text("kind"), Text("disposition")],
        (r, i, k, v) => { v[0] = k[r.Event]; v[1] = r.Ordinal; v[2] = r.Kind; v[3] = r.Disposition; });

    public static readonly ITable Certifications = new Table<CertificationRow>("event_certifications", s => s.Certifications,
        [Key, Int("ordinal"), Text("certification_info")],
        (r, i, k, v) => { v[0] = k[r.Event]; v[1] = r.Ordinal; v[2] = r.CertificationInfo; });

    public static readonly ITable SensorElements = new Table<SensorElementRow>("event_sensor_elements", s => s.SensorElements,
        [Key, Int("sensor_index"), Time("time"), Time("start_time"), Time("end_time"), Text("device_id"), Text("device_metadata"),
         Text("raw_data"), Text("data_processing_method"), Text("biz_rules")],
        (r, i, k, v) => { v[0] = k[r.Event]; v[1] = r.SensorIndex; v[2] = r.Time; v[3] = r.StartTime; v[4] = r.EndTime; v[5] = r.DeviceId;
            v[6] = r.DeviceMetadata; v[7] = r.RawData; v[8] = r.DataProcessingMethod; v[9] = r.BizRules; });

    public static readonly ITable SensorReports = new Table<SensorReportRow>("event_sensor_reports", s => s.SensorReports,
        [Key, Int("sensor_index"), Int("report_index"), Text("type"), Text("exception"), Text("device_id"), Text("device_metadata"),
         Text("raw_data"), Text("data_processing_method"), Text("biz_rules"), Time("time"), Text("microorganism"),
         Text("chemical_substance"), Real("value"), Text("component"), Text("string_value"), Bool("boolean_value"),
         Text("hex_binary_value"), Text("uri_value"), Real("min_value"), Real("max_value"), Real("mean_value"), Real("sdev"),
         Real("perc_rank"), Real("perc_value"), Text("uom"), Text("coordinate_reference_system")],
        (r, i, k, v) => { v[0] = k[r.Event]; v[1] = r.SensorIndex; v[2] = r.ReportIndex; v[3] = r.Type; v[4] = r.Exception; v[5] = r.DeviceId;
            v[6] = r.DeviceMetadata; v[7] = r.RawData; v[8] = r.DataProcessingMethod; v[9] = r.BizRules; v[10] = r.Time;
            v[11] = r.Microorganism; v[12] = r.ChemicalSubstance; v[13] = r.Value; v[14] = r.Component; v[15] = r.StringValue;
            v[16] = r.BooleanValue; v[17] = r.HexBinaryValue; v[18] = r.UriValue; v[19] = r.MinValue; v[20] = r.MaxValue;
            v[21] = r.MeanValue; v[22] = r.SDev; v[23] = r.PercRank; v[24] = r.PercValue; v[25] = r.Uom; v[26] = r.CoordinateReferenceSystem; });

    public static readonly ITable Fields = new Table<FieldRow>("event_fields", s => s.Fields,
        [Key, Int("ordinal"), Text("scope"), Int("parent_ordinal"), Int("depth"), Text("namespace"), Text("local_name"),
         Text("text_value"), Real("numeric_value"), Time("time_value"), Int("sensor_index"), Int("report_index")],
        (r, i, k, v) => { v[0] = k[r.Event]; v[1] = r.Ordinal; v[2] = r.Scope; v[3] = r.ParentOrdinal; v[4] = r.Depth; v[5] = r.Namespace;
            v[6] = r.LocalName; v[7] = r.TextValue; v[8] = r.NumericValue; v[9] = r.TimeValue; v[10] = r.SensorIndex; v[11] = r.ReportIndex; });

    /// <summary>All tables; <see cref="Events"/> first. Its id column is filled from the reserved keys by the writer.</summary>
    public static readonly IReadOnlyList<ITable> All =
        [Events, Identifiers, BizTransactions, SourcesDestinations, CorrectiveEvents, PersistentDispositions, Certifications,
         SensorElements, SensorReports, Fields];
}
