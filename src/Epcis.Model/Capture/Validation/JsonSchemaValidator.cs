using System.Text.Json;
using Epcis.Model.Errors;
using Epcis.Model.Serialization;
using Json.Schema;

namespace Epcis.Model.Capture.Validation;

/// <summary>
/// Validates JSON events against the project's own EPCIS 2.0 JSON Schema (schemas/json/epcis-2.0.schema.json,
/// embedded), one event at a time so that memory stays bounded and every error carries the event's JSON pointer.
/// </summary>
/// <remarks>
/// JsonSchema.Net is run with <see cref="OutputFormat.Flag"/> first (about 7× cheaper); only an invalid event is
/// re-evaluated with hierarchical output to collect located messages (libraries.md §2).
/// </remarks>
public sealed class JsonSchemaValidator : IJsonEventValidator
{
    private const string SchemaId = "https://epcis.example/schemas/epcis-2.0.schema.json";
    private static readonly Lazy<JsonSchemaValidator> Shared = new(() => new JsonSchemaValidator());

    private readonly JsonSchema _event;
    private readonly JsonSchema _standaloneEvent;

    /// <summary>The process-wide instance (the schema is compiled once).</summary>
    public static JsonSchemaValidator Instance => Shared.Value;

    private JsonSchemaValidator()
    {
        var registry = new SchemaRegistry();
        var build = new BuildOptions { SchemaRegistry = registry };
        using var s = typeof(JsonSchemaValidator).Assembly.GetManifestResourceStream("Epcis.Schemas.json/epcis-2.0.schema.json")
            ?? throw new InvalidOperationException("The embedded EPCIS JSON Schema is missing");
        using var reader = new StreamReader(s);
        JsonSchema.FromText(reader.ReadToEnd(), build);
        _event = JsonSchema.FromText($$"""{"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:epcis:event","$ref":"{{SchemaId}}#/definitions/event"}""", build);
        _standaloneEvent = JsonSchema.FromText($$"""{"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:epcis:standalone","$ref":"{{SchemaId}}#/definitions/standaloneEvent"}""", build);
    }

    private static readonly EvaluationOptions Fast = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };
    private static readonly EvaluationOptions Detailed = new() { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true };

    /// <inheritdoc />
    public void Validate(JsonElement jsonEvent, string pointer, List<ValidationError> errors)
    {
        var schema = pointer.Length == 0 ? _standaloneEvent : _event;
        if (schema.Evaluate(jsonEvent, Fast).IsValid) return;
        var before = errors.Count;
        Collect(schema.Evaluate(jsonEvent, Detailed), pointer, errors);
        if (errors.Count == before) errors.Add(new ValidationError(pointer, "the event does not match the EPCIS 2.0 JSON Schema"));
    }

    private static void Collect(EvaluationResults r, string pointer, List<ValidationError> errors)
    {
        if (r.IsValid) return;
        // Branches of if/then dispatch report their own failures; the 'if' part failing is not an error.
        if (r.EvaluationPath.ToString().EndsWith("/if", StringComparison.Ordinal)) return;
        if (r.Errors != null)
            foreach (var (keyword, message) in r.Errors)
            {
                var at = pointer + r.InstanceLocation;
                var field = at[(at.LastIndexOf('/') + 1)..];
                var e = new ValidationError(at, $"{(field.Length > 0 ? field + ": " : "")}{message} ({keyword})");
                if (!errors.Contains(e)) errors.Add(e);
            }
        if (r.Details != null) foreach (var d in r.Details) Collect(d, pointer, errors);
    }
}
