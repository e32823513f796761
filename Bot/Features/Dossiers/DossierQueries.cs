using System.Text;
using Microsoft.EntityFrameworkCore;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Features.Access;
using OneStopBot.Bot.Features.Following;
using OneStopBot.Domain.Calendar;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.Text;
using OneStopBot.Persistence;

namespace OneStopBot.Bot.Features.Dossiers;

/// <summary>Reading dossiers: the card and the search (/hoso) and the officer's worklist (/viec).</summary>
internal sealed class DossierQueries(DossierViews views, IWorkingCalendar calendar)
{
    public const string CardButtonPrefix = "hs";
    private const int WorklistLimit = 40;
    private const int SearchLimit = 10;

    // A status message looks its dossier up by code or by id every time. The dossier and its history are two plain
    // statements. With Include, EF joins the history to a LIMIT subquery that repeats every column of the dossier on
    // each event's row, and SQLite, which prepares each message's statements anew, took 148 µs to prepare it against
    // 90 µs for the two. The two reads are not one snapshot: a change made between them may show on the card, and a
    // save from that card is refused by the dossier's version as usual. (EF's compiled queries are bound to one
    // model, and a process may hold a SQLite and a PostgreSQL model, so these are plain queries EF caches itself.)

    /// <summary>The dossier, with its history, whose code (whole or its tail) the text starts with.</summary>
    public static Task<Dossier?> FindAsync(OneStopDbContext db, string text, CancellationToken ct)
    {
        var tail = DossierCode.Tail(text);
        return tail is null ? Task.FromResult<Dossier?>(null) : WithHistoryAsync(db, db.Dossiers.FirstOrDefaultAsync(d => d.CodeTail == tail, ct), ct);
    }

    /// <summary>The dossier with its history.</summary>
    public static Task<Dossier?> FindAsync(OneStopDbContext db, int id, CancellationToken ct) => WithHistoryAsync(db, db.Dossiers.SingleOrDefaultAsync(d => d.Id == id, ct), ct);

    /// <summary>Loads the history of the dossier found; the context adds each event to the tracked dossier.</summary>
    private static async Task<Dossier?> WithHistoryAsync(OneStopDbContext db, Task<Dossier?> find, CancellationToken ct)
    {
        var dossier = await find;
        if (dossier is not null)
        {
            var id = dossier.Id;
            await db.DossierEvents.Where(e => e.DossierId == id).OrderBy(e => e.Id).LoadAsync(ct);
        }

        return dossier;
    }

    /// <summary>/hoso: the card of a code, or the dossiers whose applicant's name or phone matches.</summary>
    public async Task CardAsync(ChatContext ctx, string args, CancellationToken ct)
    {
        if (!AccessHandler.RequireStaff(ctx))
        {
            return;
        }

        var query = args.Trim();
        if (query.Length == 0)
        {
            ctx.Reply(ctx.T(DossierTexts.CardUsage));
            return;
        }

        var first = query.Split(' ')[0];
        if (DossierCode.Tail(first) is not null)
        {
            var dossier = await FindAsync(ctx.Db, first, ct);
            if (dossier is null)
            {
                ctx.Reply(ctx.T(DossierTexts.NotFound, query));
                return;
            }

            await ReplyWithCardAsync(ctx, dossier, ct);
            return;
        }

        await SearchAsync(ctx, query, ct);
    }

    /// <summary>The card of a dossier looked up, headed by a warning when a notice has not reached one of its followers.</summary>
    private async Task ReplyWithCardAsync(ChatContext ctx, Dossier dossier, CancellationToken ct)
    {
        var unreached = await DossierNotices.UnreachedFollowersAsync(ctx.Db, dossier.Id, ct);
        ctx.Reply(views.Card(ctx, dossier, unreached > 0 ? ctx.T(DossierTexts.NoticeNotReached, unreached) : null));
    }

    /// <summary>
    /// By phone (the whole number or at least its last 4 digits) or by name (words of it, without diacritics, each the
    /// start of a word of the name); newest first. One match shows its card; more show a list with a button each.
    /// </summary>
    private async Task SearchAsync(ChatContext ctx, string query, CancellationToken ct)
    {
        var matches = ctx.Db.Dossiers.AsNoTracking();
        var digits = new string(query.Where(char.IsDigit).ToArray());
        if (ReceptionForm.NormalizePhone(query) is { } phone)
        {
            matches = matches.Where(d => d.ApplicantPhone == phone);
        }
        else if (digits.Length >= 4 && query.All(c => char.IsDigit(c) || c is ' ' or '.' or '-'))
        {
            matches = matches.Where(d => d.ApplicantPhone.EndsWith(digits));
        }
        else if (SearchKey.Of(query) is { Length: >= 2 } key && digits.Length == 0)
        {
            foreach (var word in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var start = " " + word;
                matches = matches.Where(d => (" " + d.ApplicantNameKey).Contains(start));
            }
        }
        else
        {
            ctx.Reply(ctx.T(DossierTexts.CardUsage));
            return;
        }

        var found = await matches.OrderByDescending(d => d.Id).Take(SearchLimit + 1)
            .Select(d => new { d.Id, d.CodeTail, d.ApplicantName, d.ProcedureName, d.State, d.ReceptionDate })
            .ToListAsync(ct);
        if (found.Count == 0)
        {
            ctx.Reply(ctx.T(DossierTexts.SearchNone, query));
            return;
        }

        if (found.Count == 1)
        {
            await ReplyWithCardAsync(ctx, (await FindAsync(ctx.Db, found[0].Id, ct))!, ct);
            return;
        }

        var lang = ctx.Language;
        var shown = found.Take(SearchLimit).ToList();
        var text = new StringBuilder(ctx.T(DossierTexts.SearchHeader, query));
        foreach (var d in shown)
        {
            text.Append("\n• ").Append(d.CodeTail).Append(" — ").Append(d.ApplicantName).Append(" — ").Append(d.ProcedureName)
                .Append(" — ").Append(DossierNames.State(d.State, lang)).Append(", ").Append(Show.Date(d.ReceptionDate));
        }

        if (found.Count > SearchLimit)
        {
            text.Append('\n').Append(ctx.T(DossierTexts.SearchMore, SearchLimit));
        }

        var buttons = shown.Chunk(2)
            .Select(pair => (IReadOnlyList<Button>)pair.Select(d => new Button("📄 " + d.CodeTail, $"{CardButtonPrefix}:{d.CodeTail}")).ToList())
            .ToList();
        ctx.Reply(text.ToString(), buttons);
    }

    public async Task WorklistAsync(ChatContext ctx, CancellationToken ct)
    {
        if (!AccessHandler.RequireStaff(ctx))
        {
            return;
        }

        var today = ctx.Now.Date;
        var nextWorkingDay = calendar.NextWorkingDay(today);
        // Open = not finished; result-ready dossiers stay on the list until handed over.
        var officerId = ctx.Person.Id;
        var open = await ctx.Db.Dossiers.AsNoTracking()
            .Where(d => d.ReceivedById == officerId && d.State != DossierState.Returned && d.State != DossierState.Refused
                && d.State != DossierState.Withdrawn && d.State != DossierState.Stopped)
            .OrderBy(d => d.ApologyNewDate ?? d.DueDate).ThenBy(d => d.Id)
            .Select(d => new Row(d.CodeTail, d.ProcedureName, d.ApplicantName, d.State, d.ApologyNewDate ?? d.DueDate, d.SupplementRequestedOn))
            .ToListAsync(ct);

        if (open.Count == 0)
        {
            ctx.Reply(ctx.T(DossierTexts.WorkNone));
            return;
        }

        var lang = ctx.Language;
        var waiting = open.Where(r => r.State is DossierState.AwaitingSupplement).ToList();
        var active = open.Except(waiting).ToList();
        var overdue = active.Where(r => r.Due < today && r.State != DossierState.Done).ToList();
        var dueToday = active.Where(r => r.Due == today).ToList();
        var soon = active.Where(r => r.Due > today && r.Due <= nextWorkingDay).ToList();
        var later = active.Where(r => r.Due > nextWorkingDay || (r.Due < today && r.State == DossierState.Done)).Concat(waiting).ToList();

        var text = new StringBuilder(ctx.T(DossierTexts.WorkHeader, ctx.Person.DisplayName, open.Count));
        var shown = 0;
        void Section(Text title, List<Row> rows, bool showLateness)
        {
            if (rows.Count == 0)
            {
                return;
            }

            text.Append("\n\n").Append(ctx.T(title, rows.Count));
            foreach (var r in rows)
            {
                if (shown++ >= WorklistLimit)
                {
                    continue;
                }

                text.Append("\n• ").Append(r.Tail).Append(' ').Append(r.Procedure).Append(" — ").Append(r.Applicant)
                    .Append(" — ").Append(DossierNames.State(r.State, lang)).Append(", ").Append(Show.Date(r.Due));
                if (showLateness)
                {
                    var late = calendar.WorkingDaysBetween(r.Due, today);
                    text.Append(" (").Append(Digests.Figures.Late(late, lang)).Append(')');
                }
            }
        }

        Section(DossierTexts.WorkOverdue, overdue, showLateness: true);
        Section(DossierTexts.WorkToday, dueToday, showLateness: false);
        Section(DossierTexts.WorkSoon, soon, showLateness: false);
        Section(DossierTexts.WorkLater, later, showLateness: false);
        if (shown > WorklistLimit)
        {
            text.Append("\n\n").Append(ctx.T(DossierTexts.WorkMore, shown - WorklistLimit));
        }

        ctx.Reply(text.ToString());
    }

    /// <param name="Due">The date the citizen was given: the apology's new one when there is one.</param>
    private sealed record Row(string Tail, string Procedure, string Applicant, DossierState State, DateOnly Due, DateOnly? SupplementSince);
}
