using System.Collections.Frozen;

namespace Epcis.Model.Vocabulary;

/// <summary>One vocabulary's words and every spelling of them, precomputed so lookups are single hash probes.</summary>
internal sealed class CbvVocabulary
{
    private const string GsVoc = "https://gs1.org/voc/";

    private readonly FrozenDictionary<string, string> _formToWord;
    private readonly FrozenDictionary<string, string> _wordToUrn;
    private readonly FrozenDictionary<string, string> _wordToWebUri;

    private CbvVocabulary(string label, string[] words, string? urnPrefix, string[] webPrefixes, string[] reservedPrefixes)
    {
        Label = label;
        Count = words.Length;
        ReservedPrefixes = reservedPrefixes;
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string word in words)
        {
            forms[word] = word;
            if (urnPrefix is not null) forms[urnPrefix + word] = word;
            foreach (string prefix in webPrefixes) forms[prefix + word] = word;
        }
        _formToWord = forms.ToFrozenDictionary(StringComparer.Ordinal);
        _wordToWebUri = words.ToFrozenDictionary(w => w, w => webPrefixes[0] + w, StringComparer.Ordinal);
        _wordToUrn = urnPrefix is null ? _wordToWebUri : words.ToFrozenDictionary(w => w, w => urnPrefix + w, StringComparer.Ordinal);
    }

    /// <summary>Name used in messages, e.g. "business step".</summary>
    public string Label { get; }

    public int Count { get; }

    /// <summary>Prefixes under which only standard words may appear (CBV 2.0 §5.1: no other urn:epcglobal:cbv: URIs).</summary>
    public IReadOnlyList<string> ReservedPrefixes { get; }

    public bool TryGetWord(string value, out string word) => _formToWord.TryGetValue(value, out word!);

    public bool IsWord(string value) => _wordToUrn.ContainsKey(value);

    public string? UrnOf(string word) => _wordToUrn.GetValueOrDefault(word);

    public string? WebUriOf(string word) => _wordToWebUri.GetValueOrDefault(word);

    /// <summary>CBV 2.0 §6: URN <c>urn:epcglobal:cbv:{urnType}:</c> and Web URI <c>https://ref.gs1.org/cbv/{webType}-</c>.</summary>
    public static CbvVocabulary Cbv(string label, string[] words, string urnType, string webType) => new(
        label,
        words,
        $"urn:epcglobal:cbv:{urnType}:",
        [$"https://ref.gs1.org/cbv/{webType}-", $"http://ref.gs1.org/cbv/{webType}-", $"cbv:{webType}-"],
        ["urn:epcglobal:cbv:", "https://ref.gs1.org/cbv/", "http://ref.gs1.org/cbv/", "cbv:", "https://ns.gs1.org/cbv/", "http://ns.gs1.org/cbv/"]);

    /// <summary>GS1 Web Vocabulary terms: the EPCIS 2.0.0 JSON-LD context maps <c>gs1:</c> to https://gs1.org/voc/ (later contexts to https://ref.gs1.org/voc/).</summary>
    public static CbvVocabulary WebVoc(string label, string[] words) => new(
        label,
        words,
        null,
        [GsVoc, "http://gs1.org/voc/", "https://ref.gs1.org/voc/", "http://ref.gs1.org/voc/", "https://www.gs1.org/voc/", "http://www.gs1.org/voc/", "gs1:"],
        ["https://gs1.org/voc/", "http://gs1.org/voc/", "https://ref.gs1.org/voc/", "http://ref.gs1.org/voc/", "https://www.gs1.org/voc/", "http://www.gs1.org/voc/", "gs1:"]);
}
