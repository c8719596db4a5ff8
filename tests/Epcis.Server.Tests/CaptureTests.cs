using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Epcis.Model.Capture.Hashing;
using Epcis.Model.Serialization;
using Epcis.Model.Serialization.JsonLd;
using Epcis.Model.Serialization.Xml;
using Epcis.Model.Tests.Support;
using Epcis.Server.Tests.Support;

namespace Epcis.Server.Tests;

/// <summary>The capture interface over HTTP, run against every database (one binding per database below).</summary>
public abstract class CaptureTests(ServerFixture server)
{
    private HttpClient Client => server.Client;

    /// <summary>Documents whose source is defective, and the text the 400 must contain (shared with the model tests).</summary>
    private static IReadOnlyDictionary<string, string> KnownDefects => Epcis.Model.Tests.Support.KnownDefects.Documents;

    public static TheoryData<string> CaptureDocuments()
    {
        var data = new TheoryData<string>();
        foreach (var f in SharedData.Files("gs1/JSON", "*.jsonld").Where(f => !f.EndsWith("EPCISQueryDocument.jsonld") || true)) data.Add(f);
        foreach (var f in SharedData.Files("gs1/XML", "*.xml").Where(f => !f.Contains("/CaptureJob/"))) data.Add(f);
        data.Add("gs1/XML/WithEventHashID/event_with_identical_hash_id_7.json");
        foreach (var f in SharedData.Files("gs1/XSL/1.2/XML", "*.xml")) data.Add(f);
        foreach (var f in SharedData.Files("corpus/openepcis-test-resources/2.0/EPCIS/JSON/Capture/Documents", "*.json")) data.Add(f);
        foreach (var f in SharedData.Files("corpus/openepcis-test-resources/2.0/EPCIS/XML/Capture/Documents", "*.xml")) data.Add(f);
        foreach (var f in SharedData.Files("corpus/openepcis-test-resources/1.2/EPCIS/XML/Capture/Documents", "*.xml")) data.Add(f);
        return data;
    }

    private static ByteArrayContent Body(byte[] bytes, string mediaType)
    {
        var c = new ByteArrayContent(bytes);
        c.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return c;
    }

    private static string MediaTypeOf(string path) => path.EndsWith(".xml") ? "application/xml" : "application/ld+json";

    private async Task<JsonElement> JobAsync(HttpResponseMessage accepted)
    {
        Assert.True(accepted.StatusCode == HttpStatusCode.Accepted, $"{accepted.StatusCode}: {await accepted.Content.ReadAsStringAsync()}");
        var location = accepted.Headers.Location!.ToString();
        Assert.StartsWith("/capture/", location);
        return await CaptureJobWait.FinishedAsync(Client, location);
    }

    [Theory]
    [MemberData(nameof(CaptureDocuments))]
    public async Task Every_example_is_captured_and_each_event_reads_back_equal(string path)
    {
        if (!server.Available) return;
        var bytes = await File.ReadAllBytesAsync(SharedData.Path(path));
        var before = await server.Store.CountEventsAsync();
        var response = await Client.PostAsync("/capture", Body(bytes, MediaTypeOf(path)));
        if (KnownDefects.TryGetValue(path, out var culprit))
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            var problem = await response.Content.ReadAsStringAsync();
            Assert.Contains("epcisException:ValidationException", problem);
            Assert.Contains(culprit, problem);
            Assert.Equal(before, await server.Store.CountEventsAsync());
            return;
        }
        var job = await JobAsync(response);
        Assert.True(job.GetProperty("success").GetBoolean(), job.ToString());
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(response.Headers.Location)).StatusCode);
        var sent = path.EndsWith(".xml")
            ? EpcisXmlReader.ReadDocument(new MemoryStream(bytes), new EpcisReaderOptions { ValidateXml = false })
            : EpcisJsonReader.ReadDocument(new MemoryStream(bytes));
        // GS1's examples reuse eventIDs across files; an eventID captured before is stored once (the job says so).
        var duplicates = job.GetProperty("errors").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "epcisException:ResourceAlreadyExistsException")
            .Select(e => e.GetProperty("instance").GetString()).ToHashSet();
        foreach (var ev in sent.Events.Where(e => e.ErrorDeclaration == null))
        {
            var id = ev.EventId ?? EventHasher.HashId(ev);
            if (duplicates.Contains(id)) continue;
            // As captured, for a field-by-field comparison (the default, Always_GS1_Digital_Link, translates URNs).
            var get = new HttpRequestMessage(HttpMethod.Get, "/events/" + Uri.EscapeDataString(id));
            get.Headers.Add("GS1-EPC-Format", "Never_Translates");
            var got = await Client.SendAsync(get);
            Assert.True(got.StatusCode == HttpStatusCode.OK, $"GET /events/{id}: {got.StatusCode}");
            var back = EpcisJsonReader.ReadSingleEvent(await got.Content.ReadAsStreamAsync());
            Assert.Equal(id, back.EventId);
            Assert.NotNull(back.RecordTime);
            ev.EventId = id;
            ev.RecordTime = back.RecordTime;
            Assert.Equal(ModelDump.Of(ev), ModelDump.Of(back));
        }
    }

    public static TheoryData<string> InvalidDocuments()
    {
        var data = new TheoryData<string>();
        foreach (var f in SharedData.Files("corpus/openepcis-test-resources/2.0/EPCIS/JSON/Capture/Invalid", "*.json")) data.Add(f);
        foreach (var f in SharedData.Files("corpus/openepcis-test-resources/2.0/EPCIS/XML/Capture/Invalid", "*.xml").Where(f => !f.Contains("bare_event"))) data.Add(f);
        return data;
    }

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public async Task Every_invalid_document_gets_400_naming_the_field_and_stores_nothing(string path)
    {
        if (!server.Available) return;
        var before = await server.Store.CountEventsAsync();
        var response = await Client.PostAsync("/capture", Body(await File.ReadAllBytesAsync(SharedData.Path(path)), MediaTypeOf(path)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("epcisException:ValidationException", problem.GetProperty("type").GetString());
        Assert.True(problem.GetProperty("errors").GetArrayLength() > 0);
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("errors")[0].GetProperty("location").GetString()));
        Assert.Equal(before, await server.Store.CountEventsAsync());
    }

    private static string Doc(params string[] events) =>
        "{\"@context\":\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\",\"type\":\"EPCISDocument\",\"schemaVersion\":\"2.0\",\"creationDate\":\"2024-01-01T00:00:00Z\",\"epcisBody\":{\"eventList\":[" + string.Join(",", events) + "]}}";

    private static string Event(string epc, string? id = null, string action = "OBSERVE", string extra = "") =>
        "{\"type\":\"ObjectEvent\"," + (id == null ? "" : $"\"eventID\":\"{id}\",") + $"\"eventTime\":\"2024-01-01T00:00:00Z\",\"eventTimeZoneOffset\":\"+00:00\",\"epcList\":[\"{epc}\"],\"action\":\"{action}\"{extra}}}";

    private static string UniqueEpc() => "urn:epc:id:sgtin:0614141.107346." + Guid.NewGuid().ToString("N")[..12];

    [Fact]
    public async Task Capturing_the_same_event_twice_stores_it_once_and_reports_it()
    {
        if (!server.Available) return;
        var doc = Doc(Event(UniqueEpc()), Event(UniqueEpc()));
        var first = await JobAsync(await Client.PostAsync("/capture", Body(Encoding.UTF8.GetBytes(doc), "application/json")));
        Assert.True(first.GetProperty("success").GetBoolean());
        var count = await server.Store.CountEventsAsync();
        var second = await JobAsync(await Client.PostAsync("/capture", Body(Encoding.UTF8.GetBytes(doc), "application/json")));
        Assert.True(second.GetProperty("success").GetBoolean(), "a repeated capture does not fail the document");
        Assert.Equal(2, second.GetProperty("errors").EnumerateArray().Count(e => e.GetProperty("type").GetString() == "epcisException:ResourceAlreadyExistsException"));
        Assert.Equal(count, await server.Store.CountEventsAsync());
    }

    [Fact]
    public async Task An_error_declaration_is_stored_beside_the_original_not_dropped_as_a_duplicate()
    {
        if (!server.Available) return;
        var id = "urn:uuid:" + Guid.NewGuid();
        var epc = UniqueEpc();
        await JobAsync(await Client.PostAsync("/capture", Body(Encoding.UTF8.GetBytes(Doc(Event(epc, id))), "application/json")));
        var count = await server.Store.CountEventsAsync();
        var declaration = Event(epc, id, extra: ",\"errorDeclaration\":{\"declarationTime\":\"2024-02-01T00:00:00Z\",\"reason\":\"incorrect_data\"}");
        var job = await JobAsync(await Client.PostAsync("/capture", Body(Encoding.UTF8.GetBytes(Doc(declaration)), "application/json")));
        Assert.True(job.GetProperty("success").GetBoolean());
        Assert.Equal(0, job.GetProperty("errors").GetArrayLength());
        Assert.Equal(count + 1, await server.Store.CountEventsAsync());
    }

    [Fact]
    public async Task Master_data_is_upserted_from_XML_master_data_documents_and_the_JSON_header()
    {
        if (!server.Available) return;
        var xml = await File.ReadAllBytesAsync(SharedData.Path("gs1/XML/Mimasu/Example-masterData.xml"));
        await JobAsync(await Client.PostAsync("/capture", Body(xml, "application/xml")));
        var element = await server.Store.GetVocabularyElementAsync("urn:epcglobal:epcis:vtype:BusinessLocation", "urn:epc:id:sgln:0037000.00729.0");
        Assert.NotNull(element);
        Assert.NotEmpty(element.Attributes);

        var id = "urn:epc:id:sgln:0614141." + Random.Shared.Next(10000, 99999) + ".0";
        var header = ",\"epcisHeader\":{\"epcisMasterData\":{\"vocabularyList\":[{\"type\":\"urn:epcglobal:epcis:vtype:BusinessLocation\",\"vocabularyElementList\":[{\"id\":\"" + id
            + "\",\"attributes\":[{\"id\":\"urn:epcglobal:cbv:mda:sst\",\"attribute\":\"201\"}],\"children\":[\"urn:epc:id:sgln:0614141.00777.1\"]}]}]}}";
        var doc = Doc(Event(UniqueEpc())).Replace(",\"epcisBody\"", header + ",\"epcisBody\"");
        await JobAsync(await Client.PostAsync("/capture", Body(Encoding.UTF8.GetBytes(doc), "application/ld+json")));
        var json = await server.Store.GetVocabularyElementAsync("urn:epcglobal:epcis:vtype:BusinessLocation", id);
        Assert.NotNull(json);
        Assert.Equal("201", json.Attributes.Single().Value);
        Assert.Equal(["urn:epc:id:sgln:0614141.00777.1"], json.Children!);
    }

    [Fact]
    public async Task Rollback_rejects_the_whole_document_when_one_event_is_invalid()
    {
        if (!server.Available) return;
        var before = await server.Store.CountEventsAsync();
        var response = await Client.PostAsync("/capture", Body(Encoding.UTF8.GetBytes(Doc(Event(UniqueEpc()), Event(UniqueEpc(), action: "CREATE"))), "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("/epcisBody/eventList/1/action", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await server.Store.CountEventsAsync());
    }

    [Fact]
    public async Task Proceed_stores_every_valid_event_and_reports_each_invalid_one()
    {
        if (!server.Available) return;
        var before = await server.Store.CountEventsAsync();
        var content = Body(Encoding.UTF8.GetBytes(Doc(Event(UniqueEpc()), Event(UniqueEpc(), action: "CREATE"), Event(UniqueEpc()))), "application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/capture") { Content = content };
        request.Headers.Add("GS1-Capture-Error-Behaviour", "proceed");
        var job = await JobAsync(await Client.SendAsync(request));
        Assert.False(job.GetProperty("success").GetBoolean());
        Assert.Equal("proceed", job.GetProperty("captureErrorBehaviour").GetString());
        Assert.Contains("/epcisBody/eventList/1/action", job.GetProperty("errors").ToString());
        Assert.Equal(before + 2, await server.Store.CountEventsAsync());
    }

    [Fact]
    public async Task A_duplicate_eventID_inside_one_document_is_rejected()
    {
        if (!server.Available) return;
        var id = "urn:uuid:" + Guid.NewGuid();
        var response = await Client.PostAsync("/capture", Body(Encoding.UTF8.GetBytes(Doc(Event(UniqueEpc(), id), Event(UniqueEpc(), id))), "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("more than once", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("", "application/json", HttpStatusCode.BadRequest, "ValidationException")]
    [InlineData("{\"@context\":\"x\",\"type\":\"EPCISDocument\",\"epcisBody\":{\"eventList\":[{\"type\":\"Object", "application/json", HttpStatusCode.BadRequest, "truncated")]
    [InlineData("hello", "text/plain", HttpStatusCode.UnsupportedMediaType, "UnsupportedMediaTypeException")]
    [InlineData("<a/>", "application/xml", HttpStatusCode.BadRequest, "not an EPCIS document")]
    public async Task Bad_bodies_get_a_clear_problem(string body, string mediaType, HttpStatusCode status, string text)
    {
        if (!server.Available) return;
        var response = await Client.PostAsync("/capture", Body(Encoding.UTF8.GetBytes(body), mediaType));
        Assert.Equal(status, response.StatusCode);
        Assert.Contains(text, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_document_over_the_size_limit_gets_413_with_the_limit_headers_before_it_is_read()
    {
        if (!server.Available) return;
        var big = new byte[33 * 1024 * 1024];
        var response = await Client.PostAsync("/capture", Body(big, "application/json"));
        Assert.Equal((HttpStatusCode)413, response.StatusCode);
        Assert.Contains("CaptureLimitExceededException", await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.Contains("GS1-EPCIS-Capture-File-Size-Limit"));
        Assert.True(response.Headers.Contains("GS1-EPCIS-Capture-Limit"));
    }

    [Fact]
    public async Task A_document_over_the_event_limit_gets_413()
    {
        if (!server.Available) return;
        var events = Enumerable.Range(0, 20001).Select(i => Event($"urn:epc:id:sgtin:0614141.107346.L{i}")).ToArray();
        var response = await Client.PostAsync("/capture", Body(Encoding.UTF8.GetBytes(Doc(events)), "application/json"));
        Assert.Equal((HttpStatusCode)413, response.StatusCode);
        Assert.True(response.Headers.Contains("GS1-EPCIS-Capture-Limit"));
    }

    [Fact]
    public async Task Options_on_capture_announces_the_limits_and_error_behaviours()
    {
        if (!server.Available) return;
        var response = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Options, "/capture"));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("20000", response.Headers.GetValues("GS1-EPCIS-Capture-Limit").Single());
        Assert.Equal("all", response.Headers.GetValues("GS1-Capture-Error-Behaviour").Single());
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Post_events_creates_one_event_and_refuses_it_again_with_409()
    {
        if (!server.Available) return;
        var ev = Event(UniqueEpc()).Insert(1, "\"@context\":\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\",");
        var created = await Client.PostAsync("/events", Body(Encoding.UTF8.GetBytes(ev), "application/ld+json"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!.ToString();
        Assert.StartsWith("/events/", location);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(location)).StatusCode);
        var again = await Client.PostAsync("/events", Body(Encoding.UTF8.GetBytes(ev), "application/ld+json"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("ResourceAlreadyExistsException", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Capture_jobs_page_by_key_with_a_next_link_and_read_as_xml()
    {
        if (!server.Available) return;
        for (var i = 0; i < 3; i++) await JobAsync(await Client.PostAsync("/capture", Body(Encoding.UTF8.GetBytes(Doc(Event(UniqueEpc()))), "application/json")));
        var seen = new HashSet<string>();
        var url = "/capture?perPage=2";
        var pages = 0;
        while (url != null && pages++ < 1000)
        {
            var page = await Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            foreach (var j in JsonDocument.Parse(await page.Content.ReadAsStringAsync()).RootElement.EnumerateArray())
                Assert.True(seen.Add(j.GetProperty("captureID").GetString()!), "a job was listed twice");
            url = page.Headers.TryGetValues("Link", out var links) ? links.Single().Split('<', '>')[1] : null;
        }
        Assert.True(seen.Count >= 3);
        var forged = await Client.GetAsync("/capture?nextPageToken=abc.def");
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var request = new HttpRequestMessage(HttpMethod.Get, "/capture/" + seen.First());
        request.Headers.Accept.ParseAdd("application/xml");
        var xml = await Client.SendAsync(request);
        Assert.Contains("EPCISCaptureJob", await xml.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/capture/nope")).StatusCode);
    }

    [Fact]
    public async Task A_large_document_is_finished_by_the_background_job()
    {
        if (!server.Available) return;
        var events = Enumerable.Range(0, 15000).Select(i => Event(UniqueEpc(), extra: ",\"bizStep\":\"shipping\",\"readPoint\":{\"id\":\"urn:epc:id:sgln:0614141.07346.1234\"}")).ToArray();
        var location = "urn:epc:id:sgln:0614141." + Random.Shared.Next(10000, 99999) + ".0";
        var header = ",\"epcisHeader\":{\"epcisMasterData\":{\"vocabularyList\":[{\"type\":\"urn:epcglobal:epcis:vtype:BusinessLocation\",\"vocabularyElementList\":[{\"id\":\""
            + location + "\",\"attributes\":[{\"id\":\"urn:epcglobal:cbv:mda:sst\",\"attribute\":\"201\"}]}]}]}}";
        var bytes = Encoding.UTF8.GetBytes(Doc(events).Replace(",\"epcisBody\"", header + ",\"epcisBody\""));
        Assert.True(bytes.Length > 1024 * 1024, "the document must exceed InlineCaptureMaxBytes");
        var before = await server.Store.CountEventsAsync();
        var job = await JobAsync(await Client.PostAsync("/capture", Body(bytes, "application/json")));
        Assert.True(job.GetProperty("success").GetBoolean(), job.ToString());
        Assert.Equal(before + 15000, await server.Store.CountEventsAsync());
        // The background path stores the header's master data too.
        Assert.NotNull(await server.Store.GetVocabularyElementAsync("urn:epcglobal:epcis:vtype:BusinessLocation", location));
    }
}

public sealed class SqliteCaptureTests(SqliteServerFixture server) : CaptureTests(server), IClassFixture<SqliteServerFixture>;

public sealed class PostgreSqlCaptureTests(PostgreSqlServerFixture server) : CaptureTests(server), IClassFixture<PostgreSqlServerFixture>;
