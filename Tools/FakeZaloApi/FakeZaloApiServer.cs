using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OneStopBot.FakeZaloApi;

/// <summary>
/// A fake Zalo Official Account API on 127.0.0.1, for end-to-end tests and load runs: the OA Open API (consultation
/// messages, uploads), ZNS and the OAuth token refresh under one base URL, with Zalo's conventions: errors answered
/// HTTP 200 with <c>error</c> ≠ 0, single-use refresh tokens, access tokens that expire, and the interaction window
/// (48 hours after the user's last message, 8 replies). It also plays the users: <see cref="SendTextAsync"/> and the
/// like post signed events to the bot's webhook, as Zalo does. All members are thread safe.
/// </summary>
public sealed class FakeZaloApiServer : IAsyncDisposable
{
    public const string DefaultAppId = "1234567890123456789";
    public const string DefaultAppSecret = "fake-app-secret";
    public const string DefaultOaSecretKey = "fake-oa-secret-key";
    public const string DefaultOaId = "4318467311282251234";
    public const string FirstRefreshToken = "refresh-0";
    public const string DefaultUserName = "Bình";

    public static readonly TimeSpan Window = TimeSpan.FromHours(48);
    public const int RepliesPerWindow = 8;

    /// <summary>How long an access token lives, as Zalo's do (about 25 hours).</summary>
    public static readonly TimeSpan AccessTokenLife = TimeSpan.FromHours(25);

    private static readonly TimeSpan DefaultWaitTimeout = TimeSpan.FromSeconds(10);

    private readonly WebApplication app;
    private readonly HttpClient webhook = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly Lock sync = new();
    private readonly List<ZaloSentMessage> sent = [];
    private readonly ConcurrentQueue<ZnsSentMessage> zns = new();
    private readonly ConcurrentQueue<ZaloRefusal> refusals = new();
    private readonly ConcurrentQueue<ZaloRefresh> refreshes = new();
    private readonly ConcurrentDictionary<string, UserState> users = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> accessTokens = new();
    private readonly ConcurrentDictionary<string, byte> spentRefreshTokens = new();
    private readonly ConcurrentQueue<int> failNext = new();
    private string currentRefreshToken = FirstRefreshToken;
    private int lastToken;
    private long lastMessage;
    private long lastActivity = Stopwatch.GetTimestamp();
    private int inFlight;

    private FakeZaloApiServer(WebApplication app, Func<DateTimeOffset> now)
    {
        this.app = app;
        Now = now;
    }

    /// <summary>Root of the server: the bot's Zalo:ApiBaseUrl, Zalo:OAuthBaseUrl and Zalo:ZnsBaseUrl.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The bot's webhook, where user events are posted.</summary>
    public Uri? WebhookUrl { get; set; }

    public string AppId { get; init; } = DefaultAppId;

    public string AppSecret { get; init; } = DefaultAppSecret;

    public string OaSecretKey { get; init; } = DefaultOaSecretKey;

    public string OaId { get; init; } = DefaultOaId;

    /// <summary>Zalo's clock: event timestamps, token expiry and the interaction window.</summary>
    public Func<DateTimeOffset> Now { get; }

    /// <summary>How long every API call waits before it is answered (zero: at once).</summary>
    public TimeSpan ResponseDelay { get; set; }

    /// <summary>
    /// How long a token refresh takes to answer after Zalo has made the new pair: a client that gives up meanwhile
    /// has spent its refresh token all the same, as with the real server.
    /// </summary>
    public TimeSpan RefreshAnswerDelay { get; set; }

    /// <summary>When false, sends are not kept (a load run); <see cref="OnSent"/> still sees them.</summary>
    public bool KeepHistory { get; set; } = true;

    /// <summary>Called for every accepted consultation message, before the bot gets its answer.</summary>
    public Action<ZaloSentMessage>? OnSent { get; set; }

    public IReadOnlyList<ZaloSentMessage> AllSent
    {
        get
        {
            lock (sync)
            {
                return [.. sent];
            }
        }
    }

    public IReadOnlyList<ZnsSentMessage> ZnsSent => zns.ToArray();

    public IReadOnlyList<ZaloRefusal> Refusals => refusals.ToArray();

    public IReadOnlyList<ZaloRefresh> Refreshes => refreshes.ToArray();

    /// <summary>Consultation messages accepted so far.</summary>
    public int AcceptedCount
    {
        get
        {
            lock (sync)
            {
                return sent.Count;
            }
        }
    }

    public static async Task<FakeZaloApiServer> StartAsync(Func<DateTimeOffset>? now = null, CancellationToken ct = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.AddServerHeader = false;
        });
        var web = builder.Build();
        var server = new FakeZaloApiServer(web, now ?? (() => DateTimeOffset.UtcNow));
        web.Run(server.HandleAsync);
        try
        {
            await web.StartAsync(ct);
        }
        catch
        {
            await web.DisposeAsync();
            throw;
        }

        server.BaseUrl = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return server;
    }

    // ---- What users do ------------------------------------------------------------------------------------------

    /// <summary>A user who follows the OA writes <paramref name="text"/>; returns the webhook's HTTP status.</summary>
    public Task<HttpStatusCode> SendTextAsync(string userId, string text, string? messageId = null) =>
        PostUserEventAsync(userId, "user_send_text", new JsonObject { ["msg_id"] = messageId ?? NextMessageId(), ["text"] = text });

    /// <summary>The user presses a button: Zalo sends the button's payload as the user's text.</summary>
    public Task<HttpStatusCode> PressAsync(string userId, ZaloSentButton button)
    {
        ArgumentNullException.ThrowIfNull(button);
        return SendTextAsync(userId, button.Payload);
    }

    public Task<HttpStatusCode> SendImageAsync(string userId) =>
        PostUserEventAsync(userId, "user_send_image", new JsonObject
        {
            ["msg_id"] = NextMessageId(),
            ["attachments"] = new JsonArray(new JsonObject { ["type"] = "image", ["payload"] = new JsonObject { ["url"] = "https://example.test/a.jpg" } }),
        });

    /// <summary>The user follows the OA; following counts as an interaction and opens the window.</summary>
    public Task<HttpStatusCode> FollowAsync(string userId)
    {
        Wrote(userId);
        return PostAsync(FollowEvent("follow", userId));
    }

    public Task<HttpStatusCode> UnfollowAsync(string userId)
    {
        Follows(userId, false);
        return PostAsync(FollowEvent("unfollow", userId));
    }

    /// <summary>The user shares their phone (84… form) in answer to the OA's request for information.</summary>
    public Task<HttpStatusCode> SubmitInfoAsync(string userId, string phone, string name)
    {
        Wrote(userId);
        var e = Envelope("user_submit_info", userId);
        e["info"] = new JsonObject { ["name"] = name, ["phone"] = phone };
        return PostAsync(e);
    }

    /// <summary>The signed body of a text event, to post again (a redelivery) or to forge.</summary>
    public string TextEventBody(string userId, string text, string? messageId = null)
    {
        var e = Envelope("user_send_text", userId);
        e["message"] = new JsonObject { ["msg_id"] = messageId ?? NextMessageId(), ["text"] = text };
        return e.ToJsonString();
    }

    /// <summary>Posts a body to the webhook with the given signature header (null: none); a user writing opens the window.</summary>
    public async Task<HttpStatusCode> PostRawAsync(string body, string? signature)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, WebhookUrl ?? throw new InvalidOperationException("Set WebhookUrl to the bot's /zalo/webhook first."))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-ZEvent-Signature", signature);
        }

        using var response = await webhook.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>Zalo's signature of a body: mac = hex sha256(app id + body + timestamp + OA secret key).</summary>
    public string Sign(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var json = JsonDocument.Parse(body);
        var timestamp = json.RootElement.GetProperty("timestamp").GetString()!;
        var mac = SHA256.HashData(Encoding.UTF8.GetBytes(AppId + body + timestamp + OaSecretKey));
        return "mac=" + Convert.ToHexStringLower(mac);
    }

    /// <summary>Posts a signed body as Zalo does (also for a redelivery of the same body).</summary>
    public Task<HttpStatusCode> DeliverAsync(string body, string userId)
    {
        Wrote(userId);
        return PostRawAsync(body, Sign(body));
    }

    // ---- What the test arranges ---------------------------------------------------------------------------------

    /// <summary>Every access token given so far stops working, as at its expiry.</summary>
    public void ExpireAccessTokens()
    {
        foreach (var token in accessTokens.Keys)
        {
            accessTokens[token] = DateTimeOffset.MinValue;
        }
    }

    /// <summary>The next sends are answered with these errors, one each.</summary>
    public void FailNext(params int[] errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var e in errors)
        {
            failNext.Enqueue(e);
        }
    }

    /// <summary>The name Zalo gives for <paramref name="userId"/> (else <see cref="DefaultUserName"/>).</summary>
    public void Name(string userId, string name) => users.GetOrAdd(userId, _ => new UserState()).Name = name;

    /// <summary>The user follows (or not) without an event reaching the bot.</summary>
    public void Follows(string userId, bool following) => users.GetOrAdd(userId, _ => new UserState()).Following = following;

    // ---- What the bot sent --------------------------------------------------------------------------------------

    public IReadOnlyList<ZaloSentMessage> SentTo(string userId)
    {
        lock (sync)
        {
            return sent.Where(m => m.UserId == userId).ToList();
        }
    }

    public async Task<IReadOnlyList<ZaloSentMessage>> WaitForMessagesAsync(string userId, int count, TimeSpan? timeout = null)
    {
        var limit = Stopwatch.StartNew();
        while (true)
        {
            var messages = SentTo(userId);
            if (messages.Count >= count)
            {
                return messages;
            }

            if (limit.Elapsed > (timeout ?? DefaultWaitTimeout))
            {
                throw new TimeoutException($"User {userId} got {messages.Count} message(s), not {count}: {string.Join(" | ", messages.Select(m => m.Text))}");
            }

            await Task.Delay(10);
        }
    }

    /// <summary>Waits until no call is in flight and none came for <paramref name="quiet"/> (a timer observes idleness; only for tests).</summary>
    public async Task WaitUntilIdleAsync(TimeSpan? quiet = null)
    {
        var q = quiet ?? TimeSpan.FromMilliseconds(200);
        var limit = Stopwatch.StartNew();
        while (Volatile.Read(ref inFlight) > 0 || Stopwatch.GetElapsedTime(Interlocked.Read(ref lastActivity)) < q)
        {
            if (limit.Elapsed > DefaultWaitTimeout)
            {
                throw new TimeoutException("The fake Zalo API was not idle in time.");
            }

            await Task.Delay(10);
        }
    }

    // ---- The API ------------------------------------------------------------------------------------------------

    private async Task HandleAsync(HttpContext http)
    {
        Interlocked.Increment(ref inFlight);
        try
        {
            if (ResponseDelay > TimeSpan.Zero)
            {
                await Task.Delay(ResponseDelay, http.RequestAborted);
            }

            var answer = http.Request.Path.Value switch
            {
                "/v4/oa/access_token" => await RefreshAsync(http),
                "/v3.0/oa/message/cs" => await MessageAsync(http),
                "/v2.0/oa/upload/image" => await UploadAsync(http, "attachment_id"),
                "/v2.0/oa/upload/file" => await UploadAsync(http, "token"),
                "/message/template" => await TemplateAsync(http),
                "/v3.0/oa/user/detail" => Profile(http),
                _ => null,
            };
            if (answer is null)
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(answer.ToJsonString(), http.RequestAborted);
        }
        finally
        {
            Interlocked.Exchange(ref lastActivity, Stopwatch.GetTimestamp());
            Interlocked.Decrement(ref inFlight);
        }
    }

    private async Task<JsonObject> RefreshAsync(HttpContext http)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        if (form["app_id"] != AppId || http.Request.Headers["secret_key"] != AppSecret || form["grant_type"] != "refresh_token")
        {
            return new JsonObject { ["error"] = -14002, ["error_name"] = "Invalid app_id or secret_key" };
        }

        var given = form["refresh_token"].ToString();
        JsonObject answer;
        lock (sync)
        {
            var reused = spentRefreshTokens.ContainsKey(given);
            if (given != currentRefreshToken)
            {
                refreshes.Enqueue(new ZaloRefresh(given, Accepted: false, reused));
                return new JsonObject { ["error"] = -14014, ["error_name"] = "Invalid refresh token", ["error_description"] = "Invalid refresh token" };
            }

            spentRefreshTokens[given] = 0;
            var n = ++lastToken;
            var access = "access-" + n.ToString(CultureInfo.InvariantCulture);
            currentRefreshToken = "refresh-" + n.ToString(CultureInfo.InvariantCulture);
            accessTokens[access] = Now() + AccessTokenLife;
            refreshes.Enqueue(new ZaloRefresh(given, Accepted: true, Reused: false));
            answer = new JsonObject
            {
                ["access_token"] = access,
                ["refresh_token"] = currentRefreshToken,
                ["expires_in"] = ((long)AccessTokenLife.TotalSeconds).ToString(CultureInfo.InvariantCulture),
            };
        }

        if (RefreshAnswerDelay > TimeSpan.Zero)
        {
            await Task.Delay(RefreshAnswerDelay, http.RequestAborted);
        }

        return answer;
    }

    private async Task<JsonObject> MessageAsync(HttpContext http)
    {
        var body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted) as JsonObject;
        var userId = body?["recipient"]?["user_id"]?.GetValue<string>();
        var message = body?["message"] as JsonObject;
        if (TokenError(http) is { } tokenError)
        {
            return Refuse(http, userId, tokenError);
        }

        if (failNext.TryDequeue(out var injected))
        {
            return Refuse(http, userId, injected);
        }

        if (userId is null || message is null)
        {
            return Refuse(http, userId, -201);
        }

        var user = users.GetOrAdd(userId, _ => new UserState());
        lock (sync)
        {
            if (!user.Following)
            {
                return Refuse(http, userId, -213);
            }

            if (user.LastMessageAt is not { } last || Now() - last > Window)
            {
                return Refuse(http, userId, -230);
            }

            if (user.RepliesSince >= RepliesPerWindow)
            {
                return Refuse(http, userId, -232);
            }

            user.RepliesSince++;
        }

        var attachment = message["attachment"] as JsonObject;
        var payload = attachment?["payload"] as JsonObject;
        var buttons = (payload?["buttons"] as JsonArray)?.OfType<JsonObject>()
            .Select(b => new ZaloSentButton(b["title"]!.GetValue<string>(), b["type"]!.GetValue<string>(), b["payload"]!.GetValue<string>()))
            .ToList() ?? [];
        var kind = attachment?["type"]?.GetValue<string>() switch
        {
            "file" => "file",
            "template" when payload?["template_type"]?.GetValue<string>() == "media" => "image",
            _ => null,
        };
        var attachmentId = kind switch
        {
            "file" => payload?["token"]?.GetValue<string>(),
            "image" => (payload?["elements"] as JsonArray)?[0]?["attachment_id"]?.GetValue<string>(),
            _ => null,
        };
        var id = NextMessageId();
        var record = new ZaloSentMessage(userId, message["text"]?.GetValue<string>(), buttons, kind, attachmentId, Now()) { MessageId = id };
        if (KeepHistory)
        {
            lock (sync)
            {
                sent.Add(record);
            }
        }

        OnSent?.Invoke(record);
        return new JsonObject { ["error"] = 0, ["message"] = "Success", ["data"] = new JsonObject { ["message_id"] = id, ["user_id"] = userId } };
    }

    private JsonObject Profile(HttpContext http)
    {
        if (TokenError(http) is { } tokenError)
        {
            return Refuse(http, null, tokenError);
        }

        var userId = JsonNode.Parse(http.Request.Query["data"].ToString())?["user_id"]?.GetValue<string>();
        if (userId is null)
        {
            return Refuse(http, null, -201);
        }

        var name = users.TryGetValue(userId, out var user) && user.Name is { } known ? known : DefaultUserName;
        return new JsonObject { ["error"] = 0, ["message"] = "Success", ["data"] = new JsonObject { ["user_id"] = userId, ["display_name"] = name } };
    }

    private async Task<JsonObject> UploadAsync(HttpContext http, string idField)
    {
        if (TokenError(http) is { } tokenError)
        {
            return Refuse(http, null, tokenError);
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        if (form.Files.Count != 1 || form.Files[0].Length == 0)
        {
            return Refuse(http, null, -201);
        }

        return new JsonObject { ["error"] = 0, ["message"] = "Success", ["data"] = new JsonObject { [idField] = "upload-" + NextMessageId() } };
    }

    private async Task<JsonObject> TemplateAsync(HttpContext http)
    {
        var body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted) as JsonObject;
        if (TokenError(http) is { } tokenError)
        {
            return Refuse(http, null, tokenError);
        }

        var phone = body?["phone"]?.GetValue<string>();
        var template = body?["template_id"]?.GetValue<string>();
        if (phone is null || !phone.StartsWith("84", StringComparison.Ordinal) || template is null)
        {
            return Refuse(http, null, -201);
        }

        var data = (body!["template_data"] as JsonObject)?.ToDictionary(p => p.Key, p => p.Value?.ToString() ?? "") ?? [];
        zns.Enqueue(new ZnsSentMessage(phone, template, data, body["tracking_id"]?.GetValue<string>() ?? ""));
        return new JsonObject { ["error"] = 0, ["message"] = "Success", ["data"] = new JsonObject { ["msg_id"] = NextMessageId() } };
    }

    /// <summary>-216 for a token Zalo never gave or one past its life.</summary>
    private int? TokenError(HttpContext http)
    {
        var token = http.Request.Headers["access_token"].ToString();
        return accessTokens.TryGetValue(token, out var expires) && expires > Now() ? null : -216;
    }

    private JsonObject Refuse(HttpContext http, string? userId, int error)
    {
        refusals.Enqueue(new ZaloRefusal(http.Request.Path.Value ?? "", userId, error));
        return new JsonObject { ["error"] = error, ["message"] = Describe(error) };
    }

    private static string Describe(int error) => error switch
    {
        -216 => "Access token is invalid",
        -213 => "User has not followed OA",
        -230 => "User has not interacted with OA recently",
        -232 => "User has reached the message limit",
        -32 => "Exceeded rate limit",
        -201 => "Parameters are invalid",
        _ => "Error",
    };

    // ---- Events -------------------------------------------------------------------------------------------------

    private Task<HttpStatusCode> PostUserEventAsync(string userId, string eventName, JsonObject message)
    {
        Wrote(userId);
        var e = Envelope(eventName, userId);
        e["message"] = message;
        return PostAsync(e);
    }

    private JsonObject FollowEvent(string eventName, string userId)
    {
        var e = Envelope(eventName, userId);
        e["follower"] = new JsonObject { ["id"] = userId };
        e.Remove("sender");
        e["source"] = "testing";
        return e;
    }

    private JsonObject Envelope(string eventName, string userId) => new()
    {
        ["app_id"] = AppId,
        ["user_id_by_app"] = "app-" + userId,
        ["event_name"] = eventName,
        ["timestamp"] = Now().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        ["sender"] = new JsonObject { ["id"] = userId },
        ["recipient"] = new JsonObject { ["id"] = OaId },
    };

    private Task<HttpStatusCode> PostAsync(JsonObject e)
    {
        var body = e.ToJsonString();
        return PostRawAsync(body, Sign(body));
    }

    /// <summary>A message from the user opens the window again and restarts its count; a user who writes follows.</summary>
    private void Wrote(string userId)
    {
        var user = users.GetOrAdd(userId, _ => new UserState());
        lock (sync)
        {
            user.LastMessageAt = Now();
            user.RepliesSince = 0;
            user.Following = true;
        }
    }

    private string NextMessageId() => Convert.ToHexStringLower(BitConverter.GetBytes(Interlocked.Increment(ref lastMessage))) + Guid.NewGuid().ToString("N")[..16];

    public async ValueTask DisposeAsync()
    {
        webhook.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private sealed class UserState
    {
        public bool Following { get; set; } = true;

        public DateTimeOffset? LastMessageAt { get; set; }

        public int RepliesSince { get; set; }

        public string? Name { get; set; }
    }
}
