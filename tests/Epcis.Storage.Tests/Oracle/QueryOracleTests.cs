using System.Collections.Concurrent;
using Epcis.Model.Errors;
using Epcis.Query;
using Epcis.Query.Parameters;
using Epcis.Storage.Tests.Support;
using Xunit.Abstractions;

namespace Epcis.Storage.Tests.Oracle;

[StoreBinding(DatabaseKind.Sqlite)]
public sealed class SqliteQueryOracleTests(SqliteStoreProvider db, ITestOutputHelper output)
    : QueryOracleTests(db, output), IClassFixture<SqliteStoreProvider>;

[StoreBinding(DatabaseKind.PostgreSql)]
public sealed class PostgreSqlQueryOracleTests(PostgreSqlStoreProvider db, ITestOutputHelper output)
    : QueryOracleTests(db, output), IClassFixture<PostgreSqlStoreProvider>;

[StoreBinding(DatabaseKind.SqlServer)]
public sealed class SqlServerQueryOracleTests(SqlServerStoreProvider db, ITestOutputHelper output)
    : QueryOracleTests(db, output), IClassFixture<SqlServerStoreProvider>;

/// <summary>
/// Each case runs on the database and on <see cref="ReferenceEvaluator"/> over the same events (GS1 examples + synthetic);
/// the event-ID sets must agree. A case marked <c>!</c> may find nothing; every other case must find something.
/// </summary>
public abstract class QueryOracleTests(StoreProvider db, ITestOutputHelper output)
{
    private static readonly ConcurrentDictionary<StoreProvider, Task<IEpcisStore>> Seeded = new();
    private static readonly IReadOnlyDictionary<string, string> Prefixes = new Dictionary<string, string> { ["example"] = OracleData.ExampleNs };

    public static readonly string[] Cases =
    [
        "",
        "eventType=ObjectEvent",
        "eventType=AggregationEvent|TransformationEvent|AssociationEvent",
        "GE_eventTime=2024-05-01T10:00:00Z&LT_eventTime=2024-05-01T15:00:00Z",
        "LT_eventTime=2020-01-01T00:00:00+01:00",
        "GE_recordTime=2024-05-01T08:30:00Z&LT_recordTime=2024-05-01T09:00:00Z",
        "EQ_action=ADD",
        "EQ_action=OBSERVE|DELETE",
        "EQ_bizStep=shipping",
        "EQ_bizStep=urn:epcglobal:cbv:bizstep:receiving|https://ref.gs1.org/cbv/BizStep-packing",
        "EQ_bizStep=urn:example:bizstep:custom",
        "EQ_disposition=in_transit",
        "EQ_disposition=urn:epcglobal:cbv:disp:active",
        "EQ_persistentDisposition_set=completeness_verified",
        "EQ_persistentDisposition_unset=completeness_inferred",
        "EQ_readPoint=urn:epc:id:sgln:0614141.07346.1234",
        "EQ_readPoint=https://id.gs1.org/414/0614141073467/254/1234",
        "WD_readPoint=urn:example:rp:root",
        "WD_readPoint=urn:example:rp:child",
        "EQ_readPoint=urn:example:rp:child&WD_readPoint=urn:example:rp:root",
        "EQ_bizLocation=https://id.gs1.org/414/4012345000016",
        "WD_bizLocation=urn:epc:id:sgln:0614141.00777.0",
        "EQ_transformationID=urn:example:xform:1",
        "EQ_eventID=urn:uuid:5e000000-0000-4000-8000-000000000003|urn:uuid:5e000000-0000-4000-8000-000000000004",
        "MATCH_epc=urn:epc:id:sgtin:0614141.107346.4",
        "MATCH_epc=https://id.gs1.org/01/10614141073464/21/4",
        "MATCH_epc=urn:epc:idpat:sgtin:0614141.107346.*",
        "MATCH_epc=urn:epc:idpat:sgtin:0614141.*.*",
        "MATCH_epc=urn:epc:idpat:sgtin:*.*.*",
        "MATCH_epc=https://id.gs1.org/01/04012345111118",
        "MATCH_epc=urn:epc:idpat:giai:4000001.*",
        "MATCH_epc=urn:epc:idpat:grai:4012345.55555.*",
        "MATCH_epc=urn:epc:idpat:sgtin:0614141.107346.3",
        "MATCH_parentID=urn:epc:idpat:sscc:0614141.*",
        "MATCH_parentID=urn:epc:id:sscc:0614141.1234567894",
        "MATCH_inputEPC=urn:epc:idpat:sgtin:4012345.011111.*",
        "MATCH_outputEPC=urn:epc:id:sgtin:4012345.022222.5",
        "MATCH_anyEPC=urn:epc:idpat:sscc:*.*|urn:epc:idpat:sgtin:4012345.022222.*",
        "MATCH_anyEPC=urn:epc:idpat:grai:4012345.*.*",
        "MATCH_epcClass=urn:epc:class:lgtin:4012345.012345.L4",
        "MATCH_epcClass=urn:epc:idpat:sgtin:4012345.012345.*",
        "MATCH_epcClass=https://id.gs1.org/01/04012345123456",
        "MATCH_inputEPCClass=https://id.gs1.org/01/04012345123456",
        "MATCH_outputEPCClass=urn:epc:idpat:sgtin:4012345.098765.*",
        "MATCH_anyEPCClass=urn:epc:idpat:sgtin:4012345.*.*",
        "EQ_quantity=200",
        "GT_quantity=1000",
        "GE_quantity_KGM=1.2",
        "LT_quantity_KGM=1.5",
        "EQ_quantity_GRM=4000",
        "GE_quantity_KGM=1&LE_quantity_KGM=1.2",
        "EXISTS_errorDeclaration=true",
        "GE_errorDeclarationTime=2024-05-10T00:00:00Z",
        "LT_errorDeclaration_Time=2024-05-10T00:00:00Z",
        "EQ_errorReason=incorrect_data",
        "EQ_errorReason=urn:epcglobal:cbv:er:did_not_occur",
        "EQ_correctiveEventID=urn:uuid:c0000000-0000-4000-8000-000000000000",
        "EQ_bizTransaction_po=urn:epcglobal:cbv:bt:0614141073467:2",
        "EQ_bizTransaction_desadv=urn:epcglobal:cbv:bt:0614141073467:1|urn:epcglobal:cbv:bt:0614141073467:3",
        "EQ_source_owning_party=urn:epc:id:pgln:0614141.00001",
        "EQ_destination_location=https://id.gs1.org/414/4012345000016",
        "GE_time=2024-05-01T20:00:00Z",
        "LT_time=2024-05-01T10:00:00Z",
        "GE_startTime=2024-05-01T10:00:00Z&LT_endTime=2024-05-01T20:00:00Z",
        "EQ_type=Temperature",
        "EQ_type=gs1:RelativeHumidity",
        "EQ_deviceID=urn:example:dev:1|urn:example:dev:2",
        "EQ_dataProcessingMethod=urn:example:m",
        "EQ_microorganism=https://www.ncbi.nlm.nih.gov/taxonomy/1126011",
        "EQ_chemicalSubstance=https://identifiers.org/inchikey:CZMRCDWAGMRECN-UGDNZRGBSA-N",
        "EQ_bizRules=urn:example:rules",
        "EQ_stringValue=SSCC",
        "EQ_booleanValue=true",
        "EQ_booleanValue=false",
        "EQ_hexBinaryValue=f0f0",
        "EQ_uriValue=urn:example:u",
        "EXISTS_sensorElementList=",
        "GE_percRank=50",
        "GT_percRank=50&LE_percRank=80",
        "EQ_type=Temperature&GE_value_KEL=300",
        "GE_value_CEL=30",
        "LT_value_FAH=80",
        "EQ_value_CEL=26",
        "EQ_value_KEL=293.15",
        "GE_value_P1=50",
        "GT_minValue_CEL=5&LT_maxValue_CEL=25",
        "GE_meanValue_KEL=290",
        "LE_sDev_CEL=3",
        "GE_percValue_FAH=50",
        "HASATTR_readPoint=urn:epcglobal:cbv:mda#sst",
        "HASATTR_bizLocation=urn:epcglobal:cbv:mda#sst",
        "EQATTR_readPoint_urn:epcglobal:cbv:mda#sst=202",
        "EQ_ATTR_bizLocation_urn:epcglobal:cbv:mda#sst=203",
        "EQATTR_readPoint_urn:epcglobal:cbv:mda#name=Dock 4",
        "HASATTR_bizStep=urn:example:mda#flag",
        "EQATTR_bizStep_urn:example:mda#flag=custom",
        "EQ_ATTR_disposition_urn:example:mda#flag=moving",
        "HASATTR_epcClass=urn:example:mda#grade",
        "EQATTR_epcClass_urn:example:mda#grade=A",
        "HASATTR_bizTransaction=urn:example:mda#status",
        "EQATTR_bizTransactionType_urn:example:mda#doc=despatch advice",
        "EQATTR_source_urn:example:mda#role=owner",
        "EQATTR_destination_urn:example:mda#role=depot",
        "HASATTR_destinationType=urn:example:mda#kind",
        "!HASATTR_sourceType=urn:example:mda#kind",
        "HASATTR_example:site=urn:example:mda#region",
        "EQATTR_https://ns.example.com/epcis/#site_urn:example:mda#region=north",
        "!EQATTR_example:site_urn:example:mda#region=west",
        "EQ_example:myField=value1",
        "EQ_https://ns.example.com/epcis/#myField=value0|value2",
        "GT_example:temp=20",
        "LE_example:temp=3",
        "EQ_example:temp=4.5",
        "GE_example:when=2024-05-15T00:00:00Z",
        "EXISTS_example:outer=",
        "EQ_INNER_example:inner=in1",
        "EQ_INNER_#elt1=x0",
        "!EQ_example:inner=in1",
        "EQ_ILMD_example:lot=LOT1",
        "GE_INNER_ILMD_example:n=12",
        "EXISTS_ILMD_example:batch=",
        "EQ_ERROR_DECLARATION_example:why=typo",
        "EQ_SENSORELEMENT_example:a=1",
        "EQ_SENSORMETADATA_example:b=meta1",
        "GE_SENSORREPORT_example:c=5",
        "EQ_bizStep=shipping&EQ_disposition=in_transit&MATCH_epc=urn:epc:idpat:sgtin:0614141.107346.*",
        "orderBy=eventTime&orderDirection=ASC&EQ_bizStep=receiving",
        "orderBy=recordTime",
        "orderBy=example:temp&orderDirection=ASC&eventCountLimit=5",
        "orderBy=https://ns.example.com/epcis/#when&EQ_bizStep=shipping",
        "orderBy=example:myField&orderDirection=ASC&eventCountLimit=30",
        "!EQ_bizStep=no_such_step",
    ];

    /// <summary>Cases that must find events captured from the GS1 XML examples (sensor data, ILMD, INNER_, error declarations).</summary>
    public static readonly string[] XmlCases =
    [
        "GE_value_KEL=299.2&LT_value_KEL=299.4",
        "EQ_value_CEL=26.1",
        "GE_meanValue_CEL=26&LE_sDev_CEL=0.1",
        "LT_maxValue_KEL=287.5",
        "EQ_type=gs1:Temperature&GE_value_FAH=78",
        "EQ_ILMD_http://ns.example.com/epcis#grading=A",
        "EQ_INNER_ILMD_http://ns.example.com/epcis-2#sizeCode=B-2",
        "EQ_ILMD_http://example.com/ext1#int=10",
        "EQ_ILMD_urn:epcglobal:cbv:mda#lotNumber=LOTABC",
        "EQ_INNER_#tag2=2",
        "EQ_ERROR_DECLARATION_http://ns.example.com/epcis#issuer=Employee 123",
        "EQ_INNER_ERROR_DECLARATION_http://ns.example.com/epcis-3#value44=66",
        "EXISTS_ERROR_DECLARATION_http://ns.example.com/epcis#vendorExtension=",
        "EXISTS_errorDeclaration=true&EQ_errorReason=incorrect_data",
        "EQ_correctiveEventID=urn:uuid:404d95fc-9457-4a51-bd6a-0bba133845a8",
        "GE_errorDeclarationTime=2020-01-01T00:00:00Z&LT_errorDeclarationTime=2021-01-01T00:00:00Z",
        "MATCH_inputEPCClass=urn:epc:class:lgtin:4023333.055555.ABC123",
        "EQ_bizStep=receiving&eventType=ObjectEvent",
    ];

    private Task<IEpcisStore> StoreAsync() => Seeded.GetOrAdd(db, async provider =>
    {
        var (store, _) = await provider.NewDatabaseAsync();
        var events = OracleData.Events;
        for (int i = 0; i < events.Count; i += 50)
        {
            var batch = TestEvents.Batch("oracle-" + i, events.Skip(i).Take(50));
            await store.StoreAsync(new CaptureBatch
            {
                CaptureId = batch.CaptureId,
                Events = batch.Events,
                Job = batch.Job,
                MasterData = i == 0 ? OracleData.MasterData : [],
            });
        }
        return store;
    });

    private static EventQuery Parse(string query) => EventQueryParser.Parse(
        query.Length == 0 ? [] : query.Split('&').Select(p => new KeyValuePair<string, string>(p[..p.IndexOf('=', StringComparison.Ordinal)], p[(p.IndexOf('=', StringComparison.Ordinal) + 1)..])),
        Prefixes);

    private static async Task<List<string>> AllPagesAsync(IEpcisStore store, EventQuery query, int perPage)
    {
        var ids = new List<string>();
        string? after = null;
        do
        {
            var page = await store.QueryEventsAsync(query, after, perPage);
            Assert.True(page.Events.Count <= perPage);
            ids.AddRange(page.Events.Select(e => e.EventId));
            after = page.Next;
        }
        while (after is not null);
        return ids;
    }

    [DatabaseFact]
    public async Task Every_case_returns_the_events_the_reference_evaluator_returns()
    {
        var store = await StoreAsync();
        var oracle = new ReferenceEvaluator(OracleData.MasterData);
        var failures = new List<string>();
        int nonEmpty = 0;
        foreach (string raw in Cases.Concat(XmlCases))
        {
            bool mayBeEmpty = raw.StartsWith('!');
            string text = mayBeEmpty ? raw[1..] : raw;
            var query = Parse(text);
            var expected = oracle.Run(query, OracleData.Events).Select(e => e.EventId!).ToHashSet(StringComparer.Ordinal);
            var actual = await AllPagesAsync(store, query, 1000);
            var actualSet = actual.ToHashSet(StringComparer.Ordinal);
            if (expected.Count > 0) nonEmpty++;
            if (!actualSet.SetEquals(expected) || actual.Count != actualSet.Count)
                failures.Add($"{text} => {query}: expected {expected.Count}, got {actual.Count}; missing [{string.Join(", ", expected.Except(actualSet).Take(5))}] extra [{string.Join(", ", actualSet.Except(expected).Take(5))}]");
            else if (expected.Count == 0 && !mayBeEmpty)
                failures.Add($"{text}: finds nothing, so it tests nothing");
        }
        output.WriteLine($"{Cases.Length + XmlCases.Length} cases over {OracleData.Events.Count} events ({OracleData.XmlEventIds.Count} from XML), {nonEmpty} non-empty");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [DatabaseFact]
    public async Task Walking_all_pages_at_a_small_page_size_returns_every_event_once_in_order()
    {
        var store = await StoreAsync();
        var oracle = new ReferenceEvaluator(OracleData.MasterData);
        foreach (string text in new[] { "", "EQ_bizStep=shipping|receiving", "orderBy=eventTime", "orderBy=recordTime&orderDirection=ASC", "MATCH_epc=urn:epc:idpat:sgtin:0614141.*.*" })
        {
            var query = Parse(text);
            var expected = oracle.Run(query, OracleData.Events);
            var ids = await AllPagesAsync(store, query, 3);
            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.Equal(expected.Select(e => e.EventId).Order(), ids.Order());
            // Order key never goes backwards (forwards when descending).
            var byId = OracleData.Events.ToDictionary(e => e.EventId!, e => query.OrderBy == Fields.RecordTime ? e.RecordTime!.Value : e.EventTime);
            var keys = ids.Select(id => byId[id]).ToList();
            var sorted = query.OrderBy is not null && query.Descending ? keys.OrderByDescending(k => k).ToList() : keys.Order().ToList();
            Assert.Equal(sorted, keys);
        }
    }

    [Fact]
    public void The_XML_examples_are_part_of_the_data_and_the_XML_cases_find_them()
    {
        Assert.True(OracleData.XmlEventIds.Count >= 30, $"{OracleData.XmlEventIds.Count} events from XML");
        var oracle = new ReferenceEvaluator(OracleData.MasterData);
        var misses = XmlCases.Where(c => !oracle.Run(Parse(c), OracleData.Events).Any(e => OracleData.XmlEventIds.Contains(e.EventId!))).ToList();
        Assert.True(misses.Count == 0, "find no XML-captured event: " + string.Join(", ", misses));
    }

    /// <summary>orderBy an extension field (number, time, text; both directions): every page walk returns the events the
    /// reference evaluator returns, once each, with the same sequence of sort values (events lacking the field last).</summary>
    [DatabaseFact]
    public async Task Ordering_by_an_extension_field_pages_by_its_value_with_missing_values_last()
    {
        var store = await StoreAsync();
        var oracle = new ReferenceEvaluator(OracleData.MasterData);
        foreach (string text in new[]
                 {
                     "orderBy=example:temp&orderDirection=ASC", "orderBy=example:temp", "orderBy=example:when&orderDirection=ASC&EQ_bizStep=shipping|receiving",
                     "orderBy=example:when", "orderBy=example:myField&orderDirection=ASC", "orderBy=https://ns.example.com/epcis/#myField&orderDirection=DESC",
                     "orderBy=example:temp&orderDirection=DESC&eventCountLimit=7", "orderBy=example:myField&orderDirection=ASC&eventCountLimit=11",
                     "orderBy=example:nosuchfield&orderDirection=ASC",
                 })
        {
            var query = Parse(text);
            var expected = oracle.Run(query, OracleData.Events);
            var values = ReferenceEvaluator.ByField(query.OrderField!, OracleData.Events, query.Descending).ToDictionary(x => x.Event.EventId!, x => x.Value?.ToString());
            foreach (int perPage in new[] { 4, 1000 })
            {
                var ids = await AllPagesAsync(store, query, perPage);
                Assert.Equal(ids.Count, ids.Distinct().Count());
                Assert.Equal(expected.Select(e => values[e.EventId!]), ids.Select(id => values[id]));
                if (query.EventCountLimit is null) Assert.Equal(expected.Select(e => e.EventId).Order(), ids.Order());
            }
            if (query.EventCountLimit is null) Assert.Contains(expected, e => values[e.EventId!] is null);
        }
    }

    [DatabaseFact]
    public async Task eventCountLimit_caps_the_walk_across_pages_at_the_first_events_in_order()
    {
        var store = await StoreAsync();
        var query = Parse("orderBy=eventTime&orderDirection=DESC&eventCountLimit=7");
        var ids = await AllPagesAsync(store, query, 3);
        var expected = new ReferenceEvaluator(OracleData.MasterData).Run(query, OracleData.Events);
        Assert.Equal(7, ids.Count);
        Assert.Equal(expected.Select(e => e.EventTime), ids.Select(id => OracleData.Events.First(e => e.EventId == id).EventTime));
    }

    [DatabaseFact]
    public async Task maxEventCount_below_the_match_count_is_QueryTooLarge()
    {
        var store = await StoreAsync();
        int shipping = new ReferenceEvaluator(OracleData.MasterData).Run(Parse("EQ_bizStep=shipping"), OracleData.Events).Count;
        await Assert.ThrowsAsync<QueryTooLargeException>(() => store.QueryEventsAsync(Parse($"EQ_bizStep=shipping&maxEventCount={shipping - 1}"), null, 100));
        var page = await store.QueryEventsAsync(Parse($"EQ_bizStep=shipping&maxEventCount={shipping}"), null, 100);
        Assert.Equal(shipping, page.Events.Count);
    }

    [DatabaseFact]
    public async Task A_malformed_position_is_a_QueryParameterException()
    {
        var store = await StoreAsync();
        await Assert.ThrowsAsync<QueryParameterException>(() => store.QueryEventsAsync(QueryExpression.True is var t ? new EventQuery(t) : null!, "v1.x.1.2", 10));
    }
}
