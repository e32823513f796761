using Microsoft.EntityFrameworkCore;
using OneStopBot.Domain;
using OneStopBot.Domain.Calendar;
using OneStopBot.Domain.Complaints;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;
using OneStopBot.Persistence.Messaging;

namespace OneStopBot.Bot.Features.Complaints;

/// <summary>
/// Reminds an office's leaders before each of its complaints' deadlines (refuse within 2 working days, ask for more within 5,
/// resolve within 15) and alerts them once one has passed. Safe to run as often as wanted, at once on several
/// instances: every message goes through <see cref="Jobs.JobOutbox"/> under its dedupe key, so it is written once.
/// </summary>
public static class ComplaintDeadlines
{
    /// <returns>How many messages were queued.</returns>
    public static async Task<int> RunAsync(OneStopDbContext db, Jobs.JobOutbox outbox, Following.LeaderAudience audience, OfficeInstant now, IWorkingCalendar calendar, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(audience);
        ArgumentNullException.ThrowIfNull(calendar);
        var open = await db.Complaints.AsNoTracking()
            .Where(c => c.State == ComplaintState.Received || c.State == ComplaintState.InProgress)
            .OrderBy(c => c.Id)
            .ToListAsync(ct);
        if (open.Count == 0)
        {
            return 0;
        }

        var existing = (await db.Outbox.AsNoTracking()
            .Where(m => m.DedupeKey != null && m.DedupeKey.StartsWith("complaint-deadline:"))
            .Select(m => m.DedupeKey!)
            .ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var queued = 0;
        var leadersOf = new Dictionary<string, List<Person>>(StringComparer.Ordinal);
        foreach (var complaint in open)
        {
            // Each complaint's deadlines are its office's leaders' to keep.
            if (!leadersOf.TryGetValue(complaint.UnitCode, out var leaders))
            {
                leaders = leadersOf[complaint.UnitCode] = await audience.ListAsync(db, complaint.UnitCode, ct);
            }

            foreach (var check in complaint.CheckDeadlines(now.Date, calendar))
            {
                foreach (var leader in leaders)
                {
                    // The reopen count is part of the key: a reopened complaint's new deadline is reminded again.
                    var key = $"complaint-deadline:{complaint.Id}:{complaint.ReopenCount}:{check.Deadline}:{check.Status}:{leader.Id}";
                    if (!existing.Add(key))
                    {
                        continue;
                    }

                    var text = check.Status == DeadlineStatus.Passed ? ComplaintTexts.Overdue : ComplaintTexts.Reminder;
                    var body = text.Format(
                        leader.Language,
                        complaint.TrackingCode,
                        ComplaintTexts.Deadline(check.Deadline, leader.Language),
                        Conversation.Show.DateWithWeekday(check.Date, leader.Language));
                    queued += await outbox.QueueOnceAsync(db, leader.Channel, leader.ExternalId, body, key, ct) ? 1 : 0;
                }
            }
        }

        return queued;
    }
}
