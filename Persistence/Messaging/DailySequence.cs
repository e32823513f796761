namespace OneStopBot.Persistence.Messaging;

/// <summary>The last number given in a series for a day (<see cref="DailyNumbers"/>).</summary>
public sealed class DailySequence
{
    /// <summary>The series: a unit's code for its dossier codes, "PA" for complaint codes.</summary>
    public required string UnitCode { get; set; }

    public DateOnly Date { get; set; }

    public int Last { get; set; }
}
