using System.Globalization;
using System.Xml;

namespace Epcis.Model.Identifiers;

/// <summary>GS1's company-prefix length table (GCPPrefixFormatList), answering longest-prefix lookups in at most 12 steps.</summary>
/// <remarks>Stored as a flat decimal trie: node <c>n</c>'s child for digit <c>d</c> is <c>_children[n * 10 + d]</c> (0 = none).</remarks>
public sealed class GcpPrefixTable : ICompanyPrefixLengths
{
    private const int MaxPrefixDigits = 12;

    private int[] _children = new int[10 * 1024];
    private sbyte[] _lengths = new sbyte[1024];
    private int _nodeCount = 1;

    private GcpPrefixTable()
    {
        _lengths[0] = -1;
    }

    /// <summary>Number of prefixes in the table.</summary>
    public int Count { get; private set; }

    /// <summary>Reads GS1's <c>GCPPrefixFormatList.xml</c> (<c>&lt;entry prefix="…" gcpLength="…"/&gt;</c>); throws <see cref="FormatException"/> on bad entries.</summary>
    public static GcpPrefixTable LoadXml(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var table = new GcpPrefixTable();
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            XmlResolver = null,
        };
        using XmlReader reader = XmlReader.Create(path, settings);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "entry") continue;
            string? prefix = reader.GetAttribute("prefix");
            string? length = reader.GetAttribute("gcpLength");
            if (prefix is null || length is null || !int.TryParse(length, NumberStyles.None, CultureInfo.InvariantCulture, out int value))
                throw new FormatException($"{path}: <entry> needs numeric prefix and gcpLength attributes (line {(reader as IXmlLineInfo)?.LineNumber})");
            table.Add(prefix, value);
        }
        return table;
    }

    /// <summary>Builds a table from (prefix, GCP length) pairs; length 0 marks ranges without a company prefix.</summary>
    public static GcpPrefixTable FromEntries(IEnumerable<(string prefix, int length)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var table = new GcpPrefixTable();
        foreach ((string prefix, int length) in entries) table.Add(prefix, length);
        return table;
    }

    /// <inheritdoc />
    public int? LengthOf(ReadOnlySpan<char> digits)
    {
        int node = 0;
        int found = -1;
        for (int i = 0; i < digits.Length && i < MaxPrefixDigits; i++)
        {
            int d = digits[i] - '0';
            if ((uint)d > 9) break;
            node = _children[node * 10 + d];
            if (node == 0) break;
            if (_lengths[node] >= 0) found = _lengths[node]; // keep going: a longer prefix wins
        }
        return found < 0 ? null : found;
    }

    private void Add(string prefix, int length)
    {
        if (prefix.Length is < 1 or > MaxPrefixDigits || !Gs1Text.AllDigits(prefix))
            throw new FormatException($"GCP prefix '{prefix}' must be 1 to 12 digits");
        if (length != 0 && (length < 6 || length > 12))
            throw new FormatException($"GCP length {length} for prefix '{prefix}' must be 0 or 6 to 12");
        int node = 0;
        foreach (char c in prefix)
        {
            int slot = node * 10 + (c - '0');
            int child = _children[slot];
            if (child == 0)
            {
                child = NewNode();
                _children[slot] = child;
            }
            node = child;
        }
        if (_lengths[node] < 0) Count++;
        _lengths[node] = (sbyte)length;
    }

    private int NewNode()
    {
        if (_nodeCount == _lengths.Length)
        {
            Array.Resize(ref _lengths, _lengths.Length * 2);
            Array.Resize(ref _children, _children.Length * 2);
        }
        _lengths[_nodeCount] = -1;
        return _nodeCount++;
    }
}
