namespace Epcis.Model.Identifiers;

/// <summary>A parsed <c>urn:epc:idpat:</c> pattern: scheme and dot-separated parts, where <c>*</c> matches anything.</summary>
public sealed class EpcPatternParts
{
    internal EpcPatternParts(string urn, string scheme, string[] parts, int firstWildcard, bool isGs1)
    {
        Urn = urn;
        Scheme = scheme;
        Parts = parts;
        FirstWildcard = firstWildcard;
        IsGs1 = isGs1;
        InstancePrefix = "urn:epc:id:" + scheme + ":";
        PatternPrefix = "urn:epc:idpat:" + scheme + ":";
    }

    /// <summary>The pattern as given.</summary>
    public string Urn { get; }

    /// <summary>The EPC scheme, e.g. <c>sgtin</c>.</summary>
    public string Scheme { get; }

    /// <summary>The body parts in order, wildcards as <c>*</c>.</summary>
    public IReadOnlyList<string> Parts { get; }

    /// <summary>Index of the first <c>*</c> part (TDS patterns only have trailing wildcards), or <c>Parts.Count</c> when none.</summary>
    public int FirstWildcard { get; }

    internal bool IsGs1 { get; }

    internal string InstancePrefix { get; }

    internal string PatternPrefix { get; }
}
