using Microsoft.EntityFrameworkCore;
using OneStopBot.Domain;
using OneStopBot.Domain.Dossiers;
using OneStopBot.FakeBotApi;
using OneStopBot.Persistence.Messaging;
using OneStopBot.Tests.Support;
using Xunit.Abstractions;

namespace OneStopBot.Tests.Bot.Faults;

/// <summary>
/// The bot as its own process, killed with SIGKILL at random instants around status changes that a citizen follows,
/// restarted on the same database and Bot API each time. Telegram's pace and clock are the real ones here.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output)
{
    private const long Officer = 1003;
    private const long Citizen = 5001;
    private const string Unit = "H15.50.05.13";

    /// <summary>
    /// How near a kill the platform may have taken a message the bot had no time to record as sent: a few milliseconds
    /// on a quiet machine, up to several hundred on a loaded one (the record is a commit).
    /// </summary>
    private static readonly TimeSpan PlatformWindow = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(40);

    [Fact]
    public async Task KilledAtRandomInstants_NoChangeNorAnswerIsLost_AndEveryNoticeComesOnce()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var database = await TestDatabase.CreateAsync();
        string[] args =
        [
            $"--Telegram:Token={telegram.Token}",
            $"--Telegram:BaseUrl={telegram.BaseUrl}",
            "--Telegram:PollTimeout=00:00:01",
            .. database.BotArguments(),
            "--Jobs:Schedule=false",
            "--Office:Name=Bộ phận Một cửa UBND xã Thử Nghiệm",
            $"--Office:UnitCode={Unit}",
            $"--Access:Officers:0={Officer}",
            "--Outbox:ReplyLease=00:00:01",
            "--urls=http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Warning",
        ];

        var bot = BotProcess.Start(args);
        var kills = new List<DateTimeOffset>();
        var officerReplies = 0;
        try
        {
            telegram.SendText(Officer, "/start", firstName: "Lan");
            await telegram.WaitForMessagesAsync(Officer, 2, Patience);
            var tails = await SeedDossiersAsync(database, 2);
            foreach (var tail in tails)
            {
                var followed = telegram.SentTo(Citizen).Count;
                telegram.SendText(Citizen, $"/theodoi {tail} 5678", firstName: "Bình");
                await telegram.WaitForMessagesAsync(Citizen, followed + 1, Patience);
            }

            var steps = tails.SelectMany(tail => new (string Text, int Replies)[]
            {
                ($"{tail} xu ly", 1),
                ($"{tail} bo sung Thiếu bản sao giấy khai sinh", 2),
                ($"{tail} da bo sung", 1),
                ($"{tail} xong", 1),
            }).ToList();
            var citizenBefore = telegram.SentTo(Citizen).Count;
            var officerExpected = 2;
            foreach (var (text, replies) in steps)
            {
                telegram.SendText(Officer, text, firstName: "Lan");
                officerExpected += replies;

                // Anywhere from before the update is fetched to after its reply went out.
                await Task.Delay(random.Next(0, 400));
                kills.Add(DateTimeOffset.UtcNow);
                await bot.KillAsync();
                await bot.DisposeAsync();
                bot = BotProcess.Start(args);
                await WaitForAtLeastAsync(telegram, Officer, officerExpected, bot, seed);
            }

            officerReplies = officerExpected;
            await WaitForAtLeastAsync(telegram, Citizen, citizenBefore + steps.Count, bot, seed);
            await WaitUntilOutboxSentAsync(database, bot, seed);
            output.WriteLine($"kills at {string.Join(", ", kills.Select(k => k.ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture)))}");
            await bot.StopAsync(Patience);
        }
        finally
        {
            await bot.DisposeAsync();
        }

        // The process is gone: nothing more can arrive, so the counts below are final.
        await using var db = database.NewContext();
        var dossiers = await db.Dossiers.Include(d => d.Events).ToListAsync();
        dossiers.Should().HaveCount(2).And.AllSatisfy(d =>
        {
            d.State.Should().Be(DossierState.Done, $"every acknowledged change is kept (seed {seed})");
            d.Events.Should().HaveCount(5, $"reception and four changes, none twice (seed {seed})");
        });

        // Telegram has no idempotency key: a message the platform took just before a kill, and the bot had not yet
        // recorded as sent, goes again after the restart. Every extra message must be one of those.
        var expected = new Dictionary<long, int> { [Officer] = officerReplies, [Citizen] = 2 + 8 };
        foreach (var (chat, count) in expected)
        {
            var received = telegram.SentTo(chat);
            received.Count.Should().BeGreaterThanOrEqualTo(count, $"no answer and no notice is lost (seed {seed})");
            var nearAKill = kills.Count(k => received.Any(m => (m.ReceivedAt - k).Duration() <= PlatformWindow));
            (received.Count - count).Should().BeLessThanOrEqualTo(
                nearAKill,
                $"a message sent twice was taken by the platform within {PlatformWindow.TotalMilliseconds} ms of a kill (seed {seed}; to {chat}: {string.Join(" | ", received.Select(m => $"{m.ReceivedAt:HH:mm:ss.fff} {m.TextOrCaption?.Split('\n')[0]}"))}; kills at {string.Join(", ", kills.Select(k => k.ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture)))})");
            output.WriteLine($"{chat}: {received.Count} messages for {count} expected, {kills.Count} kills, {nearAKill} of them within {PlatformWindow.TotalMilliseconds} ms of a message");

        }
    }

    private static async Task<List<string>> SeedDossiersAsync(TestDatabase database, int count)
    {
        await using var db = database.NewContext();
        var officer = await db.People.SingleAsync(p => p.ExternalId == Officer);
        var procedure = await db.Procedures.OrderBy(p => p.Id).FirstAsync();
        var at = OfficeInstant.FromUtc(DateTime.UtcNow.AddMinutes(-5), A.Hanoi);
        var tails = new List<string>();
        for (var i = 1; i <= count; i++)
        {
            var reception = new Reception(procedure, "Nguyễn Thị Ánh", "0912345678", DossierChannel.Counter, DigitizedAtReception: true, PaymentMethod.None, FeeVnd: 0);
            var dossier = Dossier.Receive(reception, Unit, i, at, new Actor(officer.Id, officer.DisplayName), A.Calendar, OneStopBot.Bot.Conversation.BotIdentity.NewSecret());
            db.Dossiers.Add(dossier);
            tails.Add(dossier.CodeTail);
        }

        db.DailySequences.Add(new DailySequence { UnitCode = Unit, Date = at.Date, Last = count });
        await db.SaveChangesAsync();
        return tails;
    }

    private static async Task WaitForAtLeastAsync(FakeBotApiServer telegram, long chat, int count, BotProcess bot, int seed)
    {
        try
        {
            await telegram.WaitForMessagesAsync(chat, count, Patience);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}\n(seed {seed}) The bot's output:\n{bot.Output}", e);
        }
    }

    private static async Task WaitUntilOutboxSentAsync(TestDatabase database, BotProcess bot, int seed)
    {
        for (var i = 0; i < 400; i++)
        {
            await using var db = database.NewContext();
            if (!await db.Outbox.AnyAsync(m => m.Status == OutboxStatus.Pending))
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"(seed {seed}) Messages stayed pending in the outbox. The bot's output:\n{bot.Output}");
    }
}
