using System.Text.Json.Nodes;
using OneStopBot.Bot.Channels.Telegram;
using OneStopBot.Bot.Conversation;
using OneStopBot.Domain.People;

namespace OneStopBot.Bot.Channels.Zalo;

/// <summary>
/// Sends neutral messages as Zalo consultation messages, inside the user's interaction window: a text of at most
/// <see cref="TextLimit"/> characters with up to five <c>oa.query.hide</c> buttons (more choices go in further
/// messages), a picture or a file by upload then attachment. Outside the window a dossier's status notice goes by
/// ZNS when the applicant agreed to it (<see cref="ZaloZns"/>); anything else waits, attempt-free, for the user's
/// next message. A rejected token is refreshed and the call tried once more; every
/// other Zalo error gets its treatment in <see cref="ZaloErrors"/>.
/// </summary>
public sealed class ZaloSender(ZaloApi api, ZaloTokens tokens, ZaloContacts contacts, ZaloZns zns, ILogger<ZaloSender> log) : IChannelSender
{
    /// <summary>Zalo's longest consultation text.</summary>
    public const int TextLimit = 2000;

    /// <summary>Buttons one Zalo message holds.</summary>
    public const int ButtonsPerMessage = 5;

    /// <summary>A button title Zalo shows whole.</summary>
    public const int TitleLimit = 100;

    /// <summary>The text of a message that only carries more choices.</summary>
    private const string MoreChoices = "…";

    public ChannelKind Channel => ChannelKind.Zalo;

    public async Task SendAsync(OutboundMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var parts = Compose(message);
        var remaining = await contacts.RemainingAsync(message.ChatId, ct);
        if (remaining < parts.Count)
        {
            if (await SendByPhoneAsync(message, ct))
            {
                return;
            }

            // Sending part of a message would leave the rest to a window that may not open again for days.
            throw new SendFailedException(SendFailure.Held, "outside the Zalo interaction window: waiting for the user's next message", ZaloErrors.WaitForNextMessage);
        }

        var userId = ZaloIds.FormatUser(message.ChatId);
        foreach (var part in parts)
        {
            await CallAsync(message.ChatId, token => SendPartAsync(token, userId, part, ct), ct);
            await contacts.CountAsync(message.ChatId, ct);
        }
    }

    /// <summary>A status notice outside the window goes by ZNS when the applicant agreed to it.</summary>
    private async Task<bool> SendByPhoneAsync(OutboundMessage message, CancellationToken ct)
    {
        try
        {
            return await zns.TrySendAsync(message, ct);
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

    /// <summary>Zalo's buttons send a message back; there is nothing to acknowledge.</summary>
    public Task AcknowledgeButtonAsync(string buttonId, CancellationToken ct) => Task.CompletedTask;

    /// <summary>The Zalo messages one neutral message becomes, in order.</summary>
    public static IReadOnlyList<Part> Compose(OutboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var parts = new List<Part>();
        if (message.Photo is { } photo)
        {
            parts.Add(new Part(null, [], photo, IsFile: false));
        }

        var buttons = message.Buttons.SelectMany(row => row).Select(ToZalo).ToList();
        var texts = TelegramSender.Split(message.Text, TextLimit);
        for (var i = 0; i < texts.Count; i++)
        {
            var last = i == texts.Count - 1;
            parts.Add(new Part(texts[i], last ? buttons.Take(ButtonsPerMessage).ToList() : [], null, IsFile: false));
        }

        for (var i = ButtonsPerMessage; i < buttons.Count; i += ButtonsPerMessage)
        {
            parts.Add(new Part(MoreChoices, buttons.Skip(i).Take(ButtonsPerMessage).ToList(), null, IsFile: false));
        }

        if (message.Document is { } document)
        {
            parts.Add(new Part(null, [], document, IsFile: true));
        }

        return parts;
    }

    private static ZaloButton ToZalo(Button button) =>
        new(button.Text.Length <= TitleLimit ? button.Text : button.Text[..(TitleLimit - 1)] + "…", ZaloEvents.ButtonMark + button.Data);

    private async Task SendPartAsync(string token, string userId, Part part, CancellationToken ct)
    {
        JsonObject body;
        if (part.Attachment is { } file && part.IsFile)
        {
            var fileToken = await api.UploadFileAsync(token, file.FileName, file.Bytes, ct);
            body = new JsonObject { ["attachment"] = new JsonObject { ["type"] = "file", ["payload"] = new JsonObject { ["token"] = fileToken } } };
        }
        else if (part.Attachment is { } image)
        {
            var attachmentId = await api.UploadImageAsync(token, image.FileName, image.Bytes, ct);
            body = new JsonObject
            {
                ["attachment"] = new JsonObject
                {
                    ["type"] = "template",
                    ["payload"] = new JsonObject
                    {
                        ["template_type"] = "media",
                        ["elements"] = new JsonArray(new JsonObject { ["media_type"] = "image", ["attachment_id"] = attachmentId }),
                    },
                },
            };
        }
        else
        {
            body = new JsonObject { ["text"] = part.Text };
            if (part.Buttons.Count > 0)
            {
                var buttons = new JsonArray();
                foreach (var b in part.Buttons)
                {
                    buttons.Add(new JsonObject { ["title"] = b.Title, ["type"] = "oa.query.hide", ["payload"] = b.Payload });
                }

                body["attachment"] = new JsonObject { ["type"] = "template", ["payload"] = new JsonObject { ["buttons"] = buttons } };
            }
        }

        await api.SendMessageAsync(token, userId, body, ct);
    }

    /// <summary>One call with the current token; a rejected token is renewed and the call made once more.</summary>
    private async Task CallAsync(long chatId, Func<string, Task> call, CancellationToken ct)
    {
        var token = await tokens.CurrentAsync(ct);
        try
        {
            try
            {
                await call(token);
            }
            catch (ZaloApiException rejected) when (rejected.Kind == ZaloErrorKind.TokenRejected)
            {
                ZaloLog.TokenRejected(log, rejected.Code);
                token = await tokens.RenewAsync(token, ct);
                await call(token);
            }
        }
        catch (ZaloApiException refused)
        {
            if (refused.Kind == ZaloErrorKind.NoRecentInteraction)
            {
                await contacts.CloseAsync(chatId, ct);
            }

            throw refused.ToFailure();
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

    /// <summary>One Zalo message: a text with its buttons, or a picture or a file.</summary>
    public sealed record Part(string? Text, IReadOnlyList<ZaloButton> Buttons, Attachment? Attachment, bool IsFile);

    public sealed record ZaloButton(string Title, string Payload);
}

internal static partial class ZaloLog
{
    [LoggerMessage(EventId = 500, Level = LogLevel.Information, Message = "Zalo access token refreshed; it expires at {ExpiresAtUtc:u}")]
    public static partial void Refreshed(ILogger logger, DateTime expiresAtUtc);

    [LoggerMessage(EventId = 501, Level = LogLevel.Error, Message = "The Zalo access token could not be refreshed: {Reason}. If the refresh token is no longer valid, give a new one as Zalo:RefreshToken.")]
    public static partial void RefreshFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 502, Level = LogLevel.Warning, Message = "Zalo rejected the access token ({Code}); refreshing and trying once more")]
    public static partial void TokenRejected(ILogger logger, int code);

    [LoggerMessage(EventId = 503, Level = LogLevel.Warning, Message = "A Zalo webhook request had no valid signature and was refused")]
    public static partial void WrongSignature(ILogger logger);

    [LoggerMessage(EventId = 504, Level = LogLevel.Debug, Message = "Zalo event {EventName} is not for the bot")]
    public static partial void Ignored(ILogger logger, string eventName);
}
