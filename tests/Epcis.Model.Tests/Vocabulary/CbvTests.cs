using Epcis.Model.Vocabulary;

namespace Epcis.Model.Tests.Vocabulary;

public class CbvTests
{
    [Theory]
    [InlineData(CbvKind.BizStep, 41)]
    [InlineData(CbvKind.Disposition, 33)]
    [InlineData(CbvKind.BizTransactionType, 13)]
    [InlineData(CbvKind.SourceDestType, 3)]
    [InlineData(CbvKind.ErrorReason, 2)]
    [InlineData(CbvKind.SensorComponent, 14)]
    [InlineData(CbvKind.MeasurementType, 74)] // the 72 terms of the JSON Schema + EffectiveDoseRate and Molar_concentration, used by GS1's own XML sensor example
    [InlineData(CbvKind.SensorAlertType, 2)]
    public void Each_vocabulary_has_the_standard_number_of_distinct_words(CbvKind kind, int count)
    {
        Assert.Equal(count, Cbv.StandardWords(kind).Count);
        Assert.Equal(count, Cbv.StandardWords(kind).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData(CbvKind.BizStep, "shipping", "urn:epcglobal:cbv:bizstep:shipping", "https://ref.gs1.org/cbv/BizStep-shipping", "cbv:BizStep-shipping")]
    [InlineData(CbvKind.Disposition, "in_transit", "urn:epcglobal:cbv:disp:in_transit", "https://ref.gs1.org/cbv/Disp-in_transit", "cbv:Disp-in_transit")]
    [InlineData(CbvKind.BizTransactionType, "po", "urn:epcglobal:cbv:btt:po", "https://ref.gs1.org/cbv/BTT-po", "cbv:BTT-po")]
    [InlineData(CbvKind.SourceDestType, "owning_party", "urn:epcglobal:cbv:sdt:owning_party", "https://ref.gs1.org/cbv/SDT-owning_party", "cbv:SDT-owning_party")]
    [InlineData(CbvKind.ErrorReason, "incorrect_data", "urn:epcglobal:cbv:er:incorrect_data", "https://ref.gs1.org/cbv/ER-incorrect_data", "cbv:ER-incorrect_data")]
    [InlineData(CbvKind.SensorComponent, "latitude", "urn:epcglobal:cbv:comp:latitude", "https://ref.gs1.org/cbv/Comp-latitude", "cbv:Comp-latitude")]
    public void Every_form_of_a_standard_cbv_value_normalises_to_the_bare_word(CbvKind kind, string word, string urn, string webUri, string curie)
    {
        Assert.Equal(word, Cbv.Normalise(kind, word));
        Assert.Equal(word, Cbv.Normalise(kind, urn));
        Assert.Equal(word, Cbv.Normalise(kind, webUri));
        Assert.Equal(word, Cbv.Normalise(kind, webUri.Replace("https://", "http://", StringComparison.Ordinal)));
        Assert.Equal(word, Cbv.Normalise(kind, curie));
        Assert.Equal(urn, Cbv.ToUrn(kind, word));
        Assert.Equal(webUri, Cbv.ToWebUri(kind, word));
        Assert.True(Cbv.IsStandard(kind, word));
        Assert.True(Cbv.TryValidate(kind, urn, out _));
    }

    [Theory]
    [InlineData(CbvKind.MeasurementType, "Temperature")]
    [InlineData(CbvKind.MeasurementType, "EffectiveDoseRate")]
    [InlineData(CbvKind.SensorAlertType, "ALARM_CONDITION")]
    public void Gs1_web_vocabulary_terms_normalise_from_curie_and_both_namespaces(CbvKind kind, string word)
    {
        Assert.Equal(word, Cbv.Normalise(kind, "gs1:" + word));
        Assert.Equal(word, Cbv.Normalise(kind, "https://gs1.org/voc/" + word));
        Assert.Equal(word, Cbv.Normalise(kind, "https://ref.gs1.org/voc/" + word));
        Assert.Equal("https://gs1.org/voc/" + word, Cbv.ToWebUri(kind, word));
        Assert.Equal("https://gs1.org/voc/" + word, Cbv.ToUrn(kind, word)); // no URN form exists
    }

    [Theory]
    [InlineData(CbvKind.BizStep, "https://ref.gs1.org/cbv/Bizstep-sensor_reporting")] // GS1's own example misspells BizStep
    [InlineData(CbvKind.BizStep, "urn:epcglobal:cbv:bizstep:Shipping")]
    [InlineData(CbvKind.BizStep, "urn:epcglobal:cbv:disp:shipping")] // right word, wrong vocabulary
    [InlineData(CbvKind.BizStep, "https://example.com/steps/transforming")]
    [InlineData(CbvKind.Disposition, "SHIPPING")]
    [InlineData(CbvKind.MeasurementType, "gs1:temperature")]
    [InlineData(CbvKind.MeasurementType, "https://gs1.org/voc/MT-Temperature")]
    public void Non_standard_values_are_returned_unchanged(CbvKind kind, string value)
    {
        Assert.Same(value, Cbv.Normalise(kind, value));
        Assert.Same(value, Cbv.ToUrn(kind, value));
        Assert.Same(value, Cbv.ToWebUri(kind, value));
        Assert.False(Cbv.IsStandard(kind, value));
    }

    [Theory]
    [InlineData(CbvKind.BizStep, "https://example.com/steps/transforming")]
    [InlineData(CbvKind.BizStep, "urn:example:bizstep:transforming")]
    [InlineData(CbvKind.Disposition, "cbv:Disp-in_transit")]
    [InlineData(CbvKind.MeasurementType, "https://example.org/voc/Radiance")]
    [InlineData(CbvKind.SensorComponent, "example:xuom")]
    public void Standard_values_and_custom_absolute_uris_are_valid(CbvKind kind, string value)
    {
        Assert.True(Cbv.TryValidate(kind, value, out string? error), error);
        Assert.Null(error);
    }

    [Theory]
    [InlineData(CbvKind.BizStep, "transforming", "'transforming' is neither a CBV business step nor an absolute URI")]
    [InlineData(CbvKind.Disposition, "in transit", "'in transit' is neither a CBV disposition nor an absolute URI")]
    [InlineData(CbvKind.BizStep, "https://ref.gs1.org/cbv/Bizstep-sensor_reporting", "is not a standard CBV business step")]
    [InlineData(CbvKind.BizStep, "urn:epcglobal:cbv:bizstep:transforming", "values under urn:epcglobal:cbv: must be standard terms")]
    [InlineData(CbvKind.MeasurementType, "gs1:Temprature", "is not a standard CBV measurement type")]
    [InlineData(CbvKind.ErrorReason, "", "must not be empty")]
    [InlineData(CbvKind.SourceDestType, "/relative/path", "neither a CBV source/destination type nor an absolute URI")]
    public void Invalid_values_get_a_message_naming_the_value_and_why(CbvKind kind, string value, string expectedFragment)
    {
        Assert.False(Cbv.TryValidate(kind, value, out string? error));
        Assert.Contains(expectedFragment, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_standard_word_survives_urn_and_web_uri_round_trips()
    {
        foreach (CbvKind kind in Enum.GetValues<CbvKind>())
        {
            foreach (string word in Cbv.StandardWords(kind))
            {
                Assert.Equal(word, Cbv.Normalise(kind, Cbv.ToUrn(kind, word)));
                Assert.Equal(word, Cbv.Normalise(kind, Cbv.ToWebUri(kind, word)));
            }
        }
    }
}
