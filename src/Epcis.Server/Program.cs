using Epcis.Server.Capture;
using Epcis.Server.Configuration;
using Epcis.Server.Endpoints;
using Epcis.Server.Http;
using Epcis.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddEpcis(builder.Configuration);
var limit = builder.Configuration.GetSection("Epcis").Get<EpcisOptions>()?.CaptureFileSizeLimit ?? new EpcisOptions().CaptureFileSizeLimit;
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = limit + 1);

var app = builder.Build();
await app.Services.GetRequiredService<IEpcisStore>().MigrateAsync();
app.UseMiddleware<VersionHeadersMiddleware>();
app.UseMiddleware<ErrorHandlingMiddleware>();
app.MapCaptureEndpoints();
app.MapEventsEndpoints();
app.Run();

/// <summary>The server's entry point (public for WebApplicationFactory in tests).</summary>
public partial class Program;
