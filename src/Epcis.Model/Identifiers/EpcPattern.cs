using System.Diagnostics.CodeAnalysis;

namespace Epcis.Model.Identifiers;

/// <summary>Parses EPC pattern URNs (<c>urn:epc:idpat:sgtin:0614141.107346.*</c>) and matches identifiers (URN or Digital Link) against them.</summary>
/// <remarks>TDS 2.x §8 (EPC pattern URIs): a part is either a value or <c>*</c>, and wildcards only trail. EPCIS 2.0 §8.2.7.1.1 uses
/// them in MATCH_ query parameters. An identifier given as Digital Link is compared in URN form, split with the pattern's own
/// company-prefix length; an sgtin pattern whose serial is <c>*</c> also matches that GTIN's lgtin classes and the bare GTIN.</remarks>
public static class EpcPattern
{
    /// <summary>Parses a pattern URN; false (with a message) when it is not a syntactically valid <c>urn:epc:idpat:</c> value.</summary>
    public static bool TryParse(string patternUrn, [NotNullWhen(true)] out EpcPatternParts? pattern, out string? error)
    {
        ArgumentNullException.ThrowIfNull(patternUrn);
        pattern = null;
        Span<Range> fields = stackalloc Range[EpcUrnParser.MaxFields];
        if (!EpcUrnParser.TryParse(patternUrn, fields, out EpcUrnInfo info, wantError: true, out error)) return false;
        if (info.Kind != UrnKind.Pattern)
        {
            error = $"'{patternUrn}' is not an EPC pattern (urn:epc:idpat:…)";
            return false;
        }
        string[] parts;
        int firstWildcard;
        if (info.Scheme is not null)
        {
            parts = new string[info.FieldCount];
            for (int i = 0; i < parts.Length; i++) parts[i] = patternUrn[fields[i]];
            firstWildcard = info.FirstWildcard;
        }
        else
        {
            parts = patternUrn[(14 + info.SchemeName.Length + 1)..].Split('.');
            firstWildcard = Array.IndexOf(parts, "*");
            if (firstWildcard < 0) firstWildcard = parts.Length;
            for (int i = firstWildcard; i < parts.Length; i++)
            {
                if (parts[i] != "*")
                {
                    error = $"'{patternUrn}': in an EPC pattern a '*' part may only be followed by further '*' parts";
                    return false;
                }
            }
        }
        pattern = new EpcPatternParts(patternUrn, info.SchemeName, parts, firstWildcard, info.Scheme is not null);
        return true;
    }

    /// <summary>True when the identifier (EPC URN or GS1 Digital Link) falls under the pattern; false for invalid patterns.</summary>
    public static bool Matches(string patternUrn, string canonicalOrUrnIdentifier) =>
        TryParse(patternUrn, out EpcPatternParts? pattern, out _) && Matches(pattern, canonicalOrUrnIdentifier);

    /// <summary>True when the identifier (EPC URN or GS1 Digital Link) falls under the already parsed pattern.</summary>
    public static bool Matches(EpcPatternParts pattern, string canonicalOrUrnIdentifier)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(canonicalOrUrnIdentifier);
        return pattern.IsGs1 ? MatchesGs1(pattern, canonicalOrUrnIdentifier) : MatchesOther(pattern, canonicalOrUrnIdentifier);
    }

    private static bool MatchesGs1(EpcPatternParts pattern, string identifier)
    {
        string dl = DigitalLink.Canonical(identifier);
        var scratch = new CharBuilder(stackalloc char[256]);
        var urn = new CharBuilder(stackalloc char[256]);
        try
        {
            if (!DigitalLinkParser.TryParse(dl, ref scratch, out DlParts parts)) return false;
            string? scheme = DigitalLinkToEpc.SchemeOf(parts.Primary, parts.PrimaryValue, parts.Qualifier);
            if (scheme is null) return false;
            int lastPart = pattern.Parts.Count - 1;
            bool sameScheme = scheme == pattern.InstancePrefix
                || (scheme == pattern.PatternPrefix && pattern.FirstWildcard <= lastPart)
                || (pattern.Scheme == "sgtin" && scheme == "urn:epc:class:lgtin:" && pattern.FirstWildcard <= lastPart);
            if (!sameScheme) return false;
            if (pattern.FirstWildcard == 0) return true;

            // Split the key with the pattern's own company-prefix length, then compare the concrete parts.
            if (!DigitalLinkToEpc.TryWrite(parts, pattern.Parts[0].Length, ref urn)) return false;
            ReadOnlySpan<char> body = urn.AsSpan()[scheme.Length..];
            int index = 0;
            foreach (Range r in body.Split('.'))
            {
                if (index >= pattern.FirstWildcard) break;
                if (body[r] is "*" || !UrnPartEquals(body[r], pattern.Parts[index])) return false;
                index++;
            }
            return index == pattern.FirstWildcard;
        }
        finally
        {
            urn.Dispose();
            scratch.Dispose();
        }
    }

    private static bool MatchesOther(EpcPatternParts pattern, string identifier)
    {
        if (!identifier.StartsWith(pattern.InstancePrefix, StringComparison.Ordinal)) return false;
        ReadOnlySpan<char> body = identifier.AsSpan(pattern.InstancePrefix.Length);
        int index = 0;
        foreach (Range r in body.Split('.'))
        {
            if (index >= pattern.Parts.Count) return false;
            if (index < pattern.FirstWildcard && !UrnPartEquals(body[r], pattern.Parts[index])) return false;
            index++;
        }
        return index == pattern.Parts.Count;
    }

    /// <summary>Compares two URN parts after undoing %-escapes (so <c>%2F</c> and <c>%2f</c> agree).</summary>
    private static bool UrnPartEquals(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.SequenceEqual(b)) return true;
        var da = new CharBuilder(stackalloc char[64]);
        var db = new CharBuilder(stackalloc char[64]);
        try
        {
            return Gs1Text.TryUnescape(a, ref da, static _ => true, strictUrn: false)
                && Gs1Text.TryUnescape(b, ref db, static _ => true, strictUrn: false)
                && da.AsSpan().SequenceEqual(db.AsSpan());
        }
        finally
        {
            db.Dispose();
            da.Dispose();
        }
    }
}
