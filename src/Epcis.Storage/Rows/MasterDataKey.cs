using Epcis.Model.Identifiers;
using Epcis.Model.Vocabulary;

namespace Epcis.Storage.Rows;

/// <summary>
/// The key a vocabulary element is stored under (<c>vocabulary_elements.element_key</c>): the form in which events' rows
/// hold the same value, so that HASATTR_/EQATTR_ and WD_ join on equality. CBV-valued vocabularies (business steps,
/// dispositions, business transaction and source/destination types) use the bare CBV word of a standard value, as
/// events store it; every other vocabulary the canonical identifier (<see cref="DigitalLink.Canonical"/>).
/// </summary>
public static class MasterDataKey
{
    public const string BusinessStepType = "urn:epcglobal:epcis:vtype:BusinessStep";
    public const string DispositionType = "urn:epcglobal:epcis:vtype:Disposition";
    public const string BusinessTransactionTypeType = "urn:epcglobal:epcis:vtype:BusinessTransactionType";
    public const string SourceDestTypeType = "urn:epcglobal:epcis:vtype:SourceDestType";

    public static string Of(string vocabularyType, string id) => vocabularyType switch
    {
        BusinessStepType => Cbv.Normalise(CbvKind.BizStep, id),
        DispositionType => Cbv.Normalise(CbvKind.Disposition, id),
        BusinessTransactionTypeType => Cbv.Normalise(CbvKind.BizTransactionType, id),
        SourceDestTypeType => Cbv.Normalise(CbvKind.SourceDestType, id),
        _ => DigitalLink.Canonical(id),
    };
}
