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
    public const string HalfHourPrefix = "x30";
    public const string SaturdayPrefix = "sat";
    private const int StaffLimit = 40;

    public static IReadOnlyList<IReadOnlyList<Button>> ReminderButtons(DateOnly day, Language lang) =>
    [
        [
            new Button(SessionTexts.Stay[lang], $"{HalfHourPrefix}:y:{day:yyyyMMdd}"),
            new Button(SessionTexts.NotToday[lang], $"{HalfHourPrefix}:n:{day:yyyyMMdd}"),
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

        if (day != ctx.Now.Date)
        {
            // The reminder is for its own day: an old or forged button records nothing.
            ctx.Reply(ctx.T(SessionTexts.ReminderExpired, Show.Date(day)));
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
        var dateAfterVerb = words.Length >= 2 && ActionParser.TryDate(words[1], out var given) ? given : (DateOnly?)null;
        switch (verb)
        {
            case "":
                await AskAsync(ctx, NextSaturday(ctx.Now.Date), ct);
                return;
            case "ds" or "list":
                await RosterAsync(ctx, ct);
                return;
            case "ghi" or "log":
                await LogSaturdayAsync(ctx, words[1..], ct);
                return;
            case "huy" or "cancel" when words.Length == 1 || (words.Length == 2 && dateAfterVerb is not null):
                await CancelAsync(ctx, dateAfterVerb, ct);
                return;
            case "giao" or "assign":
                if (!AccessHandler.RequireLeader(ctx))
                {
                    return;
                }

                if (words.Length >= 2 && dateAfterVerb is null && long.TryParse(words[1], NumberStyles.None, CultureInfo.InvariantCulture, out var officerId))
                {
                    if (words.Length == 2)
                    {
                        await AssignAsync(ctx, officerId, NextSaturday(ctx.Now.Date), ct);
                    }
                    else if (words.Length == 3 && ActionParser.TryDate(words[2], out var d))
                    {
                        await AssignAsync(ctx, officerId, d, ct);
                    }
                    else
                    {
                        ctx.Reply(ctx.T(SessionTexts.SaturdayUsage));
                    }

                    return;
                }

                if (words.Length == 1 || (words.Length == 2 && dateAfterVerb is not null))
                {
                    await StaffAsync(ctx, dateAfterVerb ?? NextSaturday(ctx.Now.Date), ct);
                    return;
                }

                ctx.Reply(ctx.T(SessionTexts.SaturdayUsage));
                return;
            default:
                if (words.Length == 1 && ActionParser.TryDate(words[0], out var asked))
                {
                    await AskAsync(ctx, asked, ct);
                    return;
                }

                ctx.Reply(ctx.T(SessionTexts.SaturdayUsage));
                return;
        }
    }

    /// <summary>The Saturday buttons: sign up (y), cancel (n), the staff to assign (s) and assign one (g), each with its date.</summary>
    public async Task SaturdayButtonAsync(ChatContext ctx, string data, CancellationToken ct)
    {
        if (!AccessHandler.RequireStaff(ctx))
        {
            return;
        }

        var parts = data.Split(':');
        if (parts.Length < 3 || !DateOnly.TryParseExact(parts[^1], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            ctx.Reply(ctx.T(Start.StartTexts.Unknown));
            return;
        }

        if (parts[1] is "s" or "g" && !AccessHandler.RequireLeader(ctx))
        {
            return;
        }

        switch (parts[1])
        {
            case "y" when parts.Length == 3:
                await SignUpAsync(ctx, ctx.Person, date, ct);
                return;
            case "n" when parts.Length == 3:
                await CancelAsync(ctx, date, ct);
                return;
            case "s" when parts.Length == 3:
                await StaffAsync(ctx, date, ct);
                return;
            case "g" when parts.Length == 4 && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var officerId):
                await AssignAsync(ctx, officerId, date, ct);
                return;
            default:
                ctx.Reply(ctx.T(Start.StartTexts.Unknown));
                return;
        }
    }

    /// <summary>The first Saturday strictly after <paramref name="today"/>.</summary>
    public static DateOnly NextSaturday(DateOnly today)
    {
        var days = ((int)DayOfWeek.Saturday - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(days == 0 ? 7 : days);
    }

    /// <summary>Who is on that Saturday, and a button to sign up (or to cancel when the person already is).</summary>
    private static async Task AskAsync(ChatContext ctx, DateOnly date, CancellationToken ct)
    {
        if (RefuseDate(ctx, date))
        {
            return;
        }

        var onDuty = await OnDutyAsync(ctx, date, ct);
        var names = onDuty.Select(p => p.Name).ToList();
        var on = onDuty.Any(p => p.Id == ctx.Person.Id);
        var who = names.Count == 0 ? ctx.T(SessionTexts.RosterEmpty) : ctx.T(SessionTexts.OnDuty, string.Join(", ", names));
        var stamp = date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        List<Button> row = on
            ? [new(ctx.T(SessionTexts.CancelDutyButton), $"{SaturdayPrefix}:n:{stamp}")]
            : [new(ctx.T(SessionTexts.SignUpButton, Show.Date(date)), $"{SaturdayPrefix}:y:{stamp}")];
        if (ctx.Person.Has(Role.Leader))
        {
            row.Add(new(ctx.T(SessionTexts.AssignButton), $"{SaturdayPrefix}:s:{stamp}"));
        }

        ctx.Reply(ctx.T(on ? SessionTexts.AskOnDuty : SessionTexts.AskSignUp, Show.Date(date), who), [row]);
    }

    private static async Task SignUpAsync(ChatContext ctx, Person officer, DateOnly date, CancellationToken ct)
    {
        if (RefuseDate(ctx, date))
        {
            return;
        }

        if (await ctx.Db.SaturdayDuties.AnyAsync(s => s.Date == date && s.OfficerId == officer.Id, ct))
        {
            ctx.Reply(ctx.T(SessionTexts.AlreadyOnRoster, officer.DisplayName, Show.Date(date)));
            return;
        }

        ctx.Db.SaturdayDuties.Add(new SaturdayDuty(officer.UnitCode ?? string.Empty, date, officer.Id, ctx.Person.Id, ctx.Now.Utc));
        if (officer.Id == ctx.Person.Id)
        {
            ctx.Reply(ctx.T(SessionTexts.SignedUp, officer.DisplayName, Show.Date(date)));
            return;
        }

        ctx.Reply(ctx.T(SessionTexts.Assigned, officer.DisplayName, Show.Date(date)));
        ctx.Notify(officer.Channel, officer.ExternalId, SessionTexts.AssignedNotice.Format(officer.Language, ctx.Person.DisplayName, Show.Date(date)));
    }

    private static async Task AssignAsync(ChatContext ctx, long officerId, DateOnly date, CancellationToken ct)
    {
        var officer = await ctx.Db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == officerId && p.Role >= Role.Officer, ct);
        if (officer is null)
        {
            ctx.Reply(ctx.T(SessionTexts.NoSuchOfficer, officerId));
            return;
        }

        await SignUpAsync(ctx, officer, date, ct);
    }

    /// <summary>Takes the person off a Saturday (the next one they are on when no date is given); whoever assigned them is told.</summary>
    private static async Task CancelAsync(ChatContext ctx, DateOnly? date, CancellationToken ct)
    {
        var me = ctx.Person.Id;
        var today = ctx.Now.Date;
        var duty = await ctx.Db.SaturdayDuties
            .Where(s => s.OfficerId == me && (date == null ? s.Date >= today : s.Date == date))
            .OrderBy(s => s.Date)
            .FirstOrDefaultAsync(ct);
        if (duty is null || duty.Date < today)
        {
            ctx.Reply(date is { } d ? ctx.T(SessionTexts.NotOnRoster, Show.Date(d)) : ctx.T(SessionTexts.NoComingDuty));
            return;
        }

        ctx.Db.SaturdayDuties.Remove(duty);
        ctx.Reply(ctx.T(SessionTexts.DutyCancelled, Show.Date(duty.Date)));
        if (duty.AssignedById != me && await ctx.Db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == duty.AssignedById, ct) is { } assigner)
        {
            ctx.Notify(assigner.Channel, assigner.ExternalId, SessionTexts.DutyCancelledNotice.Format(assigner.Language, ctx.Person.DisplayName, Show.Date(duty.Date)));
        }
    }

    /// <summary>For a leader: the officers by name, who is already on that Saturday, and a button to assign each of the others.</summary>
    private static async Task StaffAsync(ChatContext ctx, DateOnly date, CancellationToken ct)
    {
        if (RefuseDate(ctx, date))
        {
            return;
        }

        var staff = await ctx.Db.People.AsNoTracking().Where(p => p.Role >= Role.Officer)
            .OrderBy(p => p.DisplayName).Take(StaffLimit).ToListAsync(ct);
        var on = await ctx.Db.SaturdayDuties.AsNoTracking().Where(s => s.Date == date).Select(s => s.OfficerId).ToListAsync(ct);
        var text = new StringBuilder(ctx.T(SessionTexts.StaffHeader, Show.Date(date)));
        foreach (var p in staff)
        {
            text.Append("\n• ").Append(p.DisplayName).Append(" (").Append(p.Id).Append(')');
            if (on.Contains(p.Id))
            {
                text.Append(" — ").Append(ctx.T(SessionTexts.StaffOnDuty));
            }
        }

        var stamp = date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var buttons = staff.Where(p => !on.Contains(p.Id)).Chunk(2)
            .Select(pair => (IReadOnlyList<Button>)pair.Select(p => new Button(p.DisplayName, $"{SaturdayPrefix}:g:{p.Id}:{stamp}")).ToList())
            .ToList();
        ctx.Reply(text.ToString(), buttons);
    }

    private static async Task<List<(long Id, string Name)>> OnDutyAsync(ChatContext ctx, DateOnly date, CancellationToken ct) =>
        (await (from s in ctx.Db.SaturdayDuties.AsNoTracking()
                where s.Date == date
                join p in ctx.Db.People on s.OfficerId equals p.Id
                orderby p.DisplayName
                select new { p.Id, p.DisplayName }).ToListAsync(ct))
        .Select(p => (p.Id, p.DisplayName)).ToList();

    /// <summary>Only a Saturday from today on can be signed up for.</summary>
    private static bool RefuseDate(ChatContext ctx, DateOnly date)
    {
        if (date.DayOfWeek != DayOfWeek.Saturday)
        {
            ctx.Reply(ctx.T(SessionTexts.NotSaturday, Show.Date(date)));
            return true;
        }

        if (date < ctx.Now.Date)
        {
            ctx.Reply(ctx.T(SessionTexts.DatePassed, Show.Date(date)));
            return true;
        }

        return false;
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
            session = new ExtraSession(ctx.Person.UnitCode ?? string.Empty, me, kind, day, ctx.Now.Utc);
            ctx.Db.ExtraSessions.Add(session);
        }

        return session;
    }
}
