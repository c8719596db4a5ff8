using Epcis.Storage;

namespace Epcis.Server.Configuration;

/// <summary>Server settings, bound from the <c>Epcis</c> configuration section (appsettings.json or <c>Epcis__…</c> environment variables).</summary>
public sealed class EpcisOptions
{
    /// <summary>Database kind: <c>Sqlite</c> (default), <c>PostgreSql</c> or <c>SqlServer</c>.</summary>
    public DatabaseKind Database { get; set; } = DatabaseKind.Sqlite;

    /// <summary>Connection string; for SQLite the default is a file <c>epcis.db</c> in the working directory.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Most events one capture may hold (<c>GS1-EPCIS-Capture-Limit</c>).</summary>
    public int CaptureLimit { get; set; } = 100_000;

    /// <summary>Largest capture document in bytes (<c>GS1-EPCIS-Capture-File-Size-Limit</c>).</summary>
    public long CaptureFileSizeLimit { get; set; } = 256L * 1024 * 1024;

    /// <summary>Documents up to this size are captured before the 202 is sent; larger ones are persisted raw and finished by a background job.</summary>
    public long InlineCaptureMaxBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>Deepest JSON/XML nesting accepted.</summary>
    public int MaxDepth { get; set; } = 64;

    /// <summary>Key for tamper-proof page tokens; every node of a cluster must share it.</summary>
    public string PageTokenKey { get; set; } = "change-me: set Epcis__PageTokenKey to the same secret on every node";

    /// <summary>Default <c>perPage</c> of query results and lists (EPCIS 2.0 REST binding: 30).</summary>
    public int DefaultPerPage { get; set; } = 30;

    /// <summary>Largest <c>perPage</c>: a larger request is capped to it (documented in the OpenAPI description).</summary>
    public int MaxPerPage { get; set; } = 1000;

    /// <summary>Longest query string accepted on the query interface; longer is 414 URITooLongException.</summary>
    public int MaxQueryStringLength { get; set; } = 16 * 1024;

    /// <summary>
    /// Path of GS1's company-prefix length table (<c>GCPPrefixFormatList.xml</c>), needed to return Digital Links as EPC URNs
    /// (<c>GS1-EPC-Format: Always_EPC_URN</c>); without it, or for an unknown prefix, identifiers keep their captured form.
    /// </summary>
    public string? GcpPrefixTablePath { get; set; }

    /// <summary>Run Hangfire's background server in this process (every node normally does).</summary>
    public bool RunBackgroundJobs { get; set; } = true;

    /// <summary>The effective connection string.</summary>
    public string EffectiveConnectionString => ConnectionString ?? Database switch
    {
        DatabaseKind.Sqlite => "Data Source=epcis.db",
        _ => throw new InvalidOperationException($"Epcis:ConnectionString is required for {Database}"),
    };
}
