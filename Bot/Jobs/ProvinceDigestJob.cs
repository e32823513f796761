using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStopBot.Bot.Features.Digests;
using OneStopBot.Bot.Office;
using OneStopBot.Domain.Calendar;
using OneStopBot.Domain.Indicators;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;

namespace OneStopBot.Bot.Jobs;

/// <summary>
/// The province leaders' morning report on working days: every commune's month to date, those furthest from their
/// targets first, and the province's total. A deployment of one office has no province leaders and sends nothing.
/// </summary>
public sealed class ProvinceDigestJob(
    OneStopDbContext db,
    OfficeClock clock,
    IWorkingCalendar calendar,
    JobOutbox outbox,
    OfficeDirectory offices,
    CurrentOffice current,
    IOptions<IndexWeights> weights)
{
    public const string Id = "province-digest";

    public async Task RunAsync(CancellationToken ct)
    {
        var today = clock.Today;
        if (offices.One is not null || !calendar.IsWorkingDay(today))
        {
            return;
        }

        var leaders = await db.People.AsNoTracking().Where(p => p.Role == Role.Leader && p.UnitCode == null).OrderBy(p => p.Id).ToListAsync(ct);
        if (leaders.Count == 0)
        {
            return;
        }

        var figures = await ProvinceReport.LoadAsync(db, current, offices, calendar, ReportPeriod.Month, today, weights.Value, ct);
        await outbox.QueueToEachAsync(db, leaders, Id, today, lang => new JobMessage(ProvinceReport.Format(figures, offices.ServiceName, lang)), ct);
    }
}
