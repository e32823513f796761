using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OneStopBot.Domain.Calendar;
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
    public static async Task<IReadOnlyDictionary<long, DossierCounts>> DossiersAsync(OneStopDbContext db, IWorkingCalendar calendar, Period period, DateOnly asOf, Slice slice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(calendar);
        var from = period.From;
        var to = period.To;
        var key = KeyOf(slice);

        var received = await ReceivedAsync(db, from, to, slice, ct);
        var onTime = await OnTimeAsync(db, from, to, asOf, slice, ct);
        var finished = await FinishedAsync(db, from, to, slice, ct);

        // The set of such dossiers is built once (IN over a union), not probed per dossier.
        var flagged = db.Ratings.Where(r => r.Level == SatisfactionLevel.NotSatisfied).Select(r => r.DossierId)
            .Union(db.Complaints.Where(c => c.DossierId != null).Select(c => c.DossierId!.Value));
        var dissatisfied = await db.Dossiers.AsNoTracking()
            .Where(d => d.ReceptionDate >= from && d.ReceptionDate <= to && flagged.Contains(d.Id))
            .GroupBy(key)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(ct);

        var result = new Dictionary<long, DossierCounts>();
        foreach (var group in received.GroupBy(r => r.Key))
        {
            result[group.Key] = Fold(group);
        }

        foreach (var x in onTime)
        {
            result[x.Key] = result.GetValueOrDefault(x.Key, DossierCounts.Empty) with
            {
                OnTimePopulation = x.Population,
                OnTimeOrNotDue = x.OnTimeOrNotDue,
                Overdue = x.Overdue,
            };
        }

        foreach (var group in finished.GroupBy(f => f.Key))
        {
            result[group.Key] = result.GetValueOrDefault(group.Key, DossierCounts.Empty) with
            {
                Finished = group.Sum(f => f.Count),
                FinishedOnTime = group.Where(f => !f.ForcedLate && f.EndedOn <= f.DueDate).Sum(f => f.Count),
                ProcessingDays = group.Sum(f => (long)f.Days(calendar) * f.Count),
            };
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
        var cut = asOf < to ? asOf : to;
        var rows = await db.Complaints.AsNoTracking()
            .Where(c => c.ReceivedOn >= from && c.ReceivedOn <= to)
            .GroupBy(key)
            .Select(g => new
            {
                g.Key,
                Received = g.Count(),
                OnTime = g.Count(c => c.FirstResolveBy != null
                    && (c.MoreInfoAskedOn == null || c.MoreInfoAskedOn > cut || c.MoreInfoAskedOn <= c.AskMoreBy)
                    && (c.FirstAnsweredOn != null && c.FirstAnsweredOn <= cut
                        ? (c.State == ComplaintState.Refused && c.ReopenCount == 0 ? c.FirstAnsweredOn <= c.RefuseBy : c.FirstAnsweredOn <= c.FirstResolveBy)
                        : c.FirstResolveBy >= cut)),
                Harassment = g.Count(c => c.Harassment && c.Upheld == true),
                Awaiting = g.Count(c => c.Harassment && c.Upheld == null && c.State != ComplaintState.Refused),
                Open = g.Count(c => c.State == ComplaintState.Received || c.State == ComplaintState.InProgress),
            })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Key, r => new ComplaintCounts
        {
            Received = r.Received,
            HandledOnTime = r.OnTime,
            Harassment = r.Harassment,
            HarassmentAwaitingFinding = r.Awaiting,
            Open = r.Open,
        });
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
    public static async Task<IndicatorReport> ReportAsync(OneStopDbContext db, IWorkingCalendar calendar, Period period, DateOnly asOf, CampaignTargets targets, IndexWeights weights, CancellationToken ct)
    {
        var dossiers = await DossiersAsync(db, calendar, period, asOf, Slice.All, ct);
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

    /// <summary>The campaign models on their days: returned the same day ("Ngày không chờ"), among dossiers received on
    /// those days, and paid without cash ("Ngày không giấy hẹn và không dùng tiền mặt"), among fees paid on those days.</summary>
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
            .Where(d => d.PaidOn != null && cashless.Contains(d.PaidOn.Value) && d.FeeVnd > 0 && d.Payment != PaymentMethod.None)
            .GroupBy(d => 0)
            .Select(g => new { All = g.Count(), NoCash = g.Count(d => d.Payment != PaymentMethod.Cash) })
            .SingleOrDefaultAsync(ct);
        return (Ratio.Of(same?.Same ?? 0, same?.All ?? 0), Ratio.Of(paid?.NoCash ?? 0, paid?.All ?? 0));
    }

    /// <summary>
    /// Received dossiers counted per (reception day, state, forced late, channel, online level, digitized, payment,
    /// paper result, electronic result, fee, fee payable online) and slice. The grouping follows the covering index's column order, so the
    /// database streams it without sorting and evaluates only the two date conditions per row; every other count is
    /// a sum over the (tens of thousands of) groups, done here.
    /// </summary>
    private static async Task<List<ReceivedGroup>> ReceivedAsync(OneStopDbContext db, DateOnly from, DateOnly to, Slice slice, CancellationToken ct)
    {
        var received = db.Dossiers.AsNoTracking().Where(d => d.ReceptionDate >= from && d.ReceptionDate <= to);
        return slice switch
        {
            Slice.Officer => await received
                .GroupBy(d => new { d.ReceptionDate, d.State, d.ForcedLate, d.Channel, d.OnlineLevel, d.DigitizedAtReception, d.Payment, d.PaperResult, d.ElectronicResult, d.FeeVnd, d.FeePayableOnline, Key = d.ReceivedById })
                .Select(g => new ReceivedGroup(
                    g.Key.Key, g.Key.State, g.Key.ForcedLate, g.Key.Channel, g.Key.OnlineLevel, g.Key.DigitizedAtReception, g.Key.Payment, g.Key.PaperResult, g.Key.ElectronicResult, g.Key.FeeVnd, g.Key.FeePayableOnline,
                    g.Count()))
                .ToListAsync(ct),
            Slice.Procedure => await received
                .GroupBy(d => new { d.ReceptionDate, d.State, d.ForcedLate, d.Channel, d.OnlineLevel, d.DigitizedAtReception, d.Payment, d.PaperResult, d.ElectronicResult, d.FeeVnd, d.FeePayableOnline, Key = (long)d.ProcedureId })
                .Select(g => new ReceivedGroup(
                    g.Key.Key, g.Key.State, g.Key.ForcedLate, g.Key.Channel, g.Key.OnlineLevel, g.Key.DigitizedAtReception, g.Key.Payment, g.Key.PaperResult, g.Key.ElectronicResult, g.Key.FeeVnd, g.Key.FeePayableOnline,
                    g.Count()))
                .ToListAsync(ct),
            _ => await received
                .GroupBy(d => new { d.ReceptionDate, d.State, d.ForcedLate, d.Channel, d.OnlineLevel, d.DigitizedAtReception, d.Payment, d.PaperResult, d.ElectronicResult, d.FeeVnd, d.FeePayableOnline })
                .Select(g => new ReceivedGroup(
                    0, g.Key.State, g.Key.ForcedLate, g.Key.Channel, g.Key.OnlineLevel, g.Key.DigitizedAtReception, g.Key.Payment, g.Key.PaperResult, g.Key.ElectronicResult, g.Key.FeeVnd, g.Key.FeePayableOnline,
                    g.Count()))
                .ToListAsync(ct),
        };
    }

    private static DossierCounts Fold(IEnumerable<ReceivedGroup> groups)
    {
        int received = 0, digitized = 0, partial = 0, partialOnline = 0, full = 0, fullOnline = 0, onlineCounted = 0,
            feeBearing = 0, paidOnline = 0, payable = 0, paidPayable = 0, paperResults = 0, electronic = 0, digitizedFully = 0;
        foreach (var g in groups)
        {
            var online = g.Channel == DossierChannel.Online;
            var fee = g.FeeVnd > 0;
            var counted = !g.PaperResult || g.ElectronicResult;
            received += g.Count;
            digitized += g.Digitized ? g.Count : 0;
            partial += g.OnlineLevel == OnlineLevel.Partial ? g.Count : 0;
            partialOnline += g.OnlineLevel == OnlineLevel.Partial && online ? g.Count : 0;
            full += g.OnlineLevel == OnlineLevel.Full ? g.Count : 0;
            fullOnline += g.OnlineLevel == OnlineLevel.Full && online ? g.Count : 0;
            onlineCounted += online && counted ? g.Count : 0;
            feeBearing += fee ? g.Count : 0;
            paidOnline += fee && g.Payment == PaymentMethod.Online ? g.Count : 0;
            payable += fee && g.FeePayableOnline ? g.Count : 0;
            paidPayable += fee && g.FeePayableOnline && g.Payment == PaymentMethod.Online ? g.Count : 0;
            paperResults += g.PaperResult ? g.Count : 0;
            electronic += g.PaperResult && g.ElectronicResult ? g.Count : 0;
            digitizedFully += g.Digitized && counted ? g.Count : 0;
        }

        return new DossierCounts
        {
            Received = received,
            Digitized = digitized,
            PartialLevel = partial,
            PartialOnline = partialOnline,
            FullLevel = full,
            FullOnline = fullOnline,
            OnlineCounted = onlineCounted,
            FeeBearing = feeBearing,
            PaidOnline = paidOnline,
            FeeBearingPayable = payable,
            PaidOnlinePayable = paidPayable,
            PaperResults = paperResults,
            ElectronicResults = electronic,
            DigitizedFully = digitizedFully,
        };
    }

    private sealed record ReceivedGroup(
        long Key, DossierState State, bool ForcedLate, DossierChannel Channel, OnlineLevel OnlineLevel, bool Digitized, PaymentMethod Payment,
        bool PaperResult, bool ElectronicResult, long FeeVnd, bool FeePayableOnline, int Count);

    /// <summary>
    /// 2.1 as the portal counts it: every dossier received or processed in the period (received by its end and not
    /// finished before its start), each judged at the end of the period (or today, for a period not over yet), so that a
    /// report on a past period does not change with the day it is run. Finished by then: on time when it ended by its due
    /// date. Unfinished then: not yet due when its due date is not past, or when it waits for the citizen's supplement
    /// asked for before its due date (the citizen's time does not count). A second supplement request or an apology
    /// makes it late whatever the dates.
    /// </summary>
    private static async Task<List<OnTimeGroup>> OnTimeAsync(OneStopDbContext db, DateOnly from, DateOnly to, DateOnly asOf, Slice slice, CancellationToken ct)
    {
        var cut = asOf < to ? asOf : to;
        var population = db.Dossiers.AsNoTracking().Where(d => d.ReceptionDate <= to && (d.EndedOn == null || d.EndedOn >= from));
        var rows = await population
            .GroupBy(KeyOf(slice))
            .Select(g => new OnTimeGroup(
                g.Key,
                g.Count(),
                g.Count(d => !d.ForcedLate && d.SupplementRequests <= 1 && (d.EndedOn != null && d.EndedOn <= cut
                    ? d.EndedOn <= d.DueDate
                    : d.DueDate >= cut || (d.State == DossierState.AwaitingSupplement && d.SupplementRequestedOn <= d.DueDate))),
                g.Count(d => (d.EndedOn == null || d.EndedOn > cut) && d.DueDate < cut
                    && !(d.State == DossierState.AwaitingSupplement && d.SupplementRequestedOn <= d.DueDate))))
            .ToListAsync(ct);
        return rows;
    }

    private sealed record OnTimeGroup(long Key, int Population, int OnTimeOrNotDue, int Overdue);

    /// <summary>
    /// Finished dossiers counted per (end, due, forced late, reception, unit of the procedure's time) and slice: the grouping follows the covering
    /// index's column order, so the database streams it without sorting and without per-row date arithmetic; the few
    /// thousand groups are summed here.
    /// </summary>
    private static async Task<List<FinishedGroup>> FinishedAsync(OneStopDbContext db, DateOnly from, DateOnly to, Slice slice, CancellationToken ct)
    {
        var ended = db.Dossiers.AsNoTracking().Where(d => d.EndedOn >= from && d.EndedOn <= to);
        return slice switch
        {
            Slice.Officer => await ended
                .GroupBy(d => new { EndedOn = d.EndedOn!.Value, d.DueDate, d.ForcedLate, d.ReceptionDate, d.ProcessingUnit, d.ReceivedById })
                .Select(g => new FinishedGroup(g.Key.EndedOn, g.Key.DueDate, g.Key.ForcedLate, g.Key.ReceptionDate, g.Key.ProcessingUnit, g.Key.ReceivedById, g.Count()))
                .ToListAsync(ct),
            Slice.Procedure => await ended
                .GroupBy(d => new { EndedOn = d.EndedOn!.Value, d.DueDate, d.ForcedLate, d.ReceptionDate, d.ProcessingUnit, d.ReceivedById, d.ProcedureId })
                .Select(g => new FinishedGroup(g.Key.EndedOn, g.Key.DueDate, g.Key.ForcedLate, g.Key.ReceptionDate, g.Key.ProcessingUnit, g.Key.ProcedureId, g.Count()))
                .ToListAsync(ct),
            _ => await ended
                .GroupBy(d => new { EndedOn = d.EndedOn!.Value, d.DueDate, d.ForcedLate, d.ReceptionDate, d.ProcessingUnit })
                .Select(g => new FinishedGroup(g.Key.EndedOn, g.Key.DueDate, g.Key.ForcedLate, g.Key.ReceptionDate, g.Key.ProcessingUnit, 0, g.Count()))
                .ToListAsync(ct),
        };
    }

    private sealed record FinishedGroup(DateOnly EndedOn, DateOnly DueDate, bool ForcedLate, DateOnly ReceptionDate, ProcessingUnit Unit, long Key, int Count)
    {
        /// <summary>2.2's time for one dossier: in the unit the procedure's time is counted in.</summary>
        public int Days(IWorkingCalendar calendar) => Unit == ProcessingUnit.CalendarDays
            ? EndedOn.DayNumber - ReceptionDate.DayNumber
            : calendar.WorkingDaysBetween(ReceptionDate, EndedOn);
    }

    private static Expression<Func<Dossier, long>> KeyOf(Slice slice) => slice switch
    {
        Slice.Officer => d => d.ReceivedById,
        Slice.Procedure => d => d.ProcedureId,
        _ => d => 0,
    };
}
