using System.Globalization;
using System.Text;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Features.Dossiers;
using OneStopBot.Bot.Features.Lookup;
using OneStopBot.Domain.Calendar;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.People;
using OneStopBot.Domain.Procedures;

namespace OneStopBot.Bot.Features.Calendar;

/// <summary>
/// What officers and citizens ask every day: when will the result be ready (/ngayhen), and what is the lunar
/// date and is it a day off (/amlich).
/// </summary>
internal sealed class CalendarHandler(IWorkingCalendar calendar)
{
    private const int MaxWorkingDays = 365;

    private static bool LooksLikeADate(string word) =>
        word.Any(char.IsAsciiDigit) && (word.Contains('/', StringComparison.Ordinal) || word.Contains('-', StringComparison.Ordinal))
        && word.All(c => char.IsAsciiDigit(c) || c is '/' or '-' or '.');

    public async Task AppointmentAsync(ChatContext ctx, string args, CancellationToken ct)
    {
        var words = args.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var received = ctx.Now.Local;
        if (words.Count > 0 && TimeOnly.TryParseExact(words[^1], ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            && words.Count > 1 && ActionParser.TryDate(words[^2], out var day))
        {
            received = day.ToDateTime(time);
            words.RemoveRange(words.Count - 2, 2);
        }
        else if (words.Count > 0 && ActionParser.TryDate(words[^1], out var dateOnly))
        {
            // A date without a time: the morning, so that a same-day procedure is due that day.
            received = dateOnly.ToDateTime(new TimeOnly(8, 0));
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count > 0 && LooksLikeADate(words[^1]))
        {
            // "31/02/2026" or "24/1" is a date typed wrong, not a word of a procedure's name.
            ctx.Reply(ctx.T(CalendarTexts.BadDate, words[^1]));
            return;
        }

        if (words.Count == 0)
        {
            ctx.Reply(ctx.T(CalendarTexts.AppointmentUsage));
            return;
        }

        if (!InRange(DateOnly.FromDateTime(received).AddYears(1)) || !InRange(DateOnly.FromDateTime(received)))
        {
            ctx.Reply(ctx.T(CalendarTexts.OutOfRange));
            return;
        }

        string title;
        ProcessingTime processing;
        var note = string.Empty;
        var query = string.Join(' ', words);
        if (words.Count == 1 && int.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out var days))
        {
            if (days > MaxWorkingDays)
            {
                ctx.Reply(ctx.T(CalendarTexts.DaysOutOfRange));
                return;
            }

            processing = ProcessingTime.WorkingDays(days);
            title = ctx.T(CalendarTexts.WorkingDaysOnly, days, Show.Noun("day", days, ctx.Language));
        }
        else
        {
            var matches = await LookupHandler.SearchProceduresAsync(ctx.Db, query, ct);
            if (matches.Count == 0)
            {
                ctx.Reply(ctx.T(CalendarTexts.ProcedureNone, query));
                return;
            }

            processing = matches[0].Processing;
            title = matches[0].Name;
            if (matches.Count > 1)
            {
                note = "\n" + ctx.T(CalendarTexts.OtherMatches, matches.Count - 1);
            }
        }

        var due = DueDates.Compute(processing, received, calendar);
        var receivedDay = DateOnly.FromDateTime(received);
        var text = new StringBuilder(ctx.T(
            CalendarTexts.Appointment,
            title,
            DossierNames.Processing(processing, ctx.Language),
            Show.Time(received),
            Show.DateWithWeekday(receivedDay, ctx.Language),
            Show.DateWithWeekday(due, ctx.Language)));
        text.Append('\n').Append(Skipped(ctx.Language, receivedDay, due)).Append(note);
        ctx.Reply(text.ToString());
    }

    public Task LunarAsync(ChatContext ctx, string args)
    {
        var date = ctx.Now.Date;
        if (!string.IsNullOrWhiteSpace(args) && !ActionParser.TryDate(args.Trim(), out date))
        {
            ctx.Reply(ctx.T(CalendarTexts.LunarUsage));
            return Task.CompletedTask;
        }

        if (!InRange(date))
        {
            ctx.Reply(ctx.T(CalendarTexts.OutOfRange));
            return Task.CompletedTask;
        }

        var lunar = VietnameseLunarCalendar.FromSolar(date);
        var text = new StringBuilder(ctx.T(
            CalendarTexts.Lunar,
            Show.DateWithWeekday(date, ctx.Language),
            lunar.Day,
            lunar.Month,
            lunar.IsLeapMonth ? ctx.T(CalendarTexts.Leap) : string.Empty,
            VietnameseLunarCalendar.CanChi(lunar.Year)));
        text.Append('\n').Append(calendar.Describe(date) switch
        {
            { Kind: DayKind.Holiday } n => ctx.T(CalendarTexts.Holiday, n.Name),
            { Kind: DayKind.Compensatory } n => ctx.T(CalendarTexts.Compensatory, n.Name),
            { Kind: DayKind.SwapOff } n => ctx.T(CalendarTexts.SwapOff, n.Name),
            { Kind: DayKind.SwapOn } n => ctx.T(CalendarTexts.SwapOn, n.Name),
            _ when calendar.IsWorkingDay(date) => ctx.T(CalendarTexts.WorkingDay),
            _ => ctx.T(CalendarTexts.Weekend),
        });
        ctx.Reply(text.ToString());
        return Task.CompletedTask;
    }

    /// <summary>The days off between reception and the due date, by name, and how many weekend days.</summary>
    private string Skipped(Language language, DateOnly from, DateOnly due)
    {
        if (due <= from)
        {
            return CalendarTexts.NoDayOff[language];
        }

        var notes = calendar.DaysOff(from.AddDays(1), due);
        var text = new StringBuilder();
        var weekends = 0;
        for (var d = from.AddDays(1); d < due; d = d.AddDays(1))
        {
            var note = calendar.Describe(d);
            if (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && note is null)
            {
                weekends++;
            }
            else if (note is { Kind: DayKind.SwapOn })
            {
                text.Append('\n').Append(CalendarTexts.SwapOnCounted.Format(language, Show.DateWithWeekday(d, language), note.Name));
            }
        }

        if (notes.Count == 0 && weekends == 0)
        {
            return CalendarTexts.NoDayOff[language] + text;
        }

        var parts = notes.Select(n => $"{Show.DateWithWeekday(n.Date, language)} — {n.Name}").ToList();
        if (weekends > 0)
        {
            parts.Add(CalendarTexts.Weekends.Format(language, weekends));
        }

        return CalendarTexts.Skipped[language] + "\n• " + string.Join("\n• ", parts) + text;
    }

    private static bool InRange(DateOnly date) =>
        date >= VietnameseLunarCalendar.MinSolarDate && date <= VietnameseLunarCalendar.MaxSolarDate;
}
