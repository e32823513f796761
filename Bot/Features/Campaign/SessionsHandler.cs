using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Features.Access;
using OneStopBot.Bot.Features.Digests;
using OneStopBot.Bot.Features.Dossiers;
using OneStopBot.Domain.Calendar;
using OneStopBot.Domain.Campaign;
using OneStopBot.Domain.People;
using OneStopBot.Domain.Text;

namespace OneStopBot.Bot.Features.Campaign;

/// <summary>The extra-hours models: "30 phút tăng thêm vì dân" (/them30 and the reminder's buttons) and "Sáng thứ Bảy vì dân" (/thubay).</summary>
internal sealed class SessionsHandler(IWorkingCalendar calendar)
{
    public const string ButtonPrefix = "x30";

    public static IReadOnlyList<IReadOnlyList<Button>> ReminderButtons(DateOnly day, Language lang) =>
    [
        [
            new Button(SessionTexts.Stay[lang], $"{ButtonPrefix}:y:{day:yyyyMMdd}"),
            new Button(SessionTexts.NotToday[lang], $"{ButtonPrefix}:n:{day:yyyyMMdd}"),
        ],
    ];

    public async Task AnswerReminderAsync(ChatContext ctx, string data, CancellationToken ct)
    {
        if (!AccessHandler.RequireStaff(ctx))
        {
            return;
        }

        var parts = data.Split(':');
        if (parts.Length != 3 || !DateOnly.TryParseExact(parts[2], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            ctx.Reply(ctx.T(Start.StartTexts.Unknown));
            return;
        }

        if (parts[1] != "y")
        {
            ctx.Reply(ctx.T(SessionTexts.NotStaying));
            return;
        }

        await SessionOfAsync(ctx, SessionKind.ExtraHalfHour, day, ct);
        ctx.Reply(ctx.T(SessionTexts.Staying));
    }

    public async Task LogHalfHourAsync(ChatContext ctx, string args, CancellationToken ct)
    {
        if (!AccessHandler.RequireStaff(ctx))
        {
            return;
        }

        if (!int.TryParse(args.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var people) || people > 500)
        {
            ctx.Reply(ctx.T(SessionTexts.HalfHourUsage));
            return;
        }

        var today = ctx.Now.Date;
        if (!calendar.IsWorkingDay(today))
        {
            ctx.Reply(ctx.T(SessionTexts.NotWorkingDay));
            return;
        }

        var session = await SessionOfAsync(ctx, SessionKind.ExtraHalfHour, today, ct);
        session.Log(people, ctx.Now.Utc);
        ctx.Reply(ctx.T(SessionTexts.HalfHourLogged, Show.Date(today), people, Show.Noun("person", people, ctx.Language)));
    }

    public async Task SaturdayAsync(ChatContext ctx, string args, CancellationToken ct)
    {
        if (!AccessHandler.RequireStaff(ctx))
        {
            return;
        }

        var words = args.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var verb = words.Length == 0 ? string.Empty : SearchKey.Of(words[0]);
        switch (verb)
        {
            case "":
                await SignUpAsync(ctx, ctx.Person.Id, ctx.Person.DisplayName, NextSaturday(ctx.Now.Date), ct);
                return;
            case "ds" or "list":
                await RosterAsync(ctx, ct);
                return;
            case "ghi" or "log":
                await LogSaturdayAsync(ctx, words[1..], ct);
                return;
            case "giao" or "assign" when ctx.Person.Has(Role.Leader) && words.Length >= 2 && long.TryParse(words[1], NumberStyles.None, CultureInfo.InvariantCulture, out var officerId):
                var officer = await ctx.Db.People.SingleOrDefaultAsync(p => p.Id == officerId && p.Role >= Role.Officer, ct);
                if (officer is null)
                {
                    ctx.Reply(ctx.T(SessionTexts.NoSuchOfficer, words[1]));
                    return;
                }

                var assigned = words.Length >= 3 && ActionParser.TryDate(words[2], out var d) ? d : NextSaturday(ctx.Now.Date);
                await SignUpAsync(ctx, officer.Id, officer.DisplayName, assigned, ct);
                return;
            default:
                if (ActionParser.TryDate(words[0], out var date))
                {
                    await SignUpAsync(ctx, ctx.Person.Id, ctx.Person.DisplayName, date, ct);
                    return;
                }

                ctx.Reply(ctx.T(SessionTexts.SaturdayUsage));
                return;
        }
    }

    /// <summary>The first Saturday strictly after <paramref name="today"/>.</summary>
    public static DateOnly NextSaturday(DateOnly today)
    {
        var days = ((int)DayOfWeek.Saturday - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(days == 0 ? 7 : days);
    }

    private async Task SignUpAsync(ChatContext ctx, long officerId, string name, DateOnly date, CancellationToken ct)
    {
        if (date.DayOfWeek != DayOfWeek.Saturday)
        {
            ctx.Reply(ctx.T(SessionTexts.NotSaturday, Show.Date(date)));
            return;
        }

        if (await ctx.Db.SaturdayDuties.AnyAsync(s => s.Date == date && s.OfficerId == officerId, ct))
        {
            ctx.Reply(ctx.T(SessionTexts.AlreadyOnRoster, name, Show.Date(date)));
            return;
        }

        ctx.Db.SaturdayDuties.Add(new SaturdayDuty(date, officerId, ctx.Person.Id, ctx.Now.Utc));
        ctx.Reply(ctx.T(SessionTexts.SignedUp, name, Show.Date(date)));
    }

    private static async Task RosterAsync(ChatContext ctx, CancellationToken ct)
    {
        var today = ctx.Now.Date;
        var rows = await (from s in ctx.Db.SaturdayDuties.AsNoTracking()
                          where s.Date >= today
                          join p in ctx.Db.People on s.OfficerId equals p.Id
                          orderby s.Date, p.DisplayName
                          select new { s.Date, p.DisplayName }).Take(40).ToListAsync(ct);
        var text = new StringBuilder(ctx.T(SessionTexts.RosterHeader));
        if (rows.Count == 0)
        {
            text.Append('\n').Append(ctx.T(SessionTexts.RosterEmpty));
        }

        foreach (var day in rows.GroupBy(r => r.Date))
        {
            text.Append('\n').Append(ctx.T(SessionTexts.RosterLine, Show.Date(day.Key), string.Join(", ", day.Select(r => r.DisplayName))));
        }

        ctx.Reply(text.ToString());
    }

    private static async Task LogSaturdayAsync(ChatContext ctx, string[] numbers, CancellationToken ct)
    {
        var today = ctx.Now.Date;
        if (today.DayOfWeek != DayOfWeek.Saturday)
        {
            ctx.Reply(ctx.T(SessionTexts.OnlySaturday));
            return;
        }

        var values = new int[3];
        for (var i = 0; i < numbers.Length && i < 3; i++)
        {
            if (!int.TryParse(numbers[i], NumberStyles.None, CultureInfo.InvariantCulture, out values[i]))
            {
                ctx.Reply(ctx.T(SessionTexts.SaturdayUsage));
                return;
            }
        }

        if (numbers.Length == 0)
        {
            ctx.Reply(ctx.T(SessionTexts.SaturdayUsage));
            return;
        }

        var session = await SessionOfAsync(ctx, SessionKind.SaturdayMorning, today, ct);
        session.Log(values[0], ctx.Now.Utc, values[1], values[2]);
        ctx.Reply(ctx.T(SessionTexts.SaturdayLogged, Show.Date(today), values[0], values[1], values[2], Show.Noun("person", values[0], ctx.Language)));
    }

    private static async Task<ExtraSession> SessionOfAsync(ChatContext ctx, SessionKind kind, DateOnly day, CancellationToken ct)
    {
        var me = ctx.Person.Id;
        var session = await ctx.Db.ExtraSessions.SingleOrDefaultAsync(s => s.OfficerId == me && s.Kind == kind && s.Date == day, ct);
        if (session is null)
        {
            session = new ExtraSession(me, kind, day, ctx.Now.Utc);
            ctx.Db.ExtraSessions.Add(session);
        }

        return session;
    }
}
