using System.Text;
using System.Xml;
using Epcis.Model.Errors;
using Epcis.Server.Http;

namespace Epcis.Server.Queries;

/// <summary>
/// <c>Collection</c> / <c>UriCollection</c> resources (<c>GET /</c>, the discovery lists and their <c>/{id}</c>) in the
/// format <c>Accept</c> asks for: JSON-LD (<see cref="JsonResponses.WriteCollectionAsync"/>) or XML.
/// </summary>
/// <remarks>
/// No GS1 schema defines an XML Collection: the OpenAPI of the REST binding describes these resources in JSON only, and
/// the EPCIS 2.0 XSD has no such element. The XML form here is this server's own, kept as plain as the JSON one:
/// <code>
/// &lt;epcis:Collection xmlns:epcis="urn:epcglobal:epcis:xsd:2"&gt;&lt;member&gt;shipping&lt;/member&gt;…&lt;/epcis:Collection&gt;
/// &lt;epcis:UriCollection xmlns:epcis="urn:epcglobal:epcis:xsd:2"&gt;&lt;member&gt;https://id.gs1.org/…&lt;/member&gt;…&lt;/epcis:UriCollection&gt;
/// </code>
/// The root is in the EPCIS 2.0 XML namespace with the JSON <c>type</c> as its local name; members are unqualified
/// <c>member</c> elements in list order, as EPCIS XML leaves child elements of its types unqualified.
/// </remarks>
internal static class CollectionResponses
{
    public const string XmlNamespace = "urn:epcglobal:epcis:xsd:2";

    /// <summary>The body format by <c>Accept</c>; 406 when the client accepts neither JSON nor XML.</summary>
    public static BodyFormat Negotiate(HttpRequest request) => MediaTypes.ResponseFormat(request)
        ?? throw new NotAcceptableException($"Accept '{request.Headers.Accept}' cannot be met: this resource is available as application/json, application/ld+json or application/xml");

    /// <summary>Writes the collection in <paramref name="format"/>.</summary>
    public static Task WriteAsync(HttpContext http, BodyFormat format, string type, IEnumerable<string> members) =>
        format == BodyFormat.Xml ? WriteXmlAsync(http, type, members) : JsonResponses.WriteCollectionAsync(http, type, members);

    private static async Task WriteXmlAsync(HttpContext http, string type, IEnumerable<string> members)
    {
        var ms = new MemoryStream();
        using (var w = XmlWriter.Create(ms, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
        {
            w.WriteStartDocument();
            w.WriteStartElement("epcis", type, XmlNamespace);
            foreach (var m in members) w.WriteElementString("member", m);
            w.WriteEndElement();
            w.WriteEndDocument();
        }
        http.Response.ContentType = MediaTypes.Xml;
        ms.Position = 0;
        await ms.CopyToAsync(http.Response.Body, http.RequestAborted);
    }
}
