using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Epcis.Model.Tests.Support;

namespace Epcis.Server.Tests.Query;

/// <summary>Every path and method of GS1's OpenAPI document (REST Bindings/openapi.json) is in ours and is routed.</summary>
public sealed partial class OpenApiConformanceTests(QuerySqliteFixture server) : IClassFixture<QuerySqliteFixture>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch"];

    /// <summary>GS1's paths with their methods.</summary>
    public static IEnumerable<(string Path, string[] Methods)> Gs1Operations()
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(SharedData.Path("gs1", "REST Bindings", "openapi.json")));
        foreach (var p in doc.RootElement.GetProperty("paths").EnumerateObject())
            yield return (p.Name, p.Value.EnumerateObject().Select(m => m.Name).Where(Methods.Contains).ToArray());
    }

    /// <summary>A concrete URL for a templated path (identifiers percent-encoded into their segment).</summary>
    public static string Sample(string path) => Parameter().Replace(path, m => m.Groups[1].Value switch
    {
        "eventID" => Uri.EscapeDataString("ni:///sha-256;df7bb3c352fef055578554f09f5e2aa41782150ced7bd0b8af24dd3ccb30ba69?ver=CBV2.0"),
        "eventType" => "ObjectEvent",
        "epc" => Uri.EscapeDataString("https://id.gs1.org/01/70614141123451/21/2018"),
        "bizStep" => "receiving",
        "bizLocation" or "readPoint" => Uri.EscapeDataString("urn:epc:id:sgln:0614141.00777.0"),
        "disposition" => "in_progress",
        _ => "sample1",
    });

    private static string Shape(string path) => Parameter().Replace(path, "{}");

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex Parameter();

    [Fact]
    public async Task Every_GS1_path_and_method_is_in_our_OpenAPI_document()
    {
        var ours = JsonDocument.Parse(await server.Client.GetStringAsync("/swagger/v1/swagger.json")).RootElement.GetProperty("paths");
        var served = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in ours.EnumerateObject())
            foreach (var m in p.Value.EnumerateObject())
                served.Add(m.Name + " " + Shape(p.Name));
        var missing = Gs1Operations().SelectMany(o => o.Methods.Select(m => m + " " + Shape(o.Path))).Where(op => !served.Contains(op)).ToList();
        Assert.True(missing.Count == 0, "missing from our OpenAPI: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Every_GS1_path_and_method_is_routed()
    {
        foreach (var (path, methods) in Gs1Operations())
        {
            foreach (var m in methods)
            {
                using var request = new HttpRequestMessage(new HttpMethod(m.ToUpperInvariant()), Sample(path));
                var response = await server.Client.SendAsync(request);
                // 404 is a fine answer for a sample resource that does not exist, but only as an EPCIS problem (not "no route").
                if (response.StatusCode == HttpStatusCode.NotFound)
                    Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{m} {path}: no route");
                Assert.True(response.StatusCode != HttpStatusCode.MethodNotAllowed, $"{m} {path}: 405");
            }
        }
    }
}
