namespace Epcis.Model.Identifiers;

/// <summary>Writes the EPC URN for a parsed constrained Digital Link, given the company-prefix length (TDS 2.x §7).</summary>
internal static class DigitalLinkToEpc
{
    /// <summary>The URN prefix a DL maps to (e.g. <c>urn:epc:id:sgtin:</c>), or null when TDS defines none (e.g. 8006 + lot).</summary>
    /// <remarks>Keys without their serial name a class: GTIN, ITIP, CPID, and GRAI/GDTI/GCN without serial become idpat patterns.</remarks>
    public static string? SchemeOf(Ai primary, ReadOnlySpan<char> primaryValue, Ai qualifier) => (primary, qualifier) switch
    {
        (Ai.Gtin, Ai.Serial) => "urn:epc:id:sgtin:",
        (Ai.Gtin, Ai.Lot) => "urn:epc:class:lgtin:",
        (Ai.Gtin, Ai.Tpx) => "urn:epc:id:upui:",
        (Ai.Gtin, Ai.None) => "urn:epc:idpat:sgtin:",
        (Ai.Sscc, _) => "urn:epc:id:sscc:",
        (Ai.Gln, _) => "urn:epc:id:sgln:",
        (Ai.Party, _) => "urn:epc:id:pgln:",
        (Ai.Grai, _) => primaryValue.Length > 14 ? "urn:epc:id:grai:" : "urn:epc:idpat:grai:",
        (Ai.Giai, _) => "urn:epc:id:giai:",
        (Ai.Gsrn, _) => "urn:epc:id:gsrn:",
        (Ai.Gsrnp, _) => "urn:epc:id:gsrnp:",
        (Ai.Gdti, _) => primaryValue.Length > 13 ? "urn:epc:id:gdti:" : "urn:epc:idpat:gdti:",
        (Ai.Gcn, _) => primaryValue.Length > 13 ? "urn:epc:id:sgcn:" : "urn:epc:idpat:sgcn:",
        (Ai.Cpid, Ai.Cpsn) => "urn:epc:id:cpi:",
        (Ai.Cpid, Ai.None) => "urn:epc:idpat:cpi:",
        (Ai.Ginc, _) => "urn:epc:id:ginc:",
        (Ai.Gsin, _) => "urn:epc:id:gsin:",
        (Ai.Itip, Ai.Serial) => "urn:epc:id:itip:",
        (Ai.Itip, Ai.None) => "urn:epc:idpat:itip:",
        _ => null,
    };

    /// <summary>Digits from where the company prefix starts (GTIN/SSCC/ITIP: after the indicator or extension digit; GRAI: after the leading 0).</summary>
    public static ReadOnlySpan<char> CompanyPrefixDigits(Ai primary, ReadOnlySpan<char> value) =>
        primary is Ai.Gtin or Ai.Sscc or Ai.Itip or Ai.Grai ? value[1..] : value;

    /// <summary>Appends the URN; false when the prefix length does not fit the key.</summary>
    public static bool TryWrite(scoped in DlParts dl, int cpLength, ref CharBuilder o)
    {
        string? scheme = SchemeOf(dl.Primary, dl.PrimaryValue, dl.Qualifier);
        if (scheme is null || cpLength is < 6 or > 12) return false;
        ReadOnlySpan<char> v = dl.PrimaryValue;
        ReadOnlySpan<char> digits = CompanyPrefixDigits(dl.Primary, v);
        if (Gs1Text.LeadingDigits(digits) < cpLength) return false;
        ReadOnlySpan<char> cp = digits[..cpLength];

        o.Append(scheme);
        o.Append(cp);
        o.Append('.');
        switch (dl.Primary)
        {
            case Ai.Gtin:
            case Ai.Sscc:
            case Ai.Itip:
                int keyLength = dl.Primary == Ai.Sscc ? 17 : 13; // without check digit
                o.Append(v[0]); // indicator / extension digit leads the second part
                o.Append(v[(1 + cpLength)..keyLength]);
                if (dl.Primary == Ai.Itip)
                {
                    o.Append('.');
                    o.Append(v.Slice(14, 2));
                    o.Append('.');
                    o.Append(v.Slice(16, 2));
                }
                if (dl.Primary != Ai.Sscc) AppendQualifierOrStar(dl, ref o);
                return true;
            case Ai.Gln:
                o.Append(v[cpLength..12]);
                o.Append('.');
                if (dl.Qualifier == Ai.Glnx) Gs1Text.AppendUrnEscaped(ref o, dl.QualifierValue);
                else o.Append('0'); // TDS: a GLN without extension is SGLN extension 0
                return true;
            case Ai.Party:
                o.Append(v[cpLength..12]);
                return true;
            case Ai.Gsrn:
            case Ai.Gsrnp:
                o.Append(v[cpLength..17]);
                return true;
            case Ai.Gsin:
                o.Append(v[cpLength..16]);
                return true;
            case Ai.Grai:
                o.Append(v[(1 + cpLength)..13]);
                AppendSerialOrStar(v[14..], ref o);
                return true;
            case Ai.Gdti:
            case Ai.Gcn:
                o.Append(v[cpLength..12]);
                AppendSerialOrStar(v[13..], ref o);
                return true;
            case Ai.Giai:
            case Ai.Ginc:
                if (v.Length == cpLength) return false; // TDS: the reference part is at least one character
                Gs1Text.AppendUrnEscaped(ref o, v[cpLength..]);
                return true;
            case Ai.Cpid:
                if (v.Length == cpLength) return false;
                Gs1Text.AppendUrnEscaped(ref o, v[cpLength..]);
                AppendQualifierOrStar(dl, ref o);
                return true;
            default:
                return false;
        }
    }

    private static void AppendQualifierOrStar(scoped in DlParts dl, ref CharBuilder o)
    {
        o.Append('.');
        if (dl.Qualifier == Ai.None) o.Append('*');
        else Gs1Text.AppendUrnEscaped(ref o, dl.QualifierValue);
    }

    /// <summary>GRAI/GDTI/GCN carry an optional serial inside the key; without one the DL names the class, written as '*'.</summary>
    private static void AppendSerialOrStar(ReadOnlySpan<char> serial, ref CharBuilder o)
    {
        o.Append('.');
        if (serial.IsEmpty) o.Append('*');
        else Gs1Text.AppendUrnEscaped(ref o, serial);
    }
}
