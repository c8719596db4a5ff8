using Epcis.Model.Identifiers;

namespace Epcis.Model.Tests.Identifiers;

public class DlNormaliserCasesTests
{
    /// <summary>Cases where the reference normaliser skips the GS1 check digit and we deliberately reject (GS1 General Specifications §7.9).</summary>
    private static readonly Dictionary<string, string> DeliberateRejections = new()
    {
        ["http://example.de/gtin-8/01/97803111"] = "GTIN-8 97803111 has check digit 1, the correct one is 9",
        ["http://example.de/01/040123451234/cpv/344/lot/ABD"] = "GTIN-12 040123451234 has check digit 4, the correct one is 5",
    };

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        string path = SharedData.Path("corpus", "ralphtro-epcis-event-hash-generator", "dl_normaliser_cases.tsv");
        foreach (string line in File.ReadLines(path).Skip(1))
        {
            if (line.Length == 0) continue;
            string[] columns = line.Split('\t');
            data.Add(columns[0], columns[1], columns[2]);
        }
        return data;
    }

    [Fact]
    public void The_case_file_holds_all_seventy_cases() => Assert.Equal(70, Cases().Count);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reference_normaliser_case_gives_the_expected_canonical_link_or_rejection(string group, string input, string expected)
    {
        bool ok = input.StartsWith("urn:epc:", StringComparison.Ordinal)
            ? DigitalLink.TryFromEpcUrn(input, out string actual)
            : DigitalLink.TryNormalise(input, out actual);

        if (DeliberateRejections.ContainsKey(input))
        {
            Assert.False(ok, $"{group}: '{input}' has a bad check digit and must be rejected");
            Assert.Same(input, DigitalLink.Canonical(input));
        }
        else if (expected == "(None)")
        {
            Assert.False(ok, $"{group}: '{input}' should be rejected but gave '{actual}'");
        }
        else
        {
            Assert.True(ok, $"{group}: '{input}' was rejected");
            Assert.Equal(expected, actual);
            Assert.Equal(expected, DigitalLink.Canonical(input));
        }
    }
}
