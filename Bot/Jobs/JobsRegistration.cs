using System.Net;
using System.Security.Cryptography;
using System.Text;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Options;
using OneStopBot.Bot.Features.Digests;
using OneStopBot.Domain.Indicators;
using OneStopBot.Persistence;

namespace OneStopBot.Bot.Jobs;

public static class JobsRegistration
{
    public const string DashboardPath = "/hangfire";

    /// <summary>
    /// Hangfire (on its own SQLite file beside a SQLite database; in the bot's PostgreSQL database, schema
    /// <c>hangfire</c>, which every instance shares), the job table, and the options the jobs read.
    /// </summary>
    public static WebApplicationBuilder AddJobs(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddOptions<JobsOptions>().Bind(configuration.GetSection(JobsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IndexWeights>().Bind(configuration.GetSection("Index"))
            .Validate(w => Weights(w).All(x => x.Weight >= 0 && x.Threshold > 0 && x.Threshold <= 1), "Index:*: weights must be positive and thresholds between 0 and 1.")
            .ValidateOnStart();

        var postgres = StoreConnection.ParseProvider(configuration["Database:Provider"]) == DatabaseProvider.Postgres;
        var storage = postgres ? configuration.GetConnectionString("OneStop") : configuration.GetConnectionString("Hangfire");
        if (string.IsNullOrWhiteSpace(storage))
        {
            throw new InvalidOperationException("ConnectionStrings:Hangfire is missing: set the job store's SQLite file, e.g. \"onestop-jobs.db\".");
        }

        var poll = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>()?.QueuePollInterval ?? TimeSpan.FromSeconds(1);
        services.AddHangfire((provider, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HangfireLog(provider.GetRequiredService<ILoggerFactory>())));

        // The storage is this host's own, not Hangfire's static JobStorage.Current, which every host in one
        // process (the end-to-end tests) would share. Registered after AddHangfire so that it is the one resolved.
        if (postgres)
        {
            var options = new PostgreSqlStorageOptions { QueuePollInterval = poll, PrepareSchemaIfNecessary = true };
            services.AddSingleton<JobStorage>(_ => new PostgreSqlStorage(new NpgsqlConnectionFactory(storage, options), options));
        }
        else
        {
            var file = SqliteFile(storage);
            services.AddSingleton<JobStorage>(_ => new SQLiteStorage(file, new SQLiteStorageOptions { QueuePollInterval = poll }));
        }

        services.AddHangfireServer((provider, o) =>
        {
            o.WorkerCount = 2;
            o.SchedulePollingInterval = TimeSpan.FromSeconds(15);

            // This host's own scopes, not the static activator that the last configured host in the process owns.
            o.Activator = new Hangfire.AspNetCore.AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>());
        });

        services.AddSingleton<JobOutbox>();
        services.AddScoped<DailyDigestJob>();
        services.AddScoped<ProvinceDigestJob>();
        services.AddScoped<OfficerBriefJob>();
        services.AddScoped<ExtraHalfHourJob>();
        services.AddScoped<SaturdayRosterJob>();
        services.AddScoped<CampaignSummaryJob>();
        services.AddScoped<ComplaintDeadlinesJob>();
        services.AddScoped<UncollectedResultsJob>();
        services.AddScoped<PruneJob>();
        services.AddHostedService<JobScheduler>();
        return builder;
    }

    /// <summary>The dashboard: local requests only, unless <c>Jobs:DashboardPassword</c> is set (then basic authentication).</summary>
    public static WebApplication MapJobs(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var password = app.Services.GetRequiredService<IOptions<JobsOptions>>().Value.DashboardPassword;
        app.UseHangfireDashboard(DashboardPath, new DashboardOptions { Authorization = [new DashboardAccess(password)] });
        return app;
    }

    /// <summary>Accepts "file.db" or "Data Source=file.db".</summary>
    public static string SqliteFile(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        const string prefix = "Data Source=";
        var value = connectionString.Split(';')[0].Trim();
        return value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? value[prefix.Length..] : value;
    }

    private static IEnumerable<IndicatorWeight> Weights(IndexWeights w) =>
        [w.OnTime, w.OnlineDossiers, w.OnlinePayment, w.ElectronicResults, w.Digitization, w.ComplaintsOnTime, w.Satisfaction];
}

/// <summary>Lets local requests in; others only with the configured password.</summary>
internal sealed class DashboardAccess(string? password) : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.GetHttpContext();
        if (string.IsNullOrEmpty(password))
        {
            // Without a password, only this machine's own browser: not a request relayed by a reverse proxy on the
            // same host, which arrives from the loopback address on behalf of anyone.
            var remote = http.Connection.RemoteIpAddress;
            var relayed = http.Request.Headers.ContainsKey("X-Forwarded-For") || http.Request.Headers.ContainsKey("Forwarded")
                || http.Request.Headers.ContainsKey("X-Real-IP");
            return remote is not null && IPAddress.IsLoopback(remote) && !relayed;
        }

        // With a password, every request gives it, the local ones too.

        var header = http.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
                var given = decoded[(decoded.IndexOf(':', StringComparison.Ordinal) + 1)..];
                if (CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(password)))
                {
                    return true;
                }
            }
            catch (FormatException)
            {
                // A malformed header is a refusal like any other.
            }
        }

        http.Response.Headers.WWWAuthenticate = "Basic realm=\"OneStopBot jobs\"";
        return false;
    }
}
