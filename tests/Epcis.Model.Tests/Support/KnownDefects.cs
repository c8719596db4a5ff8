namespace Epcis.Model.Tests.Support;

/// <summary>
/// Shared example documents that are defective at the source, each with the text its rejection must contain.
/// Both the model tests and the HTTP capture tests check that these are refused with that reason.
/// </summary>
public static class KnownDefects
{
    public static readonly IReadOnlyDictionary<string, string> Documents = new Dictionary<string, string>
    {
        // epcis-spec.md §h.5: the JSON form must use bare CBV words; GS1's own example uses a CBV URN.
        ["gs1/XML/WithEventHashID/event_with_identical_hash_id_7.json"] = "bizStep",
        // GS1's 1.2 example misspells sensorMetadata as sensorMetaData (the 1.2 XSD has no sensor data at all).
        ["gs1/XSL/1.2/XML/AssociationEvent.xml"] = "sensorMetaData",
        // epcis-spec.md §g.3: GS1's sensor example misspells BizStep as Bizstep (CBV Web URIs are case-sensitive).
        ["gs1/XML/WithSensorData/SensorDataExamples.xml"] = "Bizstep-sensor_reporting",
        // An unqualified element in a 1.x extension wrapper is reserved for future standard fields (EPCIS 1.2 §9.3);
        // it has no JSON-LD form, so it is refused rather than silently dropped.
        ["gs1/XSL/1.2/XML/ObjectEvent.xml"] = "myField",
        // A made-up term in GS1's own CBV namespace; CBV 2.0 reserves https://ref.gs1.org/cbv/ for its standard terms.
        ["corpus/openepcis-test-resources/2.0/EPCIS/JSON/Capture/Documents/CurieString_document.json"] = "my_own_party",
        ["corpus/openepcis-test-resources/2.0/EPCIS/XML/Capture/Documents/CurieString_document.xml"] = "my_own_party",
        // OpenEPCIS "valid" XML that breaks the XSD (schemas/README.md lists each): events in the EPCIS namespace,
        // elements out of order, 2.0 fields or undeclared prefixes in 1.2 documents, a time without seconds.
        ["corpus/openepcis-test-resources/2.0/EPCIS/XML/Capture/Documents/Namespace_document.xml"] = "ObjectEvent",
        ["corpus/openepcis-test-resources/2.0/EPCIS/XML/Capture/Documents/JumbledFieldsOrder.xml"] = "invalid child element",
        ["corpus/openepcis-test-resources/1.2/EPCIS/XML/Capture/Documents/AssociationEvent_all_possible_fields.xml"] = "undeclared prefix",
        ["corpus/openepcis-test-resources/1.2/EPCIS/XML/Capture/Documents/Document_with_namespace.xml"] = "ObjectEvent",
        ["corpus/openepcis-test-resources/1.2/EPCIS/XML/Capture/Documents/Jumbled_attributes_order.xml"] = "invalid child element",
        ["corpus/openepcis-test-resources/1.2/EPCIS/XML/Capture/Documents/ObjectEvent_all_possible_fields.xml"] = "certificationInfo",
        ["corpus/openepcis-test-resources/1.2/EPCIS/XML/Capture/Documents/TransactionEvent_all_possible_fields.xml"] = "declarationTime",
    };
}
