using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OneStopBot.Bot.Channels.Telegram;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Office;
using OneStopBot.Domain.Calendar;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.People;
using OneStopBot.FakeBotApi;
using OneStopBot.Persistence.Messaging;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.EndToEnd;

/// <summary>
/// The bot at Telegram's own pace, on real time, against a fake Bot API that refuses with 429 whatever goes past
/// Telegram's limits and answers each call after a round trip. Volumes are small, so each test takes seconds.
/// </summary>
public sealed class SendLimitTests
{
    private const int Citizens = 40;
    private const long FirstCitizen = 6001;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task NoticesAndRepliesToManyChatsAtOnce_AreAllDelivered_WithoutOne429()
    {
        await using var bot = await StartPacedAsync();
        await bot.SayAsync(BotUnderTest.Officer, "/start", expectedReplies: 2);
        var code = await SeedDossierAsync(bot);
        var citizens = Enumerable.Range(0, Citizens).Select(i => FirstCitizen + i).ToList();

        // The first look-up of a code writes its guess counter, which two first look-ups at once would both write:
        // one person follows first, then the 39 others at once, more replies than Telegram takes in a second.
        await bot.SayAsync(citizens[0], $"/theodoi {code} 5678");
        foreach (var citizen in citizens.Skip(1))
        {
            bot.Telegram.SendText(citizen, $"/theodoi {code} 5678");
        }

        await Task.WhenAll(citizens.Select(c => bot.Telegram.WaitForMessagesAsync(c, 1, Wait)));

        // One change tells all of them while each of them writes again: a notice and a reply to every chat at once.
        bot.Telegram.SendText(BotUnderTest.Officer, $"{code} xu ly");
        foreach (var citizen in citizens)
        {
            bot.Telegram.SendText(citizen, "/theodoi");
        }

        var received = await Task.WhenAll(citizens.Select(c => bot.Telegram.WaitForMessagesAsync(c, 3, Wait)));
        await bot.IdleAsync();

        bot.Telegram.TooManyRequestsAnswers.Should().Be(0);
        bot.Telegram.FailedAttempts.Should().BeEmpty();
        received.Should().AllSatisfy(messages =>
        {
            messages.Should().HaveCount(3);
            var (replies, notices) = (messages.Skip(1).Where(m => m.Text!.StartsWith("Cách theo dõi", StringComparison.Ordinal)), messages.Skip(1).Where(m => !m.Text!.StartsWith("Cách theo dõi", StringComparison.Ordinal)));
            replies.Should().ContainSingle();
            notices.Should().ContainSingle().Which.Text.Should().Contain(code).And.Contain("Đang xử lý");
            (messages[2].ReceivedAt - messages[1].ReceivedAt).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1));
        });
        await using var db = bot.Db();
        var rows = await db.Outbox.Select(m => new { m.Status, m.ChatId }).ToListAsync();
        rows.Select(r => r.Status).Should().AllBeEquivalentTo(OutboxStatus.Sent, "notices and replies alike are recorded sent");
        rows.Where(r => citizens.Contains(r.ChatId)).GroupBy(r => r.ChatId).Should().HaveCount(Citizens)
            .And.AllSatisfy(chat => chat.Should().HaveCount(3, "the follow's reply, the notice and the second reply, each once"));
    }

    [Fact]
    public async Task TwoNoticesToOneChat_QueuedTogetherAmongOthers_ArriveInTheirOrder_ASecondApart()
    {
        await using var bot = await StartPacedAsync();
        const long chat = FirstCitizen;
        await using (var db = bot.Db())
        {
            var now = bot.Clock.GetUtcNow().UtcDateTime;
            db.Outbox.Add(OutboxDispatcher.ToRow(new OutboundMessage(ChannelKind.Telegram, chat, "thứ nhất"), now));
            db.Outbox.AddRange(Enumerable.Range(1, 10).Select(i => OutboxDispatcher.ToRow(new OutboundMessage(ChannelKind.Telegram, chat + i, "khác"), now)));
            db.Outbox.Add(OutboxDispatcher.ToRow(new OutboundMessage(ChannelKind.Telegram, chat, "thứ hai"), now));
            await db.SaveChangesAsync();
        }

        bot.App.Services.GetRequiredService<OutboxSignal>().Wake();

        var sent = await bot.Telegram.WaitForMessagesAsync(chat, 2, Wait);
        await bot.IdleAsync();
        sent.Select(m => m.Text).Should().Equal("thứ nhất", "thứ hai");
        (sent[1].ReceivedAt - sent[0].ReceivedAt).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1));
        bot.Telegram.TooManyRequestsAnswers.Should().Be(0);
        bot.Telegram.AllSent.Should().HaveCount(12, "each message once");
    }

    /// <summary>Telegram's limits on the real clock (Telegram counts real seconds), the office on its fake one.</summary>
    private static async Task<BotUnderTest> StartPacedAsync()
    {
        var bot = await BotUnderTest.StartAsync(configure: builder =>
            builder.Services.AddSingleton(_ => new TelegramThrottle(TelegramLimits.Telegram, TimeProvider.System)));
        bot.Telegram.Flood = FloodLimits.Telegram;
        bot.Telegram.ResponseDelay = TimeSpan.FromMilliseconds(50);
        return bot;
    }

    /// <summary>A dossier received by the officer an hour ago, written straight to the database: the reception form
    /// at one message a second would take most of the test.</summary>
    private static async Task<string> SeedDossierAsync(BotUnderTest bot)
    {
        var services = bot.App.Services;
        var clock = services.GetRequiredService<OfficeClock>();
        var unit = services.GetRequiredService<OfficeDirectory>().All[0].UnitCode;
        await using var db = bot.Db();
        var officer = await db.People.SingleAsync(p => p.ExternalId == BotUnderTest.Officer);
        var procedure = await db.Procedures.OrderBy(p => p.Id).FirstAsync();
        var reception = new Reception(procedure, "Nguyễn Thị Ánh", "0912345678", DossierChannel.Counter, DigitizedAtReception: true, PaymentMethod.None, FeeVnd: 0);
        var at = clock.FromLocal(clock.Now.Local.AddHours(-1));
        var dossier = Dossier.Receive(reception, unit, 1, at, new Actor(officer.Id, officer.DisplayName), services.GetRequiredService<IWorkingCalendar>(), BotIdentity.NewSecret());
        db.Dossiers.Add(dossier);
        db.DailySequences.Add(new DailySequence { UnitCode = unit, Date = at.Date, Last = 1 });
        await db.SaveChangesAsync();
        return dossier.CodeTail;
    }
}
