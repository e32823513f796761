using Microsoft.EntityFrameworkCore;
using OneStopBot.Domain.Calendar;
using OneStopBot.Domain.Campaign;
using OneStopBot.Domain.Complaints;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.Indicators;
using OneStopBot.Persistence;
using OneStopBot.Persistence.Indicators;

namespace OneStopBot.Bot.Features.Digests;

public enum ReportPeriod
{
    Yesterday,
    Today,
    Week,
    Month,
    Campaign,
}

public sealed record SessionTotals(int HalfHourSessions, int HalfHourPeople, int SaturdaySessions, int SaturdayPeople);

public sealed record DigestSection(ReportPeriod Kind, Period Period, IndicatorReport Report, SessionTotals Sessions);

/// <summary>A dossier on a leader's list; <paramref name="WorkingDaysLate"/> counts working days past the due date, as /viec does.</summary>
public sealed record LateRow(string Tail, string Procedure, string? Officer, DateOnly Due, int WorkingDaysLate = 0);

public sealed record ComplaintRow(string Code, bool Harassment, DateOnly ReceivedOn, string Text);

/// <summary>Everything one digest shows, read from the database at one moment.</summary>
public sealed record Digest(
    DateOnly Today,
    DigestSection? Period,
    DigestSection? Campaign,
    Ratio NoWaitSameDay,
    Ratio CashlessPaid,
    IReadOnlyList<LateRow> Overdue,
    int OverdueTotal,
    IReadOnlyList<LateRow> DueToday,
    int DueTodayTotal,
    IReadOnlyList<ComplaintRow> Complaints,
    int ComplaintsTotal,
    int HarassmentOpen,
    IReadOnlyList<DailyPoint> Chart);

/// <summary>Reads a digest: the indicator aggregates from Persistence, plus the short lists leaders act on.</summary>
public static class DigestData
{
    public const int ListLimit = 10;

    public static Period PeriodOf(ReportPeriod kind, DateOnly today, CampaignOptions campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return kind switch
        {
            ReportPeriod.Yesterday => Period.Day(today.AddDays(-1)),
            ReportPeriod.Today => Period.Day(today),
            ReportPeriod.Week => new Period(today.AddDays(-(((int)today.DayOfWeek + 6) % 7)), today),
            ReportPeriod.Month => new Period(new DateOnly(today.Year, today.Month, 1), today),
            _ => campaign.ToDate(today),
        };
    }

    public static Task<Digest> LoadAsync(OneStopDbContext db, IWorkingCalendar calendar, DateOnly today, ReportPeriod kind, CampaignOptions campaign, IndexWeights weights, CancellationToken ct) =>
        LoadAsync(db, calendar, today, kind, campaign, weights, ListLimit, ct);

    /// <summary>The digest as of <paramref name="today"/>; its lists hold at most <paramref name="listLimit"/> rows (the chat's ten, or a page's more).</summary>
    public static async Task<Digest> LoadAsync(OneStopDbContext db, IWorkingCalendar calendar, DateOnly today, ReportPeriod kind, CampaignOptions campaign, IndexWeights weights, int listLimit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(campaign);
        DigestSection? period = null;
        if (kind != ReportPeriod.Campaign)
        {
            period = await SectionAsync(db, calendar, kind, PeriodOf(kind, today, campaign), today, campaign, weights, ct);
        }

        // The campaign to date stops at yesterday in the morning digest, at today on demand.
        var campaignLast = kind == ReportPeriod.Yesterday ? today.AddDays(-1) : today;
        var window = campaign.ToDate(campaignLast);
        DigestSection? campaignSection = null;
        var (sameDay, cashless) = (default(Ratio), default(Ratio));
        if (window.From <= window.To)
        {
            campaignSection = await SectionAsync(db, calendar, ReportPeriod.Campaign, window, today, campaign, weights, ct);
            var days = window.Days().ToList();
            (sameDay, cashless) = await IndicatorQueries.ModelDaysAsync(
                db,
                days.Where(d => d.DayOfWeek == campaign.NoWaitDay).ToList(),
                days.Where(d => d.DayOfWeek == campaign.CashlessDay).ToList(),
                ct);
        }

        var open = db.Dossiers.AsNoTracking().Where(d => d.EndedOn == null && d.State != DossierState.Registered);
        var overdue = open.Where(d => d.State != DossierState.AwaitingSupplement && d.DueDate < today);
        var dueToday = open.Where(d => d.DueDate == today);
        var openComplaints = db.Complaints.AsNoTracking().Where(c => c.State == ComplaintState.Received || c.State == ComplaintState.InProgress);

        return new Digest(
            today,
            period,
            campaignSection,
            sameDay,
            cashless,
            (await RowsAsync(db, overdue, listLimit, ct)).Select(r => r with { WorkingDaysLate = calendar.WorkingDaysBetween(r.Due, today) }).ToList(),
            await overdue.CountAsync(ct),
            await RowsAsync(db, dueToday, listLimit, ct),
            await dueToday.CountAsync(ct),
            await openComplaints.OrderByDescending(c => c.Harassment).ThenBy(c => c.ReceivedOn).ThenBy(c => c.Id).Take(listLimit)
                .Select(c => new ComplaintRow(c.TrackingCode, c.Harassment, c.ReceivedOn, c.Text)).ToListAsync(ct),
            await openComplaints.CountAsync(ct),
            await openComplaints.CountAsync(c => c.Harassment, ct),
            await IndicatorQueries.DailyAsync(db, new Period(today.AddDays(-14), today.AddDays(-1)), ct));
    }

    public static async Task<SessionTotals> SessionsAsync(OneStopDbContext db, Period period, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var (from, to) = (period.From, period.To);
        var rows = await db.ExtraSessions.AsNoTracking()
            .Where(s => s.Date >= from && s.Date <= to)
            .GroupBy(s => s.Kind)
            .Select(g => new { Kind = g.Key, Count = g.Count(), People = g.Sum(s => s.PeopleServed) })
            .ToListAsync(ct);
        var half = rows.FirstOrDefault(r => r.Kind == SessionKind.ExtraHalfHour);
        var saturday = rows.FirstOrDefault(r => r.Kind == SessionKind.SaturdayMorning);
        return new SessionTotals(half?.Count ?? 0, half?.People ?? 0, saturday?.Count ?? 0, saturday?.People ?? 0);
    }

    /// <summary>One period's figures as the digest counts them: the board and the report page read theirs here.</summary>
    public static Task<DigestSection> SectionAsync(OneStopDbContext db, IWorkingCalendar calendar, ReportPeriod kind, DateOnly today, CampaignOptions campaign, IndexWeights weights, CancellationToken ct) =>
        SectionAsync(db, calendar, kind, PeriodOf(kind, today, campaign), today, campaign, weights, ct);

    private static async Task<DigestSection> SectionAsync(OneStopDbContext db, IWorkingCalendar calendar, ReportPeriod kind, Period period, DateOnly today, CampaignOptions campaign, IndexWeights weights, CancellationToken ct) =>
        new(kind, period, await IndicatorQueries.ReportAsync(db, calendar, period, today, campaign.Targets, weights, ct), await SessionsAsync(db, period, ct));

    private static Task<List<LateRow>> RowsAsync(OneStopDbContext db, IQueryable<Dossier> dossiers, int limit, CancellationToken ct) =>
        (from d in dossiers.OrderBy(d => d.DueDate).ThenBy(d => d.Id).Take(limit)
         join p in db.People on d.ReceivedById equals p.Id into officers
         from p in officers.DefaultIfEmpty()
         orderby d.DueDate, d.Id
         select new LateRow(d.CodeTail, d.ProcedureName, p == null ? null : p.DisplayName, d.DueDate))
        .ToListAsync(ct);
}
