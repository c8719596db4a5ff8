using System.Net;
using Epcis.Model.Capture.Hashing;
using Epcis.Model.Events;
using Epcis.Model.Identifiers;
using Epcis.Model.Serialization;
using Epcis.Model.Serialization.JsonLd;
using Epcis.Model.Serialization.Xml;
using Epcis.Model.Tests.Support;
using static Epcis.Server.Tests.Query.QueryHttp;

namespace Epcis.Server.Tests.Query;

/// <summary>
/// Each GS1 example, captured, is found again by the parameters that describe its events (eventID, bizStep and eventTime
/// window, an EPC in URN and in Digital Link form), in JSON-LD and XML, with identifiers as Digital Links and as URNs.
/// </summary>
public abstract class ExampleQueryTests(QueryServerFixture server)
{
    private static readonly GcpPrefixTable Prefixes = GcpPrefixTable.LoadXml(SharedData.Path("gs1-gcp", "GCPPrefixFormatList.xml"));

    /// <summary>Examples whose source is defective (see CaptureTests.KnownDefects) are left out.</summary>
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var f in SharedData.Files("gs1/JSON", "*.jsonld")) data.Add(f);
        foreach (var f in SharedData.Files("gs1/XML", "*.xml").Where(f => !f.Contains("/CaptureJob/") && !f.EndsWith("SensorDataExamples.xml", StringComparison.Ordinal))) data.Add(f);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Each_captured_example_is_found_by_what_describes_it(string path)
    {
        if (!server.Available) return;
        var client = server.Client;
        var bytes = await File.ReadAllBytesAsync(SharedData.Path(path));
        var xml = path.EndsWith(".xml", StringComparison.Ordinal);
        var job = await CaptureAsync(client, bytes, xml ? "application/xml" : "application/ld+json");
        Assert.True(job.GetProperty("success").GetBoolean(), job.ToString());
        var duplicates = job.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("instance").GetString()).ToHashSet();
        var sent = xml
            ? EpcisXmlReader.ReadDocument(new MemoryStream(bytes), new EpcisReaderOptions { ValidateXml = false })
            : EpcisJsonReader.ReadDocument(new MemoryStream(bytes));

        foreach (var ev in sent.Events.Take(6))
        {
            var id = ev.EventId ?? EventHasher.HashId(ev);
            if (duplicates.Contains(id)) continue;
            var byId = "/events?EQ_eventID=" + Uri.EscapeDataString(id);
            foreach (var accept in new[] { "application/json", "application/xml" })
                Assert.Contains(id, (await WalkAsync(client, byId, accept)).Ids);

            var from = new DateTimeOffset(ev.EventTime.UtcTicks - ev.EventTime.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
            var window = $"GE_eventTime={Uri.EscapeDataString(Stamp(from))}&LT_eventTime={Uri.EscapeDataString(Stamp(from.AddMilliseconds(1)))}";
            var describing = "/events?perPage=1000&eventType=" + TypeName(ev) + "&" + window
                + (ev.BizStep is { } step ? "&EQ_bizStep=" + Uri.EscapeDataString(step) : "");
            foreach (var accept in new[] { "application/json", "application/xml" })
                Assert.Contains(id, (await WalkAsync(client, describing, accept)).Ids);

            var epc = ev.EpcList?.FirstOrDefault() ?? ev.ChildEpcs?.FirstOrDefault() ?? ev.ParentId ?? ev.InputEpcList?.FirstOrDefault() ?? ev.OutputEpcList?.FirstOrDefault();
            if (epc is null) continue;
            var (urn, dl) = Forms(epc);
            foreach (var form in new[] { urn, dl }.OfType<string>().Distinct())
            {
                var byEpc = "/events?perPage=1000&MATCH_anyEPC=" + Uri.EscapeDataString(form) + "&" + window;
                var (jsonIds, jsonBodies) = await WalkAsync(client, byEpc, "application/json");
                Assert.Contains(id, jsonIds);
                if (dl is not null) Assert.Contains(Json(dl), string.Concat(jsonBodies));
                var (xmlIds, xmlBodies) = await WalkAsync(client, byEpc, "application/xml", ("GS1-EPC-Format", "Always_EPC_URN"));
                Assert.Contains(id, xmlIds);
                if (urn is not null) Assert.Contains(Xml(urn), string.Concat(xmlBodies));
            }
        }
    }

    private static string Stamp(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static string TypeName(EpcisEvent ev) => ev.Type == EventType.Extension ? Uri.EscapeDataString(ev.ExtensionType!) : ev.Type.ToString();

    /// <summary>The URN and Digital Link forms of an identifier (null where it has none).</summary>
    private static (string? Urn, string? Dl) Forms(string id)
    {
        if (id.StartsWith("urn:epc:", StringComparison.Ordinal))
            return (id, DigitalLink.TryFromEpcUrn(id, out var dl) ? dl : null);
        if (id.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            return (EpcUrn.TryFromDigitalLink(id, Prefixes, out var urn) ? urn : null, id); // Digital Links are returned as captured
        return (null, null);
    }

    private static string Json(string s) => System.Text.Json.JsonSerializer.Serialize(s)[1..^1];

    private static string Xml(string s) => System.Security.SecurityElement.Escape(s);
}

public sealed class SqliteExampleQueryTests(QuerySqliteFixture server) : ExampleQueryTests(server), IClassFixture<QuerySqliteFixture>;

public sealed class PostgreSqlExampleQueryTests(QueryPostgreSqlFixture server) : ExampleQueryTests(server), IClassFixture<QueryPostgreSqlFixture>;
