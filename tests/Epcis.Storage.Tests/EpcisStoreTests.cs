using System.Diagnostics;
using Epcis.Model.Errors;
using Epcis.Model.Events;
using Epcis.Model.MasterData;
using Epcis.Storage.Tests.Support;
using Xunit.Abstractions;

namespace Epcis.Storage.Tests;

[StoreBinding(DatabaseKind.Sqlite)]
public sealed class SqliteEpcisStoreTests(SqliteStoreProvider db, ITestOutputHelper output)
    : EpcisStoreTests(db, output), IClassFixture<SqliteStoreProvider>;

[StoreBinding(DatabaseKind.PostgreSql)]
public sealed class PostgreSqlEpcisStoreTests(PostgreSqlStoreProvider db, ITestOutputHelper output)
    : EpcisStoreTests(db, output), IClassFixture<PostgreSqlStoreProvider>;

[StoreBinding(DatabaseKind.SqlServer)]
public sealed class SqlServerEpcisStoreTests(SqlServerStoreProvider db, ITestOutputHelper output)
    : EpcisStoreTests(db, output), IClassFixture<SqlServerStoreProvider>;

/// <summary>The storage contract, run against every database (each test on a fresh, empty database).</summary>
public abstract class EpcisStoreTests(StoreProvider db, ITestOutputHelper output)
{
    private const string BusinessLocation = "urn:epcglobal:epcis:vtype:BusinessLocation";

    [DatabaseFact]
    public async Task Migrating_twice_is_idempotent()
    {
        var (store, _) = await db.NewDatabaseAsync();
        await store.MigrateAsync();
        Assert.True(await store.PingAsync());
        Assert.Equal(0, await store.CountEventsAsync());
    }

    [DatabaseFact]
    public async Task Two_nodes_migrating_at_once_both_succeed()
    {
        var (first, cs) = await db.NewDatabaseAsync(migrate: false);
        var second = db.Open(cs);
        await Task.WhenAll(first.MigrateAsync(), second.MigrateAsync());
        Assert.Equal(0, await second.CountEventsAsync());
    }

    [DatabaseFact]
    public async Task Stored_events_read_back_with_their_JSON_and_the_job_is_finished()
    {
        var (store, _) = await db.NewDatabaseAsync();
        await store.CreateCaptureJobAsync(TestEvents.Job("cap-1"), new RawDocument([1, 2, 3], "application/json"));
        var batch = TestEvents.Batch("cap-1", TestEvents.Many("a", 3));
        batch.Job.EventCount = 3;

        var result = await store.StoreAsync(batch);

        Assert.Equal(3, result.Stored);
        Assert.Empty(result.Duplicates);
        var read = await store.GetEventAsync("urn:uuid:a-000001");
        Assert.NotNull(read);
        Assert.Equal(batch.Events[1].Json, read.Json);
        Assert.Equal(batch.Events[1].HashId, read.HashId);
        Assert.Equal("cap-1", read.CaptureId);
        var job = await store.GetCaptureJobAsync("cap-1");
        Assert.NotNull(job);
        Assert.False(job.Running);
        Assert.True(job.Success);
        Assert.Equal(3, job.EventCount);
        Assert.NotNull(job.FinishedAt);
        Assert.Null(await store.GetRawDocumentAsync("cap-1"));
        Assert.Null(await store.GetEventAsync("urn:uuid:nope"));
    }

    [DatabaseFact]
    public async Task An_event_without_eventID_is_stored_under_its_hash_ID()
    {
        var (store, _) = await db.NewDatabaseAsync();
        var e = TestEvents.Object("x");
        e.EventId = null;
        var batch = TestEvents.Batch("cap-h", [e]);

        await store.StoreAsync(batch);

        var read = await store.GetEventAsync(batch.Events[0].HashId);
        Assert.NotNull(read);
        Assert.Equal(batch.Events[0].HashId, read.EventId);
    }

    [DatabaseFact]
    public async Task A_batch_sent_twice_is_stored_once_and_the_second_reports_every_duplicate()
    {
        var (store, _) = await db.NewDatabaseAsync();
        var events = TestEvents.Many("d", 5).ToList();
        await store.StoreAsync(TestEvents.Batch("cap-1", events));

        var again = await store.StoreAsync(TestEvents.Batch("cap-2", events));

        Assert.Equal(0, again.Stored);
        Assert.Equal(events.Select(e => e.EventId), again.Duplicates);
        Assert.Equal(5, await store.CountEventsAsync());
        Assert.Equal("cap-1", (await store.GetEventAsync(events[0].EventId!))!.CaptureId);
        Assert.False((await store.GetCaptureJobAsync("cap-2"))!.Running); // the job row is written even when every event was a duplicate
    }

    [DatabaseFact]
    public async Task A_duplicate_inside_one_batch_is_stored_once_and_reported()
    {
        var (store, _) = await db.NewDatabaseAsync();
        var e = TestEvents.Object("urn:uuid:same");

        var result = await store.StoreAsync(TestEvents.Batch("cap-1", [e, TestEvents.Object("urn:uuid:other", 1), TestEvents.Object("urn:uuid:same", 2)]));

        Assert.Equal(2, result.Stored);
        Assert.Equal(["urn:uuid:same"], result.Duplicates);
    }

    [DatabaseFact]
    public async Task An_error_declaration_with_the_same_eventID_is_stored_as_a_second_record()
    {
        var (store, _) = await db.NewDatabaseAsync();
        var original = TestEvents.Object("urn:uuid:fixme");
        await store.StoreAsync(TestEvents.Batch("cap-1", [original]));

        var declared = await store.StoreAsync(TestEvents.Batch("cap-2", [TestEvents.ErrorDeclarationOf(original)]));
        var declaredAgain = await store.StoreAsync(TestEvents.Batch("cap-3", [TestEvents.ErrorDeclarationOf(original)]));

        Assert.Equal(1, declared.Stored);
        Assert.Empty(declared.Duplicates);
        Assert.Equal(["urn:uuid:fixme"], declaredAgain.Duplicates);
        Assert.Equal(2, await store.CountEventsAsync());
        Assert.Equal("cap-1", (await store.GetEventAsync("urn:uuid:fixme"))!.CaptureId); // the original, not the declaration
    }

    [DatabaseFact]
    public async Task A_batch_that_fails_half_way_leaves_nothing_behind()
    {
        var (store, _) = await db.NewDatabaseAsync();
        await store.CreateCaptureJobAsync(TestEvents.Job("cap-bad"), new RawDocument([42], "application/xml"));
        var events = TestEvents.Many("r", 5).ToList();
        events[3].EventId = ""; // violates CHECK (event_id <> '') after three events were inserted
        var batch = new CaptureBatch
        {
            CaptureId = "cap-bad",
            Events = events.Select(TestEvents.Stored).ToList(),
            MasterData = [Vocabulary(BusinessLocation, "urn:epc:id:sgln:0614141.00777.0", ("urn:epcglobal:cbv:mda#name", "Dock"))],
            Job = new CaptureJob { CaptureId = "cap-bad", Running = false, Success = true, FinishedAt = DateTimeOffset.UtcNow },
        };

        var ex = await Assert.ThrowsAnyAsync<EpcisException>(() => store.StoreAsync(batch));

        output.WriteLine($"{ex.GetType().Name}: {ex.Message}");
        Assert.Equal(0, await store.CountEventsAsync());
        Assert.Null(await store.GetVocabularyElementAsync(BusinessLocation, "urn:epc:id:sgln:0614141.00777.0"));
        var job = await store.GetCaptureJobAsync("cap-bad");
        Assert.True(job!.Running);
        Assert.Equal([42], (await store.GetRawDocumentAsync("cap-bad"))!.Content);
    }

    [DatabaseFact]
    public async Task Chunked_storage_writes_every_chunk_in_one_transaction_and_reports_duplicates_across_chunks()
    {
        var (store, _) = await db.NewDatabaseAsync();
        await store.CreateCaptureJobAsync(TestEvents.Job("cap-chunks"), new RawDocument([1], "application/json"));
        var events = TestEvents.Many("k", 30).Select(TestEvents.Stored).ToList();
        var chunks = new List<IReadOnlyList<StoredEvent>> { events[..10], events[10..20], events[20..30].Append(events[5]).ToList() };
        var job = new CaptureJob { CaptureId = "cap-chunks", Running = false, Success = true, FinishedAt = DateTimeOffset.UtcNow, EventCount = 30 };

        var result = await store.StoreChunksAsync(new CaptureBatch { CaptureId = "cap-chunks", Events = [], Job = job }, chunks);

        Assert.Equal(30, result.Stored);
        Assert.Equal([events[5].Event.EventId!], result.Duplicates);
        Assert.Equal(30, await store.CountEventsAsync());
        Assert.Null(await store.GetRawDocumentAsync("cap-chunks"));
        Assert.False((await store.GetCaptureJobAsync("cap-chunks"))!.Running);
    }

    [DatabaseFact]
    public async Task Chunked_storage_that_fails_after_some_chunks_leaves_nothing_behind()
    {
        var (store, _) = await db.NewDatabaseAsync();
        await store.CreateCaptureJobAsync(TestEvents.Job("cap-chunks-bad"), new RawDocument([1], "application/json"));
        var events = TestEvents.Many("f", 20).Select(TestEvents.Stored).ToList();
        IEnumerable<IReadOnlyList<StoredEvent>> Chunks()
        {
            yield return events[..10];
            yield return events[10..];
            throw new Epcis.Model.Errors.ValidationException("/epcisBody/eventList/20", "invalid event found late");
        }

        await Assert.ThrowsAsync<Epcis.Model.Errors.ValidationException>(() =>
            store.StoreChunksAsync(new CaptureBatch { CaptureId = "cap-chunks-bad", Events = [], Job = TestEvents.Job("cap-chunks-bad") }, Chunks()));

        Assert.Equal(0, await store.CountEventsAsync());
        Assert.True((await store.GetCaptureJobAsync("cap-chunks-bad"))!.Running);
        Assert.NotNull(await store.GetRawDocumentAsync("cap-chunks-bad"));
    }

    [DatabaseFact]
    public async Task Master_data_capture_upserts_and_replaces_attributes_and_children()
    {
        var (store, _) = await db.NewDatabaseAsync();
        const string id = "urn:epc:id:sgln:0614141.00888.0";
        var first = Vocabulary(BusinessLocation, id, ("urn:epcglobal:cbv:mda#name", "Old"), ("urn:epcglobal:cbv:mda#city", "Brussels"));
        first.Elements[0].Children = ["urn:epc:id:sgln:0614141.00888.1", "urn:epc:id:sgln:0614141.00888.2"];
        first.Elements[0].Attributes.Add(new MasterDataAttribute
        {
            Id = "https://ns.example.com/md#address",
            Content = [new ExtensionNode { Namespace = "https://ns.example.com/md", Name = "street", Value = "Rue 1" }],
        });
        await store.StoreAsync(new CaptureBatch { CaptureId = "md-1", Events = [], MasterData = [first], Job = TestEvents.Job("md-1") });

        var second = Vocabulary(BusinessLocation, id, ("urn:epcglobal:cbv:mda#name", "New"));
        second.Elements[0].Children = ["urn:epc:id:sgln:0614141.00888.3"];
        await store.StoreAsync(new CaptureBatch { CaptureId = "md-2", Events = [], MasterData = [second], Job = TestEvents.Job("md-2") });

        var element = await store.GetVocabularyElementAsync(BusinessLocation, id);
        Assert.NotNull(element);
        Assert.Equal(id, element.Id);
        var attribute = Assert.Single(element.Attributes);
        Assert.Equal(("urn:epcglobal:cbv:mda#name", "New"), (attribute.Id, attribute.Value));
        Assert.Equal(["urn:epc:id:sgln:0614141.00888.3"], element.Children!);
        // The element is found by the Digital Link form of its ID too (keys are canonical).
        string digitalLink = Epcis.Model.Identifiers.DigitalLink.Canonical(id);
        Assert.StartsWith("https://id.gs1.org/414/", digitalLink, StringComparison.Ordinal);
        Assert.NotNull(await store.GetVocabularyElementAsync(BusinessLocation, digitalLink));
    }

    [DatabaseFact]
    public async Task Structured_master_data_attributes_read_back_as_trees()
    {
        var (store, _) = await db.NewDatabaseAsync();
        var v = Vocabulary(BusinessLocation, "urn:epc:id:sgln:0614141.00999.0");
        v.Elements[0].Attributes.Add(new MasterDataAttribute
        {
            Id = "https://ns.example.com/md#address",
            Content = [new ExtensionNode { Namespace = "https://ns.example.com/md", Name = "address",
                Children = [ExtensionNode.Leaf("https://ns.example.com/md", "street", "Rue 1")] }],
        });
        await store.StoreAsync(new CaptureBatch { CaptureId = "md", Events = [], MasterData = [v], Job = TestEvents.Job("md") });

        var attribute = Assert.Single((await store.GetVocabularyElementAsync(BusinessLocation, "urn:epc:id:sgln:0614141.00999.0"))!.Attributes);

        Assert.Null(attribute.Value);
        Assert.Equal("Rue 1", Assert.Single(Assert.Single(attribute.Content).Children).Value);
    }

    [DatabaseFact]
    public async Task Capture_jobs_are_listed_newest_first_by_keyset()
    {
        var (store, _) = await db.NewDatabaseAsync();
        var t0 = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        // Two jobs share a creation time: the capture ID breaks the tie.
        string[] ids = ["j1", "j2", "j3a", "j3b", "j4"];
        DateTimeOffset[] times = [t0, t0.AddSeconds(1), t0.AddSeconds(2), t0.AddSeconds(2), t0.AddSeconds(3)];
        for (int i = 0; i < ids.Length; i++) await store.CreateCaptureJobAsync(TestEvents.Job(ids[i], times[i]), null);

        var seen = new List<string>();
        CaptureJobCursor? cursor = null;
        while (true)
        {
            var page = await store.ListCaptureJobsAsync(cursor, 2);
            if (page.Count == 0) break;
            seen.AddRange(page.Select(j => j.CaptureId));
            cursor = new CaptureJobCursor(page[^1].CreatedAt, page[^1].CaptureId);
        }

        Assert.Equal(["j4", "j3b", "j3a", "j2", "j1"], seen);
        Assert.Equal(times[4], (await store.GetCaptureJobAsync("j4"))!.CreatedAt);
    }

    [DatabaseFact]
    public async Task The_raw_document_is_kept_until_StoreAsync_drops_it()
    {
        var (store, _) = await db.NewDatabaseAsync();
        byte[] doc = "<epcis:EPCISDocument/>"u8.ToArray();
        await store.CreateCaptureJobAsync(TestEvents.Job("cap-raw"), new RawDocument(doc, "application/xml"));

        var job = (await store.GetCaptureJobAsync("cap-raw"))!;
        job.Errors = [new CaptureError("epcisException:ValidationException", "Invalid", 400, "bad bizStep", "/epcisBody/eventList/0")];
        await store.UpdateCaptureJobAsync(job, dropRawDocument: false);
        var kept = await store.GetRawDocumentAsync("cap-raw");
        Assert.Equal(doc, kept!.Content);
        Assert.Equal("application/xml", kept.ContentType);
        Assert.Equal("bad bizStep", Assert.Single((await store.GetCaptureJobAsync("cap-raw"))!.Errors).Detail);

        await store.StoreAsync(TestEvents.Batch("cap-raw", TestEvents.Many("raw", 2)));

        Assert.Null(await store.GetRawDocumentAsync("cap-raw"));
    }

    [DatabaseFact]
    public async Task Unfinished_jobs_are_the_running_ones_that_still_hold_their_document()
    {
        var (store, _) = await db.NewDatabaseAsync();
        await store.CreateCaptureJobAsync(TestEvents.Job("u-pending"), new RawDocument([1], "application/json"));
        await store.CreateCaptureJobAsync(TestEvents.Job("u-done"), new RawDocument([2], "application/json"));
        await store.CreateCaptureJobAsync(TestEvents.Job("u-nodoc"), null);
        await store.StoreAsync(TestEvents.Batch("u-done", TestEvents.Many("u", 1)));

        Assert.Equal(["u-pending"], await store.ListUnfinishedCaptureJobsAsync());
    }

    [DatabaseFact]
    public async Task Creating_a_capture_job_twice_is_ResourceAlreadyExists()
    {
        var (store, _) = await db.NewDatabaseAsync();
        await store.CreateCaptureJobAsync(TestEvents.Job("twice"), null);

        await Assert.ThrowsAsync<ResourceAlreadyExistsException>(() => store.CreateCaptureJobAsync(TestEvents.Job("twice"), null));
    }

    [DatabaseFact]
    public async Task Two_nodes_storing_the_same_events_at_once_store_each_event_once()
    {
        var (first, cs) = await db.NewDatabaseAsync();
        var second = db.Open(cs);
        var events = TestEvents.Many("race", 300).ToList();

        var results = await Task.WhenAll(
            first.StoreAsync(TestEvents.Batch("race-1", events)),
            second.StoreAsync(TestEvents.Batch("race-2", events)));

        Assert.Equal(300, results.Sum(r => r.Stored));
        Assert.Equal(300, results.Sum(r => r.Duplicates.Count));
        Assert.Equal(300, await first.CountEventsAsync());
    }

    [DatabaseFact]
    public async Task A_batch_of_10000_events_is_stored_in_one_call()
    {
        var (store, _) = await db.NewDatabaseAsync();
        // Two batches: the first one also pays for JIT compilation; the second is what a running server sees.
        for (int round = 1; round <= 2; round++)
        {
            var batch = TestEvents.Batch($"big-{round}", TestEvents.Many($"big{round}", 10_000));

            var clock = Stopwatch.StartNew();
            var result = await store.StoreAsync(batch);
            clock.Stop();

            Assert.Equal(10_000, result.Stored);
            output.WriteLine($"{db.Kind}: StoreAsync of 10,000 events (batch {round} of 2) took {clock.ElapsedMilliseconds} ms = {10_000 / clock.Elapsed.TotalSeconds:N0} events/s");
        }
        Assert.Equal(20_000, await store.CountEventsAsync());
    }

    private static MasterVocabulary Vocabulary(string type, string id, params (string Id, string Value)[] attributes) => new()
    {
        Type = type,
        Elements = [new VocabularyElement { Id = id, Attributes = attributes.Select(a => new MasterDataAttribute { Id = a.Id, Value = a.Value }).ToList() }],
    };
}
