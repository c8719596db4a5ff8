using Epcis.Model.Serialization;

namespace Epcis.Model.Capture.Validation;

/// <summary>Ready-made reader options for the capture pipeline.</summary>
public static class CaptureValidation
{
    /// <summary>Full validation: JSON Schema per event (JSON), XSD (XML), and the semantic <see cref="EventRules"/>.</summary>
    public static EpcisReaderOptions Strict(int maxDepth = 64) => new()
    {
        MaxDepth = maxDepth,
        JsonSchema = JsonSchemaValidator.Instance,
        JsonSchemaMode = JsonSchemaMode.Always,
        ValidateXml = true,
        Rules = EventRules.Instance,
    };

    /// <summary>
    /// Capture validation at full speed: the typed reader and <see cref="EventRules"/> judge every event, the JSON
    /// Schema explains the ones they reject (<see cref="JsonSchemaMode.OnRejection"/>); XSD for XML as in <see cref="Strict"/>.
    /// </summary>
    public static EpcisReaderOptions Fast(int maxDepth = 64) => new()
    {
        MaxDepth = maxDepth,
        JsonSchema = JsonSchemaValidator.Instance,
        JsonSchemaMode = JsonSchemaMode.OnRejection,
        ValidateXml = true,
        Rules = EventRules.Instance,
    };
}
