using Epcis.Model.Events;
using Epcis.Model.Identifiers;
using Epcis.Model.MasterData;
using Epcis.Model.Vocabulary;
using Epcis.Query;
using Epcis.Query.Rewriting;
using Epcis.Storage.Rows;

namespace Epcis.Storage.Tests.Oracle;

/// <summary>
/// A plain in-memory evaluation of a query tree over events and master data: what every database must return.
/// It reads the model directly (no rows, no SQL); only identifier canonicalisation, EPC pattern matching
/// (<see cref="EpcPattern.Matches(string, string)"/>) and the unit table are shared with the engine.
/// </summary>
public sealed class ReferenceEvaluator
{
    private readonly Dictionary<string, List<string>> _children = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<MasterDataAttribute>> _attributes = new(StringComparer.Ordinal);

    public ReferenceEvaluator(IEnumerable<MasterVocabulary> masterData)
    {
        // Capture replaces an element's attributes and children: the last capture of (type, id) wins.
        var latest = new Dictionary<(string, string), VocabularyElement>();
        foreach (var v in masterData)
            foreach (var el in v.Elements)
                latest[(v.Type, Key(v.Type, el.Id))] = el;
        foreach (var ((_, key), el) in latest)
        {
            if (!_children.TryGetValue(key, out var kids)) _children[key] = kids = [];
            kids.AddRange((el.Children ?? []).Select(DigitalLink.Canonical));
            if (!_attributes.TryGetValue(key, out var attrs)) _attributes[key] = attrs = [];
            attrs.AddRange(el.Attributes);
        }
    }

    /// <summary>How events hold a vocabulary element's value: bare CBV words for CBV vocabularies, else canonical identifiers.</summary>
    private static string Key(string type, string id) => type switch
    {
        "urn:epcglobal:epcis:vtype:BusinessStep" => Cbv.Normalise(CbvKind.BizStep, id),
        "urn:epcglobal:epcis:vtype:Disposition" => Cbv.Normalise(CbvKind.Disposition, id),
        "urn:epcglobal:epcis:vtype:BusinessTransactionType" => Cbv.Normalise(CbvKind.BizTransactionType, id),
        "urn:epcglobal:epcis:vtype:SourceDestType" => Cbv.Normalise(CbvKind.SourceDestType, id),
        _ => DigitalLink.Canonical(id),
    };

    /// <summary>The events the filter keeps, in the query's order (ties in input order).</summary>
    public IReadOnlyList<EpcisEvent> Run(EventQuery query, IEnumerable<EpcisEvent> events)
    {
        if (query.OrderField is { } field)
        {
            var all = events.ToList();
            var sorted = ByField(field, all, query.Descending).Select(x => x.Event).Where(e => Holds(query.Filter, e)).ToList();
            return query.EventCountLimit is { } limit ? sorted.Take(limit).ToList() : sorted;
        }
        var kept = events.Where(e => Holds(query.Filter, e));
        Func<EpcisEvent, DateTimeOffset> key = query.OrderBy == Fields.RecordTime ? e => e.RecordTime!.Value : e => e.EventTime;
        var ordered = query.OrderBy is not null && query.Descending ? kept.OrderByDescending(key).ToList() : kept.OrderBy(key).ToList();
        return query.EventCountLimit is { } n ? ordered.Take(n).ToList() : ordered;
    }

    /// <summary>
    /// orderBy an extension field: numbers if any event has a numeric value of it, else times if any has a time, else text
    /// (ordinal); each event's least value; events without one last, in input order (ascending) or reversed (descending),
    /// like the store's key order. The kind is decided over all <paramref name="events"/>, as the store decides it over all rows.
    /// </summary>
    public static List<(EpcisEvent Event, IComparable? Value)> ByField(ExtensionField field, IReadOnlyList<EpcisEvent> events, bool descending)
    {
        var texts = events.Select(e => Nodes(e, field).Where(n => !n.IsComplex).ToList()).ToList();
        bool numbers = texts.Any(l => l.Any(n => n.Kind != ExtensionValueKind.Boolean && EventRowSet.Number(n.Value) is not null));
        bool times = !numbers && texts.Any(l => l.Any(n => EventRowSet.Time(n.Value) is not null));
        IComparable? Least(List<ExtensionNode> nodes)
        {
            IEnumerable<IComparable> values = numbers ? nodes.Where(n => n.Kind != ExtensionValueKind.Boolean).Select(n => EventRowSet.Number(n.Value)).OfType<double>().Cast<IComparable>()
                : times ? nodes.Select(n => EventRowSet.Time(n.Value)).OfType<DateTimeOffset>().Cast<IComparable>()
                : nodes.Select(n => n.Value).OfType<string>().Select(t => (IComparable)new Ordinal(t));
            return values.Order().FirstOrDefault();
        }
        var keyed = events.Select((e, i) => (Event: e, Index: i, Value: Least(texts[i]))).ToList();
        var withValue = keyed.Where(x => x.Value is not null);
        var ordered = descending
            ? withValue.OrderByDescending(x => x.Value).ThenByDescending(x => x.Index)
            : withValue.OrderBy(x => x.Value).ThenBy(x => x.Index);
        var missing = keyed.Where(x => x.Value is null);
        missing = descending ? missing.OrderByDescending(x => x.Index) : missing.OrderBy(x => x.Index);
        return ordered.Concat(missing).Select(x => (x.Event, x.Value)).ToList();
    }

    /// <summary>Text compared by code point (UTF-8 byte order for the BMP), as the databases' binary collations compare it.</summary>
    private sealed record Ordinal(string Text) : IComparable
    {
        public int CompareTo(object? obj) => string.CompareOrdinal(Text, ((Ordinal)obj!).Text);

        public override string ToString() => Text;
    }

    public bool Holds(QueryExpression node, EpcisEvent e) => node switch
    {
        AllOf a => a.Children.All(c => Holds(c, e)),
        AnyOf o => o.Children.Any(c => Holds(c, e)),
        In i => InHolds(i, e),
        Compare c => CompareHolds(c, e),
        Exists x => x.Field == Fields.ErrorDeclaration ? e.ErrorDeclaration is not null : e.SensorElementList.Count > 0,
        Match m => Identifiers(e, m.Target).Any(id => m.Values.Any(v => Matches(v, id))),
        WithDescendants w => Descendants(w.Values).Contains(Column(e, w.Field) ?? "\0"),
        HasAttr h => AttributeKeys(e, h.Field, h.Extension).Any(k => _attributes.TryGetValue(k, out var attrs) && attrs.Any(a => h.Attributes.Contains(a.Id))),
        EqAttr q => AttributeKeys(e, q.Field, q.Extension).Any(k => _attributes.TryGetValue(k, out var attrs)
            && attrs.Any(a => a.Id == q.Attribute && a.Value is not null && q.Values.Contains(a.Value))),
        FieldCompare f => Nodes(e, f.Field).Any(n => FieldHolds(f, n)),
        FieldExists f => Nodes(e, f.Field).Any(),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    /// <summary>The event's values of a vocabulary-typed field (HASATTR_/EQATTR_).</summary>
    private static IEnumerable<string> AttributeKeys(EpcisEvent e, string field, ExtensionField? extension)
    {
        IEnumerable<string?> keys = field switch
        {
            Fields.EpcClass => Identifiers(e, "anyEPCClass"),
            Fields.BizTransaction => e.BizTransactionList.Select(b => b.Value),
            Fields.BizTransactionType => e.BizTransactionList.Select(b => b.Type),
            Fields.Source => e.SourceList.Select(x => Canon(x.Value)),
            Fields.SourceType => e.SourceList.Select(x => x.Type),
            Fields.Destination => e.DestinationList.Select(x => Canon(x.Value)),
            Fields.DestinationType => e.DestinationList.Select(x => x.Type),
            Fields.Extension => Nodes(e, extension!).Where(n => !n.IsComplex).Select(n => n.Value),
            _ => [Column(e, field)],
        };
        return keys.OfType<string>();
    }

    private static string? Canon(string? id) => id is null ? null : DigitalLink.Canonical(id);

    private static string? Column(EpcisEvent e, string field) => field switch
    {
        Fields.EventType => e.TypeName,
        Fields.Action => e.Action?.ToString(),
        Fields.BizStep => e.BizStep,
        Fields.Disposition => e.Disposition,
        Fields.ReadPoint => Canon(e.ReadPoint?.Id),
        Fields.BizLocation => Canon(e.BizLocation?.Id),
        Fields.TransformationId => e.TransformationId,
        Fields.EventId => e.EventId,
        Fields.ErrorReason => e.ErrorDeclaration?.Reason,
        _ => throw new NotSupportedException(field),
    };

    private static IEnumerable<SensorReport> Reports(EpcisEvent e) => e.SensorElementList.SelectMany(s => s.Reports);

    private static IEnumerable<SensorMetadata> Metadata(EpcisEvent e) => e.SensorElementList.Select(s => s.Metadata).OfType<SensorMetadata>();

    private static bool InHolds(In i, EpcisEvent e)
    {
        bool Any(IEnumerable<string?> values) => values.Any(v => v is not null && i.Values.Contains(v));
        return i.Field switch
        {
            Fields.PersistentDisposition => e.PersistentDisposition is { } pd && Any(i.Qualifier == "unset" ? pd.Unset : pd.Set),
            Fields.BizTransaction => Any(e.BizTransactionList.Where(b => b.Type == i.Qualifier).Select(b => b.Value)),
            Fields.Source => Any(e.SourceList.Where(s => s.Type == i.Qualifier).Select(s => Canon(s.Value))),
            Fields.Destination => Any(e.DestinationList.Where(s => s.Type == i.Qualifier).Select(s => Canon(s.Value))),
            Fields.CorrectiveEventId => e.ErrorDeclaration is { } err && Any(err.CorrectiveEventIds),
            Fields.SensorType => Any(Reports(e).Select(r => r.Type)),
            Fields.SensorMicroorganism => Any(Reports(e).Select(r => r.Microorganism)),
            Fields.SensorChemicalSubstance => Any(Reports(e).Select(r => r.ChemicalSubstance)),
            Fields.SensorStringValue => Any(Reports(e).Select(r => r.StringValue)),
            Fields.SensorHexBinaryValue => Any(Reports(e).Select(r => r.HexBinaryValue)),
            Fields.SensorUriValue => Any(Reports(e).Select(r => r.UriValue)),
            Fields.SensorDeviceId => Any(Metadata(e).Select(m => m.DeviceId).Concat(Reports(e).Select(r => r.DeviceId))),
            Fields.SensorDataProcessingMethod => Any(Metadata(e).Select(m => m.DataProcessingMethod).Concat(Reports(e).Select(r => r.DataProcessingMethod))),
            Fields.SensorBizRules => Any(Metadata(e).Select(m => m.BizRules).Concat(Reports(e).Select(r => r.BizRules))),
            _ => Column(e, i.Field) is { } v && i.Values.Contains(v),
        };
    }

    private static bool Test(int sign, CompareOp op) => op switch
    {
        CompareOp.Eq => sign == 0,
        CompareOp.Gt => sign > 0,
        CompareOp.Ge => sign >= 0,
        CompareOp.Lt => sign < 0,
        _ => sign <= 0,
    };

    private static bool Times(DateTimeOffset? t, Compare c) => t is { } v && Test(v.CompareTo((DateTimeOffset)c.Value), c.Op);

    private static bool CompareHolds(Compare c, EpcisEvent e) => c.Field switch
    {
        Fields.EventTime => Times(e.EventTime, c),
        Fields.RecordTime => Times(e.RecordTime, c),
        Fields.ErrorDeclarationTime => Times(e.ErrorDeclaration?.DeclarationTime, c),
        Fields.SensorTime => Metadata(e).Any(m => Times(m.Time, c)) || Reports(e).Any(r => Times(r.Time, c)),
        Fields.SensorStartTime => Metadata(e).Any(m => Times(m.StartTime, c)),
        Fields.SensorEndTime => Metadata(e).Any(m => Times(m.EndTime, c)),
        Fields.SensorBooleanValue => Reports(e).Any(r => r.BooleanValue == (bool)c.Value),
        Fields.SensorPercRank => Reports(e).Any(r => r.PercRank is { } p && Test(p.CompareTo((double)c.Value), c.Op)),
        Fields.Quantity => new[] { e.QuantityList, e.ChildQuantityList, e.InputQuantityList, e.OutputQuantityList }.SelectMany(l => l)
            .Any(q => q.Quantity is { } n && (c.Uom is null ? Test(((double)n).CompareTo((double)c.Value), c.Op) : InUnit((double)n, q.Uom, c))),
        Fields.SensorValue => Reports(e).Any(r => r.Value is { } v && InUnit(v, r.Uom, c)),
        Fields.SensorMinValue => Reports(e).Any(r => r.MinValue is { } v && InUnit(v, r.Uom, c)),
        Fields.SensorMaxValue => Reports(e).Any(r => r.MaxValue is { } v && InUnit(v, r.Uom, c)),
        Fields.SensorMeanValue => Reports(e).Any(r => r.MeanValue is { } v && InUnit(v, r.Uom, c)),
        Fields.SensorSDev => Reports(e).Any(r => r.SDev is { } v && InUnit(v, r.Uom, c)),
        Fields.SensorPercValue => Reports(e).Any(r => r.PercValue is { } v && InUnit(v, r.Uom, c)),
        _ => throw new NotSupportedException(c.Field),
    };

    /// <summary>A value captured in <paramref name="uom"/> against a threshold in the query's unit (same kind only).</summary>
    private static bool InUnit(double value, string? uom, Compare c)
    {
        string want = c.Uom!;
        if (uom is null || !Units.SameKind(want).Contains(uom)) return false;
        double t = Units.IsKnown(want) ? Units.Convert((double)c.Value, want, uom) : (double)c.Value;
        if (c.Op == CompareOp.Eq && uom != want) return Math.Abs(value - t) <= Units.Tolerance(t);
        return Test(value.CompareTo(t), c.Op);
    }

    private static IEnumerable<string> Identifiers(EpcisEvent e, string target)
    {
        IEnumerable<string> L(List<string>? l) => l ?? [];
        IEnumerable<string> Q(List<QuantityElement> l) => l.Select(q => q.EpcClass);
        IEnumerable<string> parent = e.ParentId is null ? [] : [e.ParentId];
        var raw = target switch
        {
            "epc" => L(e.EpcList).Concat(L(e.ChildEpcs)),
            "parentID" => parent,
            "inputEPC" => L(e.InputEpcList),
            "outputEPC" => L(e.OutputEpcList),
            "anyEPC" => parent.Concat(L(e.EpcList)).Concat(L(e.ChildEpcs)).Concat(L(e.InputEpcList)).Concat(L(e.OutputEpcList)),
            "epcClass" => Q(e.QuantityList).Concat(Q(e.ChildQuantityList)),
            "inputEPCClass" => Q(e.InputQuantityList),
            "outputEPCClass" => Q(e.OutputQuantityList),
            "anyEPCClass" => Q(e.QuantityList).Concat(Q(e.ChildQuantityList)).Concat(Q(e.InputQuantityList)).Concat(Q(e.OutputQuantityList)),
            _ => throw new NotSupportedException(target),
        };
        return raw.Select(DigitalLink.Canonical);
    }

    private static bool Matches(string value, string canonicalId)
    {
        if (IdentifierShapes.IsPattern(value)) return EpcPattern.Matches(value, canonicalId);
        if (IdentifierShapes.IsBareGtin(value))
            return canonicalId == value || canonicalId.StartsWith(value + "/21/", StringComparison.Ordinal) || canonicalId.StartsWith(value + "/10/", StringComparison.Ordinal);
        return canonicalId == value;
    }

    private HashSet<string> Descendants(IEnumerable<string> roots)
    {
        var seen = new HashSet<string>(roots, StringComparer.Ordinal);
        var frontier = seen.ToList();
        for (int depth = 0; depth < 32 && frontier.Count > 0; depth++)
        {
            var next = new List<string>();
            foreach (string k in frontier)
                foreach (string child in _children.GetValueOrDefault(k) ?? [])
                    if (seen.Add(child)) next.Add(child);
            frontier = next;
        }
        return seen;
    }

    private static IEnumerable<ExtensionNode> Nodes(EpcisEvent e, ExtensionField f)
    {
        IEnumerable<List<ExtensionNode>> tops = f.Scope switch
        {
            FieldScopes.Extension => [e.Extensions],
            FieldScopes.Ilmd => e.Ilmd is null ? [] : [e.Ilmd],
            FieldScopes.ErrorDeclaration => e.ErrorDeclaration is null ? [] : [e.ErrorDeclaration.Extensions],
            FieldScopes.ReadPoint => e.ReadPoint is null ? [] : [e.ReadPoint.Extensions],
            FieldScopes.BizLocation => e.BizLocation is null ? [] : [e.BizLocation.Extensions],
            FieldScopes.SensorElement => e.SensorElementList.Select(s => s.Extensions),
            FieldScopes.SensorMetadata => Metadata(e).Select(m => m.Extensions),
            FieldScopes.SensorReport => Reports(e).Select(r => r.Extensions),
            _ => throw new NotSupportedException(f.Scope),
        };
        var top = tops.SelectMany(l => l);
        var candidates = f.Inner ? top.SelectMany(n => Below(n)) : top;
        return candidates.Where(n => n.Namespace == f.Namespace && n.Name == f.Name);
    }

    private static IEnumerable<ExtensionNode> Below(ExtensionNode n) => n.Children.SelectMany(c => new[] { c }.Concat(Below(c)));

    private static bool FieldHolds(FieldCompare f, ExtensionNode n)
    {
        string? text = n.IsComplex ? null : n.Value;
        return f.Value switch
        {
            string s => text == s,
            double d => n.Kind != ExtensionValueKind.Boolean && EventRowSet.Number(text) is { } v && Test(v.CompareTo(d), f.Op),
            DateTimeOffset t => EventRowSet.Time(text) is { } v && Test(v.CompareTo(t), f.Op),
            _ => false,
        };
    }
}
