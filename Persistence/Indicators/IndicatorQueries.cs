using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OneStopBot.Domain.Complaints;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.Indicators;
using OneStopBot.Domain.Procedures;
using OneStopBot.Domain.Ratings;

namespace OneStopBot.Persistence.Indicators;

/// <summary>An inclusive range of office-local days.</summary>
public readonly record struct Period(DateOnly From, DateOnly To)
{
    public static Period Day(DateOnly day) => new(day, day);

    public bool Contains(DateOnly day) => day >= From && day <= To;

    public IEnumerable<DateOnly> Days()
    {
        for (var d = From; d <= To; d = d.AddDays(1))
        {
            yield return d;
        }
    }
}

/// <summary>How the counts are split.</summary>
public enum Slice
{
    /// <summary>One row for the whole office, keyed 0.</summary>
    All,
    /// <summary>One row per officer who received the dossiers (or was concerned by the complaint, or rated).</summary>
    Officer,
    /// <summary>One row per procedure.</summary>
    Procedure,
}

/// <summary>One day's figures for the chart.</summary>
public sealed record DailyPoint(DateOnly Day, Ratio OnTime, Ratio Online, Ratio Satisfaction);

/// <summary>
/// The indicator aggregates, counted by the database in a few grouped queries over indexed date columns
/// (reception, end of processing, rating and complaint days): nothing loads dossiers one by one.
/// </summary>
public static class IndicatorQueries
{
    public static async Task<IReadOnlyDictionary<long, DossierCounts>> DossiersAsync(OneStopDbContext db, Period period, DateOnly asOf, Slice slice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var from = period.From;
        var to = period.To;
        var key = KeyOf(slice);

        var received = await db.Dossiers.AsNoTracking()
            .Where(d => d.ReceptionDate >= from && d.ReceptionDate <= to)
            .GroupBy(key)
            .Select(g => new
            {
                g.Key,
                Received = g.Count(),
                OnTimeOrNotDue = g.Count(d => !d.ForcedLate && (d.EndedOn != null
                    ? d.EndedOn <= d.DueDate
                    : d.State == DossierState.AwaitingSupplement || d.DueDate >= asOf)),
                Overdue = g.Count(d => d.EndedOn == null && d.State != DossierState.AwaitingSupplement && d.DueDate < asOf),
                Digitized = g.Count(d => d.DigitizedAtReception),
                PartialLevel = g.Count(d => d.OnlineLevel == OnlineLevel.Partial),
                PartialOnline = g.Count(d => d.OnlineLevel == OnlineLevel.Partial && d.Channel == DossierChannel.Online),
                FullLevel = g.Count(d => d.OnlineLevel == OnlineLevel.Full),
                FullOnline = g.Count(d => d.OnlineLevel == OnlineLevel.Full && d.Channel == DossierChannel.Online),
                OnlineCounted = g.Count(d => d.Channel == DossierChannel.Online && (!d.PaperResult || d.ElectronicResult)),
                FeeBearing = g.Count(d => d.FeeVnd > 0),
                PaidOnline = g.Count(d => d.FeeVnd > 0 && d.Payment == PaymentMethod.Online),
                FeeBearingPayable = g.Count(d => d.FeeVnd > 0 && d.OnlineLevel != OnlineLevel.None),
                PaidOnlinePayable = g.Count(d => d.FeeVnd > 0 && d.OnlineLevel != OnlineLevel.None && d.Payment == PaymentMethod.Online),
                PaperResults = g.Count(d => d.PaperResult && (d.State == DossierState.Done || d.State == DossierState.Returned)),
                ElectronicResults = g.Count(d => d.PaperResult && d.ElectronicResult && (d.State == DossierState.Done || d.State == DossierState.Returned)),
                DigitizedFully = g.Count(d => d.DigitizedAtReception && (!d.PaperResult || d.ElectronicResult)),
            })
            .ToListAsync(ct);

        var finished = await db.Dossiers.AsNoTracking()
            .Where(d => d.EndedOn >= from && d.EndedOn <= to)
            .GroupBy(key)
            .Select(g => new
            {
                g.Key,
                Finished = g.Count(),
                OnTime = g.Count(d => !d.ForcedLate && d.EndedOn <= d.DueDate),
                Days = g.Sum(d => (long)(d.EndedOn!.Value.DayNumber - d.ReceptionDate.DayNumber)),
            })
            .ToListAsync(ct);

        // A dossier counts once however many complaints or ratings it has.
        var dissatisfied = await db.Dossiers.AsNoTracking()
            .Where(d => d.ReceptionDate >= from && d.ReceptionDate <= to)
            .Where(d => db.Ratings.Any(r => r.DossierId == d.Id && r.Level == SatisfactionLevel.NotSatisfied)
                || db.Complaints.Any(c => c.DossierId == d.Id))
            .GroupBy(key)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(ct);

        var result = new Dictionary<long, DossierCounts>();
        foreach (var r in received)
        {
            result[r.Key] = new DossierCounts
            {
                Received = r.Received,
                OnTimeOrNotDue = r.OnTimeOrNotDue,
                Overdue = r.Overdue,
                Digitized = r.Digitized,
                PartialLevel = r.PartialLevel,
                PartialOnline = r.PartialOnline,
                FullLevel = r.FullLevel,
                FullOnline = r.FullOnline,
                OnlineCounted = r.OnlineCounted,
                FeeBearing = r.FeeBearing,
                PaidOnline = r.PaidOnline,
                FeeBearingPayable = r.FeeBearingPayable,
                PaidOnlinePayable = r.PaidOnlinePayable,
                PaperResults = r.PaperResults,
                ElectronicResults = r.ElectronicResults,
                DigitizedFully = r.DigitizedFully,
            };
        }

        foreach (var f in finished)
        {
            result[f.Key] = result.GetValueOrDefault(f.Key, DossierCounts.Empty) with { Finished = f.Finished, FinishedOnTime = f.OnTime, ProcessingDays = f.Days };
        }

        foreach (var x in dissatisfied)
        {
            result[x.Key] = result.GetValueOrDefault(x.Key, DossierCounts.Empty) with { Dissatisfied = x.Count };
        }

        return result;
    }

    public static async Task<IReadOnlyDictionary<long, ComplaintCounts>> ComplaintsAsync(OneStopDbContext db, Period period, DateOnly asOf, Slice slice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var from = period.From;
        var to = period.To;
        Expression<Func<Complaint, long>> key = slice switch
        {
            Slice.Officer => c => c.OfficerId ?? 0,
            Slice.Procedure => throw new ArgumentOutOfRangeException(nameof(slice), "Complaints are not split by procedure."),
            _ => c => 0,
        };
        var rows = await db.Complaints.AsNoTracking()
            .Where(c => c.ReceivedOn >= from && c.ReceivedOn <= to)
            .GroupBy(key)
            .Select(g => new
            {
                g.Key,
                Received = g.Count(),
                OnTime = g.Count(c => c.AnsweredOn != null
                    ? c.ResolveBy == null || c.AnsweredOn <= c.ResolveBy
                    : c.ResolveBy == null || c.ResolveBy >= asOf),
                Harassment = g.Count(c => c.Harassment && c.State != ComplaintState.Refused),
                Open = g.Count(c => c.State == ComplaintState.Received || c.State == ComplaintState.InProgress),
            })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Key, r => new ComplaintCounts { Received = r.Received, HandledOnTime = r.OnTime, Harassment = r.Harassment, Open = r.Open });
    }

    /// <summary>Ratings given in the period; by officer, a rating counts for the officer who received and the one who returned the dossier.</summary>
    public static async Task<IReadOnlyDictionary<long, RatingCounts>> RatingsAsync(OneStopDbContext db, Period period, Slice slice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var from = period.From;
        var to = period.To;
        var rated = db.Ratings.AsNoTracking().Where(r => r.RatedOn >= from && r.RatedOn <= to && r.Level != null);
        var result = new Dictionary<long, RatingCounts>();
        switch (slice)
        {
            case Slice.All:
                await AddAsync(rated.GroupBy(r => 0L));
                break;
            case Slice.Officer:
                await AddAsync(rated.GroupBy(r => r.ReceivedById));
                await AddAsync(rated.Where(r => r.ReturnedById != null && r.ReturnedById != r.ReceivedById).GroupBy(r => r.ReturnedById!.Value));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(slice), "Ratings are split by officer only.");
        }

        return result;

        async Task AddAsync(IQueryable<IGrouping<long, Rating>> groups)
        {
            var rows = await groups.Select(g => new
            {
                g.Key,
                Rated = g.Count(),
                Very = g.Count(r => r.Level == SatisfactionLevel.VerySatisfied),
                Satisfied = g.Count(r => r.Level == SatisfactionLevel.Satisfied),
                Not = g.Count(r => r.Level == SatisfactionLevel.NotSatisfied),
            }).ToListAsync(ct);
            foreach (var r in rows)
            {
                var before = result.GetValueOrDefault(r.Key, RatingCounts.Empty);
                result[r.Key] = new RatingCounts
                {
                    Rated = before.Rated + r.Rated,
                    VerySatisfied = before.VerySatisfied + r.Very,
                    Satisfied = before.Satisfied + r.Satisfied,
                    NotSatisfied = before.NotSatisfied + r.Not,
                };
            }
        }
    }

    /// <summary>The whole office's report for a period, as of a day.</summary>
    public static async Task<IndicatorReport> ReportAsync(OneStopDbContext db, Period period, DateOnly asOf, CampaignTargets targets, IndexWeights weights, CancellationToken ct)
    {
        var dossiers = await DossiersAsync(db, period, asOf, Slice.All, ct);
        var complaints = await ComplaintsAsync(db, period, asOf, Slice.All, ct);
        var ratings = await RatingsAsync(db, period, Slice.All, ct);
        return IndicatorReport.Compute(
            dossiers.GetValueOrDefault(0, DossierCounts.Empty),
            complaints.GetValueOrDefault(0, ComplaintCounts.Empty),
            ratings.GetValueOrDefault(0, RatingCounts.Empty),
            targets,
            weights);
    }

    /// <summary>Per day: on time among dossiers finished that day, online among those received, satisfied among ratings.</summary>
    public static async Task<IReadOnlyList<DailyPoint>> DailyAsync(OneStopDbContext db, Period period, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var from = period.From;
        var to = period.To;
        var finished = await db.Dossiers.AsNoTracking()
            .Where(d => d.EndedOn >= from && d.EndedOn <= to)
            .GroupBy(d => d.EndedOn!.Value)
            .Select(g => new { Day = g.Key, All = g.Count(), OnTime = g.Count(d => !d.ForcedLate && d.EndedOn <= d.DueDate) })
            .ToDictionaryAsync(x => x.Day, ct);
        var received = await db.Dossiers.AsNoTracking()
            .Where(d => d.ReceptionDate >= from && d.ReceptionDate <= to)
            .GroupBy(d => d.ReceptionDate)
            .Select(g => new { Day = g.Key, All = g.Count(), Online = g.Count(d => d.Channel == DossierChannel.Online) })
            .ToDictionaryAsync(x => x.Day, ct);
        var rated = await db.Ratings.AsNoTracking()
            .Where(r => r.RatedOn >= from && r.RatedOn <= to && r.Level != null)
            .GroupBy(r => r.RatedOn)
            .Select(g => new { Day = g.Key, All = g.Count(), Good = g.Count(r => r.Level != SatisfactionLevel.NotSatisfied) })
            .ToDictionaryAsync(x => x.Day, ct);
        return period.Days().Select(day => new DailyPoint(
            day,
            finished.TryGetValue(day, out var f) ? Ratio.Of(f.OnTime, f.All) : default,
            received.TryGetValue(day, out var r) ? Ratio.Of(r.Online, r.All) : default,
            rated.TryGetValue(day, out var s) ? Ratio.Of(s.Good, s.All) : default)).ToList();
    }

    /// <summary>The campaign models on their days: returned the same day ("Ngày không chờ") and paid without cash
    /// ("Ngày không giấy hẹn và không dùng tiền mặt"), among dossiers received on those days.</summary>
    public static async Task<(Ratio SameDay, Ratio Cashless)> ModelDaysAsync(OneStopDbContext db, IReadOnlyCollection<DateOnly> noWaitDays, IReadOnlyCollection<DateOnly> cashlessDays, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var noWait = noWaitDays.ToList();
        var cashless = cashlessDays.ToList();
        var same = noWait.Count == 0 ? null : await db.Dossiers.AsNoTracking()
            .Where(d => noWait.Contains(d.ReceptionDate))
            .GroupBy(d => 0)
            .Select(g => new { All = g.Count(), Same = g.Count(d => d.EndedOn == d.ReceptionDate) })
            .SingleOrDefaultAsync(ct);
        var paid = cashless.Count == 0 ? null : await db.Dossiers.AsNoTracking()
            .Where(d => cashless.Contains(d.ReceptionDate) && d.FeeVnd > 0 && d.Payment != PaymentMethod.None)
            .GroupBy(d => 0)
            .Select(g => new { All = g.Count(), NoCash = g.Count(d => d.Payment != PaymentMethod.Cash) })
            .SingleOrDefaultAsync(ct);
        return (Ratio.Of(same?.Same ?? 0, same?.All ?? 0), Ratio.Of(paid?.NoCash ?? 0, paid?.All ?? 0));
    }

    private static Expression<Func<Dossier, long>> KeyOf(Slice slice) => slice switch
    {
        Slice.Officer => d => d.ReceivedById,
        Slice.Procedure => d => d.ProcedureId,
        _ => d => 0,
    };
}
