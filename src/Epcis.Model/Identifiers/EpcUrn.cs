namespace Epcis.Model.Identifiers;

/// <summary>EPC URN services: Digital Link → URN translation (for <c>GS1-EPC-Format: Always_EPC_URN</c>) and syntax validation.</summary>
public static class EpcUrn
{
    /// <summary>Translates a GS1 Digital Link to its EPC URN; false when it is no valid DL, has no URN form, or the company-prefix length is unknown (keep the captured form then).</summary>
    public static bool TryFromDigitalLink(string dl, ICompanyPrefixLengths? prefixes, out string urn)
    {
        ArgumentNullException.ThrowIfNull(dl);
        urn = string.Empty;
        if (prefixes is null) return false; // TDS: the GCP length cannot be derived from the key digits
        var scratch = new CharBuilder(stackalloc char[256]);
        var output = new CharBuilder(stackalloc char[256]);
        try
        {
            if (!DigitalLinkParser.TryParse(dl, ref scratch, out DlParts parts)) return false;
            if (DigitalLinkToEpc.SchemeOf(parts.Primary, parts.PrimaryValue, parts.Qualifier) is null) return false;
            int? length = prefixes.LengthOf(DigitalLinkToEpc.CompanyPrefixDigits(parts.Primary, parts.PrimaryValue));
            if (length is null or 0) return false; // unknown, or a range GS1 marks as having no company prefix
            if (!DigitalLinkToEpc.TryWrite(parts, length.Value, ref output)) return false;
            urn = output.ToString();
            return true;
        }
        finally
        {
            output.Dispose();
            scratch.Dispose();
        }
    }

    /// <summary>Checks an <c>urn:epc:id:</c>/<c>urn:epc:class:</c>/<c>urn:epc:idpat:</c> URN's syntax; the error names the part and rule broken.</summary>
    /// <remarks>GS1 schemes are checked per TDS 2.x §6.3 (part counts, digit totals, character sets, escapes);
    /// other TDS schemes (gid, usdod, adi, bic, imovn, …) only get character-level checks.</remarks>
    public static bool TryValidate(string value, out string? error)
    {
        ArgumentNullException.ThrowIfNull(value);
        Span<Range> fields = stackalloc Range[EpcUrnParser.MaxFields];
        return EpcUrnParser.TryParse(value, fields, out _, wantError: true, out error);
    }
}
