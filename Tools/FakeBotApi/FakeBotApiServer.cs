using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace OneStopBot.FakeBotApi;

/// <summary>
/// A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests and load runs. Point the real client at it:
/// <c>new TelegramBotClient(new TelegramBotClientOptions(server.Token, server.BaseUrl))</c>. Inject what users do
/// with <see cref="SendText"/>, <see cref="PressButton"/>, <see cref="SendContact"/>; read what the bot sent with
/// <see cref="WaitForMessagesAsync"/> and <see cref="SentTo"/>. All members are thread safe.
/// </summary>
public sealed partial class FakeBotApiServer : IAsyncDisposable
{
    public const string DefaultToken = "123456:TEST-token";

    private static readonly TimeSpan DefaultWaitTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Telegram.Bot's receiver asks for a long poll exactly as long as its HttpClient timeout; answering right at
    /// that deadline would race the client's own timeout and surface as a polling error, so polls end this early.
    /// </summary>
    private static readonly TimeSpan LongPollMargin = TimeSpan.FromMilliseconds(250);

    private readonly WebApplication _app;
    private readonly FrozenDictionary<string, Method> _methods;
    private readonly UpdateQueue _updates = new();
    private readonly SentLog _sent = new();
    private readonly ConcurrentQueue<FailedAttempt> _failed = new();
    private readonly ConcurrentDictionary<long, Queue<InjectedFailure>> _failures = new();
    private readonly ConcurrentQueue<CallbackAnswer> _callbackAnswers = new();
    // Every message of every chat (the bot's and the injected users'), bare (without reply_to_message), by id:
    // replies and button presses quote them the way Telegram does.
    private readonly ConcurrentDictionary<int, Message> _messages = new();
    private readonly ConcurrentDictionary<long, string> _firstNames = new();
    private readonly User _bot;
    private int _lastMessageId;
    private int _lastCallbackQueryId;
    private int _inFlight;
    private long _lastActivity = Stopwatch.GetTimestamp();
    private int _chatActions;
    private volatile IReadOnlyList<BotCommand> _commands = [];
    private volatile string? _webhookUrl;
    private int _disposed;
    private volatile FloodControl? _flood;
    private int _tooManyRequests;

    private FakeBotApiServer(WebApplication app, string token)
    {
        _app = app;
        Token = token;
        BotId = long.Parse(token.AsSpan(0, token.IndexOf(':', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
        _bot = new User { Id = BotId, IsBot = true, FirstName = "OneStop Test Bot", Username = BotUsername };
        _methods = CreateMethodTable();
    }

    private delegate Task Method(HttpContext context, BotRequest request);

    /// <summary>Root of the server, for example <c>http://127.0.0.1:41234</c>: pass it as the client's baseUrl.</summary>
    public string BaseUrl { get; private set; } = "";

    public string Token { get; }

    /// <summary>The bot's user id: the number before the colon in the token, as with real tokens.</summary>
    public long BotId { get; }

    public string BotUsername { get; } = "onestop_test_bot";

    /// <summary>
    /// Called on the request thread for every recorded send or edit, after it is visible in <see cref="SentTo"/>
    /// and before the client gets its answer. It must be quick and must not throw: a load harness uses it to
    /// match replies to pending updates and measure latency.
    /// </summary>
    public Action<SentMessage>? OnSent { get; set; }

    /// <summary>
    /// True by default: every message is kept, for <see cref="SentTo"/>, <see cref="WaitForMessagesAsync"/>, replies
    /// and button presses. A load run sets it to false so that the fake's memory does not grow with the run (sends
    /// are then seen only through <see cref="OnSent"/>).
    /// </summary>
    public bool KeepHistory { get; set; } = true;

    /// <summary>
    /// When set, messages (sendMessage, sendPhoto, sendDocument) beyond Telegram's flood limits are answered 429 with
    /// parameters.retry_after, as Telegram does; null (the default) takes everything. Setting it starts the count afresh.
    /// </summary>
    public FloodLimits? Flood
    {
        get => _flood?.Limits;
        set => _flood = value is null ? null : new FloodControl(value);
    }

    /// <summary>How long every call waits before it is handled and answered, as a round trip to Telegram takes (zero: at once).</summary>
    public TimeSpan ResponseDelay { get; set; }

    /// <summary>Messages answered 429 by <see cref="Flood"/>; they are in <see cref="FailedAttempts"/> too.</summary>
    public int TooManyRequestsAnswers => Volatile.Read(ref _tooManyRequests);

    /// <summary>Every recorded send and edit, roughly in arrival order.</summary>
    public IReadOnlyList<SentMessage> AllSent => _sent.All;

    /// <summary>Sends refused by <see cref="FailNext"/> or by <see cref="Flood"/>; they are not in <see cref="SentTo"/>.</summary>
    public IReadOnlyList<FailedAttempt> FailedAttempts => _failed.ToArray();

    public int CallbackAnswers => _callbackAnswers.Count;

    public IReadOnlyList<CallbackAnswer> AnsweredCallbacks => _callbackAnswers.ToArray();

    public int ChatActions => Volatile.Read(ref _chatActions);

    /// <summary>The commands of the last setMyCommands call.</summary>
    public IReadOnlyList<BotCommand> MyCommands => _commands;

    /// <summary>The URL of the last setWebhook call, null after deleteWebhook. Nothing is posted to it.</summary>
    public string? WebhookUrl => _webhookUrl;

    /// <summary>Injected updates not yet confirmed by a getUpdates offset.</summary>
    public int UnconfirmedUpdates => _updates.UnconfirmedCount;

    public static async Task<FakeBotApiServer> StartAsync(string token = DefaultToken, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        int colon = token.IndexOf(':', StringComparison.Ordinal);
        if (colon < 1 || !long.TryParse(token.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            throw new ArgumentException("A bot token looks like 123456:ABC (digits, a colon, a secret).", nameof(token));
        }

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        // No configuration from the test's directory or environment (appsettings, ASPNETCORE_URLS, Kestrel
        // endpoints): the fake always listens on a fresh loopback port.
        builder.Configuration.Sources.Clear();
        // No logging: every request path carries the bot token, and a load run would drown the console.
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.AddServerHeader = false;
        });
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));

        WebApplication app = builder.Build();
        var server = new FakeBotApiServer(app, token);
        app.Run(server.HandleAsync);
        try
        {
            await app.StartAsync(ct);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        string address = app.Services.GetRequiredService<IServer>().Features
            .Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = address.TrimEnd('/');
        return server;
    }

    /// <summary>A user writes <paramref name="text"/> in a private chat (or in <paramref name="chatId"/>).</summary>
    /// <param name="replyToMessageId">The message the user replies to; when the server knows it (for example the
    /// bot sent it) the update carries it as reply_to_message, with its text and inline keyboard.</param>
    /// <returns>The update id.</returns>
    public long SendText(long userId, string text, string firstName = "Test", long? chatId = null, int? replyToMessageId = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        _firstNames[userId] = firstName;
        var message = new Message
        {
            Id = NextMessageId(),
            From = UserFor(userId),
            Chat = ChatFor(chatId ?? userId),
            Date = Now().UtcDateTime,
            Text = text,
            Entities = CommandEntity(text),
        };
        Keep(message);
        if (replyToMessageId is { } repliedId && _messages.TryGetValue(repliedId, out Message? replied))
        {
            // The stored message stays bare; only the update quotes the replied-to message.
            message = Quoting(message, replied);
        }

        return Enqueue(new Update { Message = message });
    }

    /// <summary>A user presses an inline button of message <paramref name="messageId"/>, which the bot must have sent.
    /// The data is not checked against the keyboard, so tests can also forge stale or foreign callback data.</summary>
    /// <returns>The update id.</returns>
    public long PressButton(long userId, int messageId, string callbackData)
    {
        ArgumentNullException.ThrowIfNull(callbackData);
        if (!_messages.TryGetValue(messageId, out Message? message) || message.From?.Id != BotId)
        {
            throw new ArgumentException(
                $"Message {messageId} was not sent by the bot on this server; a button can only be pressed on the bot's message.",
                nameof(messageId));
        }

        var query = new CallbackQuery
        {
            Id = Interlocked.Increment(ref _lastCallbackQueryId).ToString(CultureInfo.InvariantCulture),
            From = UserFor(userId),
            Message = message,
            ChatInstance = message.Chat.Id.ToString(CultureInfo.InvariantCulture),
            Data = callbackData,
        };
        return Enqueue(new Update { CallbackQuery = query });
    }

    /// <summary>A user shares their own phone number (the "share contact" keyboard button) in a private chat.</summary>
    /// <returns>The update id.</returns>
    public long SendContact(long userId, string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        User user = UserFor(userId);
        var message = new Message
        {
            Id = NextMessageId(),
            From = user,
            Chat = ChatFor(userId),
            Date = Now().UtcDateTime,
            Contact = new Contact { PhoneNumber = phone, FirstName = user.FirstName, UserId = userId },
        };
        Keep(message);
        return Enqueue(new Update { Message = message });
    }

    /// <summary>Queues any update; its update_id is overwritten with the next id, which is returned.</summary>
    public long Enqueue(Update update)
    {
        ArgumentNullException.ThrowIfNull(update);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        int id = _updates.Enqueue(update);
        Touch();
        return id;
    }

    /// <summary>
    /// Delivers an already delivered update again with the same id, as Telegram does when the bot did not
    /// confirm it (a crash between two polls). It is handed out once even though the client's offset is past it.
    /// </summary>
    public void Redeliver(long updateId)
    {
        _updates.Redeliver(checked((int)updateId));
        Touch();
    }

    /// <summary>
    /// Makes the next <paramref name="times"/> sends or edits to <paramref name="chatId"/> fail with
    /// <paramref name="statusCode"/>: 429 carries parameters.retry_after, 403 says the bot was blocked.
    /// Failures queue up in call order. Chat actions and callback answers are not affected.
    /// </summary>
    public void FailNext(long chatId, int statusCode, int? retryAfterSeconds = null, int times = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        var failure = new InjectedFailure(statusCode, DescribeFailure(statusCode, retryAfterSeconds), retryAfterSeconds);
        Queue<InjectedFailure> queue = _failures.GetOrAdd(chatId, static _ => new Queue<InjectedFailure>());
        lock (queue)
        {
            for (int i = 0; i < times; i++)
            {
                queue.Enqueue(failure);
            }
        }
    }

    public IReadOnlyList<SentMessage> SentTo(long chatId) => _sent.To(chatId);

    /// <summary>
    /// All messages sent to <paramref name="chatId"/> (edits count too) once there are at least <paramref name="count"/>.
    /// Throws <see cref="TimeoutException"/> describing what was sent after <paramref name="timeout"/> (10 s).
    /// </summary>
    public async Task<IReadOnlyList<SentMessage>> WaitForMessagesAsync(
        long chatId, int count, TimeSpan? timeout = null, CancellationToken ct = default)
    {
        TimeSpan limit = timeout ?? DefaultWaitTimeout;
        try
        {
            return await _sent.WaitAsync(chatId, count, limit, ct);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException(DescribeShortfall(chatId, count, limit));
        }
    }

    /// <summary>
    /// Completes when every injected update is confirmed by an offset, no request other than a waiting long
    /// poll is in flight, and nothing happened for <paramref name="quietPeriod"/> (200 ms).
    /// </summary>
    public async Task WaitUntilIdleAsync(TimeSpan? quietPeriod = null, TimeSpan? timeout = null, CancellationToken ct = default)
    {
        TimeSpan quiet = quietPeriod ?? TimeSpan.FromMilliseconds(200);
        TimeSpan limit = timeout ?? DefaultWaitTimeout;
        long started = Stopwatch.GetTimestamp();
        // Idleness is the absence of events, which only a timer can observe; this loop serves test helpers,
        // never the request path.
        while (true)
        {
            int unconfirmed = _updates.UnconfirmedCount;
            int inFlight = Volatile.Read(ref _inFlight);
            TimeSpan sinceActivity = Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastActivity));
            if (unconfirmed == 0 && inFlight == 0 && sinceActivity >= quiet)
            {
                return;
            }

            TimeSpan left = limit - Stopwatch.GetElapsedTime(started);
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException(
                    $"The fake Bot API server was not idle within {limit.TotalSeconds:0.###} s: {unconfirmed} update(s) " +
                    $"not confirmed by a getUpdates offset, {inFlight} request(s) in flight, last activity " +
                    $"{sinceActivity.TotalMilliseconds:0} ms ago.");
            }

            TimeSpan pause = unconfirmed == 0 && inFlight == 0 ? quiet - sinceActivity : TimeSpan.FromMilliseconds(20);
            await Task.Delay(pause < left ? pause : left, ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _updates.Close();
        try
        {
            await _app.StopAsync();
        }
        finally
        {
            await _app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (!TryParsePath(context.Request.Path.Value, out string token, out string methodName))
        {
            await ApiReply.ErrorAsync(context.Response, 404, "Not Found");
            return;
        }

        if (!string.Equals(token, Token, StringComparison.Ordinal))
        {
            await ApiReply.ErrorAsync(context.Response, 401, "Unauthorized");
            return;
        }

        if (!_methods.TryGetValue(methodName, out Method? method))
        {
            await ApiReply.ErrorAsync(context.Response, 404, $"Not Found: method {methodName} is not implemented by the fake server");
            return;
        }

        long arrived = Stopwatch.GetTimestamp();
        // A waiting long poll is the normal state of a polling bot, not work in flight.
        bool counts = !methodName.Equals("getUpdates", StringComparison.OrdinalIgnoreCase);
        if (counts)
        {
            Interlocked.Increment(ref _inFlight);
            Touch();
        }

        try
        {
            using BotRequest request = await BotRequest.ReadAsync(context.Request, context.RequestAborted);
            // Counted as it arrives, as Telegram counts; the answer, refusal or not, comes after the delay.
            int? retryAfter = _flood is { } flood && FloodCounted.Contains(methodName) && request.ChatIdOrNull() is { } chatId
                ? flood.Admit(chatId, arrived)
                : null;
            if (ResponseDelay > TimeSpan.Zero)
            {
                await Task.Delay(ResponseDelay, context.RequestAborted);
            }

            if (retryAfter is { } seconds)
            {
                RefuseFlood(methodName, request, seconds);
            }

            await method(context, request);
        }
        catch (BotApiException error)
        {
            await ApiReply.ErrorAsync(context.Response, error.ErrorCode, error.Message, error.RetryAfterSeconds);
        }
        catch (Exception error) when (!context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted)
        {
            // A fault in the fake itself: answer in the Bot API's shape so the test sees the cause in an
            // ApiRequestException instead of an unparseable empty 500.
            await ApiReply.ErrorAsync(context.Response, 500, $"Internal Server Error: fake server fault: {error.GetType().Name}: {error.Message}");
        }
        finally
        {
            if (counts)
            {
                Touch();
                Interlocked.Decrement(ref _inFlight);
            }
        }
    }

    private void RefuseFlood(string methodName, BotRequest request, int retryAfterSeconds)
    {
        string description = DescribeFailure(429, retryAfterSeconds);
        _failed.Enqueue(new FailedAttempt(
            FloodCounted.TryGetValue(methodName, out string? spelled) ? spelled : methodName,
            request.ChatIdOrNull() ?? 0,
            429,
            description,
            request.String("text") ?? request.String("caption"),
            Now()));
        Interlocked.Increment(ref _tooManyRequests);
        throw new BotApiException(429, description, retryAfterSeconds);
    }

    private static bool TryParsePath(string? path, out string token, out string method)
    {
        token = method = "";
        const string prefix = "/bot";
        if (path is null || !path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        int slash = path.IndexOf('/', prefix.Length);
        if (slash < 0 || path.IndexOf('/', slash + 1) >= 0)
        {
            return false;
        }

        token = path[prefix.Length..slash];
        method = path[(slash + 1)..];
        return method.Length > 0;
    }

    private void Keep(Message message)
    {
        if (KeepHistory)
        {
            _messages[message.Id] = message;
        }
    }

    private void Touch() => Interlocked.Exchange(ref _lastActivity, Stopwatch.GetTimestamp());

    private int NextMessageId() => Interlocked.Increment(ref _lastMessageId);

    private static DateTimeOffset Now() => TimeProvider.System.GetUtcNow();

    private User UserFor(long userId) => new()
    {
        Id = userId,
        FirstName = _firstNames.TryGetValue(userId, out string? name) ? name : "Test",
        LanguageCode = "vi",
    };

    private Chat ChatFor(long chatId)
    {
        if (chatId > 0)
        {
            string? name = _firstNames.TryGetValue(chatId, out string? known) ? known : "Test";
            return new Chat { Id = chatId, Type = ChatType.Private, FirstName = name };
        }

        // -100… is how Telegram numbers supergroups; other negative ids are basic groups.
        bool supergroup = chatId.ToString(CultureInfo.InvariantCulture).StartsWith("-100", StringComparison.Ordinal);
        return new Chat { Id = chatId, Type = supergroup ? ChatType.Supergroup : ChatType.Group, Title = "Test group" };
    }

    /// <summary>Telegram marks a leading /command with a bot_command entity; routers may rely on it.</summary>
    private static MessageEntity[]? CommandEntity(string text)
    {
        if (!text.StartsWith('/') || text.Length < 2)
        {
            return null;
        }

        int end = text.IndexOfAny([' ', '\n']);
        return [new MessageEntity { Type = MessageEntityType.BotCommand, Offset = 0, Length = end < 0 ? text.Length : end }];
    }

    private bool TryTakeFailure(long chatId, out InjectedFailure failure)
    {
        failure = default;
        // TryGetValue is lock-free; IsEmpty would take every lock of the dictionary on each send.
        if (!_failures.TryGetValue(chatId, out Queue<InjectedFailure>? queue))
        {
            return false;
        }

        lock (queue)
        {
            return queue.TryDequeue(out failure);
        }
    }

    private static string DescribeFailure(int statusCode, int? retryAfterSeconds) => statusCode switch
    {
        400 => "Bad Request: injected failure",
        403 => "Forbidden: bot was blocked by the user",
        429 => $"Too Many Requests: retry after {retryAfterSeconds ?? 0}",
        _ => ReasonPhrases.GetReasonPhrase(statusCode) is { Length: > 0 } phrase ? phrase : "Injected failure",
    };

    private string DescribeShortfall(long chatId, int count, TimeSpan timeout)
    {
        IReadOnlyList<SentMessage> sent = SentTo(chatId);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"Waited {timeout.TotalSeconds:0.###} s for {count} message(s) to chat {chatId}; it got {sent.Count}.");
        foreach (SentMessage message in sent)
        {
            text.AppendLine().Append("  ").Append(Describe(message));
        }

        FailedAttempt[] failed = [.. _failed.Where(f => f.ChatId == chatId)];
        foreach (FailedAttempt attempt in failed)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture,
                $"  failed {attempt.Method} → {attempt.StatusCode} {attempt.Description}: {Quote(attempt.Text)}");
        }

        long[] others = [.. _sent.ChatIds.Where(id => id != chatId && _sent.To(id).Count > 0).Order().Take(10)];
        text.AppendLine().Append(CultureInfo.InvariantCulture,
            $"Other chats with messages: {(others.Length == 0 ? "none" : string.Join(", ", others))}. ");
        text.Append(CultureInfo.InvariantCulture,
            $"Updates not confirmed by the bot's getUpdates offset: {_updates.UnconfirmedCount}.");
        return text.ToString();
    }

    private static string Describe(SentMessage message)
    {
        string buttons = message.Buttons.Count == 0
            ? ""
            : " " + string.Join(" / ", message.Buttons.Select(row =>
                string.Join(" | ", row.Select(b => $"[{b.Text} → {b.CallbackData ?? b.Url}]"))));
        string file = message.FileName ?? message.FileReference ?? "";
        return string.Create(CultureInfo.InvariantCulture,
            $"#{message.MessageId} {message.Method} {Quote(message.TextOrCaption)}{(file.Length > 0 ? " file " + file : "")}{buttons}");
    }

    private static string Quote(string? text) =>
        text is null ? "(no text)" : "\"" + (text.Length > 200 ? text[..200] + "…" : text) + "\"";

    private readonly record struct InjectedFailure(int StatusCode, string Description, int? RetryAfterSeconds);
}
