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
public sealed class ExtraHalfHourJob(OneStopDbContext db, OfficeClock clock, IWorkingCalendar calendar, JobOutbox outbox, OfficeDirectory offices)
{
    public const string Id = "extra-half-hour";

    /// <summary>Reminds the officers of every office.</summary>
    public Task RunAsync(CancellationToken ct) => RemindAsync(offices.All, ct);

    /// <summary>Reminds the officers of the offices that close at <paramref name="closing"/> (HH:mm): the job is scheduled once per closing time.</summary>
    public Task RunForClosingAsync(string closing, CancellationToken ct) =>
        RemindAsync(offices.All.Where(o => ClosingOf(o.Office) == closing).ToList(), ct);

    public static string ClosingOf(OfficeOptions office)
    {
        ArgumentNullException.ThrowIfNull(office);
        return office.ClosingTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task RemindAsync(IReadOnlyList<OfficeProfile> closingOffices, CancellationToken ct)
    {
        var today = clock.Today;
        if (!calendar.IsWorkingDay(today))
        {
            return;
        }

        foreach (var office in closingOffices)
        {
            var officers = await db.People.AsNoTracking().Where(p => p.Role == Role.Officer).Where(offices.StaffOf(office.UnitCode)).OrderBy(p => p.Id).ToListAsync(ct);
            var closing = ClosingOf(office.Office);
            await outbox.QueueToEachAsync(db, officers, Id, today, lang => new JobMessage(SessionTexts.Reminder.Format(lang, closing), SessionsHandler.ReminderButtons(today, lang)), ct);
        }
    }
}
