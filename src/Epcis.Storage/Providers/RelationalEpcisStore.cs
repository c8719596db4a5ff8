using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Dapper;
using Epcis.Model.Errors;
using Epcis.Model.Events;
using Epcis.Model.Identifiers;
using Epcis.Model.MasterData;
using Epcis.Storage.Querying;
using Epcis.Storage.Rows;

namespace Epcis.Storage.Providers;

/// <summary>
/// What the three providers share: the shape of <see cref="IEpcisStore.StoreAsync"/> (one transaction; one
/// set-based duplicate check; key reservation; bulk write; master data; job row), job and read SQL through Dapper,
/// and error translation. Providers supply connections, time representation and the bulk writer.
/// </summary>
internal abstract partial class RelationalEpcisStore : IEpcisStore
{
    private const int MaxStoreAttempts = 3;

    public abstract DatabaseKind Kind { get; }

    private protected abstract Statements Sql { get; }

    /// <summary>How a time column is bound (SQLite: Int64 microseconds; others: DateTimeOffset).</summary>
    protected abstract DbType TimeDbType { get; }

    protected abstract object TimeValue(DateTimeOffset time);

    protected abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    protected abstract Task<DbConnection> OpenAsync(CancellationToken ct);

    /// <summary>Begins the capture transaction (SQLite takes the write lock at once).</summary>
    protected virtual async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct) =>
        await connection.BeginTransactionAsync(ct).ConfigureAwait(false);

    protected abstract Task MigrateCoreAsync(CancellationToken ct);

    /// <summary>Which of these (eventID, has errorDeclaration) pairs are already stored: ONE query for the batch.</summary>
    private protected abstract Task<HashSet<(string EventId, bool HasErrorDeclaration)>> FindStoredAsync(
        DbConnection connection, DbTransaction tx, IReadOnlyCollection<string> eventIds, CancellationToken ct);

    /// <summary>
    /// The duplicate check for databases that take the batch's IDs as one JSON array parameter (SQLite json_each,
    /// SQL Server OPENJSON): <paramref name="sql"/> returns (event_id, has_error_declaration) of the stored ones.
    /// </summary>
    private protected static async Task<HashSet<(string EventId, bool HasErrorDeclaration)>> FindStoredByJsonListAsync(
        DbConnection connection, DbTransaction tx, string sql, IReadOnlyCollection<string> eventIds, CancellationToken ct)
    {
        var found = new HashSet<(string, bool)>();
        string ids = JsonSerializer.Serialize(eventIds);
        await using var r = await connection.ExecuteReaderAsync(new CommandDefinition(sql, new { ids }, tx, cancellationToken: ct)).ConfigureAwait(false);
        while (await r.ReadAsync(ct).ConfigureAwait(false)) found.Add((r.GetString(0), r.GetBoolean(1)));
        return found;
    }

    /// <summary>Reserves <paramref name="count"/> event keys in one statement.</summary>
    private protected abstract Task<long[]> ReserveKeysAsync(DbConnection connection, DbTransaction tx, int count, CancellationToken ct);

    /// <summary>Writes every row of the set with the provider's bulk path.</summary>
    private protected abstract Task WriteRowsAsync(DbConnection connection, DbTransaction tx, EventRowSet rows, long[] keys, CancellationToken ct);

    public Task MigrateAsync(CancellationToken ct = default) => Guard(async () =>
    {
        await MigrateCoreAsync(ct).ConfigureAwait(false);
        return true;
    });

    public async Task<bool> PingAsync(CancellationToken ct = default)
    {
        try
        {
            await using var c = await OpenAsync(ct).ConfigureAwait(false);
            await c.ExecuteScalarAsync<int>(new CommandDefinition(Sql.Ping, cancellationToken: ct)).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return false;
        }
    }

    public Task CreateCaptureJobAsync(CaptureJob job, RawDocument? document, CancellationToken ct = default) => Guard(async () =>
    {
        ArgumentNullException.ThrowIfNull(job);
        await using var c = await OpenAsync(ct).ConfigureAwait(false);
        await c.ExecuteAsync(new CommandDefinition(Sql.InsertJob, JobParameters(job, document), cancellationToken: ct)).ConfigureAwait(false);
        return true;
    });

    public Task UpdateCaptureJobAsync(CaptureJob job, bool dropRawDocument, CancellationToken ct = default) => Guard(async () =>
    {
        ArgumentNullException.ThrowIfNull(job);
        await using var c = await OpenAsync(ct).ConfigureAwait(false);
        await WriteJobAsync(c, null, job, dropRawDocument, ct).ConfigureAwait(false);
        return true;
    });

    public Task<CaptureJob?> GetCaptureJobAsync(string captureId, CancellationToken ct = default) => Guard(async () =>
    {
        await using var c = await OpenAsync(ct).ConfigureAwait(false);
        var jobs = await ReadJobsAsync(c, Sql.SelectJob, new { captureId }, ct).ConfigureAwait(false);
        return jobs.Count == 0 ? null : jobs[0];
    });

    public Task<IReadOnlyList<CaptureJob>> ListCaptureJobsAsync(CaptureJobCursor? after, int limit, CancellationToken ct = default) => Guard(async () =>
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var c = await OpenAsync(ct).ConfigureAwait(false);
        if (after is null)
            return (IReadOnlyList<CaptureJob>)await ReadJobsAsync(c, Sql.ListJobsFirst, new { limit }, ct).ConfigureAwait(false);
        var p = new DynamicParameters(new { limit, captureId = after.CaptureId });
        AddTime(p, "createdAt", after.CreatedAt);
        return await ReadJobsAsync(c, Sql.ListJobsAfter, p, ct).ConfigureAwait(false);
    });

    public Task<RawDocument?> GetRawDocumentAsync(string captureId, CancellationToken ct = default) => Guard(async () =>
    {
        await using var c = await OpenAsync(ct).ConfigureAwait(false);
        await using var r = await c.ExecuteReaderAsync(new CommandDefinition(Sql.SelectRawDocument, new { captureId }, cancellationToken: ct)).ConfigureAwait(false);
        if (!await r.ReadAsync(ct).ConfigureAwait(false) || r.IsDBNull(0)) return null;
        return new RawDocument(r.GetFieldValue<byte[]>(0), r.IsDBNull(1) ? "" : r.GetString(1));
    });

    public Task<IReadOnlyList<string>> ListUnfinishedCaptureJobsAsync(CancellationToken ct = default) => Guard(async () =>
    {
        await using var c = await OpenAsync(ct).ConfigureAwait(false);
        var ids = await c.QueryAsync<string>(new CommandDefinition(Sql.ListUnfinishedJobs, cancellationToken: ct)).ConfigureAwait(false);
        return (IReadOnlyList<string>)ids.AsList();
    });

    public Task<StoredEventRecord?> GetEventAsync(string eventId, CancellationToken ct = default) => Guard(async () =>
    {
        await using var c = await OpenAsync(ct).ConfigureAwait(false);
        await using var r = await c.ExecuteReaderAsync(new CommandDefinition(Sql.SelectEvent, new { eventId }, cancellationToken: ct)).ConfigureAwait(false);
        if (!await r.ReadAsync(ct).ConfigureAwait(false)) return null;
        return new StoredEventRecord(r.GetString(0), r.GetString(1), r.GetString(2), ReadTime(r, 3), r.GetString(4));
    });

    public Task<long> CountEventsAsync(CancellationToken ct = default) => Guard(async () =>
    {
        await using var c = await OpenAsync(ct).ConfigureAwait(false);
        return await c.ExecuteScalarAsync<long>(new CommandDefinition(Sql.CountEvents, cancellationToken: ct)).ConfigureAwait(false);
    });

    public Task<VocabularyElement?> GetVocabularyElementAsync(string vocabularyType, string id, CancellationToken ct = default) => Guard(async () =>
    {
        await using var c = await OpenAsync(ct).ConfigureAwait(false);
        var args = new { type = vocabularyType, key = Rows.MasterDataKey.Of(vocabularyType, id) };
        string? elementId = await c.ExecuteScalarAsync<string?>(new CommandDefinition(Sql.SelectElement, args, cancellationToken: ct)).ConfigureAwait(false);
        if (elementId is null) return null;
        var element = new VocabularyElement { Id = elementId };
        await using (var r = await c.ExecuteReaderAsync(new CommandDefinition(Sql.SelectAttributes, args, cancellationToken: ct)).ConfigureAwait(false))
        {
            while (await r.ReadAsync(ct).ConfigureAwait(false))
            {
                element.Attributes.Add(new MasterDataAttribute
                {
                    Id = r.GetString(0),
                    Value = r.IsDBNull(1) ? null : r.GetString(1),
                    Kind = Enum.Parse<ExtensionValueKind>(r.GetString(2)),
                    Content = r.IsDBNull(3) ? [] : JsonSerializer.Deserialize<List<ExtensionNode>>(r.GetString(3)) ?? [],
                });
            }
        }
        var children = await c.QueryAsync<string>(new CommandDefinition(Sql.SelectChildren, args, cancellationToken: ct)).ConfigureAwait(false);
        var list = children.AsList();
        element.Children = list.Count == 0 ? null : list;
        return element;
    });

    public async Task<StoreResult> StoreAsync(CaptureBatch batch, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await StoreOnceAsync(batch, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (attempt < MaxStoreAttempts && StorageErrors.IsUniqueViolation(ex))
            {
                // Another node committed one of these events between our duplicate check and our insert.
                // Everything was rolled back; the next attempt's check sees its rows and reports them as duplicates.
            }
            catch (Exception ex) when (StorageErrors.Translate(ex) is var translated && !ReferenceEquals(translated, ex))
            {
                throw translated;
            }
        }
    }

    private async Task<StoreResult> StoreOnceAsync(CaptureBatch batch, CancellationToken ct)
    {
        // Rows are built before the transaction starts (SQLite holds its write lock for the whole transaction);
        // they are rebuilt without the duplicates only when there are any.
        var rows = Flatten(batch, static _ => true);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in batch.Events) ids.Add(EventRowSet.EventKey(e));

        await using var c = await OpenAsync(ct).ConfigureAwait(false);
        await using var tx = await BeginWriteAsync(c, ct).ConfigureAwait(false);

        var duplicates = new List<string>();
        if (batch.Events.Count > 0)
        {
            var stored = await FindStoredAsync(c, tx, ids, ct).ConfigureAwait(false);
            var seen = new HashSet<(string, bool)>();
            var keep = new bool[batch.Events.Count];
            for (int i = 0; i < batch.Events.Count; i++)
            {
                var e = batch.Events[i];
                var key = (EventRowSet.EventKey(e), e.Event.ErrorDeclaration is not null);
                keep[i] = !stored.Contains(key) && seen.Add(key);
                if (!keep[i]) duplicates.Add(key.Item1);
            }
            if (duplicates.Count > 0) rows = Flatten(batch, i => keep[i]);
            if (rows.Events.Count > 0)
            {
                long[] keys = await ReserveKeysAsync(c, tx, rows.Events.Count, ct).ConfigureAwait(false);
                await WriteRowsAsync(c, tx, rows, keys, ct).ConfigureAwait(false);
            }
        }

        foreach (var vocabulary in batch.MasterData)
            foreach (var element in vocabulary.Elements)
                await UpsertElementAsync(c, tx, vocabulary.Type, element, ct).ConfigureAwait(false);

        await WriteJobAsync(c, tx, batch.Job, batch.DropRawDocument, ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return new StoreResult(rows.Events.Count, duplicates);
    }

    public async Task<StoreResult> StoreChunksAsync(CaptureBatch batch, IEnumerable<IReadOnlyList<StoredEvent>> chunks, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(chunks);
        try
        {
            await using var c = await OpenAsync(ct).ConfigureAwait(false);
            await using var tx = await BeginWriteAsync(c, ct).ConfigureAwait(false);
            var duplicates = new List<string>();
            var seen = new HashSet<(string, bool)>();
            var stored = 0;
            foreach (var chunk in chunks)
            {
                if (chunk.Count == 0) continue;
                var part = new CaptureBatch { CaptureId = batch.CaptureId, Events = chunk, Job = batch.Job, Owner = batch.Owner };
                var ids = new HashSet<string>(StringComparer.Ordinal);
                foreach (var e in chunk) ids.Add(EventRowSet.EventKey(e));
                var already = await FindStoredAsync(c, tx, ids, ct).ConfigureAwait(false);
                var keep = new bool[chunk.Count];
                for (int i = 0; i < chunk.Count; i++)
                {
                    var key = (EventRowSet.EventKey(chunk[i]), chunk[i].Event.ErrorDeclaration is not null);
                    keep[i] = !already.Contains(key) && seen.Add(key);
                    if (!keep[i]) duplicates.Add(key.Item1);
                }
                var rows = Flatten(part, i => keep[i]);
                if (rows.Events.Count == 0) continue;
                long[] keys = await ReserveKeysAsync(c, tx, rows.Events.Count, ct).ConfigureAwait(false);
                await WriteRowsAsync(c, tx, rows, keys, ct).ConfigureAwait(false);
                stored += rows.Events.Count;
            }
            foreach (var vocabulary in batch.MasterData)
                foreach (var element in vocabulary.Elements)
                    await UpsertElementAsync(c, tx, vocabulary.Type, element, ct).ConfigureAwait(false);
            await WriteJobAsync(c, tx, batch.Job, batch.DropRawDocument, ct).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
            return new StoreResult(stored, duplicates);
        }
        catch (Exception ex) when (StorageErrors.Translate(ex) is var translated && !ReferenceEquals(translated, ex))
        {
            throw translated;
        }
    }

    public Task<EventPage> QueryEventsAsync(Epcis.Query.EventQuery query, string? after, int limit, CancellationToken ct = default) => Guard(async () =>
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var position = after is null ? null : QueryPosition.Parse(after);
        long returned = position?.Returned ?? 0;
        int take = limit;
        if (query.EventCountLimit is { } cap)
        {
            if (returned >= cap) return new EventPage([], null);
            take = (int)Math.Min(take, cap - returned);
        }

        var translator = new EventQueryTranslator(SqlDialect.For(Kind));
        await using var c = await OpenAsync(ct).ConfigureAwait(false);
        if (position is null && query.MaxEventCount is { } max)
        {
            // Counting stops at max + 1: enough to know the answer is too large, without counting all of it.
            var count = translator.Count(query, max + 1);
            long n = await c.ExecuteScalarAsync<long>(new CommandDefinition(count.Text, Parameters(count), cancellationToken: ct)).ConfigureAwait(false);
            if (n > max)
                throw new QueryTooLargeException($"The query matches more than maxEventCount={max} events");
        }

        // orderBy an extension field: how its values compare is decided once per walk (the position keeps it).
        FieldSortKind? fieldKind = null;
        if (query.OrderField is { } orderField)
        {
            fieldKind = position?.Kind;
            if (fieldKind is null)
            {
                var probe = translator.FieldSortKindProbe(orderField);
                fieldKind = (FieldSortKind)await c.ExecuteScalarAsync<int>(new CommandDefinition(probe.Text, Parameters(probe), cancellationToken: ct)).ConfigureAwait(false);
            }
        }

        var page = translator.Page(query, position, take + 1, fieldKind ?? FieldSortKind.Number);
        int keyOrdinal = EventQueryTranslator.OrderKeyOrdinal(query);
        var events = new List<StoredEventRecord>(Math.Min(take, 1024));
        long lastId = 0, lastTicks = 0;
        string? lastValue = null;
        bool more = false;
        await using (var r = await c.ExecuteReaderAsync(new CommandDefinition(page.Text, Parameters(page), cancellationToken: ct)).ConfigureAwait(false))
        {
            while (await r.ReadAsync(ct).ConfigureAwait(false))
            {
                if (events.Count == take)
                {
                    more = true;
                    break;
                }
                lastId = r.GetInt64(0);
                lastTicks = ReadTime(r, keyOrdinal).UtcTicks;
                if (fieldKind is { } k)
                {
                    const int o = EventQueryTranslator.FieldSortOrdinal;
                    lastValue = r.IsDBNull(o) ? null : k switch
                    {
                        FieldSortKind.Number => r.GetDouble(o).ToString("R", CultureInfo.InvariantCulture),
                        FieldSortKind.Time => ReadTime(r, o).UtcTicks.ToString(CultureInfo.InvariantCulture),
                        _ => r.GetString(o),
                    };
                }
                events.Add(new StoredEventRecord(r.GetString(1), r.GetString(2), r.GetString(3), ReadTime(r, 4), r.GetString(5)));
            }
        }
        returned += events.Count;
        bool capped = query.EventCountLimit is { } limitTotal && returned >= limitTotal;
        string? next = more && !capped ? new QueryPosition(returned, fieldKind is null ? lastTicks : 0, lastId, fieldKind, lastValue).ToString() : null;
        return new EventPage(events, next);
    });

    private static DynamicParameters Parameters(SqlStatement statement)
    {
        var p = new DynamicParameters();
        foreach (var (name, value) in statement.Parameters) p.Add(name, value);
        return p;
    }

    private static EventRowSet Flatten(CaptureBatch batch, Func<int, bool> include)
    {
        var rows = new EventRowSet();
        for (int i = 0; i < batch.Events.Count; i++)
            if (include(i)) rows.Add(batch.Events[i], batch.CaptureId, batch.Owner);
        return rows;
    }

    /// <summary>Master data capture is an upsert keyed by (vocabulary type, element key: see <see cref="Rows.MasterDataKey"/>) that replaces attributes and children.</summary>
    private async Task UpsertElementAsync(DbConnection c, DbTransaction tx, string type, VocabularyElement element, CancellationToken ct)
    {
        string key = Rows.MasterDataKey.Of(type, element.Id);
        // The upsert comes first: it locks the element row, so two nodes replacing the same element take turns.
        var p = new DynamicParameters(new { type, key, id = element.Id });
        AddTime(p, "now", DateTimeOffset.UtcNow);
        await c.ExecuteAsync(new CommandDefinition(Sql.UpsertElement, p, tx, cancellationToken: ct)).ConfigureAwait(false);
        await c.ExecuteAsync(new CommandDefinition(Sql.DeleteAttributes, new { type, key }, tx, cancellationToken: ct)).ConfigureAwait(false);
        await c.ExecuteAsync(new CommandDefinition(Sql.DeleteChildren, new { type, key }, tx, cancellationToken: ct)).ConfigureAwait(false);
        for (int i = 0; i < element.Attributes.Count; i++)
        {
            var a = element.Attributes[i];
            string? content = a.Content.Count == 0 ? null : JsonSerializer.Serialize(a.Content);
            await c.ExecuteAsync(new CommandDefinition(Sql.InsertAttribute,
                new { type, key, ordinal = i, attributeId = a.Id, value = a.Value, valueKind = a.Kind.ToString(), content },
                tx, cancellationToken: ct)).ConfigureAwait(false);
        }
        var children = element.Children ?? [];
        for (int i = 0; i < children.Count; i++)
        {
            await c.ExecuteAsync(new CommandDefinition(Sql.InsertChild,
                new { type, key, ordinal = i, childId = children[i], childKey = DigitalLink.Canonical(children[i]) },
                tx, cancellationToken: ct)).ConfigureAwait(false);
        }
    }

    private async Task WriteJobAsync(DbConnection c, DbTransaction? tx, CaptureJob job, bool dropRawDocument, CancellationToken ct)
    {
        var p = JobParameters(job, null);
        p.Add("dropRaw", dropRawDocument);
        int n = await c.ExecuteAsync(new CommandDefinition(Sql.UpdateJob, p, tx, cancellationToken: ct)).ConfigureAwait(false);
        if (n == 0) await c.ExecuteAsync(new CommandDefinition(Sql.InsertJob, JobParameters(job, null), tx, cancellationToken: ct)).ConfigureAwait(false);
    }

    private DynamicParameters JobParameters(CaptureJob job, RawDocument? document)
    {
        var p = new DynamicParameters();
        p.Add("captureId", job.CaptureId);
        AddTime(p, "createdAt", job.CreatedAt == default ? DateTimeOffset.UtcNow : job.CreatedAt);
        AddTime(p, "finishedAt", job.FinishedAt);
        p.Add("running", job.Running);
        p.Add("success", job.Success);
        p.Add("errorBehaviour", job.CaptureErrorBehaviour);
        p.Add("eventCount", job.EventCount);
        p.Add("errors", JsonSerializer.Serialize(job.Errors), DbType.String);
        p.Add("raw", document?.Content, DbType.Binary);
        p.Add("rawType", document?.ContentType, DbType.String);
        return p;
    }

    private async Task<List<CaptureJob>> ReadJobsAsync(DbConnection c, string sql, object args, CancellationToken ct)
    {
        var jobs = new List<CaptureJob>();
        await using var r = await c.ExecuteReaderAsync(new CommandDefinition(sql, args, cancellationToken: ct)).ConfigureAwait(false);
        while (await r.ReadAsync(ct).ConfigureAwait(false))
        {
            jobs.Add(new CaptureJob
            {
                CaptureId = r.GetString(0),
                CreatedAt = ReadTime(r, 1),
                FinishedAt = r.IsDBNull(2) ? null : ReadTime(r, 2),
                Running = r.GetBoolean(3),
                Success = r.GetBoolean(4),
                CaptureErrorBehaviour = r.GetString(5),
                EventCount = r.GetInt32(6),
                Errors = r.IsDBNull(7) ? [] : JsonSerializer.Deserialize<List<CaptureError>>(r.GetString(7)) ?? [],
            });
        }
        return jobs;
    }

    protected void AddTime(DynamicParameters p, string name, DateTimeOffset? time) =>
        p.Add(name, time is { } t ? TimeValue(t) : null, TimeDbType);

    /// <summary>Runs a store operation, translating database errors once (see <see cref="StorageErrors"/>).</summary>
    protected static async Task<T> Guard<T>(Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception ex) when (StorageErrors.Translate(ex) is var translated && !ReferenceEquals(translated, ex))
        {
            throw translated;
        }
    }

    /// <summary>The embedded migration scripts of one provider folder, e.g. <c>Providers.Sqlite.Schema.</c>.</summary>
    protected static Func<string, bool> ScriptsOf(string provider) =>
        name => name.StartsWith($"Epcis.Storage.Providers.{provider}.Schema.", StringComparison.Ordinal)
             && name.EndsWith(".sql", StringComparison.Ordinal);
}
