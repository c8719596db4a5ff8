using Epcis.Server.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Epcis.Server.OpenApi;

/// <summary>The server's OpenAPI document (Swashbuckle, <c>/swagger/v1/swagger.json</c>) and Swagger UI (<c>/swagger</c>, assets embedded: works offline).</summary>
internal static class OpenApiSetup
{
    public const string DocumentPath = "/swagger/v1/swagger.json";

    public static IServiceCollection AddEpcisOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen();
        services.AddOptions<Swashbuckle.AspNetCore.SwaggerGen.SwaggerGenOptions>().Configure<IOptions<EpcisOptions>>((swagger, epcis) =>
        {
            var o = epcis.Value;
            swagger.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "EPCIS 2.0 repository",
                Version = "2.0.0",
                Description = $"""
                    The GS1 EPCIS 2.0 REST binding: capture, event queries, discovery and named queries.
                    Query results are EPCISQueryDocuments in JSON-LD (application/json, application/ld+json) or EPCIS 2.0 XML
                    (application/xml) by Accept; identifiers follow GS1-EPC-Format (default Always_GS1_Digital_Link) and XML CBV
                    values GS1-CBV-XML-Format (default Always_URN).
                    Paging: perPage defaults to {o.DefaultPerPage} and is capped at {o.MaxPerPage}; follow the Link rel="next" header
                    (an opaque, signed nextPageToken that expires, see GS1-Next-Page-Token-Expires). Query strings longer than
                    {o.MaxQueryStringLength} characters are refused with 414.
                    """,
            });
            swagger.OperationFilter<EpcisHeadersOperationFilter>();
        });
        return services;
    }

    public static WebApplication UseEpcisOpenApi(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(ui =>
        {
            ui.SwaggerEndpoint(DocumentPath, "EPCIS 2.0");
            ui.RoutePrefix = "swagger";
        });
        return app;
    }
}
