namespace Epcis.Model.Vocabulary;

/// <summary>Normalises, converts and validates CBV 2.0 vocabulary values (bare word, URN, Web URI or CURIE).</summary>
/// <remarks>Canonical stored form: the bare word for standard values (the JSON form, EPCIS 2.0 §7 / CBV 2.0 §6),
/// any other value unchanged. Case matters: <c>Bizstep-</c> is not <c>BizStep-</c>.</remarks>
public static class Cbv
{
    private static readonly CbvVocabulary[] Vocabularies =
    [
        CbvVocabulary.Cbv("business step", CbvWords.BizSteps, "bizstep", "BizStep"),
        CbvVocabulary.Cbv("disposition", CbvWords.Dispositions, "disp", "Disp"),
        CbvVocabulary.Cbv("business transaction type", CbvWords.BizTransactionTypes, "btt", "BTT"),
        CbvVocabulary.Cbv("source/destination type", CbvWords.SourceDestTypes, "sdt", "SDT"),
        CbvVocabulary.Cbv("error reason", CbvWords.ErrorReasons, "er", "ER"),
        CbvVocabulary.Cbv("sensor component", CbvWords.SensorComponents, "comp", "Comp"),
        CbvVocabulary.WebVoc("measurement type", CbvWords.MeasurementTypes),
        CbvVocabulary.WebVoc("sensor alert type", CbvWords.SensorAlertTypes),
    ];

    /// <summary>The standard bare words of a vocabulary, in the standard's order.</summary>
    public static IReadOnlyList<string> StandardWords(CbvKind kind) => kind switch
    {
        CbvKind.BizStep => CbvWords.BizSteps,
        CbvKind.Disposition => CbvWords.Dispositions,
        CbvKind.BizTransactionType => CbvWords.BizTransactionTypes,
        CbvKind.SourceDestType => CbvWords.SourceDestTypes,
        CbvKind.ErrorReason => CbvWords.ErrorReasons,
        CbvKind.SensorComponent => CbvWords.SensorComponents,
        CbvKind.MeasurementType => CbvWords.MeasurementTypes,
        CbvKind.SensorAlertType => CbvWords.SensorAlertTypes,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Returns the canonical stored form: the bare word for any spelling of a standard value, else the value unchanged.</summary>
    public static string Normalise(CbvKind kind, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Of(kind).TryGetWord(value, out string word) ? word : value;
    }

    /// <summary>True when <paramref name="bareWord"/> is a standard term of the vocabulary (exact case).</summary>
    public static bool IsStandard(CbvKind kind, string bareWord) => bareWord is not null && Of(kind).IsWord(bareWord);

    /// <summary>Standard word → its URN (measurement/alert types: their Web URI, having no URN); other values unchanged.</summary>
    public static string ToUrn(CbvKind kind, string canonical) => Of(kind).UrnOf(canonical) ?? canonical;

    /// <summary>Standard word → its Web URI (<c>https://ref.gs1.org/cbv/BizStep-x</c>, <c>https://gs1.org/voc/Temperature</c>); other values unchanged.</summary>
    public static string ToWebUri(CbvKind kind, string canonical) => Of(kind).WebUriOf(canonical) ?? canonical;

    /// <summary>Valid when a standard value in any form, or an absolute URI outside the standard's reserved namespaces; else explains why.</summary>
    public static bool TryValidate(CbvKind kind, string value, out string? error)
    {
        CbvVocabulary vocabulary = Of(kind);
        error = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            error = $"A {vocabulary.Label} must not be empty";
            return false;
        }
        if (vocabulary.TryGetWord(value, out _)) return true;
        foreach (string reserved in vocabulary.ReservedPrefixes)
        {
            if (value.StartsWith(reserved, StringComparison.OrdinalIgnoreCase))
            {
                // CBV 2.0 §5.1: CBV-compliant data SHALL NOT use URIs in the standard's namespaces other than the defined ones.
                error = $"'{value}' is not a standard CBV {vocabulary.Label}: values under {reserved} must be standard terms, spelt exactly (case matters)";
                return false;
            }
        }
        if (IsAbsoluteUri(value)) return true;
        error = $"'{value}' is neither a CBV {vocabulary.Label} nor an absolute URI";
        return false;
    }

    /// <summary>RFC 3986 §3.1 scheme ":" followed by something, no whitespace (Uri.TryCreate would accept Unix paths).</summary>
    internal static bool IsAbsoluteUri(string value)
    {
        int colon = value.IndexOf(':');
        if (colon < 1 || colon == value.Length - 1 || !char.IsAsciiLetter(value[0])) return false;
        for (int i = 1; i < colon; i++)
        {
            char c = value[i];
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.')) return false;
        }
        foreach (char c in value)
            if (char.IsWhiteSpace(c) || char.IsControl(c)) return false;
        return true;
    }

    private static CbvVocabulary Of(CbvKind kind) =>
        (uint)kind < (uint)Vocabularies.Length ? Vocabularies[(int)kind] : throw new ArgumentOutOfRangeException(nameof(kind));
}
