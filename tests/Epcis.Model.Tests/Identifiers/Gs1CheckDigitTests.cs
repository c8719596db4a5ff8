using Epcis.Model.Identifiers;

namespace Epcis.Model.Tests.Identifiers;

public class Gs1CheckDigitTests
{
    [Theory]
    [InlineData("1061414107346", 4)] // GTIN-14 10614141073464
    [InlineData("04012345000000011", 5)] // SSCC 040123450000000115
    [InlineData("061414107346", 7)] // GLN 0614141073467
    [InlineData("978034541891", 3)] // EAN-13 9780345418913
    [InlineData("9780311", 9)] // GTIN-8
    [InlineData("0", 0)]
    public void Check_digit_uses_weights_three_and_one_from_the_rightmost_data_digit(string data, int expected) =>
        Assert.Equal(expected, Gs1CheckDigit.Compute(data));

    [Theory]
    [InlineData("10614141073464", true)]
    [InlineData("10614141073465", false)]
    [InlineData("9780345418913", true)]
    [InlineData("97803111", false)]
    [InlineData("1", false)]
    [InlineData("97803A111", false)]
    [InlineData("", false)]
    public void Is_valid_accepts_only_keys_whose_last_digit_is_the_check_digit(string key, bool valid) =>
        Assert.Equal(valid, Gs1CheckDigit.IsValid(key));

    [Fact]
    public void Compute_rejects_non_digits() => Assert.Throws<ArgumentException>(() => Gs1CheckDigit.Compute("12a"));
}
