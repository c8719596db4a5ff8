using System.Text.Json;

namespace Epcis.Server.Tests.Support;

/// <summary>Waits for a capture job to finish.</summary>
public static class CaptureJobWait
{
    /// <summary>
    /// Polls <c>GET /capture/{id}</c> until the job stops running, for up to 60 s: a background job waits for a Hangfire
    /// worker, which under the whole suite's load on 2 cores (PostgreSQL job storage polls its queue) can take well
    /// over the ~1 s it takes alone.
    /// </summary>
    public static async Task<JsonElement> FinishedAsync(HttpClient client, string location)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var job = JsonDocument.Parse(await client.GetStringAsync(location)).RootElement;
            if (!job.GetProperty("running").GetBoolean()) return job;
            await Task.Delay(50);
        }
        throw new TimeoutException($"the capture job {location} did not finish within 60 s");
    }
}
