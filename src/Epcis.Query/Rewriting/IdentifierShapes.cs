using System.Text;
using System.Text.RegularExpressions;
using Epcis.Model.Identifiers;

namespace Epcis.Query.Rewriting;

/// <summary>
/// Turns one <c>MATCH_</c> value into the shapes of the canonical stored identifiers it matches, for SQL.
/// A shape is literal text in which <see cref="AnyChar"/> stands for one character and a trailing <see cref="AnyRest"/>
/// for any tail; a shape without either is an exact value.
/// <list type="bullet">
/// <item><c>'https://id.gs1.org/01/10614141073467/21/1'</c> → itself.</item>
/// <item><c>'urn:epc:idpat:sgtin:0614141.107346.*'</c> → <c>…/01/10614141073467</c>, <c>…/01/10614141073467/21/*</c>, <c>…/10/*</c>
/// (the GTIN, its SGTINs and its LGTIN classes).</item>
/// <item><c>'urn:epc:idpat:sgtin:0614141.*.*'</c> → <c>…/01/?0614141??????</c> (+ <c>/21/*</c>, <c>/10/*</c>): the indicator digit
/// precedes the company prefix in a GTIN, so it is one unknown character.</item>
/// <item>the class-level DL <c>https://id.gs1.org/01/10614141073467</c> acts like the sgtin pattern with a wildcard serial.</item>
/// </list>
/// Non-GS1 schemes keep their URN: <c>urn:epc:idpat:usdod:CAGE.*</c> → <c>urn:epc:id:usdod:CAGE.*</c> (the part count is not checked).
/// </summary>
public static partial class IdentifierShapes
{
    /// <summary>Stands for exactly one character.</summary>
    public const char AnyChar = '\u0001';

    /// <summary>Stands for any tail (only last).</summary>
    public const char AnyRest = '\u0002';

    private const string Root = "https://id.gs1.org/";

    /// <summary>True when the value is an EPC pattern URN.</summary>
    public static bool IsPattern(string value) => value.StartsWith("urn:epc:idpat:", StringComparison.Ordinal);

    /// <summary>True when the canonical value is a GTIN alone (a class-level Digital Link).</summary>
    public static bool IsBareGtin(string value) => BareGtin().IsMatch(value);

    /// <summary>The shapes of the identifiers <paramref name="value"/> matches (a MATCH_ value as the parser kept it).</summary>
    public static IReadOnlyList<string> Of(string value)
    {
        if (IsBareGtin(value)) return [value, value + "/21/" + AnyRest, value + "/10/" + AnyRest];
        if (!IsPattern(value) || !EpcPattern.TryParse(value, out var p, out _)) return [value];
        var parts = p.Parts;
        int k = p.FirstWildcard;
        if (k >= parts.Count) return [DigitalLink.Canonical("urn:epc:id:" + value["urn:epc:idpat:".Length..])];

        string Indicator(int n) => k >= 2 ? WithCheck(parts[1][0] + parts[0] + parts[1][1..]) : k == 1 ? AnyChar + parts[0] + Any(n - 1 - parts[0].Length) : Any(n);
        string Plain(int n) => k >= 2 ? WithCheck(parts[0] + parts[1]) : k == 1 ? parts[0] + Any(n - parts[0].Length) : Any(n);
        string CpThenRest(int known) => k >= known ? string.Concat(parts.Take(known)) + AnyRest : k >= 1 ? parts[0] + AnyRest : AnyRest.ToString();

        switch (p.Scheme)
        {
            case "sgtin":
            {
                string b = Root + "01/" + Indicator(14);
                return [b, b + "/21/" + AnyRest, b + "/10/" + AnyRest];
            }
            case "upui":
                return [Root + "01/" + Indicator(14) + "/235/" + AnyRest];
            case "sscc":
                return [Root + "00/" + Indicator(18)];
            case "itip":
            {
                string b = Root + "8006/" + Indicator(14) + (k >= 3 ? parts[2] : Any(2)) + (k >= 4 ? parts[3] : Any(2));
                return [b, b + "/21/" + AnyRest];
            }
            case "sgln":
            {
                string b = Root + "414/" + Plain(13);
                return [b, b + "/254/" + AnyRest];
            }
            case "pgln": return [Root + "417/" + Plain(13)];
            case "grai": return [Root + "8003/0" + Plain(13) + AnyRest];
            case "gdti": return [Root + "253/" + Plain(13) + AnyRest];
            case "sgcn": return [Root + "255/" + Plain(13) + AnyRest];
            case "gsrn": return [Root + "8018/" + Plain(18)];
            case "gsrnp": return [Root + "8017/" + Plain(18)];
            case "gsin": return [Root + "402/" + Plain(17)];
            case "giai": return [Root + "8004/" + CpThenRest(1)];
            case "ginc": return [Root + "401/" + CpThenRest(1)];
            case "cpi":
                if (k >= 2)
                {
                    string b = Root + "8010/" + parts[0] + parts[1];
                    return [b, b + "/8011/" + AnyRest];
                }
                return [Root + "8010/" + CpThenRest(1)];
            default:
            {
                var sb = new StringBuilder("urn:epc:id:").Append(p.Scheme).Append(':');
                for (int i = 0; i < k; i++) sb.Append(parts[i]).Append('.');
                return [sb.Append(AnyRest).ToString()];
            }
        }
    }

    /// <summary>The literal text before the first wildcard of a shape.</summary>
    public static string LiteralPrefix(string shape)
    {
        int i = shape.AsSpan().IndexOfAny(AnyChar, AnyRest);
        return i < 0 ? shape : shape[..i];
    }

    /// <summary>True when the shape has no wildcard.</summary>
    public static bool IsExact(string shape) => shape.AsSpan().IndexOfAny(AnyChar, AnyRest) < 0;

    /// <summary>True when the shape is a literal prefix followed only by <see cref="AnyRest"/> (a range covers it exactly).</summary>
    public static bool IsPrefixOnly(string shape) => shape.Length > 0 && shape[^1] == AnyRest && shape.AsSpan(0, shape.Length - 1).IndexOfAny(AnyChar, AnyRest) < 0;

    /// <summary>The smallest string greater than every string starting with <paramref name="prefix"/> (last character + 1).</summary>
    public static string UpperBound(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);

    /// <summary>True when <paramref name="value"/> has the shape (the in-memory meaning of the shape, for tests).</summary>
    public static bool Fits(string shape, string value)
    {
        int i = 0;
        for (int s = 0; s < shape.Length; s++)
        {
            char c = shape[s];
            if (c == AnyRest) return true;
            if (i >= value.Length) return false;
            if (c != AnyChar && c != value[i]) return false;
            i++;
        }
        return i == value.Length;
    }

    private static string Any(int n) => new(AnyChar, Math.Max(0, n));

    private static string WithCheck(string digits) => digits + (char)('0' + Gs1CheckDigit.Compute(digits));

    [GeneratedRegex("^https://id\\.gs1\\.org/01/[0-9]{14}$", RegexOptions.CultureInvariant)]
    private static partial Regex BareGtin();
}
