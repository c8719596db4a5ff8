using System.Text.Json;
using System.Xml;
using Epcis.Model.Errors;

namespace Epcis.Server.Http;

/// <summary>Writes an <see cref="EpcisException"/> as RFC 7807 problem details in JSON or XML (EPCIS 2.0 §12.4): the one place errors are formatted.</summary>
internal static class ProblemWriter
{
    /// <summary>Writes the problem for <paramref name="ex"/> with its status, in the format the client accepts.</summary>
    public static async Task WriteAsync(HttpContext http, EpcisException ex, int? status = null)
    {
        var response = http.Response;
        response.StatusCode = status ?? ex.HttpStatus;
        var xml = MediaTypes.ResponseFormat(http.Request) == BodyFormat.Xml;
        response.ContentType = xml ? MediaTypes.ProblemXml : MediaTypes.ProblemJson;
        var errors = ex is ValidationException v ? v.Errors : [];
        var ms = new MemoryStream();
        if (xml) WriteXml(ms, ex, response.StatusCode, http.Request.Path, errors);
        else WriteJson(ms, ex, response.StatusCode, http.Request.Path, errors);
        ms.Position = 0;
        await ms.CopyToAsync(response.Body, http.RequestAborted);
    }

    /// <summary>The problem as a JSON object written into an open writer (capture jobs embed these).</summary>
    public static void WriteJsonObject(Utf8JsonWriter w, string type, string title, int status, string? detail, string? instance)
    {
        w.WriteStartObject();
        w.WriteString("type", type);
        w.WriteString("title", title);
        w.WriteNumber("status", status);
        if (detail != null) w.WriteString("detail", detail);
        if (instance != null) w.WriteString("instance", instance);
        w.WriteEndObject();
    }

    private static void WriteJson(Stream s, EpcisException ex, int status, string path, IReadOnlyList<ValidationError> errors)
    {
        using var w = new Utf8JsonWriter(s);
        w.WriteStartObject();
        w.WriteString("type", ex.ProblemType);
        w.WriteString("title", Title(ex));
        w.WriteNumber("status", status);
        w.WriteString("detail", ex.Message);
        w.WriteString("instance", path);
        if (errors.Count > 0)
        {
            w.WriteStartArray("errors");
            foreach (var e in errors.Take(1000))
            {
                w.WriteStartObject();
                w.WriteString("location", e.Location);
                w.WriteString("message", e.Message);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void WriteXml(Stream s, EpcisException ex, int status, string path, IReadOnlyList<ValidationError> errors)
    {
        using var w = XmlWriter.Create(s, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        w.WriteStartElement("epcis", "EPCISException", "urn:epcglobal:epcis:xsd:2");
        w.WriteElementString("type", ex.ProblemType);
        w.WriteElementString("title", Title(ex));
        w.WriteElementString("status", status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.WriteElementString("detail", ex.Message);
        w.WriteElementString("instance", path);
        if (errors.Count > 0)
        {
            w.WriteStartElement("errors");
            foreach (var e in errors.Take(1000))
            {
                w.WriteStartElement("error");
                w.WriteAttributeString("location", e.Location);
                w.WriteString(e.Message);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    /// <summary>A short human title per exception type.</summary>
    public static string Title(EpcisException ex) => ex.TypeName switch
    {
        "ValidationException" => "The document or event is invalid",
        "CaptureLimitExceededException" => "The capture exceeds the server's limits",
        "ResourceAlreadyExistsException" => "The resource already exists",
        "NoSuchResourceException" => "No such resource",
        "UnsupportedMediaTypeException" => "Unsupported media type",
        "NotAcceptableException" => "Not acceptable",
        "QueryParameterException" => "Invalid query parameter",
        "QueryTooLargeException" => "Query result too large",
        _ => "Server error",
    };
}
