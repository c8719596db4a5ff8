using System.Globalization;

namespace Epcis.Model.Serialization;

/// <summary>Parses and prints EPCIS timestamps: XSD dateTimeStamp, whose time-zone offset is mandatory (EPCIS 2.0 §7.3.1).</summary>
public static class Timestamps
{
    /// <summary>Parses <c>YYYY-MM-DDThh:mm:ss[.f+](Z|±hh:mm)</c>; <paramref name="why"/> says what is wrong otherwise.</summary>
    public static bool TryParse(string s, out DateTimeOffset value, out string why)
    {
        value = default;
        why = "";
        var t = s.AsSpan().Trim();
        if (t.Length < 20 || t[4] != '-' || t[7] != '-' || (t[10] != 'T' && t[10] != 't') || t[13] != ':' || t[16] != ':')
        {
            why = "is not a date-time of the form YYYY-MM-DDThh:mm:ss with a time-zone offset";
            return false;
        }
        if (!Digits(t[..4], out var year) || !Digits(t.Slice(5, 2), out var month) || !Digits(t.Slice(8, 2), out var day)
            || !Digits(t.Slice(11, 2), out var hour) || !Digits(t.Slice(14, 2), out var minute) || !Digits(t.Slice(17, 2), out var second))
        {
            why = "is not a date-time of the form YYYY-MM-DDThh:mm:ss with a time-zone offset";
            return false;
        }
        var i = 19;
        long ticks = 0;
        if (i < t.Length && t[i] == '.')
        {
            i++;
            var start = i;
            long scale = TimeSpan.TicksPerSecond;
            while (i < t.Length && char.IsAsciiDigit(t[i]))
            {
                scale /= 10;
                ticks += (t[i] - '0') * scale;
                i++;
            }
            if (i == start) { why = "has a '.' without fractional seconds"; return false; }
        }
        TimeSpan offset;
        var rest = t[i..];
        if (rest.Length == 1 && (rest[0] == 'Z' || rest[0] == 'z')) offset = TimeSpan.Zero;
        else if (rest.Length == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':'
                 && Digits(rest.Slice(1, 2), out var oh) && Digits(rest.Slice(4, 2), out var om) && oh <= 14 && om < 60)
        {
            offset = new TimeSpan(oh, om, 0);
            if (rest[0] == '-') offset = -offset;
        }
        else
        {
            why = rest.Length == 0 ? "has no time-zone offset (Z or ±hh:mm is mandatory)" : "has an invalid time-zone offset (expected Z or ±hh:mm)";
            return false;
        }
        try
        {
            var extra = hour == 24 && minute == 0 && second == 0 && ticks == 0 ? 1 : 0;
            if (extra == 1) hour = 0;
            var dt = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(ticks).AddDays(extra);
            value = new DateTimeOffset(dt, offset);
            return true;
        }
        catch (ArgumentException)
        {
            why = "is not a valid calendar date and time";
            return false;
        }
    }

    /// <summary>Parses a timestamp or throws <see cref="FormatException"/>.</summary>
    public static DateTimeOffset Parse(string s) =>
        TryParse(s, out var v, out var why) ? v : throw new FormatException($"'{s}' {why}");

    private static bool Digits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    /// <summary>Prints a timestamp in its own offset with the fraction it needs (at least milliseconds when non-zero).</summary>
    public static string Format(DateTimeOffset v)
    {
        var frac = v.Ticks % TimeSpan.TicksPerSecond;
        var fmt = frac == 0 ? "yyyy-MM-dd'T'HH:mm:ss" : frac % TimeSpan.TicksPerMillisecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss.fff" : "yyyy-MM-dd'T'HH:mm:ss.fffffff";
        var core = v.ToString(fmt, CultureInfo.InvariantCulture);
        if (v.Offset == TimeSpan.Zero) return core + "Z";
        var o = v.Offset;
        return core + (o < TimeSpan.Zero ? "-" : "+") + o.Duration().ToString("hh\\:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>Prints the UTC instant with millisecond precision, rounding half up (CBV 2.0 event hash rule).</summary>
    public static string FormatUtcMillis(DateTimeOffset v)
    {
        var utc = v.UtcDateTime;
        var rem = utc.Ticks % TimeSpan.TicksPerMillisecond;
        utc = utc.AddTicks(-rem + (rem >= TimeSpan.TicksPerMillisecond / 2 ? TimeSpan.TicksPerMillisecond : 0));
        return utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
    }
}
