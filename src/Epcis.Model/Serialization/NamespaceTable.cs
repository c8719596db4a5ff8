namespace Epcis.Model.Serialization;

/// <summary>Prefix → namespace URI bindings in force for a document (JSON-LD <c>@context</c> terms or XML <c>xmlns</c>).</summary>
public sealed class NamespaceTable
{
    /// <summary>Prefixes the normative EPCIS 2.0.0 context defines (EPCIS 2.0 §10, epcis-context.jsonld).</summary>
    public static readonly IReadOnlyDictionary<string, string> StandardContext = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["epcis"] = "https://ref.gs1.org/epcis/",
        ["cbv"] = "https://ref.gs1.org/cbv/",
        ["gs1"] = "https://gs1.org/voc/",
        ["cbvmda"] = "urn:epcglobal:cbv:mda:",
        ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
        ["owl"] = "http://www.w3.org/2002/07/owl#",
        ["rdf"] = "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        ["rdfs"] = "http://www.w3.org/2000/01/rdf-schema#",
        ["dcterms"] = "http://purl.org/dc/terms/",
    };

    private readonly Dictionary<string, string> _map;

    public NamespaceTable() => _map = new Dictionary<string, string>(StandardContext, StringComparer.Ordinal);

    public NamespaceTable(NamespaceTable parent) => _map = new Dictionary<string, string>(parent._map, StringComparer.Ordinal);

    /// <summary>Prefixes the document itself declared (not the standard ones), for writing them back.</summary>
    public Dictionary<string, string> Declared { get; } = new(StringComparer.Ordinal);

    /// <summary>Binds a prefix.</summary>
    public void Add(string prefix, string ns)
    {
        _map[prefix] = ns;
        Declared[prefix] = ns;
    }

    /// <summary>The namespace of a prefix, or null.</summary>
    public string? Resolve(string prefix) => _map.TryGetValue(prefix, out var ns) ? ns : null;

    /// <summary>Expands <c>prefix:rest</c> to a full URI when the prefix is bound; otherwise returns the value unchanged.</summary>
    public string ExpandCurie(string value)
    {
        var colon = value.IndexOf(':');
        if (colon <= 0 || colon + 2 < value.Length && value[colon + 1] == '/' && value[colon + 2] == '/') return value;
        // Only the standard context's prefixes (cbv:, gs1:, …) are expanded in values: they name standard vocabulary
        // that is normalised to bare words. Other CURIEs stay as written, as the CBV hash's reference does.
        var prefix = value[..colon];
        return StandardContext.TryGetValue(prefix, out var ns) ? ns + value[(colon + 1)..] : value;
    }

    /// <summary>Splits a JSON-LD key into namespace and local name: <c>prefix:name</c>, a full IRI, or a bare name.</summary>
    public (string Namespace, string Name, string? Prefix) SplitKey(string key)
    {
        var colon = key.IndexOf(':');
        if (colon > 0)
        {
            if (key.Length > colon + 2 && key[colon + 1] == '/' && key[colon + 2] == '/')
            {
                var cut = Math.Max(key.LastIndexOf('#'), key.LastIndexOf('/'));
                return (key[..(cut + 1)], key[(cut + 1)..], null);
            }
            var prefix = key[..colon];
            if (_map.TryGetValue(prefix, out var ns)) return (ns, key[(colon + 1)..], prefix);
            if (key.StartsWith("urn:", StringComparison.Ordinal))
            {
                var cut = key.LastIndexOf(':');
                return (key[..(cut + 1)], key[(cut + 1)..], null);
            }
            // An undeclared prefix: keep it as the namespace so that nothing is lost; validation reports it.
            return (prefix + ":", key[(colon + 1)..], prefix);
        }
        return ("", key, null);
    }
}
