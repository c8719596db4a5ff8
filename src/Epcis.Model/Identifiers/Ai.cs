namespace Epcis.Model.Identifiers;

/// <summary>The GS1 Application Identifiers that may appear in an EPCIS-constrained Digital Link path.</summary>
internal enum Ai : byte
{
    None, Sscc, Gtin, Lot, Serial, Cpv, Tpx, Gdti, Glnx, Gcn, Ginc, Gsin, Gln, Party, Grai, Giai, Itip, Cpid, Cpsn, Gsrnp, Gsrn,
}

/// <summary>AI codes, DL short names and the key/qualifier structure (GS1 Digital Link URI Syntax 1.x §4, Table 4-1).</summary>
internal static class Ais
{
    /// <summary>Maps a path segment (numeric AI or legacy short name such as <c>gtin</c>, <c>ser</c>) to its AI.</summary>
    public static Ai Resolve(ReadOnlySpan<char> segment) => segment switch
    {
        "00" or "sscc" => Ai.Sscc,
        "01" or "gtin" => Ai.Gtin,
        "10" or "lot" => Ai.Lot,
        "21" or "ser" => Ai.Serial,
        "22" or "cpv" => Ai.Cpv,
        "235" => Ai.Tpx,
        "253" or "gdti" => Ai.Gdti,
        "254" or "glnx" => Ai.Glnx,
        "255" or "gcn" => Ai.Gcn,
        "401" or "ginc" => Ai.Ginc,
        "402" or "gsin" => Ai.Gsin,
        "414" or "gln" => Ai.Gln,
        "417" or "party" => Ai.Party,
        "8003" or "grai" => Ai.Grai,
        "8004" or "giai" => Ai.Giai,
        "8006" or "itip" => Ai.Itip,
        "8010" or "cpid" => Ai.Cpid,
        "8011" or "cpsn" => Ai.Cpsn,
        "8017" or "gsrnp" => Ai.Gsrnp,
        "8018" or "gsrn" => Ai.Gsrn,
        _ => Ai.None,
    };

    public static string Code(Ai ai) => ai switch
    {
        Ai.Sscc => "00",
        Ai.Gtin => "01",
        Ai.Lot => "10",
        Ai.Serial => "21",
        Ai.Cpv => "22",
        Ai.Tpx => "235",
        Ai.Gdti => "253",
        Ai.Glnx => "254",
        Ai.Gcn => "255",
        Ai.Ginc => "401",
        Ai.Gsin => "402",
        Ai.Gln => "414",
        Ai.Party => "417",
        Ai.Grai => "8003",
        Ai.Giai => "8004",
        Ai.Itip => "8006",
        Ai.Cpid => "8010",
        Ai.Cpsn => "8011",
        Ai.Gsrnp => "8017",
        Ai.Gsrn => "8018",
        _ => throw new ArgumentOutOfRangeException(nameof(ai)),
    };

    /// <summary>True for the primary keys EPCIS accepts (CBV 2.0 §8.2.4.2 constrained DL; GMN 8013 is not among them).</summary>
    public static bool IsPrimary(Ai ai) => ai is Ai.Sscc or Ai.Gtin or Ai.Gdti or Ai.Gcn or Ai.Ginc or Ai.Gsin or Ai.Gln
        or Ai.Party or Ai.Grai or Ai.Giai or Ai.Itip or Ai.Cpid or Ai.Gsrnp or Ai.Gsrn;

    /// <summary>Position of a key qualifier after its primary key, or -1 when the pair is not allowed.</summary>
    /// <remarks>GS1 DL key qualifiers must appear in this order: 01/8006 → 22, 10, 21 (01 alternatively 235); 414 → 254; 8010 → 8011.</remarks>
    public static int QualifierRank(Ai primary, Ai qualifier) => (primary, qualifier) switch
    {
        (Ai.Gtin or Ai.Itip, Ai.Cpv) => 0,
        (Ai.Gtin or Ai.Itip, Ai.Lot) => 1,
        (Ai.Gtin or Ai.Itip, Ai.Serial) => 2,
        (Ai.Gtin, Ai.Tpx) => 3,
        (Ai.Gln, Ai.Glnx) => 0,
        (Ai.Cpid, Ai.Cpsn) => 0,
        _ => -1,
    };

    /// <summary>Checks a decoded AI value's length, character set and check digit (GS1 General Specifications §3).</summary>
    public static bool IsValidValue(Ai ai, ReadOnlySpan<char> v) => ai switch
    {
        Ai.Sscc or Ai.Gsrn or Ai.Gsrnp => v.Length == 18 && Gs1Text.AllDigits(v) && Gs1CheckDigit.IsValid(v),
        Ai.Gtin => v.Length == 14 && Gs1Text.AllDigits(v) && Gs1CheckDigit.IsValid(v),
        Ai.Gln or Ai.Party => v.Length == 13 && Gs1Text.AllDigits(v) && Gs1CheckDigit.IsValid(v),
        Ai.Gsin => v.Length == 17 && Gs1Text.AllDigits(v) && Gs1CheckDigit.IsValid(v),
        Ai.Lot or Ai.Serial or Ai.Cpv or Ai.Glnx => IsSet82(v, 20),
        Ai.Tpx => IsSet82(v, 28),
        Ai.Ginc or Ai.Giai => IsSet82(v, 30),
        Ai.Gdti => HasKeyPrefix(v, 13) && (v.Length == 13 || IsSet82(v[13..], 17)),
        Ai.Gcn => HasKeyPrefix(v, 13) && (v.Length == 13 || (v.Length <= 25 && Gs1Text.AllDigits(v[13..]))),
        Ai.Grai => v.Length >= 14 && v[0] == '0' && HasKeyPrefix(v, 14) && (v.Length == 14 || IsSet82(v[14..], 16)),
        Ai.Itip => v.Length == 18 && Gs1Text.AllDigits(v) && Gs1CheckDigit.IsValid(v[..14]),
        Ai.Cpid => v.Length is >= 1 and <= 30 && !v.ContainsAnyExcept(Set39),
        Ai.Cpsn => v.Length <= 12 && Gs1Text.AllDigits(v),
        _ => false,
    };

    private static readonly System.Buffers.SearchValues<char> Set39 =
        System.Buffers.SearchValues.Create("#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static bool HasKeyPrefix(ReadOnlySpan<char> v, int keyLength) =>
        v.Length >= keyLength && Gs1Text.AllDigits(v[..keyLength]) && Gs1CheckDigit.IsValid(v[..keyLength]);

    private static bool IsSet82(ReadOnlySpan<char> v, int max)
    {
        if (v.IsEmpty || v.Length > max) return false;
        foreach (char c in v)
            if (!Gs1Text.IsSet82(c)) return false;
        return true;
    }
}
