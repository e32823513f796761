using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Features.Digests;
using OneStopBot.Bot.Features.Dossiers;
using OneStopBot.Bot.Office;
using OneStopBot.Domain.Calendar;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;

namespace OneStopBot.Bot.Jobs;

/// <summary>
/// Each officer's morning list: overdue, due today and due on the next working day. Dossiers due on the next working
/// day without a result get a warning with the apology button: the letter must go out the working day before.
/// </summary>
public sealed class OfficerBriefJob(OneStopDbContext db, OfficeClock clock, IWorkingCalendar calendar, JobOutbox outbox)
{
    public const string Id = "officer-brief";
    private const int PerSection = 15;
    private const int ApologyButtons = 5;

    public async Task RunAsync(CancellationToken ct)
    {
        var today = clock.Today;
        if (!calendar.IsWorkingDay(today))
        {
            return;
        }

        var next = calendar.NextWorkingDay(today);
        var rows = await db.Dossiers.AsNoTracking()
            .Where(d => d.EndedOn == null && d.State != DossierState.Registered && d.State != DossierState.AwaitingSupplement && d.DueDate <= next)
            .OrderBy(d => d.DueDate).ThenBy(d => d.Id)
            .Select(d => new Row(d.Id, d.Version, d.ReceivedById, d.CodeTail, d.ProcedureName, d.DueDate, d.ApologyNewDate != null))
            .ToListAsync(ct);
        var officerIds = rows.Select(r => r.OfficerId).Distinct().ToList();
        var officers = await db.People.AsNoTracking().Where(p => officerIds.Contains(p.Id) && p.Role >= Role.Officer).ToListAsync(ct);
        foreach (var officer in officers.OrderBy(p => p.Id))
        {
            var mine = rows.Where(r => r.OfficerId == officer.Id).ToList();
            var (text, buttons) = Compose(officer, mine, today, next);
            await outbox.QueueOnceAsync(db, officer.Channel, officer.ExternalId, text, JobOutbox.Key(Id, today, officer.Channel, officer.ExternalId), ct, buttons);
        }
    }

    private (string, IReadOnlyList<IReadOnlyList<Button>>) Compose(Person officer, List<Row> mine, DateOnly today, DateOnly next)
    {
        var lang = officer.Language;
        var text = new StringBuilder(JobTexts.BriefHeader.Format(lang, officer.DisplayName, Show.DateWithWeekday(today, lang)));
        void Section(Text title, List<Row> rows, Func<Row, string> tail, params object[] titleArgs)
        {
            if (rows.Count == 0)
            {
                return;
            }

            text.Append("\n\n").Append(title.Format(lang, [.. titleArgs, rows.Count]));
            foreach (var r in rows.Take(PerSection))
            {
                text.Append('\n').Append(JobTexts.BriefLine.Format(lang, r.Tail, r.Procedure, tail(r)));
            }
        }

        Section(JobTexts.BriefOverdue, mine.Where(r => r.Due < today).ToList(), r => Figures.Late(calendar.WorkingDaysBetween(r.Due, today), lang));
        Section(JobTexts.BriefToday, mine.Where(r => r.Due == today).ToList(), r => Show.Date(r.Due));
        var dueNext = mine.Where(r => r.Due == next).ToList();
        Section(JobTexts.BriefNext, dueNext, r => Show.Date(r.Due), Show.DateWithWeekday(next, lang));

        var warn = dueNext.Where(r => !r.Apologized).ToList();
        var buttons = new List<IReadOnlyList<Button>>();
        if (warn.Count > 0)
        {
            text.Append("\n\n").Append(JobTexts.ApologyWarning.Format(lang, warn.Count, Show.Noun("dossier", warn.Count, lang)));
            foreach (var r in warn.Take(ApologyButtons))
            {
                buttons.Add([new Button(JobTexts.ApologyButton.Format(lang, r.Tail), DossierViews.Data(r.DossierId, r.Version, DossierAction.Apologize))]);
            }
        }

        return (text.ToString(), buttons);
    }

    private sealed record Row(int DossierId, int Version, long OfficerId, string Tail, string Procedure, DateOnly Due, bool Apologized);
}
