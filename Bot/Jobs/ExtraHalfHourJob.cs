using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Features.Campaign;
using OneStopBot.Bot.Office;
using OneStopBot.Domain.Calendar;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;

namespace OneStopBot.Bot.Jobs;

/// <summary>"30 phút tăng thêm vì dân": 30 minutes before closing on a working day, the officers are asked whether they stay.</summary>
public sealed class ExtraHalfHourJob(OneStopDbContext db, OfficeClock clock, IWorkingCalendar calendar, JobOutbox outbox, IOptions<OfficeOptions> office)
{
    public const string Id = "extra-half-hour";

    public async Task RunAsync(CancellationToken ct)
    {
        var today = clock.Today;
        if (!calendar.IsWorkingDay(today))
        {
            return;
        }

        var officers = await db.People.AsNoTracking().Where(p => p.Role == Role.Officer).OrderBy(p => p.Id).ToListAsync(ct);
        var closing = office.Value.ClosingTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        await outbox.QueueToEachAsync(db, officers, Id, today, lang => new JobMessage(SessionTexts.Reminder.Format(lang, closing), SessionsHandler.ReminderButtons(today, lang)), ct);
    }
}
