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
    public static IReadOnlyList<JobEntry> Entries(OfficeDirectory offices)
    {
        ArgumentNullException.ThrowIfNull(offices);
        return
        [
            Entry<DailyDigestJob>(DailyDigestJob.Id, "DailyDigest", "30 7 * * *", j => j.RunAsync(CancellationToken.None)),
            Entry<ProvinceDigestJob>(ProvinceDigestJob.Id, "ProvinceDigest", "45 7 * * *", j => j.RunAsync(CancellationToken.None)),
            Entry<OfficerBriefJob>(OfficerBriefJob.Id, "OfficerBrief", "45 7 * * *", j => j.RunAsync(CancellationToken.None)),
            .. ExtraHalfHourEntries(offices),
            Entry<SaturdayRosterJob>(SaturdayRosterJob.Id, "SaturdayRoster", "0 15 * * *", j => j.RunAsync(CancellationToken.None)),
            Entry<CampaignSummaryJob>(CampaignSummaryJob.Id, "CampaignSummary", "0 16 * * *", j => j.RunAsync(CancellationToken.None)),
            Entry<UncollectedResultsJob>(UncollectedResultsJob.Id, "UncollectedResults", "0 9 * * *", j => j.RunAsync(CancellationToken.None)),
            Entry<PruneJob>(PruneJob.Id, "Prune", "30 2 * * *", j => j.RunAsync(CancellationToken.None)),
            Entry<ComplaintDeadlinesJob>(ComplaintDeadlinesJob.Id, "ComplaintDeadlines", "0 8 * * *", j => j.RunAsync(CancellationToken.None)),
        ];
    }

    /// <summary>
    /// "30 phút tăng thêm" 30 minutes before each closing time: one entry per time the offices close at, the first
    /// under the job's own id (a deployment of one office keeps the id it always had).
    /// </summary>
    private static IEnumerable<JobEntry> ExtraHalfHourEntries(OfficeDirectory offices) =>
        offices.All.Select(o => o.Office).DistinctBy(ExtraHalfHourJob.ClosingOf).Select((office, i) =>
        {
            var closing = ExtraHalfHourJob.ClosingOf(office);
            var reminder = office.ClosingTime.AddMinutes(-30);
            var id = i == 0 ? ExtraHalfHourJob.Id : $"{ExtraHalfHourJob.Id}-{closing.Replace(":", string.Empty, StringComparison.Ordinal)}";
            return Entry<ExtraHalfHourJob>(id, "ExtraHalfHour", $"{reminder.Minute} {reminder.Hour} * * *", j => j.RunForClosingAsync(closing, CancellationToken.None));
        });

    private static JobEntry Entry<TJob>(string id, string name, string cron, Expression<Func<TJob, Task>> call) =>
        new(id, name, cron, (manager, schedule, options) => manager.AddOrUpdate(id, call, schedule, options));
}

/// <summary>Registers the job table with Hangfire at start, each job's cron read from configuration.</summary>
internal sealed class JobScheduler(IRecurringJobManager manager, IConfiguration configuration, IOptions<JobsOptions> jobs, OfficeDirectory offices, OfficeClock clock) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var options = new RecurringJobOptions { TimeZone = clock.Zone };
        foreach (var job in JobTable.Entries(offices))
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
