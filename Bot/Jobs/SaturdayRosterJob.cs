using Microsoft.EntityFrameworkCore;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Features.Campaign;
using OneStopBot.Bot.Office;
using OneStopBot.Domain.Calendar;
using OneStopBot.Persistence;

namespace OneStopBot.Bot.Jobs;

/// <summary>"Sáng thứ Bảy vì dân": on the last working day before a Saturday (a Friday, or earlier when Friday is off), those on the roster are reminded.</summary>
public sealed class SaturdayRosterJob(OneStopDbContext db, OfficeClock clock, IWorkingCalendar calendar, JobOutbox outbox)
{
    public const string Id = "saturday-roster";

    public async Task RunAsync(CancellationToken ct)
    {
        var today = clock.Today;
        if (!calendar.IsWorkingDay(today))
        {
            return;
        }

        var saturday = SessionsHandler.NextSaturday(today);
        if (calendar.NextWorkingDay(today) < saturday)
        {
            return;
        }

        var onDuty = await (from s in db.SaturdayDuties.AsNoTracking()
                            where s.Date == saturday
                            join p in db.People on s.OfficerId equals p.Id
                            orderby p.Id
                            select p).ToListAsync(ct);
        await outbox.QueueToEachAsync(db, onDuty, Id, today, lang => new JobMessage(SessionTexts.SaturdayReminder.Format(lang, Show.DateWithWeekday(saturday, lang))), ct);
    }
}
