using Microsoft.EntityFrameworkCore;
using OneStopBot.Domain.Calendar;
using OneStopBot.Domain.Indicators;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;
using OneStopBot.Persistence.Indicators;

namespace OneStopBot.Bot.Features.Ranking;

public sealed record RankedOfficer(int Rank, OfficerStanding Standing, double Score);

/// <summary>The emulation ranking: per officer dossiers handled, on time, satisfaction, votes and extra sessions, scored by the configured formula.</summary>
public static class RankingQueries
{
    public static async Task<IReadOnlyList<RankedOfficer>> RankAsync(OneStopDbContext db, IWorkingCalendar calendar, Period period, DateOnly asOf, RankingFormula formula, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(formula);
        var dossiers = await IndicatorQueries.DossiersAsync(db, calendar, period, asOf, Slice.Officer, ct);
        var ratings = await IndicatorQueries.RatingsAsync(db, period, Slice.Officer, ct);
        var (from, to) = (period.From, period.To);
        var firstMonth = new DateOnly(from.Year, from.Month, 1);
        var votes = await db.Votes.AsNoTracking().Where(v => v.Month >= firstMonth && v.Month <= to)
            .GroupBy(v => v.OfficerId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var sessions = await db.ExtraSessions.AsNoTracking().Where(s => s.Date >= from && s.Date <= to)
            .GroupBy(s => s.OfficerId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var officers = await db.People.AsNoTracking().Where(p => p.Role == Role.Officer).Select(p => new { p.Id, p.DisplayName }).ToListAsync(ct);

        var standings = officers.Select(o =>
        {
            var d = dossiers.GetValueOrDefault(o.Id, DossierCounts.Empty);
            var r = ratings.GetValueOrDefault(o.Id, RatingCounts.Empty);
            return new OfficerStanding(o.Id, o.DisplayName, d.Finished, Ratio.Of(d.FinishedOnTime, d.Finished), r.Satisfaction, votes.GetValueOrDefault(o.Id), sessions.GetValueOrDefault(o.Id));
        });
        return standings
            .Select(s => (Standing: s, Score: formula.Score(s)))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Standing.Name, StringComparer.Ordinal)
            .Select((x, i) => new RankedOfficer(i + 1, x.Standing, Math.Round(x.Score, 1)))
            .ToList();
    }
}
