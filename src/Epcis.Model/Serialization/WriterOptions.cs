namespace Epcis.Model.Serialization;

/// <summary>Options shared by all writers.</summary>
public sealed class EpcisWriterOptions
{
    /// <summary>The JSON-LD context URL written first in <c>@context</c>.</summary>
    public string ContextUrl { get; init; } = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";

    /// <summary>Rewrites identifier values on output (GS1-EPC-Format); null writes them as captured.</summary>
    public Func<string, string>? MapIdentifier { get; init; }

    /// <summary>XML only: write standard CBV values as Web URIs instead of URNs (GS1-CBV-XML-Format: Always_Web_URI).</summary>
    public bool CbvAsWebUri { get; init; }

    /// <summary>Indent the output.</summary>
    public bool Indented { get; init; }

    /// <summary>Write <c>recordTime</c> (query results do; capture documents need not).</summary>
    public bool IncludeRecordTime { get; init; } = true;
}

/// <summary>Assigns a prefix to each extension namespace a writer meets, reusing the sender's prefixes where free.</summary>
internal sealed class PrefixMap
{
    private readonly Dictionary<string, string> _byNs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public PrefixMap(IEnumerable<KeyValuePair<string, string>>? declared = null)
    {
        foreach (var (p, ns) in NamespaceTable.StandardContext) { _byNs.TryAdd(ns, p); _used.Add(p); }
        if (declared != null)
            foreach (var (p, ns) in declared) Bind(ns, p);
    }

    /// <summary>Prefixes bound beyond the standard context, in binding order.</summary>
    public List<KeyValuePair<string, string>> Added { get; } = [];

    /// <summary>Returns the prefix for a namespace, binding one if needed.</summary>
    public string PrefixFor(string ns, string? hint)
    {
        if (_byNs.TryGetValue(ns, out var p)) return p;
        return Bind(ns, hint);
    }

    /// <summary>True when the namespace already has a prefix.</summary>
    public bool Has(string ns) => _byNs.ContainsKey(ns);

    private string Bind(string ns, string? hint)
    {
        if (_byNs.TryGetValue(ns, out var existing)) return existing;
        var p = hint;
        if (string.IsNullOrEmpty(p) || _used.Contains(p) || !IsNcName(p))
        {
            var i = 1;
            do p = "ns" + i++; while (_used.Contains(p));
        }
        _byNs[ns] = p;
        _used.Add(p);
        Added.Add(new(p, ns));
        return p;
    }

    private static bool IsNcName(string s) =>
        s.Length > 0 && (char.IsLetter(s[0]) || s[0] == '_') && s.All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '.');
}
