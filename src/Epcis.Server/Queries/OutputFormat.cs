using Epcis.Model.Errors;
using Epcis.Model.Identifiers;
using Epcis.Model.Serialization;
using Epcis.Server.Http;

namespace Epcis.Server.Queries;

/// <summary>
/// How query results are written: the body format chosen by <c>Accept</c>, identifiers per <c>GS1-EPC-Format</c>
/// and (XML only) CBV values per <c>GS1-CBV-XML-Format</c> (EPCIS 2.0 REST binding; epcis-spec.md g.2, g.3).
/// </summary>
internal sealed record OutputFormat(BodyFormat Body, string ContentType, EpcisWriterOptions Writer)
{
    public const string EpcFormatHeader = "GS1-EPC-Format";
    public const string CbvXmlFormatHeader = "GS1-CBV-XML-Format";

    /// <summary>The values of <c>GS1-EPC-Format</c>, the default (absent header) first.</summary>
    public static readonly string[] EpcFormats = ["Always_GS1_Digital_Link", "Always_EPC_URN", "No_Preference", "Never_Translates"];

    /// <summary>The values of <c>GS1-CBV-XML-Format</c>, the default first.</summary>
    public static readonly string[] CbvXmlFormats = ["Always_URN", "Always_Web_URI", "No_Preference", "Never_Translates"];

    /// <summary>Reads <c>Accept</c>, <c>GS1-EPC-Format</c> and <c>GS1-CBV-XML-Format</c>; 406 NotAcceptableException when one cannot be met.</summary>
    /// <param name="request">The request.</param>
    /// <param name="prefixes">The company-prefix table for Always_EPC_URN, or null.</param>
    /// <param name="epcFormatWhenAbsent">The GS1-EPC-Format used when the header is absent (default: the binding's Always_GS1_Digital_Link).</param>
    public static OutputFormat Of(HttpRequest request, ICompanyPrefixLengths? prefixes, string? epcFormatWhenAbsent = null)
    {
        var epcFormat = request.Headers[EpcFormatHeader].Count == 0 && epcFormatWhenAbsent is not null ? epcFormatWhenAbsent : Header(request, EpcFormatHeader, EpcFormats);
        var body = MediaTypes.ResponseFormat(request)
            ?? throw new NotAcceptableException($"Accept '{request.Headers.Accept}' cannot be met: query results are available as application/json, application/ld+json or application/xml");
        var contentType = body == BodyFormat.Xml ? MediaTypes.Xml
            : request.Headers.Accept.ToString().Contains(MediaTypes.JsonLd, StringComparison.OrdinalIgnoreCase) ? MediaTypes.JsonLd : MediaTypes.Json;
        return new OutputFormat(body, contentType, new EpcisWriterOptions
        {
            MapIdentifier = IdentifierMap(epcFormat, prefixes),
            CbvAsWebUri = body == BodyFormat.Xml && Header(request, CbvXmlFormatHeader, CbvXmlFormats) == "Always_Web_URI",
        });
    }

    /// <summary>The identifier mapping for a <c>GS1-EPC-Format</c> value (null writes identifiers as captured).</summary>
    public static Func<string, string>? IdentifierMap(string epcFormat, ICompanyPrefixLengths? prefixes) => epcFormat switch
    {
        "Always_GS1_Digital_Link" => static v => v.StartsWith("urn:epc:", StringComparison.Ordinal) && DigitalLink.TryFromEpcUrn(v, out var dl) ? dl : v,
        // Without the prefix table (or for a prefix it does not know) the GCP length is unknown: keep the captured form.
        "Always_EPC_URN" => v => v.StartsWith("http", StringComparison.OrdinalIgnoreCase) && EpcUrn.TryFromDigitalLink(v, prefixes, out var urn) ? urn : v,
        _ => null, // No_Preference and Never_Translates: as captured
    };

    /// <summary>A header's value checked against its allowed values; the first one when the header is absent.</summary>
    public static string Header(HttpRequest request, string name, string[] allowed)
    {
        var raw = request.Headers[name].ToString().Trim();
        if (raw.Length == 0) return allowed[0];
        foreach (var a in allowed)
            if (string.Equals(a, raw, StringComparison.OrdinalIgnoreCase)) return a;
        throw new NotAcceptableException($"{name} '{raw}' is not supported; use one of {string.Join(", ", allowed)}");
    }
}
