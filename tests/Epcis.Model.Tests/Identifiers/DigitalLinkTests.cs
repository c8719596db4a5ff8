using Epcis.Model.Identifiers;

namespace Epcis.Model.Tests.Identifiers;

public class DigitalLinkTests
{
    [Fact]
    public void Canonical_returns_the_same_instance_for_an_already_canonical_link()
    {
        string dl = "https://id.gs1.org/01/10614141073464/21/2017";
        Assert.Same(dl, DigitalLink.Canonical(dl));
    }

    [Theory]
    [InlineData("urn:epc:id:gid:95100000.12345.400")]
    [InlineData("urn:epc:idpat:sgtin:0614141.*.*")]
    [InlineData("urn:jaif:id:obj:37SUN321456789A111222333AB+123456789012")]
    [InlineData("geo:47.50,11.10")]
    [InlineData("https://example.com/some/page")]
    [InlineData("http://transaction.acme.com/po/12345678")]
    [InlineData("")]
    public void Canonical_leaves_other_identifiers_unchanged(string identifier) =>
        Assert.Same(identifier, DigitalLink.Canonical(identifier));

    [Theory]
    [InlineData("https://id.gs1.org/414/4280000000002/254/0", "https://id.gs1.org/414/4280000000002")]
    [InlineData("HTTPS://Example.COM/01/10614141073464/21/2017#frag", "https://id.gs1.org/01/10614141073464/21/2017")]
    [InlineData("https://id.gs1.org/01/10614141073464/21/a!b(c)*d+e,f:g", "https://id.gs1.org/01/10614141073464/21/a%21b%28c%29%2Ad%2Be%2Cf%3Ag")]
    [InlineData("https://id.gs1.org/01/10614141073464/21/a%2fb", "https://id.gs1.org/01/10614141073464/21/a%2Fb")]
    [InlineData("https://id.gs1.org/01/10614141073464/235/TPX1", "https://id.gs1.org/01/10614141073464/235/TPX1")]
    [InlineData("https://id.gs1.org/8010/0628165987/cpsn/9876", "https://id.gs1.org/8010/0628165987/8011/9876")]
    public void Digital_link_is_normalised_to_the_constrained_canonical_form(string input, string expected)
    {
        Assert.True(DigitalLink.TryNormalise(input, out string actual));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("https://id.gs1.org/01/10614141073465/21/2017")] // bad check digit
    [InlineData("https://id.gs1.org/01/10614141073464/21/1/10/LOT")] // qualifier order: 10 must precede 21
    [InlineData("https://id.gs1.org/01/10614141073464/21/1/21/2")] // repeated qualifier
    [InlineData("https://id.gs1.org/01/10614141073464/254/1")] // 254 qualifies only 414
    [InlineData("https://id.gs1.org/01/10614141073464/235/T/21/1")] // 235 excludes 21
    [InlineData("https://id.gs1.org/00/04012345000000011")] // SSCC has 18 digits
    [InlineData("https://id.gs1.org/01/10614141073464/21/123456789012345678901")] // serial longer than 20
    [InlineData("https://id.gs1.org/01/10614141073464/21/a%ZZ")] // bad escape
    [InlineData("https://id.gs1.org/01/10614141073464/21/caf%C3%A9")] // outside character set 82
    [InlineData("https://id.gs1.org/8010/0628165987ab/8011/1")] // CPID allows upper case only
    [InlineData("https://id.gs1.org/8013/1987654Ad4X4bL5ttr2310c2K")] // GMN is not an EPCIS key
    [InlineData("ftp://id.gs1.org/01/10614141073464")]
    [InlineData("https://id.gs1.org")]
    public void Invalid_digital_links_are_rejected(string input) => Assert.False(DigitalLink.TryNormalise(input, out _));

    [Fact]
    public void Idpat_without_a_class_level_key_has_no_digital_link() =>
        Assert.False(DigitalLink.TryFromEpcUrn("urn:epc:idpat:sgtin:0614141.*.*", out _));
}
