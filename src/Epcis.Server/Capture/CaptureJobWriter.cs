using System.Globalization;
using System.Text.Json;
using System.Xml;
using Epcis.Model.Serialization;
using Epcis.Server.Http;
using Epcis.Storage;

namespace Epcis.Server.Capture;

/// <summary>Writes capture jobs in JSON (CaptureJob schema) or XML (<c>epcis:EPCISCaptureJob</c>), EPCIS 2.0 REST binding.</summary>
internal static class CaptureJobWriter
{
    public static void WriteJson(Utf8JsonWriter w, CaptureJob job)
    {
        w.WriteStartObject();
        w.WriteString("captureID", job.CaptureId);
        w.WriteString("createdAt", Timestamps.Format(job.CreatedAt));
        if (job.FinishedAt is { } f) w.WriteString("finishedAt", Timestamps.Format(f));
        w.WriteBoolean("running", job.Running);
        w.WriteBoolean("success", job.Success);
        w.WriteString("captureErrorBehaviour", job.CaptureErrorBehaviour);
        w.WriteNumber("eventCount", job.EventCount);
        w.WriteStartArray("errors");
        foreach (var e in job.Errors) ProblemWriter.WriteJsonObject(w, e.Type, e.Title, e.Status, e.Detail, e.Instance);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteXml(XmlWriter w, CaptureJob job)
    {
        w.WriteStartElement("epcis", "EPCISCaptureJob", "urn:epcglobal:epcis:xsd:2");
        w.WriteAttributeString("captureID", job.CaptureId);
        w.WriteAttributeString("running", job.Running ? "true" : "false");
        w.WriteAttributeString("success", job.Success ? "true" : "false");
        w.WriteElementString("captureErrorBehaviour", job.CaptureErrorBehaviour);
        w.WriteElementString("createdAt", Timestamps.Format(job.CreatedAt));
        if (job.FinishedAt is { } f) w.WriteElementString("finishedAt", Timestamps.Format(f));
        w.WriteStartElement("errors");
        foreach (var e in job.Errors)
        {
            w.WriteStartElement("error");
            w.WriteElementString("type", e.Type);
            w.WriteElementString("title", e.Title);
            w.WriteElementString("status", e.Status.ToString(CultureInfo.InvariantCulture));
            if (e.Detail != null) w.WriteElementString("detail", e.Detail);
            if (e.Instance != null) w.WriteElementString("instance", e.Instance);
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
    }

    /// <summary>Writes one job in the client's format.</summary>
    public static async Task WriteAsync(HttpContext http, CaptureJob job)
    {
        var xml = MediaTypes.ResponseFormat(http.Request) == BodyFormat.Xml;
        var ms = new MemoryStream();
        if (xml)
        {
            using (var w = XmlWriter.Create(ms, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) })) WriteXml(w, job);
            http.Response.ContentType = MediaTypes.Xml;
        }
        else
        {
            using (var w = new Utf8JsonWriter(ms)) WriteJson(w, job);
            http.Response.ContentType = MediaTypes.Json;
        }
        ms.Position = 0;
        await ms.CopyToAsync(http.Response.Body, http.RequestAborted);
    }

    /// <summary>Writes a page of jobs (a JSON array, or an XML list of EPCISCaptureJob elements).</summary>
    public static async Task WriteListAsync(HttpContext http, IReadOnlyList<CaptureJob> jobs)
    {
        var xml = MediaTypes.ResponseFormat(http.Request) == BodyFormat.Xml;
        var ms = new MemoryStream();
        if (xml)
        {
            using (var w = XmlWriter.Create(ms, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) }))
            {
                w.WriteStartElement("epcis", "EPCISCaptureJobList", "urn:epcglobal:epcis:xsd:2");
                foreach (var j in jobs) WriteXml(w, j);
                w.WriteEndElement();
            }
            http.Response.ContentType = MediaTypes.Xml;
        }
        else
        {
            using (var w = new Utf8JsonWriter(ms))
            {
                w.WriteStartArray();
                foreach (var j in jobs) WriteJson(w, j);
                w.WriteEndArray();
            }
            http.Response.ContentType = MediaTypes.Json;
        }
        ms.Position = 0;
        await ms.CopyToAsync(http.Response.Body, http.RequestAborted);
    }
}
