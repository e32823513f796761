using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OneStopBot.Bot;
using OneStopBot.Bot.Channels.Telegram;
using OneStopBot.Bot.Conversation;
using OneStopBot.FakeBotApi;
using OneStopBot.FakeZaloApi;
using OneStopBot.Persistence;

namespace OneStopBot.Tests.Support;

/// <summary>
/// The real bot host, polling a fake Bot API server on 127.0.0.1 with the real Telegram.Bot client,
/// on its own SQLite file, with a fake office clock.
/// </summary>
internal sealed class BotUnderTest : IAsyncDisposable
{
    public const long Admin = 1001;
    public const long Leader = 1002;
    public const long Officer = 1003;
    public const long SecondOfficer = 1004;

    /// <summary>In <see cref="StartProvinceAsync"/>: the second commune's leader and officer, and a province leader.</summary>
    public const long LeaderB = 2002;
    public const long OfficerB = 2003;
    public const long ProvinceLeader = 3001;

    /// <summary>The communes of <see cref="StartProvinceAsync"/>: A is the single-office tests' office.</summary>
    public const string UnitA = "H15.50.05.13";
    public const string UnitB = "H15.50.05.14";
    public const string UnitC = "H15.50.05.15";

    private readonly string[] args;
    private readonly Action<WebApplicationBuilder>? configure;

    private BotUnderTest(FakeBotApiServer telegram, FakeZaloApiServer? zalo, TestDatabase database, WebApplication app, FakeTimeProvider clock, string[] args, Action<WebApplicationBuilder>? configure)
    {
        Telegram = telegram;
        zaloServer = zalo;
        Database = database;
        App = app;
        Clock = clock;
        this.args = args;
        this.configure = configure;
    }

    public FakeBotApiServer Telegram { get; }

    private readonly FakeZaloApiServer? zaloServer;

    /// <summary>The fake Zalo OA API, when the bot was started with the Zalo channel (<see cref="StartWithZaloAsync"/>).</summary>
    public FakeZaloApiServer Zalo => zaloServer ?? throw new InvalidOperationException("This bot was started without Zalo: use StartWithZaloAsync.");

    public TestDatabase Database { get; }

    public WebApplication App { get; private set; }

    public FakeTimeProvider Clock { get; }

    /// <summary>Tuesday 24/11/2026 09:00 in Hà Nội unless told otherwise.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(7));

    public static Task<BotUnderTest> StartAsync(DateTimeOffset? now = null, Action<WebApplicationBuilder>? configure = null, DatabaseProvider? provider = null, params string[] extraArgs) =>
        StartCoreAsync(now, configure, provider, zalo: false, extraArgs);

    /// <summary>
    /// A province's deployment of three communes: A (<see cref="Leader"/>, <see cref="Officer"/>,
    /// <see cref="SecondOfficer"/>), B (<see cref="LeaderB"/>, <see cref="OfficerB"/>) and C (no staff), with
    /// <see cref="Admin"/> the province's administrator and <see cref="ProvinceLeader"/> its leader.
    /// </summary>
    public static Task<BotUnderTest> StartProvinceAsync(DateTimeOffset? now = null, DatabaseProvider? provider = null, params string[] extraArgs) =>
        StartCoreAsync(now, null, provider, zalo: false, [.. ProvinceArguments, .. extraArgs], province: true);

    public static readonly string[] ProvinceArguments =
    [
        "--Province:Name=Trung tâm Phục vụ hành chính công tỉnh Thử Nghiệm",
        $"--Access:Admins:0={Admin}",
        $"--Access:Province:0={ProvinceLeader}",
        .. Commune(0, UnitA, "UBND xã Thử Nghiệm", [Leader], [Officer, SecondOfficer]),
        .. Commune(1, UnitB, "UBND xã Bên Cạnh", [LeaderB], [OfficerB]),
        .. Commune(2, UnitC, "UBND xã Cuối Cùng", [], []),
    ];

    private static IEnumerable<string> Commune(int n, string unit, string name, long[] leaders, long[] officers) =>
    [
        $"--Offices:{n}:UnitCode={unit}",
        $"--Offices:{n}:Name={name}",
        $"--Offices:{n}:Campaign:Name=Thi đua 2026",
        $"--Offices:{n}:Campaign:Start=2026-10-01",
        $"--Offices:{n}:Campaign:End=2026-12-31",
        .. leaders.Select((id, i) => $"--Offices:{n}:Leaders:{i}={id}"),
        .. officers.Select((id, i) => $"--Offices:{n}:Officers:{i}={id}"),
    ];

    /// <summary>As <see cref="StartAsync"/>, with keywords added to the bot's connection string (a shorter wait for a lock, say).</summary>
    public static Task<BotUnderTest> StartWithConnectionOptionsAsync(string connectionOptions, Action<WebApplicationBuilder>? configure = null, DatabaseProvider? provider = null) =>
        StartCoreAsync(null, configure, provider, zalo: false, [], connectionOptions);

    /// <summary>Telegram as in <see cref="StartAsync"/>, and the Zalo OA channel against a fake Zalo server on the same clock.</summary>
    public static Task<BotUnderTest> StartWithZaloAsync(DateTimeOffset? now = null, Action<WebApplicationBuilder>? configure = null, DatabaseProvider? provider = null, params string[] extraArgs) =>
        StartCoreAsync(now, configure, provider, zalo: true, extraArgs);

    private static async Task<BotUnderTest> StartCoreAsync(DateTimeOffset? now, Action<WebApplicationBuilder>? configure, DatabaseProvider? provider, bool zalo, string[] extraArgs, string? connectionOptions = null, bool province = false)
    {
        var telegram = await FakeBotApiServer.StartAsync();
        var database = await TestDatabase.CreateAsync(provider: provider);
        var clock = new FakeTimeProvider(now ?? DefaultNow);
        var zaloServer = zalo ? await FakeZaloApiServer.StartAsync(clock.GetUtcNow) : null;
        string[] zaloArgs = zaloServer is null ? [] : ZaloArguments(zaloServer);
        string[] args =
        [
            $"--Telegram:Token={telegram.Token}",
            $"--Telegram:BaseUrl={telegram.BaseUrl}",
            "--Telegram:PollTimeout=00:00:02",
            .. database.BotArguments(connectionOptions),
            "--Jobs:Schedule=false",
            "--Jobs:QueuePollInterval=00:00:00.200",
            .. province ? [] : OneOffice,
            "--urls=http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Warning",
            .. zaloArgs,
            .. extraArgs,
        ];
        var app = Build(args, clock, configure);
        await app.StartAsync();
        var bot = new BotUnderTest(telegram, zaloServer, database, app, clock, args, configure);
        bot.PointZaloAtTheBot();
        return bot;
    }

    private static readonly string[] OneOffice =
    [
        "--Office:Name=Bộ phận Một cửa UBND xã Thử Nghiệm",
        "--Office:UnitCode=H15.50.05.13",
        $"--Access:Admins:0={Admin}",
        $"--Access:Leaders:0={Leader}",
        $"--Access:Officers:0={Officer}",
        $"--Access:Officers:1={SecondOfficer}",
    ];

    /// <summary>The settings that connect the bot to a fake Zalo server: one base URL serves the OA API, OAuth and ZNS.</summary>
    public static string[] ZaloArguments(FakeZaloApiServer zalo) =>
    [
        $"--Zalo:AppId={zalo.AppId}",
        $"--Zalo:AppSecret={zalo.AppSecret}",
        $"--Zalo:OaSecretKey={zalo.OaSecretKey}",
        $"--Zalo:OaId={zalo.OaId}",
        $"--Zalo:RefreshToken={FakeZaloApiServer.FirstRefreshToken}",
        $"--Zalo:ApiBaseUrl={zalo.BaseUrl}",
        $"--Zalo:OAuthBaseUrl={zalo.BaseUrl}",
        $"--Zalo:ZnsBaseUrl={zalo.BaseUrl}",
        "--Zalo:FollowUrl=https://zalo.me/4318467311282251234",
    ];

    /// <summary>The fake Zalo server posts its users' events to this instance's webhook.</summary>
    private void PointZaloAtTheBot()
    {
        if (zaloServer is not null)
        {
            zaloServer.WebhookUrl = new Uri(Address(App) + "/zalo/webhook");
        }
    }

    /// <summary>Where an instance listens (http://127.0.0.1:port).</summary>
    public static string Address(WebApplication app) =>
        app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

    /// <summary>Stops the bot and starts a new process-like host on the same database and Bot API server.</summary>
    public async Task RestartAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        App = Build(args, Clock, configure);
        await App.StartAsync();
        PointZaloAtTheBot();
    }

    /// <summary>A second instance of the bot beside this one: the same settings, database and Bot API server. The caller disposes it.</summary>
    public async Task<WebApplication> StartAnotherInstanceAsync()
    {
        var app = Build(args, Clock, configure);
        try
        {
            await app.StartAsync();
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Each chat's order and Telegram's 429 holds, on the fake clock, but no pace: most tests exchange many messages
    /// with one chat, which Telegram's one a second would stretch to a second each. The pace has its own tests.
    /// </summary>
    private static WebApplication Build(string[] args, FakeTimeProvider clock, Action<WebApplicationBuilder>? configure) =>
        BotHost.Build(args, builder =>
        {
            builder.Services.AddSingleton<TimeProvider>(clock);
            builder.Services.AddSingleton(_ => new TelegramThrottle(TelegramLimits.None, clock));
            configure?.Invoke(builder);
        });

    public OneStopDbContext Db() => Database.NewContext();

    /// <summary>Sends a text and waits for the bot's answers to it.</summary>
    public async Task<IReadOnlyList<SentMessage>> SayAsync(long user, string text, int expectedReplies = 1, int? replyTo = null)
    {
        var before = Telegram.SentTo(user).Count;
        Telegram.SendText(user, text, firstName: NameOf(user), replyToMessageId: replyTo);
        return await RepliesAfterAsync(user, before, expectedReplies);
    }

    public async Task<IReadOnlyList<SentMessage>> PressAsync(long user, SentMessage message, string buttonText, int expectedReplies = 1)
    {
        var button = message.Buttons.SelectMany(r => r).FirstOrDefault(b => b.Text.Contains(buttonText, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No button '{buttonText}' in: {string.Join(" | ", message.Buttons.SelectMany(r => r).Select(b => b.Text))} (message: {message.Text})");
        var before = Telegram.SentTo(user).Count;
        Telegram.PressButton(user, message.MessageId, button.CallbackData!);
        return await RepliesAfterAsync(user, before, expectedReplies);
    }

    /// <summary>
    /// Presses a button carrying <paramref name="data"/> on the last message the bot sent to <paramref name="user"/>,
    /// whatever that message's keyboard holds: data forged or taken from someone else's button as much as real data.
    /// </summary>
    public async Task<IReadOnlyList<SentMessage>> PressDataAsync(long user, string data, int expectedReplies = 1)
    {
        var before = Telegram.SentTo(user).Count;
        Telegram.PressButton(user, Telegram.SentTo(user)[^1].MessageId, data);
        return await RepliesAfterAsync(user, before, expectedReplies);
    }

    /// <summary>A Zalo user writes a text; waits for the bot's answers to it.</summary>
    public async Task<IReadOnlyList<ZaloSentMessage>> SayOnZaloAsync(string user, string text, int expectedReplies = 1)
    {
        var before = Zalo.SentTo(user).Count;
        (await Zalo.SendTextAsync(user, text)).Should().Be(System.Net.HttpStatusCode.OK);
        return await ZaloRepliesAfterAsync(user, before, expectedReplies);
    }

    /// <summary>A Zalo user presses a button of <paramref name="message"/> whose title contains <paramref name="buttonText"/>.</summary>
    public Task<IReadOnlyList<ZaloSentMessage>> PressOnZaloAsync(string user, ZaloSentMessage message, string buttonText, int expectedReplies = 1) =>
        PressOnZaloAsync(user, [message], buttonText, expectedReplies);

    /// <summary>As above, the button looked for in all of <paramref name="messages"/>: Zalo carries five buttons a message, so a long choice comes in several.</summary>
    public async Task<IReadOnlyList<ZaloSentMessage>> PressOnZaloAsync(string user, IReadOnlyList<ZaloSentMessage> messages, string buttonText, int expectedReplies = 1)
    {
        var button = messages.SelectMany(m => m.Buttons).FirstOrDefault(b => b.Title.Contains(buttonText, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No button '{buttonText}' in: {string.Join(" | ", messages.SelectMany(m => m.Buttons).Select(b => b.Title))} (messages: {string.Join(" | ", messages.Select(m => m.Text))})");
        var before = Zalo.SentTo(user).Count;
        (await Zalo.PressAsync(user, button)).Should().Be(System.Net.HttpStatusCode.OK);
        return await ZaloRepliesAfterAsync(user, before, expectedReplies);
    }

    private async Task<IReadOnlyList<ZaloSentMessage>> ZaloRepliesAfterAsync(string user, int before, int expected)
    {
        await Zalo.WaitForMessagesAsync(user, before + expected);
        await SettleAsync(TimeSpan.FromMilliseconds(20));
        return Zalo.SentTo(user).Skip(before).ToList();
    }

    /// <summary>Sends an action that asks to be confirmed, checks that it asks, and presses "Xác nhận".</summary>
    public async Task<IReadOnlyList<SentMessage>> SayConfirmedAsync(long user, string text, int expectedReplies = 1)
    {
        var question = (await SayAsync(user, text)).Single();
        question.Text.Should().Contain("Xác nhận");
        return await PressAsync(user, question, "Xác nhận", expectedReplies);
    }

    /// <summary>
    /// Fills the reception form for a "chứng thực chữ ký" (a catalog fee, paid in cash), filed at the counter and not
    /// digitized, and returns the summary, nothing received yet. <paramref name="ask"/> is the answer to /tiepnhan.
    /// </summary>
    public async Task<SentMessage> SignatureSummaryAsync(string name = "Lê Văn Tám", string phone = "0987654321", Action<SentMessage>? ask = null)
    {
        var first = (await SayAsync(Officer, "/tiepnhan")).Single();
        ask?.Invoke(first);
        await SayAsync(Officer, "chung thuc chu ky");
        await SayAsync(Officer, name);
        await SayAsync(Officer, phone);
        await SayAsync(Officer, "truc tiep");
        var payment = (await SayAsync(Officer, "khong")).Single();
        return (await PressAsync(Officer, payment, "tiền mặt")).Single();
    }

    /// <summary>
    /// Receives a "xác nhận tình trạng hôn nhân" dossier for Nguyễn Thị Ánh, phone 0912345678, and returns its code
    /// tail: free by default, or with the fee typed at reception and left unpaid.
    /// </summary>
    public async Task<string> ReceiveDossierAsync(string fee = "0", long officer = Officer)
    {
        await SayAsync(officer, "/tiepnhan");
        await SayAsync(officer, "xac nhan tinh trang hon nhan");
        await SayAsync(officer, "Nguyễn Thị Ánh");
        await SayAsync(officer, "0912345678");
        await SayAsync(officer, "truc tiep");
        await SayAsync(officer, "co");
        var review = fee == "0"
            ? (await SayAsync(officer, fee)).Single()
            : (await PressAsync(officer, (await SayAsync(officer, fee)).Single(), "Chưa nộp")).Single();
        var receipt = await PressAsync(officer, review, "✅", expectedReplies: 2);
        return OneStopBot.Domain.Dossiers.DossierCode.FindTail(receipt[0].Text)!;
    }

    /// <summary>
    /// The replies to the last update: at least <paramref name="expected"/>, and then every reply the bot sent for it.
    /// Once every update is confirmed, no lane holds a message and the fake server is idle, no reply to this
    /// update is still on its way, so a test's <c>Single()</c> means exactly one.
    /// </summary>
    private async Task<IReadOnlyList<SentMessage>> RepliesAfterAsync(long user, int before, int expected)
    {
        await Telegram.WaitForMessagesAsync(user, before + expected);
        await SettleAsync(TimeSpan.FromMilliseconds(20));
        return Telegram.SentTo(user).Skip(before).ToList();
    }

    /// <summary>Waits until the bot has handled everything sent so far.</summary>
    public Task IdleAsync() => SettleAsync(TimeSpan.FromMilliseconds(300));

    private async Task SettleAsync(TimeSpan quiet)
    {
        var dispatcher = App.Services.GetRequiredService<ChatDispatcher>();
        while (true)
        {
            // A lane finishes a message only after its replies were sent, so an empty dispatcher seen after the
            // fake server went quiet means every reply is in.
            await Telegram.WaitUntilIdleAsync(quiet);
            if (zaloServer is not null)
            {
                await zaloServer.WaitUntilIdleAsync(quiet);
            }

            if (dispatcher.Pending == 0)
            {
                return;
            }

            await Task.Delay(10);
        }
    }

    private static string NameOf(long user) => user switch
    {
        Officer => "Lan",
        SecondOfficer => "Sáng",
        Leader => "Minh",
        Admin => "Quản trị",
        _ => "Bình",
    };

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await Telegram.DisposeAsync();
        if (zaloServer is not null)
        {
            await zaloServer.DisposeAsync();
        }

        await Database.DisposeAsync();
        try
        {
            if (Database.SqlitePath is { } path)
            {
                File.Delete(path + ".jobs");
            }
        }
        catch (IOException)
        {
            // Hangfire's storage may hold the file a moment longer; the temp folder is cleaned anyway.
        }
    }
}
