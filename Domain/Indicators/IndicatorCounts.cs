namespace OneStopBot.Domain.Indicators;

/// <summary>
/// What the database counts for one slice (all, one officer, one procedure) of one period; every indicator is a ratio of these.
/// "Received" means received in the period; "finished" means processing ended in the period.
/// </summary>
public sealed record DossierCounts
{
    /// <summary>Dossiers received in the period: the population of 3.3, 4.2, T2, T3.</summary>
    public int Received { get; init; }

    /// <summary>2.1's population: dossiers received or processed in the period (received by its end, not finished before its start).</summary>
    public int OnTimePopulation { get; init; }

    /// <summary>Of those, judged at the end of the period: finished by their legal due date, or unfinished and not yet due (waiting
    /// for a supplement asked for before the due date counts as not due), and never forced late (a second supplement request or an apology).</summary>
    public int OnTimeOrNotDue { get; init; }

    /// <summary>Of those: unfinished at the end of the period and past their due date.</summary>
    public int Overdue { get; init; }

    /// <summary>Dossiers whose processing ended in the period: the population of T1.</summary>
    public int Finished { get; init; }

    public int FinishedOnTime { get; init; }

    public int Digitized { get; init; }

    public int PartialLevel { get; init; }

    public int PartialOnline { get; init; }

    public int FullLevel { get; init; }

    public int FullOnline { get; init; }

    /// <summary>3.3's numerator: online dossiers, those needing a paper result only once an electronic result was issued.</summary>
    public int OnlineCounted { get; init; }

    /// <summary>Dossiers with a fee above zero (3.6's denominator).</summary>
    public int FeeBearing { get; init; }

    public int PaidOnline { get; init; }

    /// <summary>Fee-bearing dossiers of services that take online payment (T4's denominator).</summary>
    public int FeeBearingPayable { get; init; }

    public int PaidOnlinePayable { get; init; }

    /// <summary>Dossiers of paper-result procedures, whatever their state (4.1's denominator).</summary>
    public int PaperResults { get; init; }

    public int ElectronicResults { get; init; }

    /// <summary>4.2's numerator: digitized at reception, and with an electronic result where a paper result is issued.</summary>
    public int DigitizedFully { get; init; }

    /// <summary>Received dossiers with a "not satisfied" rating or a complaint (5.4).</summary>
    public int Dissatisfied { get; init; }

    /// <summary>Days from reception to end, summed over finished dossiers (2.2): working days where the procedure's time
    /// is in working days (or the same day), calendar days where the law words it in calendar days.</summary>
    public long ProcessingDays { get; init; }

    public static DossierCounts Empty { get; } = new();
}

public sealed record ComplaintCounts
{
    public int Received { get; init; }

    /// <summary>
    /// 5.2: judged at the end of the period, every deadline met that applies: a refusal within its 2 working days, the
    /// first request for more within 5, the first answer within the first 15 (a reopened complaint keeps them), or not
    /// yet answered and not yet past them. A complaint without a deadline is not counted as on time.
    /// </summary>
    public int HandledOnTime { get; init; }

    /// <summary>T5: harassment complaints found true (upheld by a recorded finding).</summary>
    public int Harassment { get; init; }

    /// <summary>Harassment complaints, not refused, with no finding yet: open, or answered and not yet concluded.</summary>
    public int HarassmentAwaitingFinding { get; init; }

    public int Open { get; init; }

    public static ComplaintCounts Empty { get; } = new();
}

public sealed record RatingCounts
{
    public int Rated { get; init; }

    public int VerySatisfied { get; init; }

    public int Satisfied { get; init; }

    public int NotSatisfied { get; init; }

    /// <summary>"% hài lòng" = (very satisfied + satisfied) / ratings.</summary>
    public Ratio Satisfaction => Ratio.Of(VerySatisfied + Satisfied, Rated);

    public static RatingCounts Empty { get; } = new();
}
