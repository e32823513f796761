namespace OneStopBot.Persistence.Messaging;

/// <summary>Failed look-ups from one chat, to slow down guessing of code and phone pairs.</summary>
public sealed class LookupThrottle
{
    /// <summary>What is counted: a chat ("chat:Telegram:123") or a dossier code ("code:261124-0001").</summary>
    public required string Key { get; set; }

    public int Failures { get; set; }

    public DateTime WindowStartUtc { get; set; }

    public DateTime? BlockedUntilUtc { get; set; }
}
