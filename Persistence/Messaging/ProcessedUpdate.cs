using OneStopBot.Domain.People;

namespace OneStopBot.Persistence.Messaging;

/// <summary>An update id already handled: a redelivered update is dropped.</summary>
public sealed class ProcessedUpdate
{
    public ChannelKind Channel { get; set; }

    public long UpdateId { get; set; }

    public DateTime AtUtc { get; set; }
}
