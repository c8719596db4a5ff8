using Epcis.Model.Events;
using Epcis.Model.MasterData;

namespace Epcis.Storage;

/// <summary>The databases the server can run on.</summary>
public enum DatabaseKind
{
    /// <summary>Embedded default: a file under the working directory, no set-up.</summary>
    Sqlite,
    PostgreSql,
    SqlServer,
}

/// <summary>Where the store lives.</summary>
public sealed record StorageOptions(DatabaseKind Kind, string ConnectionString);

/// <summary>
/// Everything the server persists: capture jobs (with the raw document until its events are committed), events
/// (one transaction per capture, duplicates skipped and reported), and master data.
/// Implementations are safe to share between requests and between server nodes on one database.
/// </summary>
public interface IEpcisStore
{
    /// <summary>The database kind.</summary>
    DatabaseKind Kind { get; }

    /// <summary>Creates or upgrades the schema (idempotent; safe when several nodes start together).</summary>
    Task MigrateAsync(CancellationToken ct = default);

    /// <summary>True when the database answers.</summary>
    Task<bool> PingAsync(CancellationToken ct = default);

    /// <summary>Persists a new capture job, and with it the raw document when given (so a background job can finish it after a crash).</summary>
    Task CreateCaptureJobAsync(CaptureJob job, RawDocument? document, CancellationToken ct = default);

    /// <summary>Updates a job's status and errors (e.g. a job that failed validation, or that <c>proceed</c> finished).</summary>
    Task UpdateCaptureJobAsync(CaptureJob job, bool dropRawDocument, CancellationToken ct = default);

    /// <summary>One capture job, or null.</summary>
    Task<CaptureJob?> GetCaptureJobAsync(string captureId, CancellationToken ct = default);

    /// <summary>Capture jobs newest first, resuming after <paramref name="after"/> (keyset, not offset).</summary>
    Task<IReadOnlyList<CaptureJob>> ListCaptureJobsAsync(CaptureJobCursor? after, int limit, CancellationToken ct = default);

    /// <summary>The raw document of a job that has not finished, or null.</summary>
    Task<RawDocument?> GetRawDocumentAsync(string captureId, CancellationToken ct = default);

    /// <summary>IDs of jobs still marked running that hold a raw document (to resume after a restart).</summary>
    Task<IReadOnlyList<string>> ListUnfinishedCaptureJobsAsync(CancellationToken ct = default);

    /// <summary>
    /// Stores events and master data in ONE transaction, and in the same transaction writes <see cref="CaptureBatch.Job"/>
    /// (and drops the raw document when asked): either all of it is visible afterwards, or none of it.
    /// An event whose (eventID, has errorDeclaration) is already stored is skipped and reported, not an error.
    /// </summary>
    Task<StoreResult> StoreAsync(CaptureBatch batch, CancellationToken ct = default);

    /// <summary>
    /// Like <see cref="StoreAsync"/> for a capture too large to hold in memory: the events arrive in chunks, all written
    /// in ONE transaction (memory is bounded by a chunk). <paramref name="batch"/> gives the job and master data; its
    /// <see cref="CaptureBatch.Events"/> is ignored. The job is written after the last chunk, so the caller may update it
    /// while producing chunks. A failure anywhere rolls everything back.
    /// </summary>
    Task<StoreResult> StoreChunksAsync(CaptureBatch batch, IEnumerable<IReadOnlyList<StoredEvent>> chunks, CancellationToken ct = default);

    /// <summary>
    /// Runs an event query, one page at a time, resuming after <paramref name="after"/> (an opaque keyset position from
    /// the previous page, never an offset). Enforces <see cref="Epcis.Query.EventQuery.MaxEventCount"/> (QueryTooLargeException)
    /// and <see cref="Epcis.Query.EventQuery.EventCountLimit"/> across pages.
    /// </summary>
    Task<EventPage> QueryEventsAsync(Epcis.Query.EventQuery query, string? after, int limit, CancellationToken ct = default);

    /// <summary>One stored event by eventID (the original, not its error declaration), or null.</summary>
    Task<StoredEventRecord?> GetEventAsync(string eventId, CancellationToken ct = default);

    /// <summary>How many events are stored (tests and diagnostics).</summary>
    Task<long> CountEventsAsync(CancellationToken ct = default);

    /// <summary>A master-data element with its attributes and children, or null.</summary>
    Task<VocabularyElement?> GetVocabularyElementAsync(string vocabularyType, string id, CancellationToken ct = default);

    /// <summary>
    /// Distinct values of one discovery list (<c>/eventTypes</c>, <c>/epcs</c>, <c>/bizSteps</c>, …) in ordinal order,
    /// resuming after <paramref name="after"/> (the last value of the previous page; keyset, not offset).
    /// </summary>
    Task<IReadOnlyList<string>> ListDistinctAsync(NamedQueries.DistinctKind kind, string? after, int limit, CancellationToken ct = default);

    /// <summary>Stores a named query; false when a query of that name exists already.</summary>
    Task<bool> CreateNamedQueryAsync(NamedQueries.NamedQuery query, CancellationToken ct = default);

    /// <summary>One named query, or null.</summary>
    Task<NamedQueries.NamedQuery?> GetNamedQueryAsync(string name, CancellationToken ct = default);

    /// <summary>Named queries ordered by name, resuming after <paramref name="after"/> (keyset).</summary>
    Task<IReadOnlyList<NamedQueries.NamedQuery>> ListNamedQueriesAsync(string? after, int limit, CancellationToken ct = default);

    /// <summary>Removes a named query; false when there was none.</summary>
    Task<bool> DeleteNamedQueryAsync(string name, CancellationToken ct = default);
}

/// <summary>A document as received: its bytes and media type.</summary>
public sealed record RawDocument(byte[] Content, string ContentType);

/// <summary>Where a capture-job listing resumes: the (createdAt, captureID) of the last job seen.</summary>
public sealed record CaptureJobCursor(DateTimeOffset CreatedAt, string CaptureId);

/// <summary>One event ready to store.</summary>
public sealed class StoredEvent
{
    /// <summary>The event (with <see cref="EpcisEvent.EventId"/> and <see cref="EpcisEvent.RecordTime"/> already set by the server).</summary>
    public required EpcisEvent Event { get; init; }

    /// <summary>The CBV 2.0 hash ID of the event.</summary>
    public required string HashId { get; init; }

    /// <summary>The event as canonical JSON-LD (what reads return without reassembly).</summary>
    public required string Json { get; init; }
}

/// <summary>What one capture writes.</summary>
public sealed class CaptureBatch
{
    public required string CaptureId { get; init; }
    public required IReadOnlyList<StoredEvent> Events { get; init; }
    public IReadOnlyList<MasterVocabulary> MasterData { get; init; } = [];

    /// <summary>The job status written in the same transaction.</summary>
    public required CaptureJob Job { get; init; }

    /// <summary>Drop the job's raw document in the same transaction (its events are now committed).</summary>
    public bool DropRawDocument { get; init; } = true;

    /// <summary>The capturing organisation (access control comes later); null for none.</summary>
    public string? Owner { get; init; }
}

/// <summary>The outcome of <see cref="IEpcisStore.StoreAsync"/>.</summary>
public sealed record StoreResult(int Stored, IReadOnlyList<string> Duplicates);

/// <summary>A stored event as read back.</summary>
public sealed record StoredEventRecord(string EventId, string HashId, string Json, DateTimeOffset RecordTime, string CaptureId);

/// <summary>A capture job (EPCIS 2.0 REST binding, CaptureJob).</summary>
public sealed class CaptureJob
{
    public required string CaptureId { get; init; }
    public bool Running { get; set; }
    public bool Success { get; set; } = true;

    /// <summary><c>rollback</c> or <c>proceed</c>.</summary>
    public string CaptureErrorBehaviour { get; init; } = "rollback";

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; set; }
    public List<CaptureError> Errors { get; set; } = [];

    /// <summary>Events captured by this job.</summary>
    public int EventCount { get; set; }
}

/// <summary>One error of a capture job, an RFC 7807 problem.</summary>
public sealed record CaptureError(string Type, string Title, int Status, string? Detail, string? Instance);

/// <summary>One page of query results: the events (canonical JSON) and the position to resume after, null on the last page.</summary>
public sealed record EventPage(IReadOnlyList<StoredEventRecord> Events, string? Next);
