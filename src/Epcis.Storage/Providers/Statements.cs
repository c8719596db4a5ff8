namespace Epcis.Storage.Providers;

/// <summary>The SQL a provider sends for jobs, reads and master data (bulk event writes are provider code).</summary>
/// <remarks>Parameter names are shared by all providers: @captureId, @createdAt, @limit, @eventId, @type, @key, …</remarks>
internal sealed record Statements
{
    public required string Ping { get; init; }
    public required string InsertJob { get; init; }
    public required string UpdateJob { get; init; }
    public required string SelectJob { get; init; }
    public required string ListJobsFirst { get; init; }
    public required string ListJobsAfter { get; init; }
    public required string SelectRawDocument { get; init; }
    public required string ListUnfinishedJobs { get; init; }
    public required string SelectEvent { get; init; }
    public required string CountEvents { get; init; }
    public required string UpsertElement { get; init; }
    public required string DeleteAttributes { get; init; }
    public required string DeleteChildren { get; init; }
    public required string InsertAttribute { get; init; }
    public required string InsertChild { get; init; }
    public required string SelectElement { get; init; }
    public required string SelectAttributes { get; init; }
    public required string SelectChildren { get; init; }
}
