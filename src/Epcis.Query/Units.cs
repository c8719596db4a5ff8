namespace Epcis.Query;

/// <summary>
/// UN/ECE Recommendation 20 units of measure grouped by kind, each a linear map to the kind's base unit
/// (<c>base = value × Factor + Offset</c>). A <c>GE_value_KEL</c> query finds a reading captured in <c>CEL</c>: the
/// threshold is converted into every unit of the same kind. A unit missing here compares only with itself.
/// </summary>
public static class Units
{
    private sealed record Unit(string Kind, double Factor, double Offset);

    private static readonly Dictionary<string, Unit> Table = Build();

    private static Dictionary<string, Unit> Build()
    {
        var t = new Dictionary<string, Unit>(StringComparer.Ordinal);
        void Add(string kind, string code, double factor, double offset = 0) => t[code] = new Unit(kind, factor, offset);

        // Temperature, base kelvin.
        Add("temperature", "KEL", 1);
        Add("temperature", "CEL", 1, 273.15);
        Add("temperature", "FAH", 5.0 / 9.0, 459.67 * 5.0 / 9.0);
        // Mass, base kilogram.
        Add("mass", "KGM", 1); Add("mass", "GRM", 1e-3); Add("mass", "MGM", 1e-6); Add("mass", "MC", 1e-9);
        Add("mass", "TNE", 1e3); Add("mass", "LBR", 0.45359237); Add("mass", "ONZ", 0.028349523125);
        // Length, base metre.
        Add("length", "MTR", 1); Add("length", "CMT", 1e-2); Add("length", "MMT", 1e-3); Add("length", "4H", 1e-6);
        Add("length", "KMT", 1e3); Add("length", "INH", 0.0254); Add("length", "FOT", 0.3048); Add("length", "YRD", 0.9144);
        Add("length", "SMI", 1609.344); Add("length", "DMT", 0.1);
        // Area, base square metre.
        Add("area", "MTK", 1); Add("area", "CMK", 1e-4); Add("area", "MMK", 1e-6); Add("area", "KMK", 1e6);
        Add("area", "INK", 0.00064516); Add("area", "FTK", 0.09290304);
        // Volume, base cubic metre.
        Add("volume", "MTQ", 1); Add("volume", "LTR", 1e-3); Add("volume", "DMQ", 1e-3); Add("volume", "MLT", 1e-6);
        Add("volume", "CMQ", 1e-6); Add("volume", "CLT", 1e-5); Add("volume", "GLL", 0.003785411784);
        Add("volume", "GLI", 0.00454609); Add("volume", "OZA", 2.95735295625e-5); Add("volume", "FTQ", 0.028316846592);
        // Pressure, base pascal.
        Add("pressure", "PAL", 1); Add("pressure", "A97", 100); Add("pressure", "KPA", 1e3); Add("pressure", "MPA", 1e6);
        Add("pressure", "BAR", 1e5); Add("pressure", "MBR", 100); Add("pressure", "ATM", 101325);
        Add("pressure", "PS", 6894.757293168); Add("pressure", "HP", 133.322387415);
        // Time, base second.
        Add("time", "SEC", 1); Add("time", "C26", 1e-3); Add("time", "MIN", 60); Add("time", "HUR", 3600);
        Add("time", "DAY", 86400); Add("time", "WEE", 604800);
        // Speed, base metre per second.
        Add("speed", "MTS", 1); Add("speed", "KMH", 1 / 3.6); Add("speed", "HM", 0.44704); Add("speed", "KNT", 1852.0 / 3600.0);
        Add("speed", "FS", 0.3048);
        // Acceleration, base metre per second squared.
        Add("acceleration", "MSK", 1);
        // Energy, base joule.
        Add("energy", "JOU", 1); Add("energy", "KJO", 1e3); Add("energy", "WHR", 3600); Add("energy", "KWH", 3.6e6);
        Add("energy", "E14", 4184); Add("energy", "D60", 4.1868);
        // Power, base watt.
        Add("power", "WTT", 1); Add("power", "KWT", 1e3); Add("power", "MAW", 1e6);
        // Electric potential, current, resistance.
        Add("voltage", "VLT", 1); Add("voltage", "2Z", 1e-3); Add("voltage", "KVT", 1e3);
        Add("current", "AMP", 1); Add("current", "4K", 1e-3);
        Add("resistance", "OHM", 1); Add("resistance", "B49", 1e3);
        // Frequency, base hertz.
        Add("frequency", "HTZ", 1); Add("frequency", "KHZ", 1e3); Add("frequency", "MHZ", 1e6);
        // Illuminance, base lux.
        Add("illuminance", "LUX", 1); Add("illuminance", "KLX", 1e3);
        // Dimensionless ratios (relative humidity %, ppm, ppb), base 1.
        Add("ratio", "P1", 1e-2); Add("ratio", "59", 1e-6); Add("ratio", "61", 1e-9);
        // Mass concentration, base kilogram per cubic metre.
        Add("concentration", "KMQ", 1); Add("concentration", "GL", 1); Add("concentration", "GQ", 1e-6); Add("concentration", "M1", 1e-6);
        return t;
    }

    /// <summary>True when the unit is in the conversion table.</summary>
    public static bool IsKnown(string uom) => Table.ContainsKey(uom);

    /// <summary>The units <paramref name="uom"/> converts to and from (itself included, itself first); just itself when unknown.</summary>
    public static IReadOnlyList<string> SameKind(string uom)
    {
        if (!Table.TryGetValue(uom, out var unit)) return [uom];
        var list = new List<string> { uom };
        foreach (var (code, u) in Table)
            if (u.Kind == unit.Kind && code != uom) list.Add(code);
        list.Sort(1, list.Count - 1, StringComparer.Ordinal);
        return list;
    }

    /// <summary>Converts <paramref name="value"/> from unit <paramref name="from"/> to unit <paramref name="to"/> (same kind; identity when equal).</summary>
    public static double Convert(double value, string from, string to)
    {
        if (from == to) return value;
        var f = Table[from];
        var t = Table[to];
        if (f.Kind != t.Kind) throw new ArgumentException($"{from} and {to} are not units of the same kind");
        return (value * f.Factor + f.Offset - t.Offset) / t.Factor;
    }

    /// <summary>How far a converted EQ_ threshold may be from a stored value and still be equal (conversions are not exact in binary floating point).</summary>
    public static double Tolerance(double converted) => 1e-9 * Math.Max(1, Math.Abs(converted));
}
