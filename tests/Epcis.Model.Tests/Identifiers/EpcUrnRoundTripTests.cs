using Epcis.Model.Identifiers;

namespace Epcis.Model.Tests.Identifiers;

public class EpcUrnRoundTripTests
{
    [Theory]
    [InlineData("urn:epc:id:sgtin:0614141.107346.2018", "https://id.gs1.org/01/10614141073464/21/2018")]
    [InlineData("urn:epc:id:sscc:4012345.0000000333", "https://id.gs1.org/00/040123450000003338")]
    [InlineData("urn:epc:id:sgln:0614141.07346.1234", "https://id.gs1.org/414/0614141073467/254/1234")]
    [InlineData("urn:epc:id:sgln:4012345.00005.0", "https://id.gs1.org/414/4012345000054")]
    [InlineData("urn:epc:id:pgln:4012345.00000", "https://id.gs1.org/417/4012345000009")]
    [InlineData("urn:epc:id:grai:4012345.00022.334455", "https://id.gs1.org/8003/04012345000221334455")]
    [InlineData("urn:epc:id:giai:4000001.111", "https://id.gs1.org/8004/4000001111")]
    [InlineData("urn:epc:id:gsrn:4012345.0000006765", "https://id.gs1.org/8018/401234500000067657")]
    [InlineData("urn:epc:id:gsrnp:4012345.0000000007", "https://id.gs1.org/8017/401234500000000074")]
    [InlineData("urn:epc:id:gdti:4012345.00009.PO-4711", "https://id.gs1.org/253/4012345000092PO-4711")]
    [InlineData("urn:epc:id:sgcn:4012345.67890.04711", "https://id.gs1.org/255/401234567890104711")]
    [InlineData("urn:epc:id:cpi:0614141.11111111111111-A%23%2F.1234", "https://id.gs1.org/8010/061414111111111111111-A%23%2F/8011/1234")]
    [InlineData("urn:epc:id:ginc:0614141.xyz47%2F11", "https://id.gs1.org/401/0614141xyz47%2F11")]
    [InlineData("urn:epc:id:gsin:4012345.222333444", "https://id.gs1.org/402/40123452223334442")]
    [InlineData("urn:epc:id:itip:4012345.011111.01.02.987", "https://id.gs1.org/8006/040123451111180102/21/987")]
    [InlineData("urn:epc:id:upui:4012345.098765.51qIgY)%3C%26Jp3*j7'SDB", "https://id.gs1.org/01/04012345987652/235/51qIgY%29%3C%26Jp3%2Aj7'SDB")]
    [InlineData("urn:epc:class:lgtin:4012345.012345.998877", "https://id.gs1.org/01/04012345123456/10/998877")]
    [InlineData("urn:epc:idpat:sgtin:4012345.012345.*", "https://id.gs1.org/01/04012345123456")]
    [InlineData("urn:epc:idpat:itip:4012345.012345.01.02.*", "https://id.gs1.org/8006/040123451234560102")]
    [InlineData("urn:epc:idpat:cpi:4012345.AB12.*", "https://id.gs1.org/8010/4012345AB12")]
    [InlineData("urn:epc:idpat:grai:4012345.99999.*", "https://id.gs1.org/8003/04012345999990")]
    public void Urn_becomes_digital_link_and_back_with_the_gcp_table(string urn, string dl)
    {
        Assert.True(DigitalLink.TryFromEpcUrn(urn, out string actualDl));
        Assert.Equal(dl, actualDl);
        Assert.True(EpcUrn.TryFromDigitalLink(dl, GcpPrefixTableTests.RealTable, out string actualUrn));
        Assert.Equal(urn, actualUrn);
    }

    [Fact]
    public void Sgtin_urn_becomes_digital_link_with_check_digit()
    {
        Assert.True(DigitalLink.TryFromEpcUrn("urn:epc:id:sgtin:0614141.107346.2017", out string dl));
        Assert.Equal("https://id.gs1.org/01/10614141073464/21/2017", dl);
    }

    [Fact]
    public void Digital_link_on_any_domain_with_short_names_becomes_the_urn()
    {
        Assert.True(EpcUrn.TryFromDigitalLink("https://example.com/gtin/10614141073464/ser/2017?x=1", GcpPrefixTableTests.RealTable, out string urn));
        Assert.Equal("urn:epc:id:sgtin:0614141.107346.2017", urn);
    }

    [Fact]
    public void Unknown_company_prefix_length_keeps_the_captured_form()
    {
        var empty = GcpPrefixTable.FromEntries([]);
        Assert.False(EpcUrn.TryFromDigitalLink("https://id.gs1.org/01/10614141073464/21/2017", empty, out _));
        Assert.False(EpcUrn.TryFromDigitalLink("https://id.gs1.org/01/10614141073464/21/2017", null, out _));
        Assert.False(EpcUrn.TryFromDigitalLink("https://id.gs1.org/01/09780345418913", GcpPrefixTableTests.RealTable, out _)); // ISBN: gcpLength 0
    }

    [Fact]
    public void Digital_link_serial_is_escaped_the_urn_way()
    {
        var table = GcpPrefixTable.FromEntries([("0614141", 7)]);
        Assert.True(EpcUrn.TryFromDigitalLink("https://id.gs1.org/01/80614141123458/21/6789%2F%26%25%22%21%3F%28%29", table, out string urn));
        Assert.Equal("urn:epc:id:sgtin:0614141.812345.6789%2F%26%25%22!%3F()", urn);
    }

    [Fact]
    public void Itip_with_lot_has_no_urn_form() =>
        Assert.False(EpcUrn.TryFromDigitalLink("https://id.gs1.org/8006/040123451234560102/10/XYZ", GcpPrefixTableTests.RealTable, out _));
}
