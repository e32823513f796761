namespace OneStopBot.Bot.Channels.Telegram;

/// <summary>
/// How many messages Telegram takes: in any <see cref="OverallWindow"/> at most <see cref="Overall"/> to all chats
/// together, one message per <see cref="ChatSpacing"/> to any one chat, and in any <see cref="GroupWindow"/> at most
/// <see cref="PerGroup"/> to one group.
/// </summary>
public sealed record TelegramLimits
{
    /// <summary>
    /// The Bot API's published limits: about 30 messages a second overall, one a second in a chat, 20 a minute in a
    /// group. A message reaches Telegram a little after it leaves, and not always the same little, so each one is
    /// counted 50 ms longer than its window.
    /// </summary>
    public static TelegramLimits Telegram { get; } = new()
    {
        Overall = 30,
        OverallWindow = TimeSpan.FromSeconds(1),
        ChatSpacing = TimeSpan.FromSeconds(1),
        PerGroup = 20,
        GroupWindow = TimeSpan.FromMinutes(1),
        Leeway = TimeSpan.FromMilliseconds(50),
    };

    /// <summary>
    /// No limit at all, for a Bot API that enforces none (the fake one of the tests and the load runs), so that what
    /// they measure is the bot and not Telegram's pace.
    /// </summary>
    public static TelegramLimits None { get; } = new()
    {
        Overall = int.MaxValue,
        OverallWindow = TimeSpan.Zero,
        ChatSpacing = TimeSpan.Zero,
        PerGroup = int.MaxValue,
        GroupWindow = TimeSpan.Zero,
        Leeway = TimeSpan.Zero,
    };

    public required int Overall { get; init; }

    public required TimeSpan OverallWindow { get; init; }

    /// <summary>The least time between two messages to one chat, private or group.</summary>
    public required TimeSpan ChatSpacing { get; init; }

    public required int PerGroup { get; init; }

    public required TimeSpan GroupWindow { get; init; }

    /// <summary>Added to every window and spacing.</summary>
    public required TimeSpan Leeway { get; init; }
}
