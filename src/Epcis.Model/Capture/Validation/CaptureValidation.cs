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
        ValidateXml = true,
        Rules = EventRules.Instance,
    };
}
