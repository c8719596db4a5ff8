namespace Epcis.Model.Identifiers;

/// <summary>Character sets and the two escaping schemes (EPC URN and GS1 Digital Link) used by identifier conversion.</summary>
internal static class Gs1Text
{
    /// <summary>GS1 AI encodable character set 82 (GS1 General Specifications §7.11, Figure 7.11-1).</summary>
    public static bool IsSet82(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '!' or '"' or '%' or '&' or '\'' or '(' or ')' or '*' or '+' or ','
            or '-' or '.' or '/' or ':' or ';' or '<' or '=' or '>' or '?' or '_';

    /// <summary>GS1 AI encodable character set 39 (used by CPID, AI 8010): digits, upper-case letters, '#', '-', '/'.</summary>
    public static bool IsSet39(char c) => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c) || c is '#' or '-' or '/';

    /// <summary>Characters that TDS 2.x §6 requires to be %-escaped inside an EPC URN component.</summary>
    public static bool MustEscapeInUrn(char c) => c is '"' or '%' or '&' or '/' or '<' or '>' or '?' or '#';

    /// <summary>Characters left literal in a canonical DL path value; everything else is %-encoded.</summary>
    /// <remarks>GS1 Digital Link URI Syntax §6 (percent-encoding of AI values); the reference normaliser of the CBV 2.0
    /// hash algorithm additionally encodes ! ( ) * + , : and keeps ' literal, which this follows so hashes agree.</remarks>
    public static bool IsDlLiteral(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '\'' or ';' or '=';

    public static bool AllDigits(ReadOnlySpan<char> s) => !s.IsEmpty && !s.ContainsAnyExceptInRange('0', '9');

    public static int LeadingDigits(ReadOnlySpan<char> s)
    {
        int i = s.IndexOfAnyExceptInRange('0', '9');
        return i < 0 ? s.Length : i;
    }

    /// <summary>Decodes %XX escapes; every decoded or literal character must satisfy <paramref name="allowed"/>.
    /// With <paramref name="strictUrn"/>, characters TDS requires escaped must not appear literally.</summary>
    public static bool TryUnescape(ReadOnlySpan<char> value, ref CharBuilder output, Func<char, bool> allowed, bool strictUrn)
    {
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == '%')
            {
                if (i + 2 >= value.Length) return false;
                int hi = HexValue(value[i + 1]), lo = HexValue(value[i + 2]);
                if (hi < 0 || lo < 0) return false;
                c = (char)(hi * 16 + lo);
                i += 2;
            }
            else if (strictUrn && MustEscapeInUrn(c))
            {
                return false;
            }
            if (!allowed(c)) return false;
            output.Append(c);
        }
        return true;
    }

    /// <summary>Writes a decoded value with EPC URN escaping (TDS 2.x Table "URN escapes").</summary>
    public static void AppendUrnEscaped(ref CharBuilder output, ReadOnlySpan<char> value)
    {
        foreach (char c in value)
        {
            if (MustEscapeInUrn(c)) output.AppendHex(c);
            else output.Append(c);
        }
    }

    /// <summary>Writes a decoded value with canonical GS1 Digital Link percent-encoding.</summary>
    public static void AppendDlEscaped(ref CharBuilder output, ReadOnlySpan<char> value)
    {
        foreach (char c in value)
        {
            if (IsDlLiteral(c)) output.Append(c);
            else output.AppendHex(c);
        }
    }

    public static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };
}
