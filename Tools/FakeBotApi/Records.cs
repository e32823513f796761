using Telegram.Bot.Types.Enums;

namespace OneStopBot.FakeBotApi;

/// <summary>
/// One message the bot sent (or edited), as the fake server saw it. For edits <see cref="Method"/> is the edit
/// method, <see cref="MessageId"/> names the edited message and the other fields describe it after the edit.
/// </summary>
public sealed record SentMessage
{
    /// <summary>Bot API method in its documented spelling: <c>sendMessage</c>, <c>sendPhoto</c>, <c>editMessageText</c>…</summary>
    public required string Method { get; init; }

    public required long ChatId { get; init; }

    /// <summary>Assigned by the server, increasing across the whole server (user messages share the sequence).</summary>
    public required int MessageId { get; init; }

    public string? Text { get; init; }

    public string? Caption { get; init; }

    public int? ReplyToMessageId { get; init; }

    /// <summary>Inline keyboard, row by row; empty when the message has none.</summary>
    public IReadOnlyList<IReadOnlyList<SentButton>> Buttons { get; init; } = [];

    /// <summary>Texts of a reply (custom) keyboard, row by row; empty when none was sent.</summary>
    public IReadOnlyList<IReadOnlyList<string>> ReplyKeyboard { get; init; } = [];

    /// <summary>True when the message asked the client to remove its reply keyboard.</summary>
    public bool RemovesReplyKeyboard { get; init; }

    public ParseMode ParseMode { get; init; }

    /// <summary>Uploaded bytes of a photo or document sent as multipart; null otherwise.</summary>
    public byte[]? FileBytes { get; init; }

    public string? FileName { get; init; }

    /// <summary>File id or URL when a photo or document was sent by reference instead of uploaded.</summary>
    public string? FileReference { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The text, or the caption for media.</summary>
    public string? TextOrCaption => Text ?? Caption;
}

/// <summary>An inline keyboard button: <see cref="CallbackData"/> for callback buttons, <see cref="Url"/> for links.</summary>
public sealed record SentButton(string Text, string? CallbackData, string? Url = null);

/// <summary>A send that the server refused because of <see cref="FakeBotApiServer.FailNext"/>.</summary>
public sealed record FailedAttempt(
    string Method,
    long ChatId,
    int StatusCode,
    string Description,
    string? Text,
    DateTimeOffset ReceivedAt);

/// <summary>One answerCallbackQuery call.</summary>
public sealed record CallbackAnswer(string CallbackQueryId, string? Text, bool ShowAlert);
