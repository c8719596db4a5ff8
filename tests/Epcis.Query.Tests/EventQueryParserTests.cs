using Epcis.Model.Errors;
using Epcis.Query.Parameters;

namespace Epcis.Query.Tests;

/// <summary>Text in, printed tree out: one case per parameter family, then the bad-input cases.</summary>
public sealed class EventQueryParserTests
{
    internal static EventQuery Parse(string query, IReadOnlyDictionary<string, string>? prefixes = null) =>
        EventQueryParser.Parse(Pairs(query), prefixes);

    internal static IEnumerable<KeyValuePair<string, string>> Pairs(string query) =>
        query.Length == 0 ? [] : query.Split('&').Select(p =>
        {
            int eq = p.IndexOf('=', StringComparison.Ordinal);
            return new KeyValuePair<string, string>(Uri.UnescapeDataString(p[..eq]), Uri.UnescapeDataString(p[(eq + 1)..]));
        });

    [Theory]
    [InlineData("", "(True)")]
    [InlineData("eventType=ObjectEvent|AggregationEvent", "(In eventType 'ObjectEvent' 'AggregationEvent')")]
    [InlineData("GE_eventTime=2024-01-01T00:00:00Z", "(Ge eventTime '2024-01-01T00:00:00.000Z')")]
    [InlineData("LT_eventTime=2015-03-15T00:00:00.000-04:00", "(Lt eventTime '2015-03-15T04:00:00.000Z')")]
    [InlineData("GE_recordTime=2024-01-01T00:00:00Z&LT_recordTime=2024-02-01T00:00:00Z",
        "(And (Ge recordTime '2024-01-01T00:00:00.000Z') (Lt recordTime '2024-02-01T00:00:00.000Z'))")]
    [InlineData("EQ_action=ADD|DELETE", "(In action 'ADD' 'DELETE')")]
    [InlineData("EQ_bizStep=shipping|urn:epcglobal:cbv:bizstep:receiving|https://ref.gs1.org/cbv/BizStep-packing",
        "(In bizStep 'shipping' 'receiving' 'packing')")]
    [InlineData("EQ_bizStep=shipping|urn:epcglobal:cbv:bizstep:shipping", "(In bizStep 'shipping')")]
    [InlineData("EQ_disposition=urn:epcglobal:cbv:disp:in_transit", "(In disposition 'in_transit')")]
    [InlineData("EQ_persistentDisposition_set=completeness_verified", "(In persistentDisposition[set] 'completeness_verified')")]
    [InlineData("EQ_persistentDisposition_unset=https://ref.gs1.org/cbv/Disp-completeness_inferred", "(In persistentDisposition[unset] 'completeness_inferred')")]
    [InlineData("EQ_readPoint=urn:epc:id:sgln:0614141.07346.1234", "(In readPoint 'https://id.gs1.org/414/0614141073467/254/1234')")]
    [InlineData("WD_bizLocation=urn:epc:id:sgln:0614141.00888.0", "(WithDescendants bizLocation 'https://id.gs1.org/414/0614141008889')")]
    [InlineData("EQ_bizLocation=https://id.gs1.org/414/0614141008889", "(In bizLocation 'https://id.gs1.org/414/0614141008889')")]
    [InlineData("WD_readPoint=urn:example:rp:1", "(WithDescendants readPoint 'urn:example:rp:1')")]
    [InlineData("EQ_transformationID=urn:uuid:1", "(In transformationID 'urn:uuid:1')")]
    [InlineData("EQ_eventID=urn:uuid:1|urn:uuid:2", "(In eventID 'urn:uuid:1' 'urn:uuid:2')")]
    [InlineData("MATCH_epc=urn:epc:id:sgtin:0614141.107346.2017", "(Match epc 'https://id.gs1.org/01/10614141073464/21/2017')")]
    [InlineData("MATCH_epc=https://id.gs1.org/01/10614141073464/21/2017", "(Match epc 'https://id.gs1.org/01/10614141073464/21/2017')")]
    [InlineData("MATCH_epc=urn:epc:idpat:sgtin:0614141.107346.*", "(Match epc 'urn:epc:idpat:sgtin:0614141.107346.*')")]
    [InlineData("MATCH_epc=urn:epc:id:sgtin:0614141.107346.*", "(Match epc 'urn:epc:idpat:sgtin:0614141.107346.*')")] // a raw * on the pure-identity URN reads as the pattern
    [InlineData("MATCH_parentID=urn:epc:id:sscc:0614141.1234567890", "(Match parentID 'https://id.gs1.org/00/106141412345678908')")]
    [InlineData("MATCH_inputEPC=urn:epc:idpat:sgtin:4012345.*.*", "(Match inputEPC 'urn:epc:idpat:sgtin:4012345.*.*')")]
    [InlineData("MATCH_outputEPC=urn:epc:id:sgtin:4012345.011111.9876", "(Match outputEPC 'https://id.gs1.org/01/04012345111118/21/9876')")]
    [InlineData("MATCH_anyEPC=urn:epc:idpat:sscc:0614141.*", "(Match anyEPC 'urn:epc:idpat:sscc:0614141.*')")]
    [InlineData("MATCH_epcClass=urn:epc:class:lgtin:4012345.012345.998877", "(Match epcClass 'https://id.gs1.org/01/04012345123456/10/998877')")]
    [InlineData("MATCH_inputEPCClass=https://id.gs1.org/01/04012345123456", "(Match inputEPCClass 'https://id.gs1.org/01/04012345123456')")]
    [InlineData("MATCH_outputEPCClass=urn:epc:idpat:sgtin:4012345.012345.*", "(Match outputEPCClass 'urn:epc:idpat:sgtin:4012345.012345.*')")]
    [InlineData("MATCH_anyEPCClass=urn:epc:idpat:sgtin:4012345.012345.*|https://id.gs1.org/01/04012345123456/10/L1",
        "(Match anyEPCClass 'urn:epc:idpat:sgtin:4012345.012345.*' 'https://id.gs1.org/01/04012345123456/10/L1')")]
    [InlineData("EQ_quantity=200", "(Eq quantity 200)")]
    [InlineData("EQ_quantity=1|2.5", "(Or (Eq quantity 1) (Eq quantity 2.5))")]
    [InlineData("GT_quantity=5&LE_quantity_KGM=10", "(And (Gt quantity 5) (Le quantity[KGM] 10))")]
    [InlineData("GE_quantity_LTR=1.5", "(Ge quantity[LTR] 1.5)")]
    [InlineData("LT_quantity=3", "(Lt quantity 3)")]
    [InlineData("EXISTS_errorDeclaration=true", "(Exists errorDeclaration)")]
    [InlineData("EXISTS_errorDeclaration=false", "(True)")]
    [InlineData("GE_errorDeclarationTime=2024-01-01T00:00:00Z", "(Ge errorDeclarationTime '2024-01-01T00:00:00.000Z')")]
    [InlineData("LT_errorDeclaration_Time=2024-01-01T00:00:00Z", "(Lt errorDeclarationTime '2024-01-01T00:00:00.000Z')")]
    [InlineData("EQ_errorReason=urn:epcglobal:cbv:er:incorrect_data|did_not_occur", "(In errorReason 'incorrect_data' 'did_not_occur')")]
    [InlineData("EQ_correctiveEventID=urn:uuid:9", "(In correctiveEventID 'urn:uuid:9')")]
    [InlineData("EQ_bizTransaction_po=urn:epcglobal:cbv:bt:0614141073467:1152", "(In bizTransaction[po] 'urn:epcglobal:cbv:bt:0614141073467:1152')")]
    [InlineData("EQ_source_owning_party=urn:epc:id:pgln:4012345.00001", "(In source[owning_party] 'https://id.gs1.org/417/4012345000016')")]
    [InlineData("EQ_destination_location=urn:epc:id:sgln:4012345.00001.0", "(In destination[location] 'https://id.gs1.org/414/4012345000016')")]
    [InlineData("GE_time=2024-01-01T00:00:00Z", "(Ge sensor.time '2024-01-01T00:00:00.000Z')")]
    [InlineData("LT_time=2024-01-01T00:00:00Z", "(Lt sensor.time '2024-01-01T00:00:00.000Z')")]
    [InlineData("GE_startTime=2024-01-01T00:00:00Z&LT_endTime=2024-01-02T00:00:00+01:00",
        "(And (Ge sensor.startTime '2024-01-01T00:00:00.000Z') (Lt sensor.endTime '2024-01-01T23:00:00.000Z'))")]
    [InlineData("LT_startTime=2024-01-01T00:00:00Z&GE_endTime=2024-01-01T00:00:00Z",
        "(And (Lt sensor.startTime '2024-01-01T00:00:00.000Z') (Ge sensor.endTime '2024-01-01T00:00:00.000Z'))")]
    [InlineData("EQ_type=Temperature|https://gs1.org/voc/RelativeHumidity|gs1:Mass", "(In sensor.type 'Temperature' 'RelativeHumidity' 'Mass')")]
    [InlineData("EQ_deviceID=urn:epc:id:giai:4000001.111", "(In sensor.deviceID 'urn:epc:id:giai:4000001.111')")]
    [InlineData("EQ_dataProcessingMethod=https://example.com/m", "(In sensor.dataProcessingMethod 'https://example.com/m')")]
    [InlineData("EQ_microorganism=https://www.ncbi.nlm.nih.gov/taxonomy/1126011", "(In sensor.microorganism 'https://www.ncbi.nlm.nih.gov/taxonomy/1126011')")]
    [InlineData("EQ_chemicalSubstance=https://identifiers.org/inchikey:CZMRCDWAGMRECN-UGDNZRGBSA-N", "(In sensor.chemicalSubstance 'https://identifiers.org/inchikey:CZMRCDWAGMRECN-UGDNZRGBSA-N')")]
    [InlineData("EQ_bizRules=https://example.com/rules", "(In sensor.bizRules 'https://example.com/rules')")]
    [InlineData("EQ_stringValue=SSCC", "(In sensor.stringValue 'SSCC')")]
    [InlineData("EQ_booleanValue=true", "(Eq sensor.booleanValue true)")]
    [InlineData("EQ_hexBinaryValue=f0f0", "(In sensor.hexBinaryValue 'F0F0')")]
    [InlineData("EQ_uriValue=https://example.com/u", "(In sensor.uriValue 'https://example.com/u')")]
    [InlineData("EXISTS_sensorElementList=", "(Exists sensorElementList)")]
    [InlineData("GE_percRank=50&LT_percRank=90", "(And (Ge sensor.percRank 50) (Lt sensor.percRank 90))")]
    [InlineData("GT_percRank=50&LE_percRank=90", "(And (Gt sensor.percRank 50) (Le sensor.percRank 90))")]
    [InlineData("GE_value_KEL=300", "(Ge sensor.value[KEL] 300)")]
    [InlineData("EQ_value_CEL=20|21", "(Or (Eq sensor.value[CEL] 20) (Eq sensor.value[CEL] 21))")]
    [InlineData("GT_minValue_CEL=1&LT_maxValue_CEL=9", "(And (Gt sensor.minValue[CEL] 1) (Lt sensor.maxValue[CEL] 9))")]
    [InlineData("GE_meanValue_KGM=1&LE_sDev_KGM=2&GE_percValue_A93=3",
        "(And (Ge sensor.meanValue[KGM] 1) (Le sensor.sDev[KGM] 2) (Ge sensor.percValue[A93] 3))")]
    [InlineData("HASATTR_bizLocation=urn:epcglobal:cbv:mda#sst", "(HasAttr bizLocation 'urn:epcglobal:cbv:mda#sst')")]
    [InlineData("EQATTR_readPoint_urn:epcglobal:cbv:mda#sst=201|202", "(EqAttr readPoint 'urn:epcglobal:cbv:mda#sst' '201' '202')")]
    [InlineData("EQ_ATTR_bizLocation_cbvmda:sst=201", "(EqAttr bizLocation 'cbvmda:sst' '201')")]
    [InlineData("HASATTR_bizStep=urn:example:mda#flag", "(HasAttr bizStep 'urn:example:mda#flag')")]
    [InlineData("EQATTR_disposition_urn:example:mda#flag=moving", "(EqAttr disposition 'urn:example:mda#flag' 'moving')")]
    [InlineData("HASATTR_epcClass=urn:example:mda#grade", "(HasAttr epcClass 'urn:example:mda#grade')")]
    [InlineData("EQATTR_bizTransaction_urn:example:mda#status=open", "(EqAttr bizTransaction 'urn:example:mda#status' 'open')")]
    [InlineData("HASATTR_bizTransactionType=a|b", "(HasAttr bizTransactionType 'a' 'b')")]
    [InlineData("EQ_ATTR_source_urn:example:mda#role=owner", "(EqAttr source 'urn:example:mda#role' 'owner')")]
    [InlineData("HASATTR_sourceType=k", "(HasAttr sourceType 'k')")]
    [InlineData("EQATTR_destination_r=x", "(EqAttr destination 'r' 'x')")]
    [InlineData("EQATTR_destinationType_owning_party=x", "(EqAttr destinationType 'owning_party' 'x')")]
    [InlineData("HASATTR_example:site=urn:example:mda#region", "(HasAttr extension<https://ns.example.com/epcis/#site> 'urn:example:mda#region')")]
    [InlineData("HASATTR_https://ns.example.com/epcis/#site=r", "(HasAttr extension<https://ns.example.com/epcis/#site> 'r')")]
    [InlineData("EQATTR_https://ns.example.com/epcis/#site_urn:example:mda#region=north", "(EqAttr extension<https://ns.example.com/epcis/#site> 'urn:example:mda#region' 'north')")]
    [InlineData("EQATTR_readPoint_urn:x#a_b=1", "(EqAttr readPoint 'urn:x#a_b' '1')")]
    [InlineData("EQ_https://ns.example.com/epcis/#myField=abc", "(Eq extension<https://ns.example.com/epcis/#myField> 'abc')")]
    [InlineData("EQ_example:myField=abc|12", "(Or (Eq extension<https://ns.example.com/epcis/#myField> 'abc') (Eq extension<https://ns.example.com/epcis/#myField> 12))")]
    [InlineData("GT_example:temp=21.5", "(Gt extension<https://ns.example.com/epcis/#temp> 21.5)")]
    [InlineData("LE_example:when=2024-01-01T00:00:00Z", "(Le extension<https://ns.example.com/epcis/#when> '2024-01-01T00:00:00.000Z')")]
    [InlineData("EXISTS_example:myField=", "(Exists extension<https://ns.example.com/epcis/#myField>)")]
    [InlineData("EQ_INNER_example:inner=x", "(Eq inner.extension<https://ns.example.com/epcis/#inner> 'x')")]
    [InlineData("EQ_INNER_#elt1=x", "(Eq inner.extension<#elt1> 'x')")]
    [InlineData("EQ_ILMD_example:lot=L1", "(Eq ilmd<https://ns.example.com/epcis/#lot> 'L1')")]
    [InlineData("GE_INNER_ILMD_example:n=3", "(Ge inner.ilmd<https://ns.example.com/epcis/#n> 3)")]
    [InlineData("EXISTS_ERROR_DECLARATION_example:why=", "(Exists error_declaration<https://ns.example.com/epcis/#why>)")]
    [InlineData("EQ_SENSORELEMENT_example:a=1", "(Eq sensor_element<https://ns.example.com/epcis/#a> 1)")]
    [InlineData("EQ_SENSORMETADATA_example:b=x", "(Eq sensor_metadata<https://ns.example.com/epcis/#b> 'x')")]
    [InlineData("LT_SENSORREPORT_example:c=5", "(Lt sensor_report<https://ns.example.com/epcis/#c> 5)")]
    [InlineData("EQ_readPoint_example:d=x", "(Eq read_point<https://ns.example.com/epcis/#d> 'x')")]
    [InlineData("EQ_INNER_bizLocation_example:e=x", "(Eq inner.biz_location<https://ns.example.com/epcis/#e> 'x')")]
    [InlineData("EQ_gs1:grossWeight=5", "(Eq extension<https://gs1.org/voc/#grossWeight> 5)")]
    [InlineData("orderBy=eventTime&orderDirection=ASC&eventCountLimit=5", "(True) (OrderBy eventTime ASC) (EventCountLimit 5)")]
    [InlineData("orderBy=recordTime&maxEventCount=10", "(True) (OrderBy recordTime DESC) (MaxEventCount 10)")]
    [InlineData("orderBy=example:temp", "(True) (OrderBy extension<https://ns.example.com/epcis/#temp> DESC)")]
    [InlineData("orderBy=https://ns.example.com/epcis/#when&orderDirection=ASC&eventCountLimit=3&EQ_bizStep=shipping",
        "(In bizStep 'shipping') (OrderBy extension<https://ns.example.com/epcis/#when> ASC) (EventCountLimit 3)")]
    [InlineData("orderBy=gs1:grossWeight&orderDirection=DESC", "(True) (OrderBy extension<https://gs1.org/voc/#grossWeight> DESC)")]
    public void Parameters_print_as_a_tree(string query, string expected)
    {
        var prefixes = new Dictionary<string, string> { ["example"] = "https://ns.example.com/epcis/" };
        Assert.Equal(expected, Parse(query, prefixes).ToString());
    }

    [Theory]
    [InlineData("EQ_bizStep=shipping&EQ_bizStep=receiving", "EQ_bizStep")]
    [InlineData("GE_errorDeclarationTime=2024-01-01T00:00:00Z&GE_errorDeclaration_Time=2024-01-01T00:00:00Z", "GE_errorDeclaration_Time")]
    [InlineData("EQ_bizStepp=shipping", "EQ_bizStepp")]
    [InlineData("perPage=10", "perPage")]
    [InlineData("GE_eventTime=2024-01-01T00:00:00", "GE_eventTime")]
    [InlineData("GE_eventTime=yesterday", "yesterday")]
    [InlineData("GT_quantity=ten", "GT_quantity")]
    [InlineData("GE_value_KEL=hot", "GE_value_KEL")]
    [InlineData("MATCH_epc=urn:epc:idpat:sgtin:0614141.*.2017", "MATCH_epc")]
    [InlineData("MATCH_epc=urn:epc:idpat:nonsense", "urn:epc:idpat:nonsense")]
    [InlineData("MATCH_epc=urn:epc:id:sgtin:06141", "MATCH_epc")]
    [InlineData("EQ_action=MOVE", "MOVE")]
    [InlineData("eventType=Object Event", "eventType")]
    [InlineData("orderDirection=UP&orderBy=eventTime", "orderDirection")]
    [InlineData("orderBy=bizStep", "orderBy")]
    [InlineData("orderBy=nosuch:field", "nosuch")]
    [InlineData("orderBy=https://ns.example.com/epcis/#", "orderBy")]
    [InlineData("eventCountLimit=5", "eventCountLimit")]
    [InlineData("orderBy=eventTime&eventCountLimit=5&maxEventCount=5", "maxEventCount")]
    [InlineData("maxEventCount=-1", "maxEventCount")]
    [InlineData("EQ_unknown:field=1", "unknown")]
    [InlineData("GT_example:temp=warm", "GT_example:temp")]
    [InlineData("EQ_booleanValue=yes", "EQ_booleanValue")]
    [InlineData("EQATTR_bizLocation=x", "EQATTR_bizLocation")]
    [InlineData("HASATTR_eventTime=x", "HASATTR_eventTime")]
    [InlineData("HASATTR_unknown:field=x", "HASATTR_unknown:field")]
    [InlineData("EQATTR_eventTime_a=x", "EQATTR_eventTime_a")]
    [InlineData("EQATTR_https://ns.example.com/epcis/#my_field_attr=1", "more than one way")]
    [InlineData("EQATTR_example:a_b_c=1", "more than one way")]
    [InlineData("EQ_bizStep=", "EQ_bizStep")]
    [InlineData("EQ_bizStep=shipping||receiving", "EQ_bizStep")]
    public void Bad_parameters_are_a_QueryParameterException_naming_the_culprit(string query, string culprit)
    {
        var prefixes = new Dictionary<string, string> { ["example"] = "https://ns.example.com/epcis/" };
        var ex = Assert.Throws<QueryParameterException>(() => Parse(query, prefixes));
        Assert.Contains(culprit, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_CURIE_prefix_the_caller_defines_wins_over_a_standard_one()
    {
        var q = Parse("EQ_gs1:x=1", new Dictionary<string, string> { ["gs1"] = "urn:mine:" });
        Assert.Equal("(Eq extension<urn:mine:#x> 1)", q.ToString());
    }
}
