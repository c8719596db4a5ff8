namespace Epcis.Model.Identifiers;

/// <summary>The finest identification level of a GS1 Digital Link: primary key plus at most one kept qualifier (decoded values).</summary>
internal readonly ref struct DlParts(Ai primary, ReadOnlySpan<char> primaryValue, Ai qualifier, ReadOnlySpan<char> qualifierValue)
{
    public Ai Primary { get; } = primary;
    public ReadOnlySpan<char> PrimaryValue { get; } = primaryValue;
    public Ai Qualifier { get; } = qualifier;
    public ReadOnlySpan<char> QualifierValue { get; } = qualifierValue;
}

/// <summary>Parses GS1 Digital Link URIs (any domain, AI numbers or short names) and writes the EPCIS constrained canonical form.</summary>
internal static class DigitalLinkParser
{
    public const string CanonicalRoot = "https://id.gs1.org/";

    private const int MaxPairs = 4; // 01/22/10/21 is the longest legal chain

    private struct Pair
    {
        public Ai Ai;
        public int Start;
        public int Length;
    }

    /// <summary>Parses <paramref name="uri"/>; decoded values are written to <paramref name="scratch"/> and referenced by <paramref name="parts"/>.</summary>
    public static bool TryParse(ReadOnlySpan<char> uri, ref CharBuilder scratch, out DlParts parts)
    {
        parts = default;
        int afterScheme;
        if (uri.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) afterScheme = 8;
        else if (uri.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) afterScheme = 7;
        else return false;

        ReadOnlySpan<char> rest = uri[afterScheme..];
        int slash = rest.IndexOf('/');
        if (slash <= 0) return false; // no path or empty host
        ReadOnlySpan<char> path = rest[slash..];
        int end = path.IndexOfAny('?', '#'); // GS1 DL: data attributes live in the query string; EPCIS drops them
        if (end >= 0) path = path[..end];
        if (path.Length > 1 && path[^1] == '/') path = path[..^1];

        // Walk (AI, value) pairs from the right until a primary key: anything before it is the URI stem (DL §4.2).
        Span<Pair> pairs = stackalloc Pair[MaxPairs];
        Span<int> rawStart = stackalloc int[MaxPairs];
        Span<int> rawLength = stackalloc int[MaxPairs];
        int count = 0;
        int pathBase = afterScheme + slash; // offset of path in uri (the path is only ever shortened at its end)
        while (true)
        {
            int cut = path.LastIndexOf('/');
            if (cut < 0 || cut == path.Length - 1) return false;
            int valueStart = cut + 1, valueLength = path.Length - cut - 1;
            path = path[..cut];
            cut = path.LastIndexOf('/');
            if (cut < 0) return false;
            Ai ai = Ais.Resolve(path[(cut + 1)..]);
            if (ai == Ai.None || count == MaxPairs) return false;
            path = path[..cut];
            pairs[count].Ai = ai;
            rawStart[count] = pathBase + valueStart;
            rawLength[count] = valueLength;
            count++;
            if (Ais.IsPrimary(ai)) break;
        }

        // pairs[count-1] is the primary key; qualifiers follow in path order count-2 … 0.
        Ai primary = pairs[count - 1].Ai;
        int lastRank = -1;
        bool hasLotOrSerial = false, hasTpx = false;
        for (int i = count - 2; i >= 0; i--)
        {
            int rank = Ais.QualifierRank(primary, pairs[i].Ai);
            if (rank <= lastRank) return false; // unknown for this key, repeated, or out of order
            lastRank = rank;
            hasLotOrSerial |= pairs[i].Ai is Ai.Lot or Ai.Serial;
            hasTpx |= pairs[i].Ai == Ai.Tpx;
        }
        if (hasLotOrSerial && hasTpx) return false;

        scratch.EnsureCapacity(uri.Length + 8); // decoded values never outgrow the input (+ GTIN padding), so spans stay valid
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<char> raw = uri.Slice(rawStart[i], rawLength[i]);
            int start = scratch.Length;
            Ai ai = pairs[i].Ai;
            if (ai == Ai.Gtin && raw.Length is 8 or 12 or 13 && Gs1Text.AllDigits(raw))
            {
                for (int pad = raw.Length; pad < 14; pad++) scratch.Append('0'); // GTIN-8/12/13 → GTIN-14 (DL §4.5)
            }
            Func<char, bool> allowed = ai == Ai.Cpid ? Gs1Text.IsSet39 : Gs1Text.IsSet82;
            if (!Gs1Text.TryUnescape(raw, ref scratch, allowed, strictUrn: false)) return false;
            pairs[i].Start = start;
            pairs[i].Length = scratch.Length - start;
            if (!Ais.IsValidValue(ai, scratch.Slice(start, pairs[i].Length))) return false;
        }

        // Keep only the finest identification level (CBV 2.0 hash rule 10): 21 > 10 > 235; 22 is always dropped; 254 "0" means no extension.
        int keep = -1;
        int keepScore = 0;
        for (int i = 0; i < count - 1; i++)
        {
            int score = pairs[i].Ai switch
            {
                Ai.Serial => 4,
                Ai.Lot => 3,
                Ai.Tpx => 2,
                Ai.Glnx => scratch.Slice(pairs[i].Start, pairs[i].Length) is "0" ? 0 : 1,
                Ai.Cpsn => 1,
                _ => 0,
            };
            if (score > keepScore) { keep = i; keepScore = score; }
        }

        Pair p = pairs[count - 1];
        parts = keep < 0
            ? new DlParts(p.Ai, scratch.Slice(p.Start, p.Length), Ai.None, default)
            : new DlParts(p.Ai, scratch.Slice(p.Start, p.Length), pairs[keep].Ai, scratch.Slice(pairs[keep].Start, pairs[keep].Length));
        return true;
    }

    /// <summary>Writes <c>https://id.gs1.org/{ai}/{value}[/{ai}/{value}]</c> with canonical percent-encoding.</summary>
    public static void WriteCanonical(scoped in DlParts parts, ref CharBuilder output)
    {
        output.Append(CanonicalRoot);
        output.Append(Ais.Code(parts.Primary));
        output.Append('/');
        Gs1Text.AppendDlEscaped(ref output, parts.PrimaryValue);
        if (parts.Qualifier != Ai.None)
        {
            output.Append('/');
            output.Append(Ais.Code(parts.Qualifier));
            output.Append('/');
            Gs1Text.AppendDlEscaped(ref output, parts.QualifierValue);
        }
    }
}
