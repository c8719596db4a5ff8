namespace Epcis.Model.Identifiers;

/// <summary>Writes the canonical GS1 Digital Link of a parsed GS1 EPC URN (TDS 2.x §7 "EPC URI ↔ GS1 element string" rules).</summary>
internal static class EpcToDigitalLink
{
    /// <summary>Appends the DL for <paramref name="urn"/>; false for non-GS1 schemes and patterns with no class-level key.</summary>
    public static bool TryWrite(string urn, in EpcUrnInfo info, ReadOnlySpan<Range> f, ref CharBuilder o)
    {
        if (info.Scheme is null) return false;
        ReadOnlySpan<char> s = urn;
        bool classLevel = false;
        if (info.Kind == UrnKind.Pattern && info.FirstWildcard < info.FieldCount)
        {
            // Only "everything but the serial" patterns name a GS1 key on its own (e.g. idpat:sgtin:CP.Ref.* = the GTIN).
            if (info.FirstWildcard != info.FieldCount - 1) return false;
            if (info.Scheme.Name is not ("sgtin" or "upui" or "grai" or "gdti" or "sgcn" or "itip" or "cpi")) return false;
            classLevel = true;
        }

        ReadOnlySpan<char> cp = s[f[0]];
        ReadOnlySpan<char> second = s[f[1]];
        o.Append(DigitalLinkParser.CanonicalRoot);
        switch (info.Scheme.Name)
        {
            case "sgtin":
            case "upui":
            case "lgtin":
                o.Append("01/");
                AppendIndicatorKey(ref o, cp, second);
                if (!classLevel)
                {
                    o.Append(info.Scheme.Name switch { "sgtin" => "/21/", "upui" => "/235/", _ => "/10/" });
                    AppendUrnValueAsDl(ref o, s[f[2]]);
                }
                return true;
            case "sscc":
                o.Append("00/");
                AppendIndicatorKey(ref o, cp, second);
                return true;
            case "sgln":
                o.Append("414/");
                AppendKey(ref o, cp, second);
                if (s[f[2]] is not "0") // TDS: extension "0" means the GLN itself (no AI 254)
                {
                    o.Append("/254/");
                    AppendUrnValueAsDl(ref o, s[f[2]]);
                }
                return true;
            case "pgln":
                o.Append("417/");
                AppendKey(ref o, cp, second);
                return true;
            case "grai":
                o.Append("8003/0"); // AI 8003 starts with a fixed zero before the 13-digit GRAI
                AppendKey(ref o, cp, second);
                if (!classLevel) AppendUrnValueAsDl(ref o, s[f[2]]);
                return true;
            case "giai":
                o.Append("8004/");
                o.Append(cp);
                AppendUrnValueAsDl(ref o, second);
                return true;
            case "gsrn":
            case "gsrnp":
                o.Append(info.Scheme.Name == "gsrn" ? "8018/" : "8017/");
                AppendKey(ref o, cp, second);
                return true;
            case "gdti":
            case "sgcn":
                o.Append(info.Scheme.Name == "gdti" ? "253/" : "255/");
                AppendKey(ref o, cp, second);
                if (!classLevel) AppendUrnValueAsDl(ref o, s[f[2]]);
                return true;
            case "cpi":
                o.Append("8010/");
                o.Append(cp);
                AppendUrnValueAsDl(ref o, second);
                if (!classLevel)
                {
                    o.Append("/8011/");
                    o.Append(s[f[2]]);
                }
                return true;
            case "ginc":
                o.Append("401/");
                o.Append(cp);
                AppendUrnValueAsDl(ref o, second);
                return true;
            case "gsin":
                o.Append("402/");
                AppendKey(ref o, cp, second);
                return true;
            case "itip":
                o.Append("8006/");
                AppendIndicatorKey(ref o, cp, second);
                o.Append(s[f[2]]);
                o.Append(s[f[3]]);
                if (!classLevel)
                {
                    o.Append("/21/");
                    AppendUrnValueAsDl(ref o, s[f[4]]);
                }
                return true;
            default:
                return false;
        }
    }

    /// <summary>GTIN-14 / SSCC-18: indicator (first digit of the second part) + CP + rest + check digit.</summary>
    private static void AppendIndicatorKey(ref CharBuilder o, ReadOnlySpan<char> cp, ReadOnlySpan<char> indicatorRef)
    {
        int start = o.Length;
        o.Append(indicatorRef[0]);
        o.Append(cp);
        o.Append(indicatorRef[1..]);
        o.Append(Gs1CheckDigit.CharFor(o.AsSpan()[start..]));
    }

    /// <summary>GLN, GSRN, GDTI … : CP + reference + check digit.</summary>
    private static void AppendKey(ref CharBuilder o, ReadOnlySpan<char> cp, ReadOnlySpan<char> reference)
    {
        int start = o.Length;
        o.Append(cp);
        o.Append(reference);
        o.Append(Gs1CheckDigit.CharFor(o.AsSpan()[start..]));
    }

    /// <summary>Re-encodes an (already validated) URN-escaped value with Digital Link percent-encoding.</summary>
    private static void AppendUrnValueAsDl(ref CharBuilder o, ReadOnlySpan<char> value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == '%')
            {
                c = (char)(Gs1Text.HexValue(value[i + 1]) * 16 + Gs1Text.HexValue(value[i + 2]));
                i += 2;
            }
            if (Gs1Text.IsDlLiteral(c)) o.Append(c);
            else o.AppendHex(c);
        }
    }
}
