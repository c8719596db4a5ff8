namespace Epcis.Model.Identifiers;

/// <summary>What kind of EPC URN a value is: an instance id, a class (lgtin) or a pattern.</summary>
internal enum UrnKind : byte { Id, Class, Pattern }

/// <summary>How one dot-separated part of an EPC URN body is constrained.</summary>
internal enum EpcFieldKind : byte
{
    /// <summary>GS1 Company Prefix: 6–12 digits.</summary>
    CompanyPrefix,
    /// <summary>Digits (possibly empty) that together with the company prefix make a fixed number of digits.</summary>
    NumericRef,
    /// <summary>Set-82 characters, URN-escaped, at most 30 minus the company-prefix length (GIAI, GINC).</summary>
    Gs3a3Ref,
    /// <summary>Set-39 characters, URN-escaped, at most 30 minus the company-prefix length (CPI).</summary>
    Set39Ref,
    /// <summary>Set-82 characters, URN-escaped, 1..Max.</summary>
    Gs3a3,
    /// <summary>1..Max digits.</summary>
    Digits,
    /// <summary>Exactly two digits (ITIP piece and total).</summary>
    TwoDigits,
}

/// <summary>One part of an EPC URN body.</summary>
internal readonly record struct EpcFieldRule(string Name, EpcFieldKind Kind, int Max = 0);

/// <summary>The body syntax of one GS1 EPC scheme (TDS 2.x §6.3 pure-identity URI grammar).</summary>
internal sealed class EpcScheme
{
    public EpcScheme(string name, int numericTotal, params EpcFieldRule[] fields)
    {
        Name = name;
        NumericTotal = numericTotal;
        Fields = fields;
        Parts = string.Join('.', fields.Select(f => f.Name));
    }

    /// <summary>Scheme name as in the URN, e.g. <c>sgtin</c>.</summary>
    public string Name { get; }

    /// <summary>Digits in CompanyPrefix + second part, or 0 when the second part is alphanumeric.</summary>
    public int NumericTotal { get; }

    public IReadOnlyList<EpcFieldRule> Fields { get; }

    /// <summary>Human-readable part list for error messages, e.g. <c>CompanyPrefix.IndicatorItemRef.Serial</c>.</summary>
    public string Parts { get; }

    /// <summary>The GS1 schemes and their bodies (TDS 2.x Table 6-1 / §6.3.1–§6.3.17).</summary>
    public static EpcScheme? Find(UrnKind kind, ReadOnlySpan<char> name) => kind == UrnKind.Class
        ? (name is "lgtin" ? Lgtin : null)
        : name switch
        {
            "sgtin" => Sgtin,
            "sscc" => Sscc,
            "sgln" => Sgln,
            "grai" => Grai,
            "giai" => Giai,
            "gsrn" => Gsrn,
            "gsrnp" => Gsrnp,
            "gdti" => Gdti,
            "sgcn" => Sgcn,
            "cpi" => Cpi,
            "ginc" => Ginc,
            "gsin" => Gsin,
            "itip" => Itip,
            "upui" => Upui,
            "pgln" => Pgln,
            _ => null,
        };

    private static readonly EpcFieldRule Cp = new("CompanyPrefix", EpcFieldKind.CompanyPrefix);

    private static EpcFieldRule Num(string name) => new(name, EpcFieldKind.NumericRef);

    private static EpcFieldRule Text(string name, int max) => new(name, EpcFieldKind.Gs3a3, max);

    private static readonly EpcScheme Sgtin = new("sgtin", 13, Cp, Num("IndicatorItemRef"), Text("Serial", 20));
    private static readonly EpcScheme Sscc = new("sscc", 17, Cp, Num("ExtensionSerialRef"));
    private static readonly EpcScheme Sgln = new("sgln", 12, Cp, Num("LocationRef"), Text("Extension", 20));
    private static readonly EpcScheme Grai = new("grai", 12, Cp, Num("AssetType"), Text("Serial", 16));
    private static readonly EpcScheme Giai = new("giai", 0, Cp, new EpcFieldRule("IndividualAssetRef", EpcFieldKind.Gs3a3Ref));
    private static readonly EpcScheme Gsrn = new("gsrn", 17, Cp, Num("ServiceRef"));
    private static readonly EpcScheme Gsrnp = new("gsrnp", 17, Cp, Num("ServiceRef"));
    private static readonly EpcScheme Gdti = new("gdti", 12, Cp, Num("DocumentType"), Text("Serial", 17));
    private static readonly EpcScheme Sgcn = new("sgcn", 12, Cp, Num("CouponRef"), new EpcFieldRule("Serial", EpcFieldKind.Digits, 12));
    private static readonly EpcScheme Cpi = new("cpi", 0, Cp, new EpcFieldRule("ComponentPartRef", EpcFieldKind.Set39Ref), new EpcFieldRule("Serial", EpcFieldKind.Digits, 12));
    private static readonly EpcScheme Ginc = new("ginc", 0, Cp, new EpcFieldRule("ConsignmentRef", EpcFieldKind.Gs3a3Ref));
    private static readonly EpcScheme Gsin = new("gsin", 16, Cp, Num("ShipperRef"));
    private static readonly EpcScheme Itip = new("itip", 13, Cp, Num("IndicatorItemRef"), new EpcFieldRule("Piece", EpcFieldKind.TwoDigits), new EpcFieldRule("Total", EpcFieldKind.TwoDigits), Text("Serial", 20));
    private static readonly EpcScheme Upui = new("upui", 13, Cp, Num("IndicatorItemRef"), Text("TPX", 28));
    private static readonly EpcScheme Pgln = new("pgln", 12, Cp, Num("PartyRef"));
    private static readonly EpcScheme Lgtin = new("lgtin", 13, Cp, Num("IndicatorItemRef"), Text("Lot", 20));
}
