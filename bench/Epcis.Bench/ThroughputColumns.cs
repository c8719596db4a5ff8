using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Epcis.Bench;

/// <summary>Events/s and MB/s derived from the mean time of one operation (= one 10,000-event document).</summary>
public sealed class ThroughputColumn : IColumn
{
    private readonly bool _bytes;
    private readonly BenchData _data;

    private ThroughputColumn(bool bytes, BenchData data)
    {
        _bytes = bytes;
        _data = data;
    }

    /// <summary>The events/s column.</summary>
    public static ThroughputColumn Events(BenchData data) => new(false, data);

    /// <summary>The MB/s column (1 MB = 10^6 bytes).</summary>
    public static ThroughputColumn Megabytes(BenchData data) => new(true, data);

    public string Id => _bytes ? "Epcis.MBps" : "Epcis.EventsPerSec";
    public string ColumnName => _bytes ? "MB/s" : "Events/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => _bytes ? 1 : 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => _bytes
        ? "Document bytes / mean time, 10^6 B/s (input doc for reads, produced doc for writes)"
        : $"{Workload.BenchEvents} events / mean time";

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var meanNs = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (meanNs is not > 0) return "-";
        var seconds = meanNs.Value / 1e9;
        if (!_bytes) return (Workload.BenchEvents / seconds).ToString("N0", CultureInfo.InvariantCulture);
        var bytes = benchmarkCase.Descriptor.Categories.FirstOrDefault() switch
        {
            "json" => _data.Json.Length,
            "xml" => _data.Xml.Length,
            "write-json" => _data.JsonOut,
            "write-xml" => _data.XmlOut,
            _ => 0,
        };
        return bytes == 0 ? "-" : (bytes / seconds / 1e6).ToString("N1", CultureInfo.InvariantCulture);
    }

    public override string ToString() => ColumnName;
}
