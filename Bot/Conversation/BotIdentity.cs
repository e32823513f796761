using System.Security.Cryptography;

namespace OneStopBot.Bot.Conversation;

/// <summary>The bot's public username (learned from the platform at start) and the deep links built on it.</summary>
public sealed class BotIdentity
{
    public string Username { get; set; } = "OneStopBot";

    /// <summary>A Telegram deep link: opens the chat and sends <c>/start {payload}</c>.</summary>
    public string Link(string payload) => $"https://t.me/{Username}?start={payload}";

    /// <summary>
    /// A random URL-safe secret ([A-Za-z0-9_-]) of 128 bits, 22 characters: a follow or invitation token no one can
    /// guess, short enough for a deep-link payload (64 characters at most).
    /// </summary>
    public static string NewSecret(int bytes = 16) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
}
