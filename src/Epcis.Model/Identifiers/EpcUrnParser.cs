namespace Epcis.Model.Identifiers;

/// <summary>Result of parsing an EPC URN: kind, scheme (null for non-GS1 schemes) and where its parts are.</summary>
internal readonly record struct EpcUrnInfo(UrnKind Kind, EpcScheme? Scheme, string SchemeName, int FieldCount, int FirstWildcard);

/// <summary>Syntax check of <c>urn:epc:id:</c>, <c>urn:epc:class:</c> and <c>urn:epc:idpat:</c> values (TDS 2.x §6 and §8 grammar).</summary>
internal static class EpcUrnParser
{
    public const int MaxFields = 6;

    /// <summary>Parses and checks <paramref name="urn"/>; <paramref name="fields"/> (≥ <see cref="MaxFields"/>) receives absolute ranges of the parts.</summary>
    public static bool TryParse(string urn, Span<Range> fields, out EpcUrnInfo info, bool wantError, out string? error)
    {
        info = default;
        error = null;
        ReadOnlySpan<char> s = urn;
        UrnKind kind;
        int schemeStart;
        if (s.StartsWith("urn:epc:id:")) { kind = UrnKind.Id; schemeStart = 11; }
        else if (s.StartsWith("urn:epc:class:")) { kind = UrnKind.Class; schemeStart = 14; }
        else if (s.StartsWith("urn:epc:idpat:")) { kind = UrnKind.Pattern; schemeStart = 14; }
        else return Fail(wantError, out error, $"'{urn}' is not an EPC URN (urn:epc:id:, urn:epc:class: or urn:epc:idpat:)");

        int colon = s[schemeStart..].IndexOf(':');
        if (colon <= 0 || schemeStart + colon + 1 >= s.Length)
            return Fail(wantError, out error, $"'{urn}' must be {s[..schemeStart]}{{scheme}}:{{body}} with a non-empty scheme and body");
        ReadOnlySpan<char> schemeName = s.Slice(schemeStart, colon);
        int bodyStart = schemeStart + colon + 1;
        ReadOnlySpan<char> body = s[bodyStart..];
        EpcScheme? scheme = EpcScheme.Find(kind, schemeName);
        string prefix = kind switch { UrnKind.Id => "urn:epc:id:", UrnKind.Class => "urn:epc:class:", _ => "urn:epc:idpat:" };

        if (scheme is null)
        {
            if (kind == UrnKind.Class)
                return Fail(wantError, out error, $"'{urn}': the only EPC class scheme is urn:epc:class:lgtin");
            info = new EpcUrnInfo(kind, null, schemeName.ToString(), 0, 0);
            return LightCheck(urn, schemeName, body, wantError, out error);
        }

        int count = body.Split(fields[..MaxFields], '.');
        if (count != scheme.Fields.Count || body[fields[count - 1]].Contains('.'))
        {
            int found = body.Count('.') + 1;
            return Fail(wantError, out error, $"'{urn}': {prefix}{scheme.Name} must have {scheme.Fields.Count} parts {scheme.Parts}, found {found}");
        }
        for (int i = 0; i < count; i++)
            fields[i] = new Range(bodyStart + fields[i].Start.Value, bodyStart + fields[i].End.Value);

        int firstWildcard = count;
        for (int i = 0; i < count; i++)
        {
            bool star = s[fields[i]] is "*";
            if (kind == UrnKind.Pattern && star) { if (firstWildcard == count) firstWildcard = i; continue; }
            if (firstWildcard < count)
                return Fail(wantError, out error, $"'{urn}': in an EPC pattern a '*' part may only be followed by further '*' parts");
        }

        int cpLength = firstWildcard > 0 ? s[fields[0]].Length : 0;
        Span<char> buffer = stackalloc char[64];
        for (int i = 0; i < firstWildcard; i++)
        {
            EpcFieldRule rule = scheme.Fields[i];
            ReadOnlySpan<char> part = s[fields[i]];
            string? problem = rule.Kind switch
            {
                EpcFieldKind.CompanyPrefix => part.Length is >= 6 and <= 12 && Gs1Text.AllDigits(part)
                    ? null : "CompanyPrefix must be 6 to 12 digits",
                EpcFieldKind.NumericRef => (part.IsEmpty || Gs1Text.AllDigits(part)) && cpLength + part.Length == scheme.NumericTotal
                    ? null : $"CompanyPrefix + {rule.Name} must be {scheme.NumericTotal} digits in total, found {cpLength} + {part.Length}{(part.IsEmpty || Gs1Text.AllDigits(part) ? "" : " with non-digits")}",
                EpcFieldKind.Gs3a3Ref => CheckText(part, 30 - cpLength, Gs1Text.IsSet82, buffer)
                    ? null : $"{rule.Name} must be 1 to {30 - cpLength} characters (30 with the CompanyPrefix) of GS1 set 82, with \" % & / < > ? escaped as %22 %25 %26 %2F %3C %3E %3F",
                EpcFieldKind.Set39Ref => CheckText(part, 30 - cpLength, Gs1Text.IsSet39, buffer)
                    ? null : $"{rule.Name} must be 1 to {30 - cpLength} characters (30 with the CompanyPrefix) from 0-9 A-Z - with # and / escaped as %23 and %2F",
                EpcFieldKind.Gs3a3 => CheckText(part, rule.Max, Gs1Text.IsSet82, buffer)
                    ? null : $"{rule.Name} must be 1 to {rule.Max} characters of GS1 set 82, with \" % & / < > ? escaped as %22 %25 %26 %2F %3C %3E %3F",
                EpcFieldKind.Digits => part.Length >= 1 && part.Length <= rule.Max && Gs1Text.AllDigits(part)
                    ? null : $"{rule.Name} must be 1 to {rule.Max} digits",
                EpcFieldKind.TwoDigits => part.Length == 2 && Gs1Text.AllDigits(part) ? null : $"{rule.Name} must be exactly 2 digits",
                _ => null,
            };
            if (problem is not null)
                return Fail(wantError, out error, $"'{urn}': {prefix}{scheme.Name} {scheme.Parts}: {problem}");
        }

        info = new EpcUrnInfo(kind, scheme, scheme.Name, count, firstWildcard);
        return true;
    }

    private static bool CheckText(ReadOnlySpan<char> part, int max, Func<char, bool> allowed, Span<char> buffer)
    {
        var decoded = new CharBuilder(buffer);
        try
        {
            return Gs1Text.TryUnescape(part, ref decoded, allowed, strictUrn: true) && decoded.Length >= 1 && decoded.Length <= max;
        }
        finally
        {
            decoded.Dispose();
        }
    }

    /// <summary>Non-GS1 TDS schemes (gid, usdod, adi, bic, imovn, …): scheme name and URN characters only, plus gid's three numbers.</summary>
    private static bool LightCheck(string urn, ReadOnlySpan<char> scheme, ReadOnlySpan<char> body, bool wantError, out string? error)
    {
        error = null;
        foreach (char c in scheme)
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '-')
                return Fail(wantError, out error, $"'{urn}': EPC scheme names use lower-case letters and digits only");
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c == '%')
            {
                if (i + 2 >= body.Length || !char.IsAsciiHexDigit(body[i + 1]) || !char.IsAsciiHexDigit(body[i + 2]))
                    return Fail(wantError, out error, $"'{urn}': '%' must start a %XX escape");
                i += 2;
            }
            else if (!char.IsAsciiLetterOrDigit(c) && "-._~!$'()*+,;=:@".IndexOf(c) < 0)
            {
                return Fail(wantError, out error, $"'{urn}': character '{c}' is not allowed in an EPC URN (RFC 8141)");
            }
        }
        if (scheme is "gid")
        {
            int parts = 0;
            foreach (Range r in body.Split('.'))
            {
                parts++;
                ReadOnlySpan<char> p = body[r];
                if (!(p is "*" || Gs1Text.AllDigits(p)))
                    return Fail(wantError, out error, $"'{urn}': urn:epc:id:gid must have 3 numeric parts ManagerNumber.ObjectClass.SerialNumber");
            }
            if (parts != 3)
                return Fail(wantError, out error, $"'{urn}': urn:epc:id:gid must have 3 numeric parts ManagerNumber.ObjectClass.SerialNumber, found {parts}");
        }
        return true;
    }

    private static bool Fail(bool wantError, out string? error, string message)
    {
        error = wantError ? message : null;
        return false;
    }
}
