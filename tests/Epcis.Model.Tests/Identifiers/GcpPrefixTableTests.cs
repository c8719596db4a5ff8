using System.Diagnostics;
using Epcis.Model.Identifiers;

namespace Epcis.Model.Tests.Identifiers;

public class GcpPrefixTableTests
{
    private static readonly Lazy<GcpPrefixTable> Real = new(() => GcpPrefixTable.LoadXml(RealTablePath));

    internal static string RealTablePath => SharedData.Path("gs1-gcp", "GCPPrefixFormatList.xml");

    internal static GcpPrefixTable RealTable => Real.Value;

    [Fact]
    public void Real_table_loads_all_entries_well_under_a_second()
    {
        var watch = Stopwatch.StartNew();
        GcpPrefixTable table = GcpPrefixTable.LoadXml(RealTablePath);
        watch.Stop();
        Assert.Equal(94394, table.Count);
        Assert.True(watch.ElapsedMilliseconds < 1000, $"loading took {watch.ElapsedMilliseconds} ms");
    }

    [Theory]
    [InlineData("0614141073464", 7)] // GS1 US example company 0614141
    [InlineData("4012345111118", 7)] // GS1 Germany example company 4012345
    [InlineData("9780345418913", 0)] // ISBN range: no company prefix
    [InlineData("2000000000000", 0)] // restricted circulation
    public void Real_table_gives_the_company_prefix_length_by_longest_prefix(string digits, int expected) =>
        Assert.Equal(expected, RealTable.LengthOf(digits));

    [Fact]
    public void Longest_matching_prefix_wins_and_unknown_digits_give_null()
    {
        GcpPrefixTable table = GcpPrefixTable.FromEntries([("40", 7), ("4012", 9), ("401234", 12)]);
        Assert.Equal(12, table.LengthOf("4012345678901"));
        Assert.Equal(9, table.LengthOf("4012999"));
        Assert.Equal(7, table.LengthOf("4099"));
        Assert.Null(table.LengthOf("5000000"));
        Assert.Null(table.LengthOf(""));
        Assert.Equal(3, table.Count);
    }

    [Fact]
    public void Entries_with_impossible_lengths_are_refused()
    {
        Assert.Throws<FormatException>(() => GcpPrefixTable.FromEntries([("40", 5)]));
        Assert.Throws<FormatException>(() => GcpPrefixTable.FromEntries([("4a", 7)]));
    }
}
