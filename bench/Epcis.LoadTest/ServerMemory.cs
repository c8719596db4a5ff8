using System.Globalization;

namespace Epcis.LoadTest;

/// <summary>
/// Watches another process's memory through /proc (Linux): resets its peak RSS, samples VmRSS every 100 ms
/// (bounded by the caller's cancellation) and reads VmHWM at the end. Figures in MiB.
/// </summary>
internal sealed class ServerMemory(int pid)
{
    private readonly string _status = $"/proc/{pid}/status";
    private double _maxSampled;

    public double BeforeMiB { get; private set; } = double.NaN;
    public bool PeakReset { get; private set; }
    public double MaxSampledMiB => _maxSampled;

    /// <summary>Resets the high-water mark to the current RSS (writes 5 to clear_refs) and notes the RSS before the run.</summary>
    public void Reset()
    {
        try
        {
            File.WriteAllText($"/proc/{pid}/clear_refs", "5");
            PeakReset = true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"warning: cannot reset the peak RSS of {pid} ({ex.Message}); VmHWM then covers the process's whole life");
        }
        BeforeMiB = Read("VmRSS:");
        _maxSampled = BeforeMiB;
    }

    /// <summary>Samples VmRSS until cancelled (at most one sample per 100 ms).</summary>
    public async Task SampleAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var rss = Read("VmRSS:");
            if (rss > _maxSampled) _maxSampled = rss;
            try
            {
                await Task.Delay(100, ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public double HighWaterMiB() => Read("VmHWM:");

    public double CurrentMiB() => Read("VmRSS:");

    private double Read(string key)
    {
        try
        {
            foreach (var line in File.ReadLines(_status))
            {
                if (!line.StartsWith(key, StringComparison.Ordinal)) continue;
                var kb = line[key.Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) / 1024.0;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
        }
        return double.NaN;
    }
}
