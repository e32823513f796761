using OneStopBot.Domain.People;

namespace OneStopBot.Persistence.Messaging;

/// <summary>A chat that proved it may see a dossier and is told of its changes.</summary>
public sealed class Follow
{
    public ChannelKind Channel { get; set; }

    public long ChatId { get; set; }

    public int DossierId { get; set; }

    public DateTime AtUtc { get; set; }
}
