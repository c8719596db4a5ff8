using Epcis.Model.Identifiers;

namespace Epcis.Model.Tests.Identifiers;

public class EpcPatternTests
{
    [Theory]
    [InlineData("urn:epc:idpat:sgtin:0614141.107346.*", "urn:epc:id:sgtin:0614141.107346.2017", true)]
    [InlineData("urn:epc:idpat:sgtin:0614141.107346.*", "https://id.gs1.org/01/10614141073464/21/2017", true)]
    [InlineData("urn:epc:idpat:sgtin:0614141.107346.*", "https://example.com/gtin/10614141073464/ser/2017", true)]
    [InlineData("urn:epc:idpat:sgtin:0614141.107346.*", "urn:epc:id:sgtin:0614141.107347.2017", false)]
    [InlineData("urn:epc:idpat:sgtin:0614141.107346.*", "https://id.gs1.org/01/10614141073471/21/2017", false)]
    [InlineData("urn:epc:idpat:sgtin:0614141.107346.*", "urn:epc:class:lgtin:0614141.107346.LOT1", true)]
    [InlineData("urn:epc:idpat:sgtin:0614141.107346.*", "https://id.gs1.org/01/10614141073464", true)]
    [InlineData("urn:epc:idpat:sgtin:0614141.107346.*", "urn:epc:id:sscc:0614141.1234567890", false)]
    [InlineData("urn:epc:idpat:sgtin:0614141.107346.2017", "urn:epc:id:sgtin:0614141.107346.2017", true)]
    [InlineData("urn:epc:idpat:sgtin:0614141.107346.2017", "urn:epc:id:sgtin:0614141.107346.2018", false)]
    [InlineData("urn:epc:idpat:sgtin:0614141.107346.2017", "urn:epc:class:lgtin:0614141.107346.2017", false)]
    [InlineData("urn:epc:idpat:sgtin:0614141.*.*", "urn:epc:id:sgtin:0614141.812345.X", true)]
    [InlineData("urn:epc:idpat:sgtin:0614141.*.*", "urn:epc:id:sgtin:0614142.812345.X", false)]
    [InlineData("urn:epc:idpat:sgtin:*.*.*", "https://id.gs1.org/01/09780345418913/21/1", true)]
    [InlineData("urn:epc:idpat:sgtin:0614141.107346.20%2F17", "https://id.gs1.org/01/10614141073464/21/20%2f17", true)]
    [InlineData("urn:epc:idpat:sgln:0614141.07346.*", "urn:epc:id:sgln:0614141.07346.1234", true)]
    [InlineData("urn:epc:idpat:sgln:0614141.07346.*", "https://id.gs1.org/414/0614141073467", true)]
    [InlineData("urn:epc:idpat:sscc:0614141.*", "https://id.gs1.org/00/106141411234567897", true)]
    [InlineData("urn:epc:idpat:grai:4012345.00022.*", "urn:epc:id:grai:4012345.00022.334455", true)]
    [InlineData("urn:epc:idpat:gid:95100000.12345.*", "urn:epc:id:gid:95100000.12345.400", true)]
    [InlineData("urn:epc:idpat:gid:95100000.12345.*", "urn:epc:id:gid:95100000.12346.400", false)]
    [InlineData("urn:epc:idpat:sgtin:0614141.107346.*", "not an identifier", false)]
    public void Identifier_matches_pattern_only_when_every_concrete_part_agrees(string pattern, string identifier, bool expected) =>
        Assert.Equal(expected, EpcPattern.Matches(pattern, identifier));

    [Fact]
    public void Parsed_pattern_exposes_scheme_parts_and_first_wildcard()
    {
        Assert.True(EpcPattern.TryParse("urn:epc:idpat:itip:4012345.012345.01.*.*", out EpcPatternParts? pattern, out string? error), error);
        Assert.Equal("itip", pattern.Scheme);
        Assert.Equal(["4012345", "012345", "01", "*", "*"], pattern.Parts);
        Assert.Equal(3, pattern.FirstWildcard);
    }

    [Fact]
    public void Invalid_patterns_never_match_and_explain_why()
    {
        Assert.False(EpcPattern.TryParse("urn:epc:id:sgtin:0614141.107346.1", out _, out string? error));
        Assert.Contains("is not an EPC pattern", error, StringComparison.Ordinal);
        Assert.False(EpcPattern.Matches("urn:epc:idpat:sgtin:0614141.*.5", "urn:epc:id:sgtin:0614141.107346.5"));
    }
}
