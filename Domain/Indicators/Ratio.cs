namespace OneStopBot.Domain.Indicators;

/// <summary>A count over a count; <see cref="Value"/> is null when there is nothing to count.</summary>
public readonly record struct Ratio(long Numerator, long Denominator)
{
    public double? Value => Denominator == 0 ? null : (double)Numerator / Denominator;

    public static Ratio Of(long numerator, long denominator) => new(numerator, denominator);
}

/// <summary>How the index (QĐ 766) scores one indicator: full weight at or above the threshold, proportionally below it.</summary>
public sealed class IndicatorWeight
{
    public IndicatorWeight()
    {
    }

    public IndicatorWeight(double weight, double threshold)
    {
        Weight = weight;
        Threshold = threshold;
    }

    /// <summary>Points the indicator is worth.</summary>
    public double Weight { get; set; }

    /// <summary>The ratio (0–1) that earns the full weight; 1 for a linear indicator.</summary>
    public double Threshold { get; set; } = 1;

    /// <summary>score = weight when ratio ≥ T, else ratio × weight / T.</summary>
    public double Score(double ratio)
    {
        if (Threshold <= 0 || ratio >= Threshold)
        {
            return Weight;
        }

        return Math.Max(0, ratio) * Weight / Threshold;
    }
}
