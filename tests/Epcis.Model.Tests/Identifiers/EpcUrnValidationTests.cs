using Epcis.Model.Identifiers;

namespace Epcis.Model.Tests.Identifiers;

public class EpcUrnValidationTests
{
    [Theory]
    [InlineData("urn:epc:id:sgtin:0614141.107346.2017")]
    [InlineData("urn:epc:id:sgtin:0614141.812345.6789%2F%26%25%22!%3F()")]
    [InlineData("urn:epc:id:sscc:4012345.0000000333")]
    [InlineData("urn:epc:id:pgln:999999999999.")]
    [InlineData("urn:epc:id:gdti:987659999999..9")]
    [InlineData("urn:epc:id:cpi:0614141.11111111111111-A%23%2F.1234")]
    [InlineData("urn:epc:class:lgtin:4012345.012345.Lot987")]
    [InlineData("urn:epc:idpat:sgtin:4012345.012345.*")]
    [InlineData("urn:epc:idpat:sgtin:4012345.*.*")]
    [InlineData("urn:epc:idpat:sgtin:*.*.*")]
    [InlineData("urn:epc:id:gid:95100000.12345.400")]
    [InlineData("urn:epc:id:usdod:2S194.12345678901")]
    [InlineData("urn:epc:id:adi:2S194.12345678901.%23A1-B2")]
    [InlineData("urn:epc:id:bic:CSQU3054383")]
    [InlineData("urn:epc:id:imovn:9176187")]
    public void Well_formed_epc_urns_are_accepted(string urn)
    {
        Assert.True(EpcUrn.TryValidate(urn, out string? error), error);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("urn:epc:id:sgtin:0614141.107346", "urn:epc:id:sgtin must have 3 parts CompanyPrefix.IndicatorItemRef.Serial, found 2")]
    [InlineData("urn:epc:id:sgtin:0614141.107346.1.2", "must have 3 parts CompanyPrefix.IndicatorItemRef.Serial, found 4")]
    [InlineData("urn:epc:id:sgtin:0614141.10734.2017", "CompanyPrefix + IndicatorItemRef must be 13 digits in total, found 7 + 5")]
    [InlineData("urn:epc:id:sgtin:06141.1073460.2017", "CompanyPrefix must be 6 to 12 digits")]
    [InlineData("urn:epc:id:sgtin:0614141.107346.20/17", "Serial must be 1 to 20 characters of GS1 set 82")]
    [InlineData("urn:epc:id:sgtin:0614141.107346.123456789012345678901", "Serial must be 1 to 20 characters")]
    [InlineData("urn:epc:id:sgtin:0614141.107346.%G1", "Serial must be 1 to 20 characters")]
    [InlineData("urn:epc:id:sscc:4012345.000000033", "CompanyPrefix + ExtensionSerialRef must be 17 digits in total")]
    [InlineData("urn:epc:id:itip:4012345.011111.1.02.987", "Piece must be exactly 2 digits")]
    [InlineData("urn:epc:id:cpi:0614141.abc.1", "ComponentPartRef must be 1 to 23 characters")]
    [InlineData("urn:epc:idpat:sgtin:4012345.*.2017", "a '*' part may only be followed by further '*' parts")]
    [InlineData("urn:epc:class:sgtin:4012345.012345.1", "the only EPC class scheme is urn:epc:class:lgtin")]
    [InlineData("urn:epc:id:gid:95100000.12345", "urn:epc:id:gid must have 3 numeric parts")]
    [InlineData("urn:epc:id:usdod:2S194 12345", "is not allowed in an EPC URN")]
    [InlineData("urn:epc:id:sgtin:", "non-empty scheme and body")]
    [InlineData("https://id.gs1.org/01/10614141073464/21/2017", "is not an EPC URN")]
    public void Malformed_epc_urns_are_rejected_with_a_message_naming_the_problem(string urn, string expectedFragment)
    {
        Assert.False(EpcUrn.TryValidate(urn, out string? error));
        Assert.NotNull(error);
        Assert.Contains(expectedFragment, error, StringComparison.Ordinal);
        Assert.Contains(urn, error, StringComparison.Ordinal);
    }
}
