using System.Diagnostics;
using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace OneStopBot.FakeBotApi;

/// <summary>The Bot API methods the fake implements, with Telegram's limits where bots commonly trip on them.</summary>
public sealed partial class FakeBotApiServer
{
    private const int MaxTextLength = 4096;
    private const int MaxCaptionLength = 1024;
    private const int MaxCallbackDataBytes = 64;

    /// <summary>The methods that send a message, which Telegram's flood limits count.</summary>
    private static readonly FrozenSet<string> FloodCounted =
        new[] { "sendMessage", "sendPhoto", "sendDocument" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private FrozenDictionary<string, Method> CreateMethodTable() => new Dictionary<string, Method>
    {
        ["getMe"] = (context, _) => ApiReply.OkAsync(context.Response, _bot),
        ["getUpdates"] = GetUpdatesAsync,
        ["setWebhook"] = SetWebhookAsync,
        ["deleteWebhook"] = DeleteWebhookAsync,
        ["sendMessage"] = SendMessageAsync,
        ["sendPhoto"] = (context, request) => SendFileAsync(context, request, "sendPhoto", "photo"),
        ["sendDocument"] = (context, request) => SendFileAsync(context, request, "sendDocument", "document"),
        ["editMessageText"] = (context, request) => EditAsync(context, request, "editMessageText"),
        ["editMessageReplyMarkup"] = (context, request) => EditAsync(context, request, "editMessageReplyMarkup"),
        ["answerCallbackQuery"] = AnswerCallbackQueryAsync,
        ["sendChatAction"] = SendChatActionAsync,
        ["setMyCommands"] = SetMyCommandsAsync,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private async Task GetUpdatesAsync(HttpContext context, BotRequest request)
    {
        int offset = request.Int("offset") ?? 0;
        int limit = Math.Clamp(request.Int("limit") ?? 100, 1, 100);
        TimeSpan timeout = TimeSpan.FromSeconds(Math.Max(0, request.Int("timeout") ?? 0));
        TimeSpan wait = timeout > LongPollMargin ? timeout - LongPollMargin : timeout;
        long started = Stopwatch.GetTimestamp();
        CancellationToken aborted = context.RequestAborted;
        while (true)
        {
            (List<byte[]> updates, Task arrived) = _updates.Take(offset, limit);
            if (updates.Count > 0)
            {
                Touch();
                await ApiReply.UpdatesAsync(context.Response, updates);
                return;
            }

            TimeSpan left = wait - Stopwatch.GetElapsedTime(started);
            if (left <= TimeSpan.Zero || _updates.IsClosed)
            {
                await ApiReply.UpdatesAsync(context.Response, updates);
                return;
            }

            await arrived.WaitAsync(left, aborted).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (aborted.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private Task SetWebhookAsync(HttpContext context, BotRequest request)
    {
        _webhookUrl = request.RequiredString("url");
        return ApiReply.OkAsync(context.Response, true);
    }

    private Task DeleteWebhookAsync(HttpContext context, BotRequest request)
    {
        _webhookUrl = null;
        if (request.Bool("drop_pending_updates"))
        {
            _updates.DropAll();
        }

        return ApiReply.OkAsync(context.Response, true);
    }

    private async Task SendMessageAsync(HttpContext context, BotRequest request)
    {
        long chatId = request.ChatId();
        string text = request.String("text") ?? "";
        if (text.Length == 0)
        {
            throw BotApiException.BadRequest("message text is empty");
        }

        if (text.Length > MaxTextLength)
        {
            throw BotApiException.BadRequest("message is too long");
        }

        Markup markup = ReadMarkup(request);
        ThrowIfFailureInjected(chatId, "sendMessage", text);

        Message message = NewBotMessage(chatId, markup.Inline);
        message.Text = text;
        await RecordAndReplyAsync(context, request, "sendMessage", message, markup, sent => sent with { Text = text });
    }

    private async Task SendFileAsync(HttpContext context, BotRequest request, string method, string field)
    {
        long chatId = request.ChatId();
        string value = request.String(field) ?? throw BotApiException.BadRequest($"there is no {field} in the request");
        string? caption = request.String("caption");
        if (caption?.Length > MaxCaptionLength)
        {
            throw BotApiException.BadRequest("message caption is too long");
        }

        Markup markup = ReadMarkup(request);
        byte[]? bytes = null;
        string? fileName = null;
        string? reference = null;
        if (request.Attachment(value) is { } upload)
        {
            using var buffer = new MemoryStream();
            await upload.CopyToAsync(buffer, context.RequestAborted);
            bytes = buffer.ToArray();
            fileName = upload.FileName;
        }
        else if (value.StartsWith("attach://", StringComparison.Ordinal))
        {
            throw BotApiException.BadRequest($"{field} refers to a missing multipart part");
        }
        else
        {
            reference = value;
        }

        ThrowIfFailureInjected(chatId, method, caption);

        Message message = NewBotMessage(chatId, markup.Inline);
        message.Caption = caption;
        string fileId = reference ?? $"fake-{field}-{message.Id}";
        if (field == "photo")
        {
            message.Photo = [new PhotoSize { FileId = fileId, FileUniqueId = $"u{message.Id}", Width = 800, Height = 600, FileSize = bytes?.Length }];
        }
        else
        {
            message.Document = new Document { FileId = fileId, FileUniqueId = $"u{message.Id}", FileName = fileName, FileSize = bytes?.Length };
        }

        await RecordAndReplyAsync(context, request, method, message, markup, sent => sent with
        {
            Caption = caption,
            FileBytes = bytes,
            FileName = fileName,
            FileReference = reference,
        });
    }

    private async Task EditAsync(HttpContext context, BotRequest request, string method)
    {
        if (request.String("inline_message_id") is not null)
        {
            throw BotApiException.BadRequest("inline messages are not supported by the fake server");
        }

        long chatId = request.ChatId();
        int messageId = request.Int("message_id") ?? throw BotApiException.BadRequest("message_id is empty");
        if (!_messages.TryGetValue(messageId, out Message? current) || current.Chat.Id != chatId)
        {
            throw BotApiException.BadRequest("message to edit not found");
        }

        if (current.From?.Id != BotId)
        {
            throw BotApiException.BadRequest("message can't be edited");
        }

        Markup markup = ReadMarkup(request);
        if (markup.Inline is null && request.String("reply_markup") is not null)
        {
            throw BotApiException.BadRequest("only an inline keyboard can be attached when editing");
        }

        string? text = current.Text;
        if (method == "editMessageText")
        {
            text = request.String("text") ?? "";
            if (text.Length == 0)
            {
                throw BotApiException.BadRequest("message text is empty");
            }

            if (text.Length > MaxTextLength)
            {
                throw BotApiException.BadRequest("MESSAGE_TOO_LONG");
            }
        }

        if (text == current.Text && SameMarkup(markup.Inline, current.ReplyMarkup))
        {
            throw BotApiException.BadRequest(
                "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
        }

        ThrowIfFailureInjected(chatId, method, text);

        // A new object each time: the previous one may be being serialized for another request right now.
        var edited = new Message
        {
            Id = current.Id,
            From = current.From,
            Chat = current.Chat,
            Date = current.Date,
            EditDate = Now().UtcDateTime,
            Text = text,
            Caption = current.Caption,
            Photo = current.Photo,
            Document = current.Document,
            ReplyMarkup = markup.Inline,
        };
        Keep(edited);
        Record(method, edited, request, markup, sent => sent with { Text = text, Caption = current.Caption });
        await ApiReply.OkAsync(context.Response, edited);
    }

    private Task AnswerCallbackQueryAsync(HttpContext context, BotRequest request)
    {
        string id = request.RequiredString("callback_query_id");
        _callbackAnswers.Enqueue(new CallbackAnswer(id, request.String("text"), request.Bool("show_alert")));
        return ApiReply.OkAsync(context.Response, true);
    }

    private Task SendChatActionAsync(HttpContext context, BotRequest request)
    {
        _ = request.ChatId();
        _ = request.RequiredString("action");
        Interlocked.Increment(ref _chatActions);
        return ApiReply.OkAsync(context.Response, true);
    }

    private Task SetMyCommandsAsync(HttpContext context, BotRequest request)
    {
        _commands = request.Object<BotCommand[]>("commands") ?? throw BotApiException.BadRequest("commands are empty");
        return ApiReply.OkAsync(context.Response, true);
    }

    private Message NewBotMessage(long chatId, InlineKeyboardMarkup? inline) => new()
    {
        Id = NextMessageId(),
        From = _bot,
        Chat = ChatFor(chatId),
        Date = Now().UtcDateTime,
        ReplyMarkup = inline,
    };

    private async Task RecordAndReplyAsync(
        HttpContext context, BotRequest request, string method, Message message, Markup markup,
        Func<SentMessage, SentMessage> complete)
    {
        Keep(message);
        Record(method, message, request, markup, complete);

        int? replyTo = ReplyToMessageId(request);
        Message reply = message;
        if (replyTo is { } repliedId && _messages.TryGetValue(repliedId, out Message? replied))
        {
            // The stored message stays bare; only the answer quotes the replied-to message, as Telegram does.
            reply = Quoting(message, replied);
        }

        await ApiReply.OkAsync(context.Response, reply);
    }

    /// <summary>Makes the send visible to <see cref="SentTo"/> and waiters, then tells <see cref="OnSent"/>.</summary>
    private void Record(
        string method, Message message, BotRequest request, Markup markup, Func<SentMessage, SentMessage> complete)
    {
        ParseMode parseMode = Enum.TryParse(request.String("parse_mode"), ignoreCase: true, out ParseMode parsed)
            ? parsed
            : ParseMode.None;
        var sent = new SentMessage
        {
            Method = method,
            ChatId = message.Chat.Id,
            MessageId = message.Id,
            ReplyToMessageId = method.StartsWith("send", StringComparison.Ordinal) ? ReplyToMessageId(request) : null,
            Buttons = markup.Buttons,
            ReplyKeyboard = markup.ReplyKeyboard,
            RemovesReplyKeyboard = markup.RemovesReplyKeyboard,
            ParseMode = parseMode,
            ReceivedAt = Now(),
        };
        sent = complete(sent);
        if (KeepHistory)
        {
            _sent.Add(sent);
        }

        OnSent?.Invoke(sent);
    }

    private static int? ReplyToMessageId(BotRequest request) =>
        request.Object<ReplyParameters>("reply_parameters")?.MessageId ?? request.Int("reply_to_message_id");

    private void ThrowIfFailureInjected(long chatId, string method, string? text)
    {
        if (TryTakeFailure(chatId, out InjectedFailure failure))
        {
            _failed.Enqueue(new FailedAttempt(method, chatId, failure.StatusCode, failure.Description, text, Now()));
            int? retryAfter = failure.StatusCode == 429 ? failure.RetryAfterSeconds ?? 0 : null;
            throw new BotApiException(failure.StatusCode, failure.Description, retryAfter);
        }
    }

    private static Markup ReadMarkup(BotRequest request)
    {
        ReplyMarkup? markup = request.Object<ReplyMarkup>("reply_markup");
        switch (markup)
        {
            case InlineKeyboardMarkup inline:
                InlineKeyboardButton[][] rows = [.. inline.InlineKeyboard.Select(row => row.ToArray())];
                foreach (InlineKeyboardButton button in rows.SelectMany(row => row))
                {
                    if (button.CallbackData is { } data && Encoding.UTF8.GetByteCount(data) > MaxCallbackDataBytes)
                    {
                        throw BotApiException.BadRequest("BUTTON_DATA_INVALID");
                    }
                }

                return new Markup
                {
                    Inline = new InlineKeyboardMarkup(rows),
                    Buttons = [.. rows.Select(row => (IReadOnlyList<SentButton>)[.. row.Select(b => new SentButton(b.Text, b.CallbackData, b.Url))])],
                };
            case ReplyKeyboardMarkup keyboard:
                return new Markup
                {
                    ReplyKeyboard = [.. keyboard.Keyboard.Select(row => (IReadOnlyList<string>)[.. row.Select(b => b.Text)])],
                };
            case ReplyKeyboardRemove:
                return new Markup { RemovesReplyKeyboard = true };
            default:
                return new Markup();
        }
    }

    private static bool SameMarkup(InlineKeyboardMarkup? next, InlineKeyboardMarkup? current) =>
        JsonSerializer.Serialize(next, JsonBotAPI.Options) == JsonSerializer.Serialize(current, JsonBotAPI.Options);

    private sealed class Markup
    {
        public InlineKeyboardMarkup? Inline { get; init; }

        public IReadOnlyList<IReadOnlyList<SentButton>> Buttons { get; init; } = [];

        public IReadOnlyList<IReadOnlyList<string>> ReplyKeyboard { get; init; } = [];

        public bool RemovesReplyKeyboard { get; init; }
    }

    /// <summary>A copy of <paramref name="message"/> that quotes <paramref name="replied"/>.</summary>
    private static Message Quoting(Message message, Message replied) => new()
    {
        Id = message.Id,
        From = message.From,
        Chat = message.Chat,
        Date = message.Date,
        Text = message.Text,
        Entities = message.Entities,
        Caption = message.Caption,
        Photo = message.Photo,
        Document = message.Document,
        ReplyMarkup = message.ReplyMarkup,
        ReplyToMessage = replied,
    };
}
