using System.Linq.Expressions;
using Hangfire;
using Microsoft.Extensions.Options;
using OneStopBot.Bot.Office;

namespace OneStopBot.Bot.Jobs;

/// <summary>One recurring job: a stable id, the configuration name of its cron (<c>Jobs:&lt;Name&gt;:Cron</c>), its default schedule.</summary>
public sealed record JobEntry(string Id, string Name, string DefaultCron, Action<IRecurringJobManager, string, RecurringJobOptions> Register);

/// <summary>
/// Every recurring job, in the office's time zone. Crons fire every day: each job asks the working calendar
/// and does nothing on a day off, so swapped working Saturdays and holidays are right without cron tricks.
/// </summary>
public static class JobTable
{
    public static IReadOnlyList<JobEntry> Entries(OfficeOptions office)
    {
        ArgumentNullException.ThrowIfNull(office);
        var reminder = office.ClosingTime.AddMinutes(-30);
        return
        [
            Entry<DailyDigestJob>(DailyDigestJob.Id, "DailyDigest", "30 7 * * *", j => j.RunAsync(CancellationToken.None)),
            Entry<OfficerBriefJob>(OfficerBriefJob.Id, "OfficerBrief", "45 7 * * *", j => j.RunAsync(CancellationToken.None)),
            Entry<ExtraHalfHourJob>(ExtraHalfHourJob.Id, "ExtraHalfHour", $"{reminder.Minute} {reminder.Hour} * * *", j => j.RunAsync(CancellationToken.None)),
            Entry<SaturdayRosterJob>(SaturdayRosterJob.Id, "SaturdayRoster", "0 15 * * *", j => j.RunAsync(CancellationToken.None)),
            Entry<CampaignSummaryJob>(CampaignSummaryJob.Id, "CampaignSummary", "0 16 * * *", j => j.RunAsync(CancellationToken.None)),
            Entry<UncollectedResultsJob>(UncollectedResultsJob.Id, "UncollectedResults", "0 9 * * *", j => j.RunAsync(CancellationToken.None)),
            Entry<PruneJob>(PruneJob.Id, "Prune", "30 2 * * *", j => j.RunAsync(CancellationToken.None)),
            Entry<ComplaintDeadlinesJob>(ComplaintDeadlinesJob.Id, "ComplaintDeadlines", "0 8 * * *", j => j.RunAsync(CancellationToken.None)),
        ];
    }

    private static JobEntry Entry<TJob>(string id, string name, string cron, Expression<Func<TJob, Task>> call) =>
        new(id, name, cron, (manager, schedule, options) => manager.AddOrUpdate(id, call, schedule, options));
}

/// <summary>Registers the job table with Hangfire at start, each job's cron read from configuration.</summary>
internal sealed class JobScheduler(IRecurringJobManager manager, IConfiguration configuration, IOptions<JobsOptions> jobs, IOptions<OfficeOptions> office, OfficeClock clock) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var options = new RecurringJobOptions { TimeZone = clock.Zone };
        foreach (var job in JobTable.Entries(office.Value))
        {
            var cron = jobs.Value.Schedule ? configuration[$"{JobsOptions.Section}:{job.Name}:Cron"] ?? job.DefaultCron : Cron.Never();
            try
            {
                job.Register(manager, cron, options);
            }
            catch (ArgumentException bad)
            {
                throw new InvalidOperationException($"{JobsOptions.Section}:{job.Name}:Cron is not a valid cron expression: \"{cron}\".", bad);
            }
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
