using System.Text;
using OneStopBot.Domain.People;

namespace OneStopBot.Bot.Conversation;

/// <summary>One platform event turned into what every feature understands, whatever the channel.</summary>
public sealed record InboundMessage(ChannelKind Channel, long UpdateId, long ChatId, long UserId, string DisplayName)
{
    public string? Text { get; init; }

    /// <summary>The data of a pressed button.</summary>
    public string? ButtonData { get; init; }

    /// <summary>The platform's id of the button press, to acknowledge it.</summary>
    public string? ButtonId { get; init; }

    /// <summary>The text of the bot message this one replies to (a dossier card names its code).</summary>
    public string? ReplyToText { get; init; }

    public string? ContactPhone { get; init; }

    /// <summary>The user's language as the platform reports it (e.g. "vi", "en").</summary>
    public string? LanguageCode { get; init; }

    /// <summary>
    /// The message as PostgreSQL's text can hold it: without U+0000, which nobody means, and with half a character
    /// (a lone UTF-16 surrogate) as U+FFFD. Otherwise a query or a row naming it (a code looked up, a name stored, a reply
    /// quoting the text) would fail the whole update on that engine alone.
    /// </summary>
    public InboundMessage Storable() =>
        new[] { DisplayName, Text, ButtonData, ReplyToText, ContactPhone, LanguageCode }.All(IsStorable)
            ? this
            : this with
            {
                DisplayName = Clean(DisplayName)!,
                Text = Clean(Text),
                ButtonData = Clean(ButtonData),
                ReplyToText = Clean(ReplyToText),
                ContactPhone = Clean(ContactPhone),
                LanguageCode = Clean(LanguageCode),
            };

    private static bool IsStorable(string? value)
    {
        for (var i = 0; value is not null && i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\0' || (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[++i]))))
            {
                return false;
            }
        }

        return true;
    }

    private static string? Clean(string? value)
    {
        if (IsStorable(value))
        {
            return value;
        }

        var text = new StringBuilder(value!.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                text.Append(c).Append(value[++i]);
            }
            else if (c != '\0')
            {
                text.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return text.ToString();
    }
}

public sealed record Button(string Text, string Data);

public sealed record Attachment(string FileName, byte[] Bytes);

/// <summary>A message the bot sends: text, optional inline buttons, optional picture.</summary>
public sealed record OutboundMessage(ChannelKind Channel, long ChatId, string Text)
{
    public IReadOnlyList<IReadOnlyList<Button>> Buttons { get; init; } = [];

    /// <summary>A picture sent with <see cref="Text"/> as its caption.</summary>
    public Attachment? Photo { get; init; }

    /// <summary>A document (xlsx, csv) sent after the text.</summary>
    public Attachment? Document { get; init; }
}

/// <summary>Sends to one platform; throws <see cref="SendFailedException"/> with what the platform said.</summary>
public interface IChannelSender
{
    ChannelKind Channel { get; }

    Task SendAsync(OutboundMessage message, CancellationToken ct);

    /// <summary>Tells the platform a button press was handled (stops Telegram's spinner).</summary>
    Task AcknowledgeButtonAsync(string buttonId, CancellationToken ct);
}

public enum SendFailure
{
    /// <summary>Try again later (network, 5xx, 429 after its own retries).</summary>
    Transient,
    /// <summary>The person blocked the bot or the chat is gone: never retry.</summary>
    Blocked,
    /// <summary>The platform refused the message itself (400): retrying would not help.</summary>
    Rejected,
    /// <summary>
    /// Nothing was sent: the platform asked the bot to wait (a 429 for this chat, or for all of them) and the wait is
    /// not over. Try again after <see cref="SendFailedException.RetryAfter"/>; it is not an attempt.
    /// </summary>
    Held,
}

public sealed class SendFailedException : Exception
{
    public SendFailedException(SendFailure failure, string message, TimeSpan? retryAfter = null, Exception? inner = null)
        : base(message, inner)
    {
        Failure = failure;
        RetryAfter = retryAfter;
    }

    public SendFailedException()
    {
    }

    public SendFailedException(string message)
        : base(message)
    {
    }

    public SendFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SendFailure Failure { get; }

    public TimeSpan? RetryAfter { get; }
}
