using System.Net;
using System.Text;
using System.Text.Json;
using Epcis.Model.Identifiers;
using Epcis.Model.Tests.Support;
using Epcis.Server.Tests.Support;
using static Epcis.Server.Tests.Query.QueryHttp;

namespace Epcis.Server.Tests.Query;

/// <summary>The REST query interface: discovery, negotiation, errors, paging, named queries; run against every database.</summary>
public abstract class QueryInterfaceTests(QueryServerFixture server)
{
    private HttpClient Client => server.Client;

    /// <summary>A JSON EPCISDocument of <paramref name="count"/> ObjectEvents with unique EPCs (serials <c>{tag}{i}</c>).</summary>
    internal static byte[] Document(string tag, int count, string bizStep = "shipping", int firstSecond = 0)
    {
        var events = Enumerable.Range(0, count).Select(i => $$$"""
            {"type":"ObjectEvent","eventTime":"2024-01-01T00:{{{(firstSecond + i) / 60 % 60:00}}}:{{{(firstSecond + i) % 60:00}}}Z","eventTimeZoneOffset":"+00:00",
             "epcList":["urn:epc:id:sgtin:0614141.107346.{{{tag}}}{{{i}}}"],"action":"OBSERVE","bizStep":"{{{bizStep}}}","disposition":"in_transit",
             "readPoint":{"id":"urn:epc:id:sgln:0614141.00777.{{{tag}}}"}}
            """);
        return Encoding.UTF8.GetBytes($$$"""
            {"@context":"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld","type":"EPCISDocument","schemaVersion":"2.0",
             "creationDate":"2024-01-01T00:00:00Z","epcisBody":{"eventList":[{{{string.Join(",", events)}}}]}}
            """);
    }

    private static string Tag() => "t" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task Root_lists_the_top_level_resources()
    {
        if (!server.Available) return;
        var response = await GetAsync(Client, "/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2.0.0", response.Headers.GetValues("GS1-EPCIS-Version").Single());
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Collection", root.GetProperty("type").GetString());
        var members = root.GetProperty("member").EnumerateArray().Select(m => m.GetString()).ToHashSet();
        foreach (var m in new[] { "queries", "capture", "events", "eventTypes", "epcs", "readPoints", "bizLocations", "dispositions", "bizSteps" })
            Assert.Contains(m, members);
    }

    [Theory]
    [InlineData("GS1-EPCIS-Max", "1.2.0")]
    [InlineData("GS1-EPCIS-Min", "2.1.0")]
    [InlineData("GS1-CBV-Max", "1.2")]
    [InlineData("GS1-CBV-Min", "3")]
    [InlineData("GS1-EPCIS-Min", "two")]
    public async Task A_version_range_without_2_0_0_is_406(string header, string value)
    {
        if (!server.Available) return;
        foreach (var url in new[] { "/", "/events", "/bizSteps", "/queries" })
        {
            var response = await GetAsync(Client, url, "application/json", (header, value));
            Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
            Assert.Equal("epcisException:NotAcceptableException", await ProblemTypeAsync(response));
        }
    }

    [Fact]
    public async Task A_version_range_with_2_0_0_is_served()
    {
        if (!server.Available) return;
        var response = await GetAsync(Client, "/", "application/json", ("GS1-EPCIS-Min", "1.2.0"), ("GS1-EPCIS-Max", "2.0.0"), ("GS1-CBV-Min", "2.0"), ("GS1-CBV-Max", "2.0.1"),
            ("GS1-Extensions", "example=http://ns.example.com/epcis/"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain", null)]
    [InlineData("application/json", "Always_DL")]
    [InlineData("application/xml", "sometimes")]
    public async Task An_output_the_server_cannot_produce_is_406(string accept, string? epcFormat)
    {
        if (!server.Available) return;
        var headers = epcFormat is null ? [] : new[] { ("GS1-EPC-Format", epcFormat) };
        var response = await GetAsync(Client, "/events?EQ_bizStep=shipping", accept, headers);
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Contains(epcFormat ?? accept, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_query_string_over_the_limit_is_414()
    {
        if (!server.Available) return;
        var url = "/events?MATCH_epc=" + string.Join("%7C", Enumerable.Range(0, 800).Select(i => "urn:epc:id:sgtin:0614141.107346." + i));
        Assert.True(url.Length > 16 * 1024);
        var response = await GetAsync(Client, url);
        Assert.Equal((HttpStatusCode)414, response.StatusCode);
        Assert.Equal("epcisException:URITooLongException", await ProblemTypeAsync(response));
    }

    [Fact]
    public async Task Options_answers_every_GS1_path_with_Allow_and_the_GS1_headers()
    {
        if (!server.Available) return;
        foreach (var (path, methods) in OpenApiConformanceTests.Gs1Operations())
        {
            using var request = new HttpRequestMessage(HttpMethod.Options, OpenApiConformanceTests.Sample(path));
            var response = await Client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.NoContent, $"OPTIONS {path}: {response.StatusCode}");
            var allow = response.Content.Headers.Allow.Count > 0 ? response.Content.Headers.Allow : response.Headers.GetValues("Allow");
            var allowed = string.Join(",", allow).ToUpperInvariant();
            foreach (var m in methods) Assert.True(allowed.Contains(m.ToUpperInvariant()), $"OPTIONS {path}: Allow '{allowed}' lacks {m}");
            foreach (var h in new[] { "GS1-EPCIS-Min", "GS1-EPCIS-Max", "GS1-CBV-Min", "GS1-CBV-Max" })
                Assert.True(response.Headers.Contains(h), $"OPTIONS {path} lacks {h}");
            // Capture reads 1.2 XML; queries only ever produce 2.0.0 (and refuse a range without it with 406).
            string min = path.StartsWith("/capture", StringComparison.Ordinal) ? "1.2.0" : "2.0.0";
            Assert.Equal(min, response.Headers.GetValues("GS1-EPCIS-Min").Single());
            Assert.Equal(min, response.Headers.GetValues("GS1-CBV-Min").Single());
            Assert.Equal("2.0.0", response.Headers.GetValues("GS1-EPCIS-Max").Single());
            Assert.Equal("2.0.0", response.Headers.GetValues("GS1-CBV-Max").Single());
            if (path.StartsWith("/capture", StringComparison.Ordinal)) continue;
            foreach (var h in new[] { "GS1-EPC-Format", "GS1-CBV-XML-Format", "GS1-Extensions" })
                Assert.True(response.Headers.Contains(h), $"OPTIONS {path} lacks {h}");
        }
    }

    [Fact]
    public async Task Discovery_lists_page_by_key_and_translate_identifiers()
    {
        if (!server.Available) return;
        var tag = Tag();
        var job = await CaptureAsync(Client, Document(tag, 5), "application/ld+json");
        Assert.True(job.GetProperty("success").GetBoolean(), job.ToString());
        var urns = Enumerable.Range(0, 5).Select(i => $"urn:epc:id:sgtin:0614141.107346.{tag}{i}").ToList();
        var dls = urns.Select(u => DigitalLink.TryFromEpcUrn(u, out var dl) ? dl : throw new InvalidOperationException(u)).ToList();

        var (members, pages) = await WalkListAsync("/epcs?perPage=2");
        Assert.Equal(members.Count, members.Distinct().Count());
        Assert.True(pages >= 3, $"{members.Count} EPCs in {pages} pages of 2");
        foreach (var dl in dls) Assert.Contains(dl, members);

        var (asUrns, _) = await WalkListAsync("/epcs?perPage=1000", ("GS1-EPC-Format", "Always_EPC_URN"));
        foreach (var urn in urns) Assert.Contains(urn, asUrns);

        Assert.Contains("shipping", (await WalkListAsync("/bizSteps")).Members);
        Assert.Contains("in_transit", (await WalkListAsync("/dispositions")).Members);
        Assert.Contains("ObjectEvent", (await WalkListAsync("/eventTypes")).Members);
        Assert.Contains($"urn:epc:id:sgln:0614141.00777.{tag}", (await WalkListAsync("/readPoints?perPage=1000", ("GS1-EPC-Format", "Always_EPC_URN"))).Members);
    }

    private async Task<(List<string> Members, int Pages)> WalkListAsync(string url, params (string, string)[] headers)
    {
        var members = new List<string>();
        var pages = 0;
        for (string? next = url; next != null; pages++)
        {
            var response = await GetAsync(Client, next, "application/json", headers);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {next}: {response.StatusCode} {body}");
            members.AddRange(JsonDocument.Parse(body).RootElement.GetProperty("member").EnumerateArray().Select(m => m.GetString()!));
            next = NextLink(response);
            if (next != null) Assert.True(response.Headers.Contains("GS1-Next-Page-Token-Expires"));
        }
        return (members, pages);
    }

    [Fact]
    public async Task A_forged_or_foreign_page_token_is_400()
    {
        if (!server.Available) return;
        await CaptureAsync(Client, Document(Tag(), 3), "application/ld+json");
        var first = await GetAsync(Client, "/epcs?perPage=1");
        var link = NextLink(first)!;
        var token = Uri.UnescapeDataString(link[(link.IndexOf("nextPageToken=", StringComparison.Ordinal) + "nextPageToken=".Length)..]);
        var forged = token[..^2] + (token[^1] == 'A' ? "BB" : "AA");
        foreach (var url in new[]
                 {
                     "/events?nextPageToken=garbage",
                     "/epcs?nextPageToken=" + Uri.EscapeDataString(forged),
                     "/bizLocations?nextPageToken=" + Uri.EscapeDataString(token),
                     "/events?EQ_bizStep=shipping&nextPageToken=" + Uri.EscapeDataString(token),
                     "/epcs?perPage=0",
                 })
        {
            var response = await GetAsync(Client, url);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"GET {url}: {response.StatusCode}");
            Assert.Equal("epcisException:QueryParameterException", await ProblemTypeAsync(response));
        }
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(Client, link)).StatusCode);
    }

    [Fact]
    public async Task A_sub_resource_is_a_collection_of_events()
    {
        if (!server.Available) return;
        var tag = Tag();
        Assert.True((await CaptureAsync(Client, Document(tag, 1), "application/ld+json")).GetProperty("success").GetBoolean());
        string epc = $"urn:epc:id:sgtin:0614141.107346.{tag}0";
        string readPoint = $"urn:epc:id:sgln:0614141.00777.{tag}";
        foreach (var url in new[]
                 {
                     "/bizSteps/shipping", "/bizSteps/" + Uri.EscapeDataString("urn:epcglobal:cbv:bizstep:shipping"), "/eventTypes/ObjectEvent",
                     "/epcs/" + Uri.EscapeDataString(epc), "/epcs/" + Uri.EscapeDataString(DigitalLink.TryFromEpcUrn(epc, out var dl) ? dl : epc),
                     "/dispositions/in_transit", "/readPoints/" + Uri.EscapeDataString(readPoint),
                 })
        {
            var response = await GetAsync(Client, url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {response.StatusCode}");
            var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(["events"], root.GetProperty("member").EnumerateArray().Select(m => m.GetString()!).ToArray());
        }
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(Client, "/eventTypes/NoSuchEvent")).StatusCode);
    }

    [Fact]
    public async Task A_value_that_no_event_has_is_404()
    {
        if (!server.Available) return;
        var tag = Tag();
        foreach (var url in new[]
                 {
                     "/bizSteps/" + Uri.EscapeDataString("urn:example:bizstep:" + tag), "/dispositions/" + Uri.EscapeDataString("urn:example:disp:" + tag),
                     "/readPoints/" + Uri.EscapeDataString("urn:example:rp:" + tag), "/bizLocations/" + Uri.EscapeDataString("urn:example:bl:" + tag),
                     "/epcs/" + Uri.EscapeDataString("urn:epc:id:sgtin:0614141.107346." + tag), "/epcs/not-an-epc",
                 })
        {
            var response = await GetAsync(Client, url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {url}: {response.StatusCode}");
            Assert.Equal("epcisException:NoSuchResourceException", await ProblemTypeAsync(response));
        }
    }

    [Fact]
    public async Task Discovery_resources_answer_in_XML_when_the_client_accepts_only_XML()
    {
        if (!server.Available) return;
        var tag = Tag();
        Assert.True((await CaptureAsync(Client, Document(tag, 2), "application/ld+json")).GetProperty("success").GetBoolean());
        string epc = $"urn:epc:id:sgtin:0614141.107346.{tag}0";
        async Task<(string Root, List<string> Members)> XmlAsync(string url, params (string, string)[] headers)
        {
            var response = await GetAsync(Client, url, "application/xml", headers);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {response.StatusCode} {body}");
            Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
            var doc = System.Xml.Linq.XDocument.Parse(body);
            Assert.Equal("urn:epcglobal:epcis:xsd:2", doc.Root!.Name.NamespaceName);
            return (doc.Root.Name.LocalName, doc.Root.Elements("member").Select(m => m.Value).ToList());
        }

        Assert.Contains("eventTypes", (await XmlAsync("/")).Members);
        var types = await XmlAsync("/eventTypes?perPage=1000");
        Assert.Equal("Collection", types.Root);
        Assert.Contains("ObjectEvent", types.Members);
        var steps = await XmlAsync("/bizSteps?perPage=1000");
        Assert.Contains("urn:epcglobal:cbv:bizstep:shipping", steps.Members);
        Assert.Contains("https://ref.gs1.org/cbv/BizStep-shipping", (await XmlAsync("/bizSteps?perPage=1000", ("GS1-CBV-XML-Format", "Always_Web_URI"))).Members);
        Assert.Contains("urn:epcglobal:cbv:disp:in_transit", (await XmlAsync("/dispositions?perPage=1000")).Members);
        var epcs = await XmlAsync("/epcs?perPage=1000", ("GS1-EPC-Format", "Always_EPC_URN"));
        Assert.Equal("UriCollection", epcs.Root);
        Assert.Contains(epc, epcs.Members);
        Assert.Contains($"urn:epc:id:sgln:0614141.00777.{tag}", (await XmlAsync("/readPoints?perPage=1000", ("GS1-EPC-Format", "Always_EPC_URN"))).Members);
        Assert.Equal("UriCollection", (await XmlAsync("/bizLocations?perPage=1000")).Root);
        foreach (var one in new[] { "/eventTypes/ObjectEvent", "/bizSteps/shipping", "/dispositions/in_transit", "/epcs/" + Uri.EscapeDataString(epc) })
            Assert.Equal(["events"], (await XmlAsync(one)).Members);
        var notFound = await GetAsync(Client, "/bizSteps/" + Uri.EscapeDataString("urn:example:bizstep:" + tag), "application/xml");
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal(HttpStatusCode.NotAcceptable, (await GetAsync(Client, "/bizSteps", "text/plain")).StatusCode);
    }

    [Fact]
    public async Task One_event_is_returned_in_both_formats_and_both_identifier_forms()
    {
        if (!server.Available) return;
        var tag = Tag();
        var response = await Client.PostAsync("/events", Body(EventJson(tag), "application/ld+json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var url = response.Headers.Location!.ToString();
        var urn = $"urn:epc:id:sgtin:0614141.107346.{tag}";
        Assert.True(DigitalLink.TryFromEpcUrn(urn, out var dl));

        var asCaptured = await (await GetAsync(Client, url, "application/json", ("GS1-EPC-Format", "Never_Translates"))).Content.ReadAsStringAsync();
        Assert.Contains(urn, asCaptured);
        var byDefault = await (await GetAsync(Client, url)).Content.ReadAsStringAsync();
        Assert.Contains(dl, byDefault); // the binding's default is Always_GS1_Digital_Link
        var json = await (await GetAsync(Client, url, "application/json", ("GS1-EPC-Format", "Always_GS1_Digital_Link"))).Content.ReadAsStringAsync();
        Assert.Contains(dl, json);
        Assert.DoesNotContain(urn, json);
        var xml = await GetAsync(Client, url, "application/xml", ("GS1-EPC-Format", "Always_EPC_URN"), ("GS1-CBV-XML-Format", "Always_Web_URI"));
        Assert.Equal("application/xml", xml.Content.Headers.ContentType!.MediaType);
        var xmlBody = await xml.Content.ReadAsStringAsync();
        Assert.Contains(urn, xmlBody);
        Assert.Contains("https://ref.gs1.org/cbv/BizStep-shipping", xmlBody);
        var xmlUrn = await (await GetAsync(Client, url, "application/xml")).Content.ReadAsStringAsync();
        Assert.Contains("urn:epcglobal:cbv:bizstep:shipping", xmlUrn);

        var missing = await GetAsync(Client, "/events/" + Uri.EscapeDataString("urn:uuid:00000000-0000-0000-0000-000000000000"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static byte[] EventJson(string tag) => Encoding.UTF8.GetBytes($$$"""
        {"@context":"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld","type":"ObjectEvent","eventTime":"2024-02-01T00:00:00Z",
         "eventTimeZoneOffset":"+00:00","epcList":["urn:epc:id:sgtin:0614141.107346.{{{tag}}}"],"action":"OBSERVE","bizStep":"shipping"}
        """);

    [Fact]
    public async Task Subscriptions_answer_501_and_page_tokens_release_with_204()
    {
        if (!server.Available) return;
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(Client, "/queries/nope/subscriptions")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync("/nextPageToken/abc")).StatusCode);
        var swagger = await Client.GetAsync("/swagger/index.html");
        Assert.Equal(HttpStatusCode.OK, swagger.StatusCode);
    }

    [Fact]
    public async Task A_named_query_body_must_be_a_JSON_definition()
    {
        if (!server.Available) return;
        var xml = await Client.PostAsync("/queries", Body("<q/>"u8.ToArray(), "application/xml"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, xml.StatusCode);
        foreach (var body in new[] { "[]", "{\"query\":{}}", "{\"name\":\"\",\"query\":{}}", "{\"name\":\"x\"}", "{\"name\":\"x\",\"query\":{},\"extra\":1}" })
        {
            var response = await Client.PostAsync("/queries", Body(Encoding.UTF8.GetBytes(body), "application/json"));
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{body}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_named_query_lives_from_POST_to_DELETE()
    {
        if (!server.Available) return;
        var tag = Tag();
        await CaptureAsync(Client, Document(tag, 4, bizStep: "receiving"), "application/ld+json");
        var name = "q-" + tag;
        var definition = $$$"""{"name":"{{{name}}}","query":{"eventType":["ObjectEvent"],"MATCH_epc":["urn:epc:id:sgtin:0614141.107346.{{{tag}}}0","urn:epc:id:sgtin:0614141.107346.{{{tag}}}1"]}}""";
        var created = await Client.PostAsync("/queries", Body(Encoding.UTF8.GetBytes(definition), "application/json"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/queries/" + name, created.Headers.Location!.ToString());

        var again = await Client.PostAsync("/queries", Body(Encoding.UTF8.GetBytes(definition), "application/json"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("epcisException:ResourceAlreadyExistsException", await ProblemTypeAsync(again));

        var one = JsonDocument.Parse(await Client.GetStringAsync("/queries/" + name)).RootElement;
        Assert.Equal(name, one.GetProperty("name").GetString());
        Assert.Equal("ObjectEvent", one.GetProperty("query").GetProperty("eventType")[0].GetString());
        var all = JsonDocument.Parse(await Client.GetStringAsync("/queries?perPage=1000")).RootElement;
        Assert.Contains(all.EnumerateArray(), q => q.GetProperty("name").GetString() == name);

        var (ids, bodies) = await WalkAsync(Client, $"/queries/{name}/events?perPage=1");
        Assert.Equal(2, ids.Count);
        Assert.Equal(name, JsonDocument.Parse(bodies[0]).RootElement.GetProperty("epcisBody").GetProperty("queryResults").GetProperty("queryName").GetString());
        var (xmlIds, _) = await WalkAsync(Client, $"/queries/{name}/events", "application/xml");
        Assert.Equal(ids.Order(), xmlIds.Order());

        var bad = await Client.PostAsync("/queries", Body("{\"name\":\"bad\",\"query\":{\"NO_such_parameter\":\"x\"}}"u8.ToArray(), "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("NO_such_parameter", await bad.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotImplemented, (await GetAsync(Client, $"/queries/{name}/subscriptions")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync("/queries/" + name)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(Client, "/queries/" + name)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(Client, $"/queries/{name}/events")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.DeleteAsync("/queries/" + name)).StatusCode);
    }

    [Fact]
    public async Task The_events_of_a_sub_resource_are_filtered_by_its_value()
    {
        if (!server.Available) return;
        var tag = Tag();
        var bizStep = "https://example.org/bizstep/" + tag;
        await CaptureAsync(Client, Document(tag, 3, bizStep), "application/ld+json");
        var epcUrn = $"urn:epc:id:sgtin:0614141.107346.{tag}1";
        Assert.True(DigitalLink.TryFromEpcUrn(epcUrn, out var epcDl));
        var readPoint = $"urn:epc:id:sgln:0614141.00777.{tag}";
        var only = "?EQ_bizStep=" + Uri.EscapeDataString(bizStep);
        foreach (var (url, expected) in new[]
                 {
                     ("/epcs/" + Uri.EscapeDataString(epcDl) + "/events", 1),
                     ("/epcs/" + Uri.EscapeDataString(epcUrn) + "/events", 1),
                     ("/bizSteps/" + Uri.EscapeDataString(bizStep) + "/events", 3),
                     ("/readPoints/" + Uri.EscapeDataString(readPoint) + "/events?perPage=2", 3),
                     ("/eventTypes/ObjectEvent/events" + only, 3),
                     ("/dispositions/in_transit/events" + only, 3),
                 })
        {
            foreach (var accept in new[] { "application/json", "application/xml" })
            {
                var (ids, _) = await WalkAsync(Client, url, accept);
                Assert.True(ids.Count == expected, $"GET {url} ({accept}): {ids.Count} events, expected {expected}");
            }
        }
        var twice = await GetAsync(Client, "/bizSteps/shipping/events?EQ_bizStep=receiving");
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
    }

    [Fact]
    public async Task Walking_all_pages_returns_each_event_once_while_more_are_captured()
    {
        if (!server.Available) return;
        var tag = Tag();
        var bizStep = "https://example.org/bizstep/" + tag;
        await CaptureAsync(Client, Document(tag, 25, bizStep), "application/ld+json");
        var url = "/events?perPage=7&EQ_bizStep=" + Uri.EscapeDataString(bizStep);
        var first = await GetAsync(Client, url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(first.Headers.Contains("GS1-Next-Page-Token-Expires"));
        var ids = JsonIds(await first.Content.ReadAsStringAsync());
        Assert.Equal(7, ids.Count);
        // New matching events arrive in the middle of the walk.
        await CaptureAsync(Client, Document(tag + "x", 5, bizStep, firstSecond: 30), "application/ld+json");
        var (rest, _) = await WalkAsync(Client, NextLink(first)!);
        ids.AddRange(rest);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.InRange(ids.Count, 25, 30);
        var (all, pages) = await WalkAsync(Client, url);
        Assert.Equal(30, all.Count);
        Assert.Equal(30, all.Distinct().Count());
        Assert.Equal(5, pages.Count);
        var last = await GetAsync(Client, "/events?perPage=1000&EQ_bizStep=" + Uri.EscapeDataString(bizStep));
        Assert.Null(NextLink(last));
    }
}

public sealed class SqliteQueryInterfaceTests(QuerySqliteFixture server) : QueryInterfaceTests(server), IClassFixture<QuerySqliteFixture>;

public sealed class PostgreSqlQueryInterfaceTests(QueryPostgreSqlFixture server) : QueryInterfaceTests(server), IClassFixture<QueryPostgreSqlFixture>;
