using Epcis.Model.Events;
using Epcis.Model.Identifiers;
using Epcis.Storage.Rows;
using Epcis.Storage.Tests.Support;

namespace Epcis.Storage.Tests;

/// <summary>How an event becomes rows: what issue 4's queries will filter on.</summary>
public sealed class EventRowSetTests
{
    private const string Ns = "https://ns.example.com/epcis";

    private static EventRowSet Flatten(EpcisEvent e)
    {
        var set = new EventRowSet();
        set.Add(TestEvents.Stored(e), "cap", "org-1");
        return set;
    }

    [Fact]
    public void Identifiers_are_stored_in_canonical_Digital_Link_form_with_their_role()
    {
        var e = TestEvents.Object("urn:uuid:1");
        e.QuantityList = [new QuantityElement { EpcClass = "urn:epc:class:lgtin:4012345.012345.998877", Quantity = 200.5m, Uom = "KGM" }];

        var rows = Flatten(e);

        Assert.Equal(["epc", "epc", "class"], rows.Identifiers.Select(i => i.Role));
        Assert.Equal(DigitalLink.Canonical("urn:epc:id:sgtin:0614141.107346.0"), rows.Identifiers[0].Value);
        Assert.StartsWith("https://id.gs1.org/", rows.Identifiers[0].Value, StringComparison.Ordinal);
        Assert.Equal((200.5, "KGM"), (rows.Identifiers[2].Quantity!.Value, rows.Identifiers[2].Uom));
        Assert.Equal(DigitalLink.Canonical("urn:epc:id:sgln:0614141.07346.1234"), rows.Events[0].ReadPoint);
        Assert.Equal(("shipping", "in_transit", "org-1"), (rows.Events[0].BizStep, rows.Events[0].Disposition, rows.Events[0].Owner));
    }

    [Fact]
    public void Every_role_of_an_aggregation_and_a_transformation_is_recorded()
    {
        var e = new EpcisEvent
        {
            Type = EventType.TransformationEvent, EventId = "urn:uuid:t", EventTimeZoneOffset = "+00:00",
            ParentId = "urn:epc:id:sscc:0614141.1234567890",
            ChildEpcs = ["urn:epc:id:sgtin:0614141.107346.1"],
            InputEpcList = ["urn:epc:id:sgtin:0614141.107346.2"],
            OutputEpcList = ["urn:epc:id:sgtin:0614141.107346.3"],
            ChildQuantityList = [new QuantityElement { EpcClass = "urn:epc:idpat:sgtin:0614141.107346.*" }],
            InputQuantityList = [new QuantityElement { EpcClass = "urn:epc:idpat:sgtin:0614141.107346.*", Quantity = 1 }],
            OutputQuantityList = [new QuantityElement { EpcClass = "urn:epc:idpat:sgtin:0614141.107346.*", Quantity = 2 }],
            TransformationId = "urn:example:tx:1",
        };

        var rows = Flatten(e);

        Assert.Equal(["parent", "child", "input", "output", "child_class", "input_class", "output_class"], rows.Identifiers.Select(i => i.Role));
        Assert.Equal("urn:example:tx:1", rows.Events[0].TransformationId);
        Assert.Null(rows.Events[0].Action);
    }

    [Fact]
    public void Nested_extensions_are_flattened_with_depth_parent_and_typed_values()
    {
        var e = TestEvents.Object("urn:uuid:2");
        e.Extensions =
        [
            new ExtensionNode
            {
                Namespace = Ns, Name = "shipment",
                Children =
                [
                    ExtensionNode.Leaf(Ns, "weight", "12.5", ExtensionValueKind.Number),
                    ExtensionNode.Leaf(Ns, "departed", "2024-03-01T10:00:00+01:00"),
                    ExtensionNode.Leaf(Ns, "fragile", "true", ExtensionValueKind.Boolean),
                ],
            },
        ];
        e.Ilmd = [ExtensionNode.Leaf(Ns, "lot", "L42")];

        var fields = Flatten(e).Fields;

        Assert.Equal(["extension:shipment:0:", "extension:weight:1:0", "extension:departed:1:0", "extension:fragile:1:0", "ilmd:lot:0:"],
            fields.Select(f => $"{f.Scope}:{f.LocalName}:{f.Depth}:{f.ParentOrdinal}"));
        Assert.Null(fields[0].TextValue);
        Assert.Equal(12.5, fields[1].NumericValue);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.Zero), fields[2].TimeValue);
        Assert.Null(fields[3].NumericValue);
        Assert.Equal("L42", fields[4].TextValue);
    }

    [Fact]
    public void Sensor_elements_reports_and_their_extensions_become_rows()
    {
        var e = TestEvents.Object("urn:uuid:3");
        e.SensorElementList =
        [
            new SensorElement
            {
                Metadata = new SensorMetadata { DeviceId = "urn:epc:id:giai:4000001.111", Time = DateTimeOffset.UnixEpoch },
                Reports =
                [
                    new SensorReport { Type = "Temperature", Value = 21.5, Uom = "CEL", MinValue = 20, MaxValue = 23 },
                    new SensorReport { Type = "Humidity", StringValue = "dry", BooleanValue = true,
                        Extensions = [ExtensionNode.Leaf(Ns, "calibrated", "2024-01-01T00:00:00Z")] },
                ],
            },
        ];

        var rows = Flatten(e);

        Assert.Equal("urn:epc:id:giai:4000001.111", Assert.Single(rows.SensorElements).DeviceId);
        Assert.Equal([(0, 0, "Temperature", 21.5, "CEL"), (0, 1, "Humidity", (double?)null, (string?)null)],
            rows.SensorReports.Select(r => (r.SensorIndex, r.ReportIndex, r.Type, r.Value, r.Uom)));
        var ext = Assert.Single(rows.Fields, f => f.Scope == "sensor_report");
        Assert.Equal((0, 1), (ext.SensorIndex!.Value, ext.ReportIndex!.Value));
    }

    [Fact]
    public void Error_declarations_persistent_dispositions_and_sources_are_recorded()
    {
        var e = TestEvents.ErrorDeclarationOf(TestEvents.Object("urn:uuid:4"));
        e.PersistentDisposition = new PersistentDisposition { Set = ["completeness_verified"], Unset = ["completeness_inferred"] };
        e.SourceList = [new SourceDest { Type = "owning_party", Value = "urn:epc:id:pgln:0614141.00001" }];
        e.DestinationList = [new SourceDest { Type = "location", Value = "urn:epc:id:sgln:0614141.00002.0" }];
        e.CertificationInfo = ["https://cert.example.com/1"];

        var rows = Flatten(e);

        Assert.True(rows.Events[0].HasErrorDeclaration);
        Assert.Equal("incorrect_data", rows.Events[0].ErrorReason);
        Assert.Equal("urn:uuid:404d95fc-9457-4a51-bd6a-0bba133845a8", Assert.Single(rows.CorrectiveEvents).CorrectiveEventId);
        Assert.Equal(["set:completeness_verified", "unset:completeness_inferred"], rows.PersistentDispositions.Select(p => $"{p.Kind}:{p.Disposition}"));
        Assert.Equal(["source", "destination"], rows.SourcesDestinations.Select(s => s.Kind));
        Assert.Equal(DigitalLink.Canonical("urn:epc:id:pgln:0614141.00001"), rows.SourcesDestinations[0].Value);
        Assert.Equal("https://cert.example.com/1", Assert.Single(rows.Certifications).CertificationInfo);
    }

    [Theory]
    [InlineData("2024-03-01T10:00:00Z", true)]
    [InlineData("2024-03-01T10:00:00.123+02:00", true)]
    [InlineData("2024-03-01T10:00:00", false)]
    [InlineData("2024-03-01", false)]
    [InlineData("hello", false)]
    public void Only_zoned_timestamps_get_a_time_value(string text, bool isTime)
    {
        Assert.Equal(isTime, EventRowSet.Time(text).HasValue);
    }
}
