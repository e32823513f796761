using OneStopBot.Bot.Conversation;
using OneStopBot.Domain.People;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace OneStopBot.Bot.Channels.Telegram;

/// <summary>
/// Sends neutral messages with the Telegram.Bot client, every call within Telegram's limits (<see cref="TelegramThrottle"/>),
/// and says how a failure should be treated.
/// </summary>
public sealed class TelegramSender(ITelegramBotClient client, TelegramThrottle throttle) : IChannelSender
{
    private const int TextLimit = 4096;
    private const int CaptionLimit = 1024;

    /// <summary>
    /// No link is previewed: Telegram's crawler would open a leader's signed report link, and a follow link's preview
    /// only lengthens a receipt.
    /// </summary>
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    public ChannelKind Channel => ChannelKind.Telegram;

    public async Task SendAsync(OutboundMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            using var turn = await throttle.TakeTurnAsync(message.ChatId, ct);
            var markup = message.Buttons.Count == 0
                ? null
                : new InlineKeyboardMarkup(message.Buttons.Select(row => row.Select(b => InlineKeyboardButton.WithCallbackData(b.Text, b.Data))));
            if (message.Photo is { } photo)
            {
                await using var stream = new MemoryStream(photo.Bytes, writable: false);
                var captionFits = message.Text.Length <= CaptionLimit;
                await turn.SendAsync(
                    c => client.SendPhoto(
                        message.ChatId,
                        InputFile.FromStream(stream, photo.FileName),
                        caption: captionFits ? message.Text : null,
                        replyMarkup: markup,
                        cancellationToken: c),
                    ct);
                if (!captionFits)
                {
                    await SendTextAsync(turn, message.Text, null, ct);
                }
            }
            else
            {
                await SendTextAsync(turn, message.Text, markup, ct);
            }

            if (message.Document is { } document)
            {
                await using var stream = new MemoryStream(document.Bytes, writable: false);
                await turn.SendAsync(c => client.SendDocument(message.ChatId, InputFile.FromStream(stream, document.FileName), cancellationToken: c), ct);
            }
        }
        catch (ApiRequestException e) when (e.ErrorCode == 403)
        {
            throw new SendFailedException(SendFailure.Blocked, e.Message, inner: e);
        }
        catch (ApiRequestException e) when (e.ErrorCode == 429)
        {
            var wait = e.Parameters?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
            throw new SendFailedException(SendFailure.Transient, e.Message, wait, e);
        }
        catch (ApiRequestException e) when (e.ErrorCode == 400)
        {
            throw new SendFailedException(SendFailure.Rejected, e.Message, inner: e);
        }
        catch (ApiRequestException e)
        {
            throw new SendFailedException(SendFailure.Transient, e.Message, inner: e);
        }
        catch (RequestException e)
        {
            throw new SendFailedException(SendFailure.Transient, e.Message, inner: e);
        }
        catch (HttpRequestException e)
        {
            throw new SendFailedException(SendFailure.Transient, e.Message, inner: e);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new SendFailedException(SendFailure.Transient, "timeout", inner: e);
        }
    }

    /// <summary>
    /// Stops the spinner on a pressed button; failure here is harmless. It is not a message, which Telegram's limits
    /// count, so it does not wait for the chat's turn.
    /// </summary>
    public async Task AcknowledgeButtonAsync(string buttonId, CancellationToken ct)
    {
        try
        {
            await client.AnswerCallbackQuery(buttonId, cancellationToken: ct);
        }
        catch (Exception e) when (e is RequestException or HttpRequestException or TaskCanceledException)
        {
            // The button press was handled; only the spinner stays a few seconds longer.
        }
    }

    private async Task SendTextAsync(ChatTurn turn, string text, InlineKeyboardMarkup? markup, CancellationToken ct)
    {
        // Long texts (a long worklist) are split at line ends; buttons go with the last part.
        var parts = Split(text, TextLimit);
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            var partMarkup = i == parts.Count - 1 ? markup : null;
            await turn.SendAsync(c => client.SendMessage(turn.ChatId, part, replyMarkup: partMarkup, linkPreviewOptions: NoPreview, cancellationToken: c), ct);
        }
    }

    public static IReadOnlyList<string> Split(string text, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= limit)
        {
            return [text];
        }

        var parts = new List<string>();
        var rest = text;
        while (rest.Length > limit)
        {
            var cut = rest.LastIndexOf('\n', limit - 1);
            cut = cut <= 0 ? limit : cut;
            parts.Add(rest[..cut]);
            rest = rest[cut..].TrimStart('\n');
        }

        if (rest.Length > 0)
        {
            parts.Add(rest);
        }

        return parts;
    }
}
