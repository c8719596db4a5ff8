using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Epcis.Server.OpenApi;

/// <summary>
/// Documents what the minimal-API handlers read from the request themselves: the paging parameters, the GS1 version and
/// format headers, and (on the event-returning GETs) that any SimpleEventQuery parameter may follow.
/// </summary>
internal sealed class EpcisHeadersOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var method = context.ApiDescription.HttpMethod ?? "";
        var path = "/" + (context.ApiDescription.RelativePath ?? "");
        if (!string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase)) return;
        operation.Parameters ??= [];
        foreach (var h in new[] { "GS1-EPCIS-Min", "GS1-EPCIS-Max", "GS1-CBV-Min", "GS1-CBV-Max" })
            Add(operation, h, ParameterLocation.Header, "Acceptable version range; 406 when it excludes 2.0.0.");
        var events = path.EndsWith("/events", StringComparison.Ordinal) || path.StartsWith("/events/", StringComparison.Ordinal);
        var list = events || path is "/eventTypes" or "/epcs" or "/bizSteps" or "/bizLocations" or "/readPoints" or "/dispositions" or "/queries";
        if (events || path is "/epcs" or "/bizLocations" or "/readPoints")
            Add(operation, "GS1-EPC-Format", ParameterLocation.Header, "Always_GS1_Digital_Link (default), Always_EPC_URN, No_Preference, Never_Translates.");
        if (events)
            Add(operation, "GS1-CBV-XML-Format", ParameterLocation.Header, "XML only: Always_URN (default), Always_Web_URI, No_Preference, Never_Translates.");
        if (list && !path.StartsWith("/events/", StringComparison.Ordinal))
        {
            Add(operation, "perPage", ParameterLocation.Query, "Items per page (default 30, capped at the server's maximum, at least 1000).");
            Add(operation, "nextPageToken", ParameterLocation.Query, "The opaque token of the Link rel=\"next\" header of the previous page.");
        }
        if (events && !path.StartsWith("/events/", StringComparison.Ordinal) && !path.StartsWith("/queries/", StringComparison.Ordinal))
            operation.Description = "Accepts every SimpleEventQuery parameter of EPCIS 2.0 §8.2.7.1 in the query string (lists pipe-delimited), e.g. "
                + "eventType, GE_eventTime, LT_eventTime, EQ_bizStep, MATCH_epc, EQ_bizTransaction_{type}, GE_value_{uom}, EQ_{namespace}#{field}.";
    }

    private static void Add(OpenApiOperation operation, string name, ParameterLocation location, string description)
    {
        if (operation.Parameters!.Any(p => p.Name == name)) return;
        operation.Parameters!.Add(new OpenApiParameter { Name = name, In = location, Required = false, Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } });
    }
}
