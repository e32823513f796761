using System.ComponentModel.DataAnnotations;

namespace OneStopBot.Bot.Channels.Telegram;

public enum TelegramMode
{
    Polling,
    Webhook,
}

/// <summary>Section <c>Telegram</c>. An empty token runs the local console chat instead.</summary>
public sealed class TelegramOptions : IValidatableObject
{
    public const string Section = "Telegram";

    public string? Token { get; set; }

    /// <summary>The Bot API server; tests point it at a fake server on 127.0.0.1.</summary>
    public Uri? BaseUrl { get; set; }

    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    public Uri? WebhookUrl { get; set; }

    public string? WebhookSecret { get; set; }

    /// <summary>How long one long-poll request waits for updates.</summary>
    public TimeSpan PollTimeout { get; set; } = TimeSpan.FromSeconds(25);

    /// <summary>How many chats are served at once; one chat's messages are always handled in order.</summary>
    [Range(1, 256)]
    public int Workers { get; set; } = 16;

    public bool Enabled => !string.IsNullOrWhiteSpace(Token);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (!Token!.Contains(':', StringComparison.Ordinal))
        {
            yield return new ValidationResult("Telegram:Token does not look like a bot token (123456:ABC…). Set it with user-secrets or the Telegram__Token environment variable.");
        }

        if (Mode == TelegramMode.Webhook && (WebhookUrl is null || string.IsNullOrWhiteSpace(WebhookSecret)))
        {
            yield return new ValidationResult("Webhook mode needs Telegram:WebhookUrl and Telegram:WebhookSecret.");
        }

        if (WebhookSecret is { Length: > 0 } secret && (secret.Length > 256 || !secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')))
        {
            yield return new ValidationResult("Telegram:WebhookSecret may hold only A-Z, a-z, 0-9, _ and - (at most 256 characters).");
        }
    }
}
