using System.Net;
using System.Text;
using Epcis.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Epcis.Server.Tests;

/// <summary>A database that goes away under a running server gives 503 with a problem body, and nothing half-written.</summary>
public class DatabaseDownTests
{
    [Fact]
    public async Task Capture_answers_503_while_the_database_is_down_and_writes_nothing()
    {
        var direct = await TestDatabases.NewPostgreSqlAsync("epcis_down_");
        if (direct == null) return;
        var b = new NpgsqlConnectionStringBuilder(direct);
        using var proxy = new TcpProxy(b.Host!, b.Port);
        var cs = new NpgsqlConnectionStringBuilder(direct) { Host = "127.0.0.1", Port = proxy.Port, Timeout = 10, CommandTimeout = 30 }.ConnectionString;
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(w => w.ConfigureAppConfiguration((_, cfg) =>
            cfg.AddInMemoryCollection(new Dictionary<string, string?> { ["Epcis:Database"] = "PostgreSql", ["Epcis:ConnectionString"] = cs, ["Epcis:RunBackgroundJobs"] = "false" })));
        var client = factory.CreateClient();
        const string doc = "{\"@context\":\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\",\"type\":\"EPCISDocument\",\"schemaVersion\":\"2.0\",\"creationDate\":\"2024-01-01T00:00:00Z\",\"epcisBody\":{\"eventList\":[{\"type\":\"ObjectEvent\",\"eventTime\":\"2024-01-01T00:00:00Z\",\"eventTimeZoneOffset\":\"+00:00\",\"epcList\":[\"urn:epc:id:sgtin:0614141.107346.1\"],\"action\":\"OBSERVE\"}]}}";

        proxy.Cut();
        var down = await client.PostAsync("/capture", new StringContent(doc, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Equal("application/problem+json", down.Content.Headers.ContentType!.MediaType);
        Assert.Contains("epcisException:", await down.Content.ReadAsStringAsync());

        proxy.Restore();
        await using (var c = new NpgsqlConnection(direct))
        {
            await c.OpenAsync();
            Assert.Equal(0L, (long)(await new NpgsqlCommand("select count(*) from events", c).ExecuteScalarAsync())!);
        }
        // Once the database is back, capture works again (a connection broken by the outage may cost one more 503).
        HttpResponseMessage up = null!;
        for (var i = 0; i < 5; i++)
        {
            up = await client.PostAsync("/capture", new StringContent(doc, Encoding.UTF8, "application/json"));
            if (up.StatusCode == HttpStatusCode.Accepted) break;
            await Task.Delay(500);
        }
        Assert.True(up.StatusCode == HttpStatusCode.Accepted, $"{up.StatusCode}: {await up.Content.ReadAsStringAsync()}");
    }
}
