using Epcis.Model.Events;
using Epcis.Model.MasterData;
using Epcis.Model.Serialization.JsonLd;
using Epcis.Model.Serialization.Xml;

namespace Epcis.Storage.Tests.Oracle;

/// <summary>
/// The events every database of the oracle suite holds: each GS1 JSON example (../shared/gs1/JSON), each GS1 XML example
/// (../shared/gs1/XML except CaptureJob, ../shared/gs1/XSL/1.2/XML) plus synthetic events
/// that give every parameter family something to find. Events get distinct eventIDs and record times.
/// </summary>
public static class OracleData
{
    public const string ExampleNs = "https://ns.example.com/epcis/";
    public const string ReadPointType = "urn:epcglobal:epcis:vtype:ReadPoint";
    public const string BizLocationType = "urn:epcglobal:epcis:vtype:BusinessLocation";
    private static readonly DateTimeOffset T0 = new(2024, 5, 1, 8, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<(List<EpcisEvent> Events, List<MasterVocabulary> MasterData)> Data = new(Build);

    public static IReadOnlyList<EpcisEvent> Events => Data.Value.Events;

    public static IReadOnlyList<MasterVocabulary> MasterData => Data.Value.MasterData;

    /// <summary>The shared reference data folder (<c>../shared</c> beside the repository, or <c>EPCIS_SHARED</c>).</summary>
    public static string SharedRoot()
    {
        var env = Environment.GetEnvironmentVariable("EPCIS_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "gs1"))) return candidate;
        }
        throw new DirectoryNotFoundException("../shared with gs1/ was not found; set EPCIS_SHARED");
    }

    private static (List<EpcisEvent>, List<MasterVocabulary>) Build()
    {
        var events = new List<EpcisEvent>();
        var master = new List<MasterVocabulary>();
        foreach (string file in Directory.EnumerateFiles(Path.Combine(SharedRoot(), "gs1", "JSON"), "*.jsonld", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            try
            {
                using var s = File.OpenRead(file);
                var doc = EpcisJsonReader.ReadDocument(s);
                events.AddRange(doc.Events);
                master.AddRange(doc.Header.MasterData);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // An example the reader rejects is not query data.
            }
        }
        // The XML examples too (EPCIS 2.0 XML and the 1.2 XSL samples, read by EpcisXmlReader), so that every query
        // family also runs over XML-captured data. CaptureJob holds capture-job resources, not EPCIS documents.
        int firstXml = events.Count;
        var xmlFiles = Directory.EnumerateFiles(Path.Combine(SharedRoot(), "gs1", "XML"), "*.xml", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Contains("CaptureJob"))
            .Concat(Directory.EnumerateFiles(Path.Combine(SharedRoot(), "gs1", "XSL", "1.2", "XML"), "*.xml"))
            .Order(StringComparer.Ordinal);
        foreach (string file in xmlFiles)
        {
            try
            {
                using var s = File.OpenRead(file);
                var doc = EpcisXmlReader.ReadDocument(s);
                events.AddRange(doc.Events);
                master.AddRange(doc.Header.MasterData);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // An example the reader rejects (or a master-data-only document it does not read) is not query data.
            }
        }
        int xmlCount = events.Count - firstXml;
        events.AddRange(Synthetic());
        master.AddRange(SyntheticMasterData());

        var seen = new HashSet<(string, bool)>();
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.EventId is null || !seen.Add((e.EventId, e.ErrorDeclaration is not null)))
            {
                e.EventId = $"urn:uuid:00000000-0000-4000-8000-{i:D12}";
                seen.Add((e.EventId, e.ErrorDeclaration is not null));
            }
            e.RecordTime = T0.AddMinutes(i);
        }
        XmlIds = events.Skip(firstXml).Take(xmlCount).Select(e => e.EventId!).ToHashSet(StringComparer.Ordinal);
        return (events, master);
    }

    private static HashSet<string> XmlIds = [];

    /// <summary>The eventIDs (as stored) of the events read from the XML examples.</summary>
    public static IReadOnlySet<string> XmlEventIds
    {
        get
        {
            _ = Data.Value;
            return XmlIds;
        }
    }

    private static string Sscc(string digits17) =>
        "https://id.gs1.org/00/" + digits17 + Epcis.Model.Identifiers.Gs1CheckDigit.Compute(digits17).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static ExtensionNode Leaf(string name, string value, ExtensionValueKind kind = ExtensionValueKind.String) =>
        ExtensionNode.Leaf(ExampleNs, name, value, kind, "example");

    private static IEnumerable<EpcisEvent> Synthetic()
    {
        string[] steps = ["shipping", "receiving", "packing", "urn:example:bizstep:custom"];
        for (int n = 0; n < 24; n++)
        {
            var e = new EpcisEvent
            {
                Type = (n % 3) switch { 0 => EventType.ObjectEvent, 1 => EventType.AggregationEvent, _ => EventType.TransactionEvent },
                EventId = $"urn:uuid:5e000000-0000-4000-8000-{n:D12}",
                EventTime = T0.AddHours(n).AddMilliseconds(n * 7),
                EventTimeZoneOffset = "+02:00",
                Action = (n % 3) switch { 0 => EventAction.ADD, 1 => EventAction.OBSERVE, _ => EventAction.DELETE },
                BizStep = steps[n % steps.Length],
                Disposition = n % 2 == 0 ? "in_transit" : "active",
                ReadPoint = new Location { Id = n % 4 == 0 ? "urn:example:rp:grandchild" : n % 4 == 1 ? "urn:example:rp:child" : "urn:epc:id:sgln:0614141.07346.1234" },
                BizLocation = new Location { Id = n % 2 == 0 ? "urn:epc:id:sgln:0614141.00888.0" : "https://id.gs1.org/414/4012345000016" },
            };
            if (e.Type == EventType.AggregationEvent)
            {
                e.ParentId = n % 2 == 0 ? $"urn:epc:id:sscc:0614141.{1234567890 + n}" : Sscc($"04012345{n:D9}");
                e.ChildEpcs = [$"urn:epc:id:sgtin:0614141.107346.{n}", $"urn:epc:id:grai:4012345.55555.{n}"];
                e.ChildQuantityList = [new QuantityElement { EpcClass = "urn:epc:class:lgtin:4012345.012345.L" + n, Quantity = n, Uom = "KGM" }];
            }
            else
            {
                e.EpcList = [$"urn:epc:id:sgtin:0614141.107346.{n}", $"https://id.gs1.org/01/04012345111118/21/S{n}", $"urn:epc:id:giai:4000001.{n}"];
                e.QuantityList = [new QuantityElement { EpcClass = n % 2 == 0 ? "urn:epc:class:lgtin:4012345.012345.L" + n : "https://id.gs1.org/01/04012345123456", Quantity = 100 * n, Uom = n % 2 == 0 ? "GRM" : null }];
            }
            e.BizTransactionList = [new BizTransaction { Type = n % 2 == 0 ? "po" : "desadv", Value = $"urn:epcglobal:cbv:bt:0614141073467:{n % 5}" }];
            e.SourceList = [new SourceDest { Type = "owning_party", Value = "urn:epc:id:pgln:0614141.00001" }];
            e.DestinationList = [new SourceDest { Type = "location", Value = n % 2 == 0 ? "urn:epc:id:sgln:4012345.00001.0" : "urn:example:loc:9" }];
            if (n % 4 == 2) e.PersistentDisposition = new PersistentDisposition { Set = ["completeness_verified"], Unset = ["completeness_inferred"] };
            e.Extensions =
            [
                Leaf("myField", "value" + (n % 3)),
                Leaf("temp", (n * 1.5).ToString(System.Globalization.CultureInfo.InvariantCulture), ExtensionValueKind.Number),
                Leaf("when", T0.AddDays(n).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)),
                Leaf("site", "urn:example:site:" + (n % 3)),
                new ExtensionNode { Namespace = ExampleNs, Name = "outer", Prefix = "example", Children = [Leaf("inner", "in" + (n % 2)), new ExtensionNode { Namespace = "", Name = "elt1", Value = "x" + (n % 2) }] },
            ];
            if (e.Type == EventType.ObjectEvent) e.Ilmd = [Leaf("lot", "LOT" + (n % 2)), new ExtensionNode { Namespace = ExampleNs, Name = "batch", Prefix = "example", Children = [Leaf("n", n.ToString(System.Globalization.CultureInfo.InvariantCulture), ExtensionValueKind.Number)] }];
            if (n % 5 == 3)
            {
                e.ErrorDeclaration = new ErrorDeclaration
                {
                    DeclarationTime = T0.AddDays(n),
                    Reason = n % 2 == 0 ? "did_not_occur" : "incorrect_data",
                    CorrectiveEventIds = ["urn:uuid:c0000000-0000-4000-8000-00000000000" + (n % 3)],
                    Extensions = [Leaf("why", "typo")],
                };
            }
            if (n % 3 != 2)
            {
                string[] uoms = ["CEL", "KEL", "FAH"];
                double[] values = [20 + n, 293.15 + n, 68 + n * 1.8];
                var report = new SensorReport
                {
                    Type = n % 2 == 0 ? "Temperature" : "RelativeHumidity",
                    Value = n % 2 == 0 ? values[n % 3] : 40 + n,
                    Uom = n % 2 == 0 ? uoms[n % 3] : "P1",
                    MinValue = n, MaxValue = n + 10, MeanValue = n + 5, SDev = 0.5 * n, PercRank = 10 * (n % 10), PercValue = n + 2,
                    Time = T0.AddHours(n).AddMinutes(30),
                    DeviceId = n % 2 == 0 ? "urn:example:dev:1" : null,
                    Microorganism = n % 4 == 0 ? "https://www.ncbi.nlm.nih.gov/taxonomy/1126011" : null,
                    ChemicalSubstance = n % 4 == 1 ? "https://identifiers.org/inchikey:CZMRCDWAGMRECN-UGDNZRGBSA-N" : null,
                    StringValue = n % 3 == 0 ? "SSCC" : null,
                    BooleanValue = n % 2 == 0,
                    HexBinaryValue = n % 4 == 0 ? "F0F0" : null,
                    UriValue = n % 4 == 1 ? "urn:example:u" : null,
                    DataProcessingMethod = n % 4 == 3 ? "urn:example:m" : null,
                    Extensions = [Leaf("c", (n % 7).ToString(System.Globalization.CultureInfo.InvariantCulture), ExtensionValueKind.Number)],
                };
                e.SensorElementList =
                [
                    new SensorElement
                    {
                        Metadata = new SensorMetadata
                        {
                            Time = T0.AddHours(n), StartTime = T0.AddHours(n - 1), EndTime = T0.AddHours(n + 1),
                            DeviceId = n % 4 == 1 ? "urn:example:dev:2" : null, BizRules = n % 2 == 1 ? "urn:example:rules" : null,
                            Extensions = [Leaf("b", "meta" + (n % 2))],
                        },
                        Reports = [report],
                        Extensions = [Leaf("a", (n % 4).ToString(System.Globalization.CultureInfo.InvariantCulture), ExtensionValueKind.Number)],
                    },
                ];
            }
            if (n % 6 == 5)
            {
                e.Type = EventType.TransformationEvent;
                e.Action = null;
                e.ParentId = null;
                e.EpcList = null;
                e.ChildEpcs = null;
                e.QuantityList = [];
                e.ChildQuantityList = [];
                e.TransformationId = "urn:example:xform:" + (n % 2);
                e.InputEpcList = [$"urn:epc:id:sgtin:4012345.011111.{n}"];
                e.OutputEpcList = [$"urn:epc:id:sgtin:4012345.022222.{n}"];
                e.InputQuantityList = [new QuantityElement { EpcClass = "https://id.gs1.org/01/04012345123456/10/IN" + n, Quantity = 2.5m, Uom = "LBR" }];
                e.OutputQuantityList = [new QuantityElement { EpcClass = "urn:epc:idpat:sgtin:4012345.098765.*", Quantity = 7 }];
            }
            yield return e;
        }
    }

    private static MasterVocabulary Vocabulary(string type, params (string Id, string Attribute, string Value)[] elements) => new()
    {
        Type = type,
        Elements = elements.Select(x => new VocabularyElement { Id = x.Id, Attributes = [new MasterDataAttribute { Id = x.Attribute, Value = x.Value }] }).ToList(),
    };

    private static IEnumerable<MasterVocabulary> SyntheticMasterData()
    {
        // Master data of every vocabulary-typed field (HASATTR_/EQATTR_), captured in other spellings than the events use.
        yield return Vocabulary("urn:epcglobal:epcis:vtype:BusinessStep", ("urn:epcglobal:cbv:bizstep:shipping", "urn:example:mda#flag", "outbound"),
            ("urn:example:bizstep:custom", "urn:example:mda#flag", "custom"));
        yield return Vocabulary("urn:epcglobal:epcis:vtype:Disposition", ("https://ref.gs1.org/cbv/Disp-in_transit", "urn:example:mda#flag", "moving"));
        yield return Vocabulary("urn:epcglobal:epcis:vtype:EPCClass", ("urn:epc:class:lgtin:4012345.012345.L4", "urn:example:mda#grade", "A"),
            ("https://id.gs1.org/01/04012345123456", "urn:example:mda#grade", "B"));
        yield return Vocabulary("urn:epcglobal:epcis:vtype:BusinessTransaction", ("urn:epcglobal:cbv:bt:0614141073467:2", "urn:example:mda#status", "open"));
        yield return Vocabulary("urn:epcglobal:epcis:vtype:BusinessTransactionType", ("urn:epcglobal:cbv:btt:desadv", "urn:example:mda#doc", "despatch advice"));
        yield return Vocabulary("urn:epcglobal:epcis:vtype:SourceDest", ("urn:epc:id:pgln:0614141.00001", "urn:example:mda#role", "owner"),
            ("urn:example:loc:9", "urn:example:mda#role", "depot"));
        yield return Vocabulary("urn:epcglobal:epcis:vtype:SourceDestType", ("https://ref.gs1.org/cbv/SDT-location", "urn:example:mda#kind", "place"));
        yield return Vocabulary("urn:example:vtype:Site", ("urn:example:site:1", "urn:example:mda#region", "north"), ("urn:example:site:2", "urn:example:mda#region", "south"));

        yield return new MasterVocabulary
        {
            Type = ReadPointType,
            Elements =
            [
                new VocabularyElement { Id = "urn:example:rp:root", Children = ["urn:example:rp:child"], Attributes = [new MasterDataAttribute { Id = "urn:epcglobal:cbv:mda#sst", Value = "201" }] },
                new VocabularyElement { Id = "urn:example:rp:child", Children = ["urn:example:rp:grandchild"], Attributes = [new MasterDataAttribute { Id = "urn:epcglobal:cbv:mda#sst", Value = "202" }] },
                new VocabularyElement { Id = "urn:epc:id:sgln:0614141.07346.1234", Attributes = [new MasterDataAttribute { Id = "urn:epcglobal:cbv:mda#name", Value = "Dock 4" }] },
            ],
        };
        yield return new MasterVocabulary
        {
            Type = BizLocationType,
            Elements =
            [
                new VocabularyElement { Id = "urn:epc:id:sgln:0614141.00777.0", Children = ["https://id.gs1.org/414/0614141008889"] },
                new VocabularyElement { Id = "urn:epc:id:sgln:0614141.00888.0", Attributes = [new MasterDataAttribute { Id = "urn:epcglobal:cbv:mda#sst", Value = "203" }] },
            ],
        };
    }
}
