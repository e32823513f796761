using OneStopBot.Bot.Features.Complaints;
using OneStopBot.Bot.Features.Following;
using OneStopBot.Bot.Office;
using OneStopBot.Domain.Calendar;
using OneStopBot.Persistence;

namespace OneStopBot.Bot.Jobs;

/// <summary>Reminds the leaders of complaint deadlines and alerts them when one passed, on working days.</summary>
public sealed class ComplaintDeadlinesJob(OneStopDbContext db, OfficeClock clock, IWorkingCalendar calendar, JobOutbox outbox, LeaderAudience audience)
{
    public const string Id = "complaint-deadlines";

    public async Task RunAsync(CancellationToken ct)
    {
        var now = clock.Now;
        if (!calendar.IsWorkingDay(now.Date))
        {
            return;
        }

        await ComplaintDeadlines.RunAsync(db, outbox, audience, now, calendar, ct);
    }
}
