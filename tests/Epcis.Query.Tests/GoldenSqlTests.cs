using System.Globalization;
using Epcis.Storage.Querying;

namespace Epcis.Query.Tests;

public sealed partial class GoldenSqlTests
{
    internal static readonly Dictionary<string, string> Prefixes = new() { ["example"] = "https://ns.example.com/epcis/" };

    /// <summary>One query per parameter family.</summary>
    internal static readonly (string Query, int Unused)[] Families =
    [
        ("", 0),
        ("eventType=ObjectEvent|AggregationEvent", 0),
        ("GE_eventTime=2024-01-01T00:00:00Z&LT_eventTime=2024-01-01T01:00:00Z", 0),
        ("GE_recordTime=2024-01-01T00:00:00Z&LT_recordTime=2024-01-02T00:00:00Z", 0),
        ("EQ_action=ADD", 0),
        ("EQ_bizStep=shipping|receiving", 0),
        ("EQ_disposition=in_transit", 0),
        ("EQ_persistentDisposition_set=completeness_verified", 0),
        ("EQ_persistentDisposition_unset=completeness_inferred", 0),
        ("EQ_readPoint=urn:epc:id:sgln:0614141.07346.1234", 0),
        ("WD_readPoint=urn:example:rp:1", 0),
        ("EQ_bizLocation=urn:example:bl:1", 0),
        ("WD_bizLocation=urn:example:bl:1|urn:example:bl:2", 0),
        ("EQ_transformationID=urn:uuid:1", 0),
        ("EQ_eventID=urn:uuid:1|urn:uuid:2", 0),
        ("MATCH_epc=urn:epc:id:sgtin:0614141.107346.2017", 0),
        ("MATCH_epc=urn:epc:idpat:sgtin:0614141.107346.*", 0),
        ("MATCH_parentID=urn:epc:idpat:sscc:0614141.*", 0),
        ("MATCH_inputEPC=urn:epc:idpat:giai:4000001.*", 0),
        ("MATCH_outputEPC=urn:epc:idpat:sgtin:0614141.*.*", 0),
        ("MATCH_anyEPC=urn:epc:id:sscc:0614141.1234567890|urn:epc:idpat:sgln:0614141.07346.*", 0),
        ("MATCH_epcClass=urn:epc:class:lgtin:4012345.012345.998877", 0),
        ("MATCH_inputEPCClass=https://id.gs1.org/01/04012345123456", 0),
        ("MATCH_outputEPCClass=urn:epc:idpat:grai:4012345.55555.*", 0),
        ("MATCH_anyEPCClass=urn:epc:idpat:sgtin:4012345.012345.*", 0),
        ("EQ_quantity=200", 0),
        ("GT_quantity_KGM=5", 0),
        ("EXISTS_errorDeclaration=true", 0),
        ("GE_errorDeclarationTime=2024-01-01T00:00:00Z&LT_errorDeclarationTime=2024-02-01T00:00:00Z", 0),
        ("EQ_errorReason=incorrect_data", 0),
        ("EQ_correctiveEventID=urn:uuid:9", 0),
        ("EQ_bizTransaction_po=urn:epcglobal:cbv:bt:0614141073467:1152", 0),
        ("EQ_source_owning_party=urn:example:party:1", 0),
        ("EQ_destination_location=urn:example:loc:1", 0),
        ("GE_time=2024-01-01T00:00:00Z", 0),
        ("GE_startTime=2024-01-01T00:00:00Z&LT_endTime=2024-01-02T00:00:00Z", 0),
        ("EQ_type=Temperature", 0),
        ("EQ_deviceID=urn:example:dev:1", 0),
        ("EQ_dataProcessingMethod=urn:example:m", 0),
        ("EQ_microorganism=urn:example:micro", 0),
        ("EQ_chemicalSubstance=urn:example:chem", 0),
        ("EQ_bizRules=urn:example:rules", 0),
        ("EQ_stringValue=abc", 0),
        ("EQ_booleanValue=true", 0),
        ("EQ_hexBinaryValue=F0F0", 0),
        ("EQ_uriValue=urn:example:u", 0),
        ("EXISTS_sensorElementList=", 0),
        ("GE_percRank=50", 0),
        ("GE_value_KEL=300", 0),
        ("EQ_value_CEL=20", 0),
        ("LT_maxValue_XYZ=9", 0),
        ("GT_minValue_CEL=1&LE_meanValue_CEL=2&GE_sDev_CEL=3&LT_percValue_CEL=4", 0),
        ("HASATTR_bizLocation=urn:epcglobal:cbv:mda#sst", 0),
        ("EQATTR_readPoint_urn:epcglobal:cbv:mda#sst=201|202", 0),
        ("EQ_example:myField=abc", 0),
        ("GT_example:temp=21.5", 0),
        ("LE_example:when=2024-01-01T00:00:00Z", 0),
        ("EXISTS_INNER_ILMD_example:lot=", 0),
        ("EQ_ERROR_DECLARATION_example:why=x", 0),
        ("EQ_SENSORREPORT_example:c=5", 0),
        ("orderBy=recordTime&orderDirection=DESC&eventCountLimit=10", 0),
    ];

    internal static string Show(object? v) => v switch
    {
        null => "null",
        string s => "'" + s + "'",
        DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture) + "d",
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        int i => i.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => v.ToString() ?? "",
    };
}
