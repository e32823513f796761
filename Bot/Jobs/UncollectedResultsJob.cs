using Microsoft.EntityFrameworkCore;
using OneStopBot.Bot.Features.Following;
using OneStopBot.Bot.Office;
using OneStopBot.Domain.Calendar;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Persistence;

namespace OneStopBot.Bot.Jobs;

/// <summary>
/// A result ready at the counter for <see cref="WaitedDays"/> working days and not collected: each follower of the
/// dossier is reminded once where and when to collect it. Results sent by post are not waiting for anyone.
/// </summary>
public sealed class UncollectedResultsJob(OneStopDbContext db, OfficeClock clock, IWorkingCalendar calendar, JobOutbox outbox, DossierNotices notices)
{
    public const string Id = "uncollected-results";
    public const int WaitedDays = 3;

    /// <summary>
    /// Results ready longer ago were reminded of already (the third working day falls well inside it, Tết included);
    /// it stays inside the outbox's retention, so the dedupe key of a reminder outlives the window and "once" holds.
    /// </summary>
    public const int LookBackDays = 20;

    public async Task RunAsync(CancellationToken ct)
    {
        var today = clock.Today;
        if (!calendar.IsWorkingDay(today))
        {
            return;
        }

        var since = today.AddDays(-LookBackDays);
        var ready = await db.Dossiers.AsNoTracking()
            .Where(d => d.State == DossierState.Done && d.Channel != DossierChannel.Postal && d.EndedOn >= since && d.EndedOn < today)
            .OrderBy(d => d.Id)
            .ToListAsync(ct);
        foreach (var dossier in ready.Where(d => calendar.WorkingDaysBetween(d.EndedOn!.Value, today) >= WaitedDays))
        {
            foreach (var follower in await DossierNotices.FollowersAsync(db, dossier.Id, ct))
            {
                await outbox.QueueOnceAsync(
                    db,
                    follower.Channel,
                    follower.ChatId,
                    notices.Uncollected(dossier, follower.Language),
                    $"{Id}:{dossier.Id}:{follower.Channel}:{follower.ChatId}",
                    ct);
            }
        }
    }
}
