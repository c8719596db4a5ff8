using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Epcis.Server.Tests;

/// <summary>
/// Kills the real server process in the middle of capture work and restarts it: every acknowledged (202) document
/// must end up complete, and nothing of a document that was never acknowledged may be visible.
/// </summary>
public class DurabilityTests
{
    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Epcis.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Epcis.sln not found above the test binaries");
    }

    private static string ServerDll()
    {
        // The test binaries sit in tests/Epcis.Server.Tests/bin/<Configuration>/net10.0; the server is built beside it.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Parent!.Name;
        var dll = Path.Combine(RepoRoot(), "src", "Epcis.Server", "bin", configuration, "net10.0", "Epcis.Server.dll");
        return File.Exists(dll) ? dll : Path.Combine(AppContext.BaseDirectory, "Epcis.Server.dll");
    }

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    private sealed class ServerProcess(string workDir, int port) : IDisposable
    {
        public Process? Process { get; private set; }
        public string Base => $"http://127.0.0.1:{port}";

        public async Task StartAsync()
        {
            var psi = new ProcessStartInfo("dotnet", $"\"{ServerDll()}\" --urls {Base}")
            {
                WorkingDirectory = workDir,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            psi.Environment["Epcis__Database"] = "Sqlite";
            psi.Environment["Epcis__ConnectionString"] = $"Data Source={Path.Combine(workDir, "durability.db")}";
            psi.Environment["Epcis__InlineCaptureMaxBytes"] = (512 * 1024).ToString();
            psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            Process = Process.Start(psi)!;
            Process.OutputDataReceived += (_, _) => { };
            Process.ErrorDataReceived += (_, _) => { };
            Process.BeginOutputReadLine();
            Process.BeginErrorReadLine();
            using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            var sw = Stopwatch.StartNew();
            while (sw.Elapsed < TimeSpan.FromSeconds(60))
            {
                try
                {
                    if ((await probe.GetAsync(Base + "/capture")).StatusCode == HttpStatusCode.OK) return;
                }
                catch (HttpRequestException) { }
                catch (TaskCanceledException) { }
                if (Process.HasExited) throw new InvalidOperationException("the server exited at start-up");
                await Task.Delay(200);
            }
            throw new TimeoutException("the server did not start within 60 s");
        }

        public void Kill()
        {
            if (Process is { HasExited: false }) Process.Kill(entireProcessTree: true);
            Process?.WaitForExit(10_000);
        }

        public void Dispose() => Kill();
    }

    private static string Document(IEnumerable<string> ids) =>
        "{\"@context\":\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\",\"type\":\"EPCISDocument\",\"schemaVersion\":\"2.0\",\"creationDate\":\"2024-01-01T00:00:00Z\",\"epcisBody\":{\"eventList\":["
        + string.Join(",", ids.Select((id, i) => "{\"type\":\"ObjectEvent\",\"eventID\":\"" + id + "\",\"eventTime\":\"2024-01-01T00:00:00Z\",\"eventTimeZoneOffset\":\"+00:00\",\"epcList\":[\"urn:epc:id:sgtin:0614141.107346." + i + "\"],\"action\":\"OBSERVE\",\"bizStep\":\"shipping\",\"readPoint\":{\"id\":\"urn:epc:id:sgln:0614141.07346.1234\"}}"))
        + "]}}";

    private static List<string> Ids(int n) => Enumerable.Range(0, n).Select(_ => "urn:uuid:" + Guid.NewGuid()).ToList();

    private static StringContent Json(string s) => new(s, Encoding.UTF8, "application/json");

    /// <summary>Sends half of a body, then waits forever: the server is killed while it reads.</summary>
    private sealed class StallingContent(byte[] bytes, TaskCompletionSource halfSent) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
            await stream.FlushAsync();
            halfSent.TrySetResult();
            await Task.Delay(TimeSpan.FromSeconds(30));
            await stream.WriteAsync(bytes.AsMemory(bytes.Length / 2));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = bytes.Length;
            return true;
        }
    }

    [Fact]
    public async Task Killing_the_server_mid_capture_loses_no_acknowledged_document_and_shows_nothing_unacknowledged()
    {
        var workDir = Path.Combine(Path.GetTempPath(), "epcis-durability-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(workDir);
        var port = FreePort();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var acknowledged = new List<(string CaptureId, List<string> Ids)>();
        var unacknowledged = Ids(3000);

        using (var server = new ServerProcess(workDir, port))
        {
            await server.StartAsync();
            for (var i = 0; i < 3; i++)
            {
                var ids = Ids(50);
                var r = await http.PostAsync(server.Base + "/capture", Json(Document(ids)));
                Assert.Equal(HttpStatusCode.Accepted, r.StatusCode);
                acknowledged.Add((r.Headers.Location!.ToString(), ids));
            }
            // A large document: persisted raw and acknowledged, finished in the background (killed while it works).
            var large = Ids(6000);
            var big = await http.PostAsync(server.Base + "/capture", Json(Document(large)));
            Assert.Equal(HttpStatusCode.Accepted, big.StatusCode);
            acknowledged.Add((big.Headers.Location!.ToString(), large));

            // A document whose upload is cut by the crash: never acknowledged.
            var halfSent = new TaskCompletionSource();
            var cut = http.PostAsync(server.Base + "/capture", new StallingContent(Encoding.UTF8.GetBytes(Document(unacknowledged)), halfSent) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } });
            await halfSent.Task.WaitAsync(TimeSpan.FromSeconds(30));
            server.Kill();
            await Assert.ThrowsAnyAsync<Exception>(() => cut);
        }

        using (var server = new ServerProcess(workDir, port))
        {
            await server.StartAsync();
            foreach (var (location, ids) in acknowledged)
            {
                JsonElement job = default;
                for (var i = 0; i < 600; i++)
                {
                    job = JsonDocument.Parse(await http.GetStringAsync(server.Base + location)).RootElement;
                    if (!job.GetProperty("running").GetBoolean()) break;
                    await Task.Delay(100);
                }
                Assert.False(job.GetProperty("running").GetBoolean(), $"{location} never finished after the restart");
                Assert.True(job.GetProperty("success").GetBoolean(), job.ToString());
                foreach (var id in ids.Where((_, i) => i % 97 == 0 || i == ids.Count - 1))
                    Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(server.Base + "/events/" + Uri.EscapeDataString(id))).StatusCode);
            }
            foreach (var id in unacknowledged.Where((_, i) => i % 500 == 0))
                Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(server.Base + "/events/" + Uri.EscapeDataString(id))).StatusCode);
        }
        try { Directory.Delete(workDir, true); } catch (IOException) { }
    }
}
