using Epcis.Server.Capture;
using Epcis.Storage;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Options;

namespace Epcis.Server.Configuration;

/// <summary>Registers the server's services.</summary>
internal static class ServiceCollectionExtensions
{
    public static IServiceCollection AddEpcis(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EpcisOptions>(configuration.GetSection("Epcis"));
        // Whether this process runs background work is decided at start-up, from the configuration as registered.
        var runBackgroundJobs = (configuration.GetSection("Epcis").Get<EpcisOptions>() ?? new EpcisOptions()).RunBackgroundJobs;
        services.AddSingleton<IEpcisStore>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<EpcisOptions>>().Value;
            return EpcisStore.Create(new StorageOptions(o.Database, o.EffectiveConnectionString));
        });
        services.AddScoped<CaptureService>();
        services.AddSingleton<Queries.CompanyPrefixes>();
        services.AddSingleton<Queries.EventQueryResponder>();
        services.AddTransient<CaptureJobRunner>();
        // Storage is chosen when Hangfire is first resolved, from the same options the event store uses (configuration
        // added after registration, e.g. by a test host, is seen by both).
        services.AddHangfire((sp, c) =>
        {
            var options = sp.GetRequiredService<IOptions<EpcisOptions>>().Value;
            c.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            switch (options.Database)
            {
                case DatabaseKind.PostgreSql:
                    // Jobs live in the same database (schema "hangfire"), so any node can run any job exactly once.
                    c.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(options.EffectiveConnectionString),
                        new PostgreSqlStorageOptions { PrepareSchemaIfNecessary = true, QueuePollInterval = TimeSpan.FromMilliseconds(500) });
                    break;
                case DatabaseKind.SqlServer:
                    c.UseSqlServerStorage(() => new Microsoft.Data.SqlClient.SqlConnection(options.EffectiveConnectionString));
                    break;
                default:
                    // SQLite is single-node; the capture_jobs table (raw document + running flag) is the durable record,
                    // and CaptureRecovery re-queues unfinished captures at start-up.
                    c.UseInMemoryStorage();
                    break;
            }
        });
        if (runBackgroundJobs)
        {
            services.AddHangfireServer(o =>
            {
                o.WorkerCount = Math.Max(1, Environment.ProcessorCount);
                o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
            });
            services.AddHostedService<CaptureRecovery>();
        }
        return services;
    }
}
