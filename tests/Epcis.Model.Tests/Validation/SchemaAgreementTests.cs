using System.Text.Json;
using Epcis.Model.Capture.Validation;
using Epcis.Model.Errors;
using Epcis.Model.Serialization;
using Epcis.Model.Serialization.JsonLd;
using Epcis.Model.Tests.Support;

namespace Epcis.Model.Tests.Validation;

/// <summary>
/// The fast capture path (<see cref="JsonSchemaMode.OnRejection"/>) lets the typed reader and <see cref="EventRules"/>
/// judge events and runs the JSON Schema only on rejects. That is only sound if both judges agree; this suite checks
/// they do, event by event, on every JSON document of the shared corpora, valid and invalid. The direction that
/// matters is "the typed path accepts ⇒ the schema accepts": where the typed path is stricter (check digits of GS1
/// keys, made-up terms in GS1's CBV namespace), both modes reject the event alike.
/// </summary>
public class SchemaAgreementTests
{
    private sealed class Recorder : IJsonEventValidator
    {
        public readonly Dictionary<string, List<ValidationError>> ByPointer = new();

        public void Validate(JsonElement jsonEvent, string pointer, List<ValidationError> errors)
        {
            var mine = new List<ValidationError>();
            JsonSchemaValidator.Instance.Validate(jsonEvent, pointer, mine);
            ByPointer[pointer] = mine;
            errors.AddRange(mine);
        }
    }

    public static TheoryData<string> JsonDocuments()
    {
        var data = new TheoryData<string>();
        foreach (var f in SharedData.Files("gs1/JSON", "*.jsonld")) data.Add(f);
        data.Add("gs1/XML/WithEventHashID/event_with_identical_hash_id_7.json");
        foreach (var f in SharedData.Files("gs1/JSON-Schema/test", "*.json", recursive: false)) data.Add(f);
        foreach (var f in SharedData.Files("corpus/ralphtro-epcis-event-hash-generator/expected_equal", "*.json")) data.Add(f);
        foreach (var folder in new[] { "Documents", "Invalid" })
            foreach (var f in SharedData.Files($"corpus/openepcis-test-resources/2.0/EPCIS/JSON/Capture/{folder}", "*.json")) data.Add(f);
        foreach (var f in SharedData.Files("corpus/ralphtro-epcis-event-hash-generator/examples", "*.jsonld")) data.Add(f);
        foreach (var f in SharedData.Files("corpus/openepcis-event-sentry", "*.json")) data.Add(f);
        foreach (var f in SharedData.Files("corpus/openepcis-document-validation-service", "*.json")) data.Add(f);
        foreach (var f in SharedData.Files("corpus/evrythng-epcis2js", "*.json")) data.Add(f);
        return data;
    }

    [Theory]
    [MemberData(nameof(JsonDocuments))]
    public void Every_event_the_typed_reader_accepts_the_JSON_Schema_accepts_too(string path)
    {
        var recorder = new Recorder();
        var options = new EpcisReaderOptions { JsonSchema = recorder, JsonSchemaMode = JsonSchemaMode.Always, Rules = EventRules.Instance };
        var events = new List<ReadEvent>();
        try
        {
            using var s = File.OpenRead(SharedData.Path(path));
            foreach (var e in new EpcisJsonReader(s, options).ReadEvents()) events.Add(e);
        }
        catch (ValidationException)
        {
            // Document-level problems are judged the same way in both modes; only events are compared here.
        }
        var disagreements = new List<string>();
        foreach (var e in events)
        {
            var schema = recorder.ByPointer.GetValueOrDefault(e.Location) ?? [];
            var typed = e.Errors.Where(x => !schema.Contains(x)).ToList();
            var schemaValid = schema.Count == 0;
            var typedValid = typed.Count == 0 && e.Event != null;
            if (typedValid && !schemaValid)
                disagreements.Add($"{e.Location}: schema says {(schemaValid ? "valid" : string.Join("; ", schema))}, typed reader says {(typedValid ? "valid" : string.Join("; ", typed))}");
        }
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }
}
