using OneStopBot.Domain.People;

namespace OneStopBot.Persistence.Messaging;

/// <summary>An update id already handled: a redelivered update is dropped.</summary>
public sealed class ProcessedUpdate
{
    public ChannelKind Channel { get; set; }

    public long UpdateId { get; set; }

    public DateTime AtUtc { get; set; }
}

/// <summary>The open multi-step form of a chat, kept in the database so a restart loses nothing.</summary>
public sealed class ConversationState
{
    public ChannelKind Channel { get; set; }

    public long ChatId { get; set; }

    public required string Kind { get; set; }

    /// <summary>The form's answers so far, as JSON.</summary>
    public required string Data { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}

public enum OutboxStatus
{
    Pending = 0,
    Sent = 1,
    /// <summary>Gave up after the retries; kept for the record.</summary>
    Failed = 2,
    /// <summary>The person blocked the bot (403); never retried.</summary>
    Blocked = 3,
}

/// <summary>A message for someone other than the sender, written in the same transaction as the change it reports.</summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    public ChannelKind Channel { get; set; }

    public long ChatId { get; set; }

    public required string Text { get; set; }

    /// <summary>Inline buttons as JSON rows of [text, data] pairs.</summary>
    public string? ButtonsJson { get; set; }

    /// <summary>A picture (a chart) sent with <see cref="Text"/> as its caption.</summary>
    public string? PhotoFileName { get; set; }

    public byte[]? PhotoBytes { get; set; }

    /// <summary>A file (an export) sent after the text.</summary>
    public string? DocumentFileName { get; set; }

    public byte[]? DocumentBytes { get; set; }

    /// <summary>Makes a message idempotent: a job that runs twice writes it once.</summary>
    public string? DedupeKey { get; set; }

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime NextAttemptAtUtc { get; set; }

    public DateTime? SentAtUtc { get; set; }

    public string? LastError { get; set; }
}

/// <summary>A chat that proved it may see a dossier and is told of its changes.</summary>
public sealed class Follow
{
    public ChannelKind Channel { get; set; }

    public long ChatId { get; set; }

    public int DossierId { get; set; }

    public DateTime AtUtc { get; set; }
}

/// <summary>The last number given in a series for a day (<see cref="DailyNumbers"/>).</summary>
public sealed class DailySequence
{
    /// <summary>The series: a unit's code for its dossier codes, "PA" for complaint codes.</summary>
    public required string UnitCode { get; set; }

    public DateOnly Date { get; set; }

    public int Last { get; set; }
}

/// <summary>Failed look-ups from one chat, to slow down guessing of code and phone pairs.</summary>
public sealed class LookupThrottle
{
    /// <summary>What is counted: a chat ("chat:Telegram:123") or a dossier code ("code:261124-0001").</summary>
    public required string Key { get; set; }

    public int Failures { get; set; }

    public DateTime WindowStartUtc { get; set; }

    public DateTime? BlockedUntilUtc { get; set; }
}
