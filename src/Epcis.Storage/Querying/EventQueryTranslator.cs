using System.Globalization;
using System.Text;
using Epcis.Query;
using Epcis.Query.Rewriting;

namespace Epcis.Storage.Querying;

/// <summary>
/// Turns an <see cref="EventQuery"/> into SQL over the schema of <c>src/Epcis.Storage/README.md</c>: one fragment per
/// node, every query value a parameter (only schema constants such as role names are literals), child tables through
/// <c>e.id IN (SELECT event_key …)</c> semi-joins so that the child table's value index drives the lookup, keyset pages on
/// (order key, e.id). Spelling differences live in the <see cref="SqlDialect"/>.
/// </summary>
public sealed class EventQueryTranslator(SqlDialect dialect)
{
    /// <summary>The columns a page returns, in reader order.</summary>
    public const string Columns = "e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time";

    /// <summary>Reader ordinal of the order key (eventTime or recordTime) in <see cref="Columns"/>.</summary>
    public static int OrderKeyOrdinal(EventQuery query) => query.OrderBy == Fields.RecordTime ? 4 : 6;

    /// <summary>Descendant depth limit of <c>WD_</c> (master-data hierarchies deeper than this are cut; it also stops cycles).</summary>
    public const int MaxHierarchyDepth = 32;

    public SqlDialect Dialect => dialect;

    /// <summary>Reader ordinal of the sort value of an <c>orderBy</c> extension field (after <see cref="Columns"/>).</summary>
    public const int FieldSortOrdinal = 7;

    /// <summary>
    /// One page: at most <paramref name="limit"/> events after <paramref name="after"/>, in the query's order.
    /// <paramref name="fieldKind"/> is how an <c>orderBy</c> extension field compares (<see cref="FieldSortKindProbe"/>);
    /// a position that carries a kind wins, so that a walk keeps the kind of its first page.
    /// </summary>
    public SqlStatement Page(EventQuery query, QueryPosition? after, int limit, FieldSortKind fieldKind = FieldSortKind.Number)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.OrderField is { } field) return FieldPage(query, field, after?.Kind ?? fieldKind, after, limit);
        var b = new Builder(dialect);
        string where = b.Render(query.Filter);
        var (key, descending) = Order(query);
        if (after is not null)
        {
            string k = b.Param(dialect.TimeValue(new DateTimeOffset(after.OrderTicks, TimeSpan.Zero)));
            string id = b.Param(after.Id);
            string keyset = dialect.After(key, "e.id", descending, k, id);
            where = where.Length == 0 ? keyset : where + " AND " + keyset;
        }
        string dir = descending ? " DESC" : "";
        string limitParam = b.Param(limit);
        string select = dialect.Select(Columns, "events e" + (where.Length == 0 ? "" : " WHERE " + where), $"{key}{dir}, e.id{dir}", limitParam);
        return b.Finish(select);
    }

    /// <summary>
    /// A page ordered by an extension field: each event's least value of the field (of the kind's column) joined by key,
    /// events without one last in both directions (a CASE flag, the same on every database: SQLite and PostgreSQL would
    /// otherwise put NULLs at different ends), then the value, then e.id. The keyset resumes after (flag, value, id).
    /// </summary>
    private SqlStatement FieldPage(EventQuery query, ExtensionField field, FieldSortKind kind, QueryPosition? after, int limit)
    {
        var b = new Builder(dialect);
        string where = b.Render(query.Filter);
        string column = kind switch { FieldSortKind.Number => "f.numeric_value", FieldSortKind.Time => "f.time_value", _ => "f.text_value" };
        string from = $"events e LEFT JOIN (SELECT f.event_key, MIN({column}) AS v FROM event_fields f WHERE {FieldHead(b, field)} AND {column} IS NOT NULL GROUP BY f.event_key) o ON o.event_key = e.id";
        bool descending = query.Descending;
        string op = descending ? "<" : ">";
        if (after is not null)
        {
            string keyset;
            if (after.Value is null)
            {
                keyset = $"(o.v IS NULL AND e.id {op} {b.Param(after.Id)})";
            }
            else
            {
                object value = kind switch
                {
                    FieldSortKind.Number => double.Parse(after.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
                    FieldSortKind.Time => dialect.TimeValue(new DateTimeOffset(long.Parse(after.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), TimeSpan.Zero)),
                    _ => after.Value,
                };
                string v = b.Param(value);
                keyset = $"(o.v {op} {v} OR (o.v = {v} AND e.id {op} {b.Param(after.Id)}) OR o.v IS NULL)";
            }
            where = where.Length == 0 ? keyset : where + " AND " + keyset;
        }
        string dir = descending ? " DESC" : "";
        string limitParam = b.Param(limit);
        string select = dialect.Select(Columns + ", o.v", from + (where.Length == 0 ? "" : " WHERE " + where),
            $"CASE WHEN o.v IS NULL THEN 1 ELSE 0 END, o.v{dir}, e.id{dir}", limitParam);
        return b.Finish(select);
    }

    /// <summary>
    /// How an <c>orderBy</c> extension field compares, as a number 0/1/2 (<see cref="FieldSortKind"/>): Number when any
    /// stored top-level value of the field is a number, else Time when any is a time, else Text. Two index probes.
    /// </summary>
    public SqlStatement FieldSortKindProbe(ExtensionField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var b = new Builder(dialect);
        string head = FieldHead(b, field);
        return b.Finish($"SELECT CASE WHEN EXISTS (SELECT 1 FROM event_fields f WHERE {head} AND f.numeric_value IS NOT NULL) THEN 0 "
            + $"WHEN EXISTS (SELECT 1 FROM event_fields f WHERE {head} AND f.time_value IS NOT NULL) THEN 1 ELSE 2 END");
    }

    private static string FieldHead(Builder b, ExtensionField f) =>
        $"f.namespace = {b.Param(f.Namespace)} AND f.local_name = {b.Param(f.Name)} AND f.scope = '{f.Scope}' AND f.depth {(f.Inner ? ">" : "=")} 0";

    /// <summary>Counts matching events, stopping at <paramref name="atMost"/> (for maxEventCount: ask for max + 1).</summary>
    public SqlStatement Count(EventQuery query, int atMost)
    {
        ArgumentNullException.ThrowIfNull(query);
        var b = new Builder(dialect);
        string where = b.Render(query.Filter);
        string limitParam = b.Param(atMost);
        string inner = dialect.Select("e.id", "events e" + (where.Length == 0 ? "" : " WHERE " + where), "", limitParam);
        return b.Finish($"SELECT COUNT(*) FROM ({inner}) q");
    }

    private static (string Key, bool Descending) Order(EventQuery q) => q.OrderBy switch
    {
        null => ("e.event_time", false),
        Fields.EventTime => ("e.event_time", q.Descending),
        Fields.RecordTime => ("e.record_time", q.Descending),
        _ => throw new NotSupportedException($"ordering by {q.OrderBy} is not supported"),
    };

    /// <summary>Accumulates parameters and CTEs while rendering one statement.</summary>
    private sealed class Builder(SqlDialect d)
    {
        private readonly List<KeyValuePair<string, object?>> _parameters = [];
        private readonly List<string> _ctes = [];

        public string Param(object? value)
        {
            string name = "@p" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
            _parameters.Add(new(name[1..], value));
            return name;
        }

        public SqlStatement Finish(string select)
        {
            string text = _ctes.Count == 0 ? select : d.WithRecursive + " " + string.Join(", ", _ctes) + " " + select;
            return new SqlStatement(text, _parameters);
        }

        /// <summary>The WHERE condition of a filter, or "" when it keeps every event.</summary>
        public string Render(QueryExpression node) => node switch
        {
            AllOf { Children.Count: 0 } => "",
            AllOf a => string.Join(" AND ", a.Children.Select(c => c is AllOf { Children.Count: 0 } ? "1 = 1" : Render(c))),
            AnyOf o => "(" + string.Join(" OR ", o.Children.Select(Render)) + ")",
            In i => RenderIn(i),
            Compare c => RenderCompare(c),
            Exists x => x.Field switch
            {
                Fields.ErrorDeclaration => $"e.has_error_declaration = {d.TrueLiteral}",
                Fields.SensorElementList => "EXISTS (SELECT 1 FROM event_sensor_elements se WHERE se.event_key = e.id)",
                _ => throw Unknown(x.Field),
            },
            Match m => RenderMatch(m),
            WithDescendants w => RenderDescendants(w),
            HasAttr h => KeyIn(h.Field, h.Extension, () => $"SELECT a.element_key FROM vocabulary_attributes a WHERE {InList("a.attribute_id", h.Attributes)}"),
            EqAttr q => KeyIn(q.Field, q.Extension, () => $"SELECT a.element_key FROM vocabulary_attributes a WHERE a.attribute_id = {Param(q.Attribute)} AND {InList("a.value", q.Values)}"),
            FieldCompare f => FieldRows(f.Field, () => FieldValue(f)),
            FieldExists f => FieldRows(f.Field, null),
            _ => throw new NotSupportedException($"no SQL for {node.GetType().Name}"),
        };

        private string InList(string column, IReadOnlyList<string> values) =>
            values.Count == 1 ? $"{column} = {Param(values[0])}" : $"{column} IN ({string.Join(", ", values.Select(v => Param(v)))})";

        private static string EventColumn(string field) => field switch
        {
            Fields.EventType => "e.event_type",
            Fields.Action => "e.action",
            Fields.BizStep => "e.biz_step",
            Fields.Disposition => "e.disposition",
            Fields.ReadPoint => "e.read_point",
            Fields.BizLocation => "e.biz_location",
            Fields.TransformationId => "e.transformation_id",
            Fields.EventId => "e.event_id",
            Fields.ErrorReason => "e.error_reason",
            Fields.EventTime => "e.event_time",
            Fields.RecordTime => "e.record_time",
            Fields.ErrorDeclarationTime => "e.error_declaration_time",
            _ => throw Unknown(field),
        };

        private static string Literal(string schemaConstant) => "'" + schemaConstant + "'";

        private string RenderIn(In i) => i.Field switch
        {
            Fields.PersistentDisposition =>
                $"e.id IN (SELECT pd.event_key FROM event_persistent_dispositions pd WHERE pd.kind = {Literal(i.Qualifier == "unset" ? "unset" : "set")} AND {InList("pd.disposition", i.Values)})",
            Fields.BizTransaction =>
                $"e.id IN (SELECT bt.event_key FROM event_biz_transactions bt WHERE bt.type = {Param(i.Qualifier)} AND {InList("bt.value", i.Values)})",
            Fields.Source or Fields.Destination =>
                $"e.id IN (SELECT sd.event_key FROM event_sources_destinations sd WHERE sd.kind = {Literal(i.Field)} AND sd.type = {Param(i.Qualifier)} AND {InList("sd.value", i.Values)})",
            Fields.CorrectiveEventId =>
                $"e.id IN (SELECT ce.event_key FROM event_corrective_ids ce WHERE {InList("ce.corrective_event_id", i.Values)})",
            Fields.SensorType => Reports(InList("sr.type", i.Values)),
            Fields.SensorMicroorganism => Reports(InList("sr.microorganism", i.Values)),
            Fields.SensorChemicalSubstance => Reports(InList("sr.chemical_substance", i.Values)),
            Fields.SensorStringValue => Reports(InList("sr.string_value", i.Values)),
            Fields.SensorHexBinaryValue => Reports(InList("sr.hex_binary_value", i.Values)),
            Fields.SensorUriValue => Reports(InList("sr.uri_value", i.Values)),
            Fields.SensorDeviceId => MetadataOrReports("device_id", i.Values),
            Fields.SensorDataProcessingMethod => MetadataOrReports("data_processing_method", i.Values),
            Fields.SensorBizRules => MetadataOrReports("biz_rules", i.Values),
            _ => InList(EventColumn(i.Field), i.Values),
        };

        /// <summary>
        /// The event has a value of the vocabulary-typed field among the master-data keys the subquery selects
        /// (<c>vocabulary_elements.element_key</c>: canonical identifiers, bare CBV words; see RelationalEpcisStore).
        /// </summary>
        private string KeyIn(string field, ExtensionField? extension, Func<string> keys) => field switch
        {
            Fields.EpcClass => $"e.id IN (SELECT i.event_key FROM event_identifiers i WHERE i.role IN ('class', 'child_class', 'input_class', 'output_class') AND i.value IN ({keys()}))",
            Fields.BizTransaction => $"e.id IN (SELECT bt.event_key FROM event_biz_transactions bt WHERE bt.value IN ({keys()}))",
            Fields.BizTransactionType => $"e.id IN (SELECT bt.event_key FROM event_biz_transactions bt WHERE bt.type IN ({keys()}))",
            Fields.Source or Fields.Destination => $"e.id IN (SELECT sd.event_key FROM event_sources_destinations sd WHERE sd.kind = {Literal(field)} AND sd.value IN ({keys()}))",
            Fields.SourceType => $"e.id IN (SELECT sd.event_key FROM event_sources_destinations sd WHERE sd.kind = 'source' AND sd.type IN ({keys()}))",
            Fields.DestinationType => $"e.id IN (SELECT sd.event_key FROM event_sources_destinations sd WHERE sd.kind = 'destination' AND sd.type IN ({keys()}))",
            Fields.Extension when extension is not null => FieldRows(extension, () => $"f.text_value IN ({keys()})"),
            _ => $"{EventColumn(field)} IN ({keys()})",
        };

        private static string Reports(string condition) => $"e.id IN (SELECT sr.event_key FROM event_sensor_reports sr WHERE {condition})";

        private static string Metadata(string condition) => $"e.id IN (SELECT se.event_key FROM event_sensor_elements se WHERE {condition})";

        /// <summary>Attributes that sit on sensorMetadata or sensorReport match on either (TCR-53 step 28).</summary>
        private string MetadataOrReports(string column, IReadOnlyList<string> values) =>
            $"({Metadata(InList("se." + column, values))} OR {Reports(InList("sr." + column, values))})";

        private static string Op(CompareOp op) => op switch
        {
            CompareOp.Eq => "=",
            CompareOp.Gt => ">",
            CompareOp.Ge => ">=",
            CompareOp.Lt => "<",
            _ => "<=",
        };

        private object? Value(object v) => v is DateTimeOffset t ? d.TimeValue(t) : v is bool b ? d.BoolValue(b) : v;

        private string RenderCompare(Compare c)
        {
            string op = Op(c.Op);
            switch (c.Field)
            {
                case Fields.EventTime or Fields.RecordTime or Fields.ErrorDeclarationTime:
                    return $"{EventColumn(c.Field)} {op} {Param(Value(c.Value))}";
                case Fields.SensorTime:
                    return $"({Metadata($"se.time {op} {Param(Value(c.Value))}")} OR {Reports($"sr.time {op} {Param(Value(c.Value))}")})";
                case Fields.SensorStartTime:
                    return Metadata($"se.start_time {op} {Param(Value(c.Value))}");
                case Fields.SensorEndTime:
                    return Metadata($"se.end_time {op} {Param(Value(c.Value))}");
                case Fields.SensorBooleanValue:
                    return Reports($"sr.boolean_value = {Param(Value(c.Value))}");
                case Fields.SensorPercRank:
                    return Reports($"sr.perc_rank {op} {Param(c.Value)}");
                case Fields.Quantity:
                    return "e.id IN (SELECT q.event_key FROM event_identifiers q WHERE q.role IN ('class', 'child_class', 'input_class', 'output_class') AND "
                        + (c.Uom is null ? $"q.quantity {op} {Param(c.Value)}" : Converted("q.uom", "q.quantity", c)) + ")";
                default:
                    string column = c.Field switch
                    {
                        Fields.SensorValue => "sr.value",
                        Fields.SensorMinValue => "sr.min_value",
                        Fields.SensorMaxValue => "sr.max_value",
                        Fields.SensorMeanValue => "sr.mean_value",
                        Fields.SensorSDev => "sr.sdev",
                        Fields.SensorPercValue => "sr.perc_value",
                        _ => throw Unknown(c.Field),
                    };
                    return Reports(Converted("sr.uom", column, c));
            }
        }

        /// <summary>One alternative per unit of the same kind, the threshold converted into that unit (EQ_ across units: within a relative 1e-9).</summary>
        private string Converted(string uomColumn, string valueColumn, Compare c)
        {
            string uom = c.Uom!;
            double t = Convert.ToDouble(c.Value, CultureInfo.InvariantCulture);
            var alternatives = new List<string>();
            foreach (string unit in Units.SameKind(uom))
            {
                double tu = Units.IsKnown(uom) ? Units.Convert(t, uom, unit) : t;
                if (c.Op == CompareOp.Eq && unit != uom)
                {
                    double eps = Units.Tolerance(tu);
                    alternatives.Add($"({uomColumn} = {Param(unit)} AND {valueColumn} >= {Param(tu - eps)} AND {valueColumn} <= {Param(tu + eps)})");
                }
                else
                {
                    alternatives.Add($"({uomColumn} = {Param(unit)} AND {valueColumn} {Op(c.Op)} {Param(tu)})");
                }
            }
            return alternatives.Count == 1 ? alternatives[0] : "(" + string.Join(" OR ", alternatives) + ")";
        }

        private static string[] Roles(string target) => target switch
        {
            "epc" => ["epc", "child"],
            "parentID" => ["parent"],
            "inputEPC" => ["input"],
            "outputEPC" => ["output"],
            "anyEPC" => ["parent", "epc", "child", "input", "output"],
            "epcClass" => ["class", "child_class"],
            "inputEPCClass" => ["input_class"],
            "outputEPCClass" => ["output_class"],
            "anyEPCClass" => ["class", "child_class", "input_class", "output_class"],
            _ => throw Unknown(target),
        };

        private string RenderMatch(Match m)
        {
            var shapes = m.Values.SelectMany(IdentifierShapes.Of).Distinct(StringComparer.Ordinal).ToList();
            var exact = shapes.Where(IdentifierShapes.IsExact).ToList();
            var conditions = new List<string>();
            if (exact.Count > 0) conditions.Add(InList("i.value", exact));
            foreach (string shape in shapes.Where(s => !IdentifierShapes.IsExact(s)))
            {
                string prefix = IdentifierShapes.LiteralPrefix(shape);
                string range = $"i.value >= {Param(prefix)} AND i.value < {Param(IdentifierShapes.UpperBound(prefix))}";
                if (IdentifierShapes.IsPrefixOnly(shape))
                {
                    conditions.Add($"({range})");
                }
                else
                {
                    var (template, pattern) = d.PatternMatch(shape);
                    conditions.Add($"({range} AND {string.Format(CultureInfo.InvariantCulture, template, "i.value", Param(pattern))})");
                }
            }
            string valueCondition = conditions.Count == 1 ? conditions[0] : "(" + string.Join(" OR ", conditions) + ")";
            var roles = Roles(m.Target);
            string roleCondition = roles.Length == 1 ? $"i.role = {Literal(roles[0])}" : $"i.role IN ({string.Join(", ", roles.Select(Literal))})";
            return $"e.id IN (SELECT i.event_key FROM event_identifiers i WHERE {valueCondition} AND {roleCondition})";
        }

        private string RenderDescendants(WithDescendants w)
        {
            string name = "wd" + _ctes.Count.ToString(CultureInfo.InvariantCulture);
            var sb = new StringBuilder($"{name} (k, d) AS (");
            foreach (string root in w.Values) sb.Append($"SELECT {d.KeyAnchor(Param(root))}, 0 UNION ALL ");
            sb.Append($"SELECT c.child_key, w.d + 1 FROM vocabulary_children c JOIN {name} w ON c.element_key = w.k WHERE w.d < {MaxHierarchyDepth})");
            _ctes.Add(sb.ToString());
            return $"{EventColumn(w.Field)} IN (SELECT {name}.k FROM {name})";
        }

        private string FieldValue(FieldCompare f) => f.Value switch
        {
            string s => $"f.text_value = {Param(s)}",
            double n => $"f.numeric_value {Op(f.Op)} {Param(n)}",
            DateTimeOffset t => $"f.time_value {Op(f.Op)} {Param(d.TimeValue(t))}",
            _ => throw new NotSupportedException($"extension value {f.Value.GetType().Name}"),
        };

        private string FieldRows(ExtensionField f, Func<string>? valueCondition)
        {
            string head = $"e.id IN (SELECT f.event_key FROM event_fields f WHERE f.namespace = {Param(f.Namespace)} AND f.local_name = {Param(f.Name)} AND f.scope = {Literal(f.Scope)} AND f.depth {(f.Inner ? ">" : "=")} 0";
            return head + (valueCondition is null ? "" : " AND " + valueCondition()) + ")";
        }

        private static NotSupportedException Unknown(string field) => new($"no SQL for the field {field}");
    }
}
