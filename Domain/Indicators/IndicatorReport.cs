namespace OneStopBot.Domain.Indicators;

public enum TargetId
{
    T1 = 1,
    T2,
    T3,
    T4,
    T5,
}

/// <summary>Whether a target is met; <see cref="Unknown"/> when there is nothing to measure yet.</summary>
public enum TargetMark
{
    Unknown = 0,
    Met = 1,
    Missed = 2,
}

/// <summary>One campaign target beside its value.</summary>
public sealed record TargetResult(TargetId Id, Ratio Value, double Target, TargetMark Mark)
{
    /// <summary>T3 has two parts: partial-online and full-online services.</summary>
    public Ratio? FullOnline { get; init; }

    public double? FullOnlineTarget { get; init; }

    /// <summary>T5 is a count, not a ratio.</summary>
    public int? Count { get; init; }
}

/// <summary>One index (QĐ 766) indicator: its ratio, weight, threshold and score (null when nothing to score).</summary>
public sealed record IndexScore(string Id, int Group, Ratio Value, IndicatorWeight Weighting, double? Score);

/// <summary>The campaign targets and the index estimate for one slice of one period.</summary>
public sealed record IndicatorReport(IReadOnlyList<TargetResult> Targets, IReadOnlyList<IndexScore> Index, DossierCounts Dossiers, ComplaintCounts Complaints, RatingCounts Ratings)
{
    /// <summary>The index groups we compute, by number (2 progress, 3 online, 4 digitization, 5 satisfaction): score and possible.</summary>
    public IReadOnlyList<(int Group, double Score, double Possible)> Groups =>
        Index.Where(i => i.Score is not null)
            .GroupBy(i => i.Group)
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Sum(i => i.Score!.Value), g.Sum(i => i.Weighting.Weight)))
            .ToList();

    public double EstimatedScore => Groups.Sum(g => g.Score);

    public double PossibleScore => Groups.Sum(g => g.Possible);

    public TargetResult Target(TargetId id) => Targets.Single(t => t.Id == id);

    public IndexScore Indicator(string id) => Index.Single(i => i.Id == id);

    /// <summary>2.1 on-time rate.</summary>
    public Ratio OnTimeRate => Ratio.Of(Dossiers.OnTimeOrNotDue, Dossiers.OnTimePopulation);

    /// <summary>2.2 mean processing time over dossiers finished in the period, in each procedure's own days (working or calendar).</summary>
    public double? MeanProcessingDays => Dossiers.Finished == 0 ? null : (double)Dossiers.ProcessingDays / Dossiers.Finished;

    public static IndicatorReport Compute(DossierCounts dossiers, ComplaintCounts complaints, RatingCounts ratings, CampaignTargets targets, IndexWeights weights)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        ArgumentNullException.ThrowIfNull(complaints);
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(weights);
        var d = dossiers;

        var t1 = Ratio.Of(d.FinishedOnTime, d.Finished);
        var t2 = Ratio.Of(d.Digitized, d.Received);
        var partial = Ratio.Of(d.PartialOnline, d.PartialLevel);
        var full = Ratio.Of(d.FullOnline, d.FullLevel);
        var t4 = Ratio.Of(d.PaidOnlinePayable, d.FeeBearingPayable);
        var t3Mark = partial.Value is null && full.Value is null ? TargetMark.Unknown
            : (partial.Value is null || partial.Value >= targets.OnlinePartial) && (full.Value is null || full.Value >= targets.OnlineFull) ? TargetMark.Met
            : TargetMark.Missed;
        var targetResults = new List<TargetResult>
        {
            new(TargetId.T1, t1, targets.OnTime, MarkOf(t1, targets.OnTime)),
            new(TargetId.T2, t2, targets.Digitized, MarkOf(t2, targets.Digitized)),
            new(TargetId.T3, partial, targets.OnlinePartial, t3Mark) { FullOnline = full, FullOnlineTarget = targets.OnlineFull },
            new(TargetId.T4, t4, targets.OnlinePayment, MarkOf(t4, targets.OnlinePayment)),
            new(TargetId.T5, Ratio.Of(complaints.Harassment, 1), targets.HarassmentComplaints,
                complaints.Harassment <= targets.HarassmentComplaints ? TargetMark.Met : TargetMark.Missed) { Count = complaints.Harassment },
        };

        var onTime = Ratio.Of(d.OnTimeOrNotDue, d.OnTimePopulation);
        var satisfaction = SatisfactionInHandling(d);
        var index = new List<IndexScore>
        {
            Score("2.1", 2, onTime, weights.OnTime),
            Score("3.3", 3, Ratio.Of(d.OnlineCounted, d.Received), weights.OnlineDossiers),
            Score("3.6", 3, Ratio.Of(d.PaidOnline, d.FeeBearing), weights.OnlinePayment),
            Score("4.1", 4, Ratio.Of(d.ElectronicResults, d.PaperResults), weights.ElectronicResults),
            Score("4.2", 4, Ratio.Of(d.DigitizedFully, d.Received), weights.Digitization),
            Score("5.2", 5, Ratio.Of(complaints.HandledOnTime, complaints.Received), weights.ComplaintsOnTime),
            Score("5.4", 5, satisfaction, weights.Satisfaction),
        };
        return new IndicatorReport(targetResults, index, dossiers, complaints, ratings);
    }

    /// <summary>
    /// 5.4: 100% − (% overdue + % of dossiers with a complaint or a "not satisfied" rating). "% overdue" is the share of
    /// 2.1's population that is not on time (finished late or unfinished past due); the second share is of the dossiers
    /// received in the period. Kept as one exact fraction over the product of the two populations; never below 0.
    /// </summary>
    private static Ratio SatisfactionInHandling(DossierCounts d)
    {
        if (d.OnTimePopulation == 0 || d.Received == 0)
        {
            return Ratio.Of(0, 0);
        }

        long population = d.OnTimePopulation;
        long received = d.Received;
        var notLate = (long)d.OnTimeOrNotDue * received;
        var dissatisfied = (long)d.Dissatisfied * population;
        return Ratio.Of(Math.Max(0, notLate - dissatisfied), population * received);
    }

    private static IndexScore Score(string id, int group, Ratio value, IndicatorWeight weight) =>
        new(id, group, value, weight, value.Value is { } v ? weight.Score(v) : null);

    private static TargetMark MarkOf(Ratio value, double target) =>
        value.Value is not { } v ? TargetMark.Unknown : v >= target - 1e-9 ? TargetMark.Met : TargetMark.Missed;
}
