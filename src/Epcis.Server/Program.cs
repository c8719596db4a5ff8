using Epcis.Server.Capture;
using Epcis.Server.Configuration;
using Epcis.Server.Endpoints;
using Epcis.Server.Http;
using Epcis.Server.OpenApi;
using Epcis.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddEpcis(builder.Configuration);
builder.Services.AddEpcisOpenApi();
var settings = builder.Configuration.GetSection("Epcis").Get<EpcisOptions>() ?? new EpcisOptions();
builder.WebHost.ConfigureKestrel(k =>
{
    k.Limits.MaxRequestBodySize = settings.CaptureFileSizeLimit + 1;
    // Room for the query string the query interface accepts, so that a longer one gets its 414 problem from us.
    k.Limits.MaxRequestLineSize = Math.Max(k.Limits.MaxRequestLineSize, settings.MaxQueryStringLength + 8 * 1024);
});

var app = builder.Build();
await app.Services.GetRequiredService<IEpcisStore>().MigrateAsync();
app.UseMiddleware<VersionHeadersMiddleware>();
app.UseMiddleware<ErrorHandlingMiddleware>();
app.UseEpcisOpenApi();
app.MapCaptureEndpoints();
app.MapEventsEndpoints();
app.MapEventQueryEndpoints();
app.MapDiscoveryEndpoints();
app.MapQueriesEndpoints();
app.Run();

/// <summary>The server's entry point (public for WebApplicationFactory in tests).</summary>
public partial class Program;
