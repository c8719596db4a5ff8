namespace Epcis.Model.Identifiers;

/// <summary>Tells how many leading digits of a GS1 key are the GS1 Company Prefix (needed for Digital Link → EPC URN).</summary>
public interface ICompanyPrefixLengths
{
    /// <summary>GCP length for key digits that start where the company prefix starts (indicator/extension digit already dropped);
    /// 0 = GS1 marks the range as having no company prefix; null = unknown.</summary>
    int? LengthOf(ReadOnlySpan<char> digits);
}
