using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OneStopBot.Domain.Complaints;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Persistence;

/// <summary>
/// What must hold on PostgreSQL in every run, whatever <c>ONESTOP_TEST_DATABASE</c> says: codes taken at the same
/// instant, a unique clash told by its code, and the bot's own path from the counter to the citizen. Skipped, with the
/// reason, where the PostgreSQL binaries are not installed.
/// </summary>
public sealed class PostgresTests
{
    private const long Citizen = 5001;

    [SkippableFact]
    public async Task TwoCodesTakenAtTheSameInstant_NeverShareANumber()
    {
        Skip.IfNot(PostgresServer.Available, PostgresServer.SkipReason);
        await using var database = await TestDatabase.CreateAsync(seedProcedures: false, provider: DatabaseProvider.Postgres);
        var day = new DateOnly(2026, 11, 24);

        var numbers = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            await using var db = database.NewContext();
            await using var tx = await db.Database.BeginTransactionAsync();
            var number = await DailyNumbers.NextAsync(db, DailyNumbers.Complaints, day, CancellationToken.None);
            await tx.CommitAsync();
            return number;
        }));

        numbers.Should().BeEquivalentTo(Enumerable.Range(1, 20), "each of the twenty complaints of that instant gets its own number");
    }

    [SkippableFact]
    public async Task AUniqueClash_IsToldBy23505()
    {
        Skip.IfNot(PostgresServer.Available, PostgresServer.SkipReason);
        await using var database = await TestDatabase.CreateAsync(seedProcedures: false, provider: DatabaseProvider.Postgres);
        await using (var db = database.NewContext())
        {
            db.Complaints.Add(File("PA-261124-001"));
            await db.SaveChangesAsync();
        }

        await using var again = database.NewContext();
        again.Complaints.Add(File("PA-261124-001"));
        var save = () => again.SaveChangesAsync();

        (await save.Should().ThrowAsync<DbUpdateException>()).Which.Should().Match<DbUpdateException>(e => StoreErrors.IsUniqueViolation(e));
    }

    [SkippableFact]
    public async Task OnPostgres_ADossierReceivedAtTheCounter_IsFollowedAndItsChangesReachTheCitizen()
    {
        Skip.IfNot(PostgresServer.Available, PostgresServer.SkipReason);
        using var logs = new LogRecorder(LogLevel.Error);
        await using var bot = await BotUnderTest.StartAsync(configure: b => b.Logging.AddProvider(logs), provider: DatabaseProvider.Postgres);
        bot.Database.Provider.Should().Be(DatabaseProvider.Postgres);
        var code = await bot.ReceiveDossierAsync();
        (await bot.SayAsync(Citizen, $"/theodoi {code} 5678")).Single().Text.Should().Contain("Ông/bà sẽ nhận thông báo");

        await bot.SayAsync(BotUnderTest.Officer, $"{code} xu ly");
        await bot.SayAsync(BotUnderTest.Officer, $"{code} xong");

        var notices = await bot.Telegram.WaitForMessagesAsync(Citizen, 3);
        notices[1].Text.Should().Contain(code).And.Contain("Đang xử lý");
        notices[2].Text.Should().Contain("Kính mời ông/bà đến nhận");
        await using var db = bot.Db();
        (await db.DossierEvents.CountAsync()).Should().Be(3, "received, being processed, result ready");
        logs.Entries.Should().BeEmpty("a process that also holds a SQLite model must not fail on PostgreSQL");
    }

    [SkippableFact]
    public async Task ASecondInstanceThatWouldAlsoLongPoll_RefusesToStart_SayingHowToRunSeveral()
    {
        Skip.IfNot(PostgresServer.Available, PostgresServer.SkipReason);
        await using var bot = await BotUnderTest.StartAsync(provider: DatabaseProvider.Postgres);

        var second = () => bot.StartAnotherInstanceAsync();

        (await second.Should().ThrowAsync<OneStopBot.Bot.StartupException>()).Which.Message.Should().Contain("Telegram:Mode=Webhook").And.Contain("single instance");
        (await bot.SayAsync(Citizen, "/thutuc khai tu")).Single().Text.Should().Contain("Đăng ký khai tử", "the first instance polls on");
    }

    [SkippableFact]
    public async Task TwoInstancesBehindOneWebhook_TheSameUpdatePostedToBothAtOnce_HasOneAnswer_AndAFormGoesOnAtTheOther()
    {
        Skip.IfNot(PostgresServer.Available, PostgresServer.SkipReason);
        const string secret = "two-instances_secret";
        await using var bot = await BotUnderTest.StartAsync(provider: DatabaseProvider.Postgres, extraArgs:
        [
            "--Telegram:Mode=Webhook",
            "--Telegram:WebhookUrl=https://bot.example.test/telegram/webhook",
            $"--Telegram:WebhookSecret={secret}",
        ]);
        await using var other = await bot.StartAnotherInstanceAsync();
        using var first = Client(bot.App);
        using var second = Client(other);

        var posts = Enumerable.Range(0, 4).Select(i => PostAsync(i % 2 == 0 ? first : second, secret, 800001, "/thutuc khai tu"));
        (await Task.WhenAll(posts)).Should().OnlyContain(s => s == System.Net.HttpStatusCode.OK);
        await bot.Telegram.WaitForMessagesAsync(Citizen, 1);
        await bot.IdleAsync();
        bot.Telegram.SentTo(Citizen).Should().ContainSingle("four deliveries of one update, two at each instance, have one effect")
            .Which.Text.Should().Contain("Đăng ký khai tử");

        // A complaint begun at one instance is continued at the other: the form lives in the database.
        (await PostAsync(first, secret, 800002, "/phananh")).Should().Be(System.Net.HttpStatusCode.OK);
        var kinds = (await bot.Telegram.WaitForMessagesAsync(Citizen, 2))[1];
        kinds.Buttons.Should().NotBeEmpty();
        (await PostAsync(second, secret, 800003, "/huy")).Should().Be(System.Net.HttpStatusCode.OK);
        (await bot.Telegram.WaitForMessagesAsync(Citizen, 3))[2].Text.Should().Be("Đã huỷ thao tác đang nhập.", "the other instance knew the form was open");

        // Notices queued while both run are sent by the one instance holding the sending duty: each once, in order.
        await using (var taken = await InstanceLock.TryTakeAsync(bot.Database.Store, OneStopBot.Bot.Conversation.OutboxDispatcher.SendingDuty, default))
        {
            taken.Should().BeNull("one of the two instances holds the sending duty");
        }

        await using (var db = bot.Db())
        {
            foreach (var n in Enumerable.Range(1, 5))
            {
                db.Outbox.Add(OneStopBot.Bot.Conversation.OutboxDispatcher.ToRow(
                    new OneStopBot.Bot.Conversation.OutboundMessage(ChannelKind.Telegram, Citizen, $"Thông báo {n}"), bot.Clock.GetUtcNow().UtcDateTime, null));
            }

            await db.SaveChangesAsync();
        }

        await bot.Telegram.WaitForMessagesAsync(Citizen, 8);
        await bot.IdleAsync();
        bot.Telegram.SentTo(Citizen).Skip(3).Select(m => m.Text).Should().Equal(Enumerable.Range(1, 5).Select(n => $"Thông báo {n}"));
    }

    private static HttpClient Client(Microsoft.AspNetCore.Builder.WebApplication app) => new()
    {
        BaseAddress = new Uri(app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First()),
    };

    private static async Task<System.Net.HttpStatusCode> PostAsync(HttpClient http, string secret, int updateId, string text)
    {
        var update = new
        {
            update_id = updateId,
            message = new
            {
                message_id = updateId,
                date = 1_764_000_000,
                chat = new { id = Citizen, type = "private", first_name = "Bình" },
                from = new { id = Citizen, is_bot = false, first_name = "Bình" },
                text,
            },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook") { Content = System.Net.Http.Json.JsonContent.Create(update) };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    private static Complaint File(string code) =>
        Complaint.File(A.Unit, code, ComplaintKind.Delay, false, "Hồ sơ của tôi đã quá hạn một tuần.", ChannelKind.Telegram, Citizen, null, true, null, null, A.At(2026, 11, 24, 10), A.Calendar);
}
