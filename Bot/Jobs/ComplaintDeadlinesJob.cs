using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Features.Complaints;
using OneStopBot.Bot.Features.Following;
using OneStopBot.Bot.Office;
using OneStopBot.Domain.Calendar;
using OneStopBot.Persistence;

namespace OneStopBot.Bot.Jobs;

/// <summary>Reminds the leaders of complaint deadlines and alerts them when one passed, on working days.</summary>
public sealed class ComplaintDeadlinesJob(OneStopDbContext db, OfficeClock clock, IWorkingCalendar calendar, WriteGate gate, OutboxSignal signal, LeaderAudience audience)
{
    public const string Id = "complaint-deadlines";

    public async Task RunAsync(CancellationToken ct)
    {
        var now = clock.Now;
        if (!calendar.IsWorkingDay(now.Date))
        {
            return;
        }

        int queued;
        using (await gate.EnterAsync(ct))
        {
            queued = await ComplaintDeadlines.RunAsync(db, await audience.ListAsync(db, ct), now, calendar, ct);
        }

        if (queued > 0)
        {
            signal.Wake();
        }
    }
}
