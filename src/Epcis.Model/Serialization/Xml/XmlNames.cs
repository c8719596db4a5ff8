namespace Epcis.Model.Serialization.Xml;

/// <summary>The XML namespaces of EPCIS 1.2 and 2.0 documents (EPCIS 2.0 §9; EPCIS 1.2 §9).</summary>
public static class XmlNames
{
    public const string Epcis2 = "urn:epcglobal:epcis:xsd:2";
    public const string Query2 = "urn:epcglobal:epcis-query:xsd:2";
    public const string MasterData2 = "urn:epcglobal:epcis-masterdata:xsd:2";
    public const string Epcis1 = "urn:epcglobal:epcis:xsd:1";
    public const string Query1 = "urn:epcglobal:epcis-query:xsd:1";
    public const string MasterData1 = "urn:epcglobal:epcis-masterdata:xsd:1";
    public const string Sbdh = "http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader";
    public const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    public const string Xsd = "http://www.w3.org/2001/XMLSchema";
    public const string Xmlns = "http://www.w3.org/2000/xmlns/";
}
