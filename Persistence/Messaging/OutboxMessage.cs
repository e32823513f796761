using OneStopBot.Domain.People;

namespace OneStopBot.Persistence.Messaging;

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
