using OneStopBot.Domain.People;

namespace OneStopBot.Persistence.Messaging;

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
