using Epcis.Model.Identifiers;
using Epcis.Server.Configuration;
using Microsoft.Extensions.Options;

namespace Epcis.Server.Queries;

/// <summary>
/// The GS1 company-prefix length table (<c>Epcis:GcpPrefixTablePath</c>), needed to turn Digital Links back into EPC URNs
/// (<c>GS1-EPC-Format: Always_EPC_URN</c>). Loaded once, on first use; null when no path is configured.
/// </summary>
internal sealed class CompanyPrefixes(IOptions<EpcisOptions> options)
{
    private readonly Lazy<ICompanyPrefixLengths?> _table = new(() =>
        string.IsNullOrWhiteSpace(options.Value.GcpPrefixTablePath) ? null : GcpPrefixTable.LoadXml(options.Value.GcpPrefixTablePath));

    /// <summary>The table, or null when none is configured (identifiers then keep their captured form).</summary>
    public ICompanyPrefixLengths? Table => _table.Value;
}
