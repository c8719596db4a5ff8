namespace Epcis.Model.Identifiers;

/// <summary>Converts EPC URNs and GS1 Digital Link URIs to the constrained canonical Digital Link EPCIS compares and hashes.</summary>
/// <remarks>CBV 2.0 §8.2.4.2/§8.3.3.2 (only the highly constrained DL form in EPCIS) and the CBV 2.0 event hash rule 10.</remarks>
public static class DigitalLink
{
    private const int StackChars = 256;

    /// <summary>Converts a GS1 EPC URN (id, lgtin class, or class-level idpat) to its DL on https://id.gs1.org; false when it has none.</summary>
    public static bool TryFromEpcUrn(string urn, out string digitalLink)
    {
        ArgumentNullException.ThrowIfNull(urn);
        digitalLink = string.Empty;
        Span<Range> fields = stackalloc Range[EpcUrnParser.MaxFields];
        if (!EpcUrnParser.TryParse(urn, fields, out EpcUrnInfo info, wantError: false, out _)) return false;
        var output = new CharBuilder(stackalloc char[StackChars]);
        try
        {
            if (!EpcToDigitalLink.TryWrite(urn, info, fields, ref output)) return false;
            digitalLink = output.ToString();
            return true;
        }
        finally
        {
            output.Dispose();
        }
    }

    /// <summary>Normalises any GS1 Digital Link URI to the constrained canonical form; false when it is not a valid DL.</summary>
    public static bool TryNormalise(string uri, out string canonical)
    {
        ArgumentNullException.ThrowIfNull(uri);
        string? result = Normalise(uri);
        canonical = result ?? string.Empty;
        return result is not null;
    }

    /// <summary>The form used for hashing and comparison: EPC URN → DL, DL → constrained canonical DL, anything else unchanged.</summary>
    public static string Canonical(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        if (identifier.StartsWith("urn:epc:", StringComparison.Ordinal))
            return TryFromEpcUrn(identifier, out string dl) ? dl : identifier;
        if (identifier.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            return Normalise(identifier) ?? identifier;
        return identifier;
    }

    /// <summary>Returns the canonical DL (the input instance itself when already canonical), or null.</summary>
    private static string? Normalise(string uri)
    {
        var scratch = new CharBuilder(stackalloc char[StackChars]);
        var output = new CharBuilder(stackalloc char[StackChars]);
        try
        {
            if (!DigitalLinkParser.TryParse(uri, ref scratch, out DlParts parts)) return null;
            DigitalLinkParser.WriteCanonical(parts, ref output);
            return output.AsSpan().SequenceEqual(uri) ? uri : output.ToString();
        }
        finally
        {
            output.Dispose();
            scratch.Dispose();
        }
    }
}
