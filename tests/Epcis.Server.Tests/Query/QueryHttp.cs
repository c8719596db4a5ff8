using Epcis.Server.Tests.Support;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Xml.Linq;

namespace Epcis.Server.Tests.Query;

/// <summary>HTTP helpers of the query-interface tests: capture and wait, run a query across its pages, read event IDs from either format.</summary>
internal static class QueryHttp
{
    public static ByteArrayContent Body(byte[] bytes, string mediaType)
    {
        var c = new ByteArrayContent(bytes);
        c.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return c;
    }

    /// <summary>Captures a document and waits for its job; returns the job.</summary>
    public static async Task<JsonElement> CaptureAsync(HttpClient client, byte[] bytes, string mediaType)
    {
        var accepted = await client.PostAsync("/capture", Body(bytes, mediaType));
        Assert.True(accepted.StatusCode == HttpStatusCode.Accepted, $"{accepted.StatusCode}: {await accepted.Content.ReadAsStringAsync()}");
        return await CaptureJobWait.FinishedAsync(client, accepted.Headers.Location!.ToString());
    }

    /// <summary>One GET with an Accept and optional headers.</summary>
    public static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string accept = "application/json", params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd(accept);
        foreach (var (n, v) in headers) request.Headers.TryAddWithoutValidation(n, v);
        return await client.SendAsync(request);
    }

    /// <summary>Runs a query and follows <c>Link: rel="next"</c> to the end; returns every page's body and the event IDs in order.</summary>
    public static async Task<(List<string> Ids, List<string> Bodies)> WalkAsync(HttpClient client, string url, string accept = "application/json", params (string Name, string Value)[] headers)
    {
        var ids = new List<string>();
        var bodies = new List<string>();
        for (var page = 0; page < 1000 && url != null; page++)
        {
            var response = await GetAsync(client, url, accept, headers);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {response.StatusCode} {body}");
            bodies.Add(body);
            ids.AddRange(accept.Contains("xml") ? XmlIds(body) : JsonIds(body));
            url = NextLink(response)!;
        }
        return (ids, bodies);
    }

    /// <summary>The target of <c>Link: &lt;…&gt;; rel="next"</c>, or null.</summary>
    public static string? NextLink(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Link", out var links)) return null;
        foreach (var l in links)
        {
            if (!l.Contains("rel=\"next\"", StringComparison.Ordinal)) continue;
            var start = l.IndexOf('<') + 1;
            return l[start..l.IndexOf('>')];
        }
        return null;
    }

    public static List<string> JsonIds(string body)
    {
        var root = JsonDocument.Parse(body).RootElement;
        Assert.Equal("EPCISQueryDocument", root.GetProperty("type").GetString());
        return root.GetProperty("epcisBody").GetProperty("queryResults").GetProperty("resultsBody").GetProperty("eventList")
            .EnumerateArray().Select(e => e.GetProperty("eventID").GetString()!).ToList();
    }

    public static List<string> XmlIds(string body)
    {
        var doc = XDocument.Parse(body);
        Assert.Equal("EPCISQueryDocument", doc.Root!.Name.LocalName);
        return doc.Descendants().Where(e => e.Name.LocalName == "eventID" && e.Parent?.Name.LocalName != "correctiveEventIDs")
            .Select(e => e.Value.Trim()).ToList();
    }

    /// <summary>The problem type of an error response.</summary>
    public static async Task<string> ProblemTypeAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.GetProperty("type").GetString()!;
    }
}
