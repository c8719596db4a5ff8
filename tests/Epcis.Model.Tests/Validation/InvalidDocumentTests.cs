using System.Text;
using Epcis.Model.Capture.Validation;
using Epcis.Model.Errors;
using Epcis.Model.Serialization.JsonLd;
using Epcis.Model.Serialization.Xml;
using Epcis.Model.Tests.Support;

namespace Epcis.Model.Tests.Validation;

/// <summary>Every invalid corpus document is rejected, and the error names where and what.</summary>
public class InvalidDocumentTests
{
    public static TheoryData<string> InvalidDocuments()
    {
        var data = new TheoryData<string>();
        foreach (var f in SharedData.Files("corpus/openepcis-test-resources/2.0/EPCIS/JSON/Capture/Invalid", "*.json")) data.Add(f);
        foreach (var f in SharedData.Files("corpus/openepcis-test-resources/2.0/EPCIS/XML/Capture/Invalid", "*.xml")) data.Add(f);
        return data;
    }

    /// <summary>The field each invalid document gets wrong, as our error must name it.</summary>
    private static readonly Dictionary<string, string> Culprits = new()
    {
        ["Combination_of_events_with_missing_mandatory_fields.json"] = "eventTime",
        ["Combination_of_non_standard_bizStep_and_disposition.json"] = "bizStep",
        ["EPCISDocument_without_context.json"] = "@context",
        ["ObjectEvent_with_ilmd_field_without_namespace.json"] = "ilmd",
        ["ObjectEvent_with_invalid_action.json"] = "action",
        ["ObjectEvent_with_invalid_certificationInfo.json"] = "certificationInfo",
        ["ObjectEvent_with_invalid_eventTime_format.json"] = "eventTime",
        ["ObjectEvent_with_non_standard_bizStep.json"] = "bizStep",
        ["ObjectEvent_with_non_standard_bizStep_in_second_event.json"] = "eventList/1/bizStep",
        ["ObjectEvent_with_non_standard_disposition.json"] = "disposition",
        ["ObjectEvent_with_quantity_as_text.json"] = "quantity",
        ["ObjectEvent_with_unknown_field_in_quantityList.json"] = "quantityList",
        ["ObjectEvent_without_action_and_eventTime.json"] = "action",
        ["ObjectEvent_without_identifier_list.json"] = "epcList",
        ["ObjectEvent_bare_event_without_action.xml"] = "action",
        ["ObjectEvent_with_invalid_action.xml"] = "action",
        ["ObjectEvent_with_invalid_eventTime_format.xml"] = "eventTime",
        ["ObjectEvent_with_near_miss_action.xml"] = "action",
        ["ObjectEvent_with_unknown_element.xml"] = "ObjectEvent",
        ["ObjectEvent_with_wrong_element_order.xml"] = "ObjectEvent",
        ["ObjectEvent_without_eventTime.xml"] = "eventTime",
    };

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public void Invalid_document_is_rejected_with_a_message_naming_the_field(string path)
    {
        Action read = () => { TestDocuments.Read(path, CaptureValidation.Strict()); throw new InvalidOperationException(path + " was accepted"); };
        var ex = Assert.Throws<ValidationException>(read);
        Assert.All(ex.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Location), "every error has a location"));
        var text = string.Join("\n", ex.Errors);
        if (Culprits.TryGetValue(Path.GetFileName(path), out var field)) Assert.Contains(field, text);
    }

    private static ValidationException RejectJson(string json) =>
        Assert.Throws<ValidationException>(() => EpcisJsonReader.ReadDocument(new MemoryStream(Encoding.UTF8.GetBytes(json)), CaptureValidation.Strict()));

    private static ValidationException RejectXml(string xml) =>
        Assert.Throws<ValidationException>(() => EpcisXmlReader.ReadDocument(new MemoryStream(Encoding.UTF8.GetBytes(xml)), CaptureValidation.Strict()));

    private const string Ctx = "\"@context\":\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\",\"type\":\"EPCISDocument\",\"schemaVersion\":\"2.0\",\"creationDate\":\"2024-01-01T00:00:00Z\"";
    private const string GoodEvent = "{\"type\":\"ObjectEvent\",\"eventTime\":\"2024-01-01T00:00:00Z\",\"eventTimeZoneOffset\":\"+00:00\",\"epcList\":[\"urn:epc:id:sgtin:0614141.107346.2017\"],\"action\":\"OBSERVE\"}";

    [Fact]
    public void A_well_formed_minimal_document_is_accepted() =>
        Assert.Single(EpcisJsonReader.ReadDocument(new MemoryStream(Encoding.UTF8.GetBytes("{" + Ctx + ",\"epcisBody\":{\"eventList\":[" + GoodEvent + "]}}")), CaptureValidation.Strict()).Events);

    [Fact]
    public void Malformed_JSON_is_a_ValidationException() => Assert.Contains("JSON", RejectJson("{" + Ctx + ",\"epcisBody\":{\"eventList\":[{\"type\":}]}}").Message);

    [Fact]
    public void Truncated_JSON_is_a_ValidationException() => Assert.Contains("truncated", RejectJson("{" + Ctx + ",\"epcisBody\":{\"eventList\":[" + GoodEvent).Message);

    [Fact]
    public void Empty_JSON_body_is_a_ValidationException() => RejectJson("");

    [Fact]
    public void Unknown_event_type_without_namespace_is_rejected() =>
        Assert.Contains("type", RejectJson("{" + Ctx + ",\"epcisBody\":{\"eventList\":[" + GoodEvent.Replace("ObjectEvent", "QuantityEvent") + "]}}").Message);

    [Fact]
    public void JSON_nested_deeper_than_the_limit_is_rejected()
    {
        var deep = string.Concat(Enumerable.Repeat("{\"ex:a\":", 200)) + "1" + new string('}', 200);
        var doc = "{" + Ctx + ",\"@context\":[\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\",{\"ex\":\"https://ex.org/\"}],\"epcisBody\":{\"eventList\":[" + GoodEvent.TrimEnd('}') + ",\"ex:deep\":" + deep + "}]}}";
        Assert.Contains("depth", RejectJson(doc).Message, StringComparison.OrdinalIgnoreCase);
    }

    private const string XmlHead = "<epcis:EPCISDocument xmlns:epcis=\"urn:epcglobal:epcis:xsd:2\" schemaVersion=\"2.0\" creationDate=\"2024-01-01T00:00:00Z\"><EPCISBody><EventList>";
    private const string XmlEvent = "<ObjectEvent><eventTime>2024-01-01T00:00:00Z</eventTime><eventTimeZoneOffset>+00:00</eventTimeZoneOffset><epcList><epc>urn:epc:id:sgtin:0614141.107346.2017</epc></epcList><action>OBSERVE</action></ObjectEvent>";
    private const string XmlTail = "</EventList></EPCISBody></epcis:EPCISDocument>";

    [Fact]
    public void A_well_formed_minimal_XML_document_is_accepted() =>
        Assert.Single(EpcisXmlReader.ReadDocument(new MemoryStream(Encoding.UTF8.GetBytes(XmlHead + XmlEvent + XmlTail)), CaptureValidation.Strict()).Events);

    [Fact]
    public void External_entity_is_refused() =>
        Assert.Contains("DTD", RejectXml("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + XmlHead + XmlEvent.Replace("OBSERVE", "&xxe;") + XmlTail).Message);

    [Fact]
    public void Entity_expansion_bomb_is_refused() =>
        Assert.Contains("DTD", RejectXml("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>" + XmlHead + XmlEvent.Replace("OBSERVE", "&b;") + XmlTail).Message);

    [Fact]
    public void Wrong_root_namespace_is_rejected() =>
        Assert.Contains("namespace", RejectXml(XmlHead.Replace("urn:epcglobal:epcis:xsd:2", "urn:example:wrong") + XmlEvent + XmlTail).Message);

    [Fact]
    public void Malformed_XML_is_a_ValidationException() => Assert.Contains("well-formed", RejectXml(XmlHead + XmlEvent + "</EventList>").Message);

    [Fact]
    public void XML_nested_deeper_than_the_limit_is_rejected()
    {
        var deep = string.Concat(Enumerable.Repeat("<ex:a xmlns:ex=\"https://ex.org/\">", 100)) + string.Concat(Enumerable.Repeat("</ex:a>", 100));
        var ex = RejectXml(XmlHead + XmlTail.Replace("</EventList></EPCISBody>", "</EventList></EPCISBody>" + deep));
        Assert.Contains("deeper", ex.Message);
    }
}
