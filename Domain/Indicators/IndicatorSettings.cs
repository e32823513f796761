namespace OneStopBot.Domain.Indicators;

/// <summary>The campaign's five targets (configuration <c>Campaign:Targets</c>); ratios are 0–1.</summary>
public sealed class CampaignTargets
{
    /// <summary>T1: finished dossiers returned on time or early.</summary>
    public double OnTime { get; set; } = 1.0;

    /// <summary>T2: dossiers digitized at reception.</summary>
    public double Digitized { get; set; } = 1.0;

    /// <summary>T3: online share for partial-online services.</summary>
    public double OnlinePartial { get; set; } = 0.5;

    /// <summary>T3: online share for full-online services.</summary>
    public double OnlineFull { get; set; } = 1.0;

    /// <summary>T4: fees paid online among fee-bearing dossiers of services that take online payment.</summary>
    public double OnlinePayment { get; set; } = 0.8;

    /// <summary>T5: the most harassment complaints (upheld by a recorded finding) the campaign tolerates.</summary>
    public int HarassmentComplaints { get; set; }
}

/// <summary>
/// Weights and thresholds of the index indicators we can compute (configuration <c>Index</c>). The defaults follow the
/// portal's groups (progress 20 = 2.1; online services 12 = 3.3 and online payment 10 = 3.6; digitization 22 = 4.1 + 4.2;
/// satisfaction 18 = 5.2 + 5.4); the portal changes them, so a deployment should check them.
/// </summary>
public sealed class IndexWeights
{
    /// <summary>The public-and-transparent group, which the bot's data cannot score: shown as left out, never estimated.</summary>
    public const double TransparencyPoints = 18;

    /// <summary>2.1 on-time rate, linear.</summary>
    public IndicatorWeight OnTime { get; set; } = new(20, 1.0);

    /// <summary>3.3 online dossier rate, full at 50%.</summary>
    public IndicatorWeight OnlineDossiers { get; set; } = new(12, 0.5);

    /// <summary>3.6 online payment rate, linear.</summary>
    public IndicatorWeight OnlinePayment { get; set; } = new(10, 1.0);

    /// <summary>4.1 electronic results.</summary>
    public IndicatorWeight ElectronicResults { get; set; } = new(11, 1.0);

    /// <summary>4.2 digitization rate, full at 80%.</summary>
    public IndicatorWeight Digitization { get; set; } = new(11, 0.8);

    /// <summary>5.2 complaints handled on time.</summary>
    public IndicatorWeight ComplaintsOnTime { get; set; } = new(9, 1.0);

    /// <summary>5.4 satisfaction in handling, full at 90%.</summary>
    public IndicatorWeight Satisfaction { get; set; } = new(9, 0.9);
}

/// <summary>
/// The emulation score of an officer (configuration <c>Campaign:Ranking</c>):
/// points per dossier handled + per on-time percentage point + per satisfaction percentage point + per vote + per extra session.
/// </summary>
public sealed class RankingFormula
{
    public double PerDossier { get; set; } = 0.1;

    public double PerOnTimePoint { get; set; } = 0.5;

    public double PerSatisfactionPoint { get; set; } = 0.3;

    public double PerVote { get; set; } = 1;

    public double PerExtraSession { get; set; } = 2;

    public double Score(OfficerStanding s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return (PerDossier * s.Handled)
            + (PerOnTimePoint * 100 * (s.OnTime.Value ?? 0))
            + (PerSatisfactionPoint * 100 * (s.Satisfaction.Value ?? 0))
            + (PerVote * s.Votes)
            + (PerExtraSession * s.ExtraSessions);
    }
}

/// <summary>One officer's figures for a period, before scoring.</summary>
public sealed record OfficerStanding(long OfficerId, string Name, int Handled, Ratio OnTime, Ratio Satisfaction, int Votes, int ExtraSessions);
