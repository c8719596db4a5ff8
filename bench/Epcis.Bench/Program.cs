using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Epcis.Bench;

if (args.Length > 0 && args[0] == PeakMemory.ChildFlag) return PeakMemory.Child(args[1..]);
if (args.Length > 0 && args[0] == "--peak-memory") return PeakMemory.Run(args[1..]);

// Host process: generate the workload before BenchmarkDotNet starts its child processes, and print the sizes
// the throughput columns use.
var data = BenchData.Load();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Workload: {Workload.BenchEvents} events; JSON-LD in {data.Json.Length:N0} B, XML in {data.Xml.Length:N0} B, " +
    $"JSON-LD out {data.JsonOut:N0} B, XML out {data.XmlOut:N0} B ({Workload.DataDir()})"));

var config = DefaultConfig.Instance
    .AddColumn(ThroughputColumn.Events(data), ThroughputColumn.Megabytes(data))
    .WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args, config);
return 0;
