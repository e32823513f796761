using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStopBot.Bot.Channels.Zalo;
using OneStopBot.Domain.People;
using OneStopBot.Persistence.Messaging;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.EndToEnd;

/// <summary>What Zalo's refusals do to a notice: each kind of error handled as its name says.</summary>
public sealed class ZaloSendTests
{
    private const string Citizen = "7354812669035521237";
    private const string Relative = "7354812669035521999";

    private static readonly string[] ZnsTemplate = ["--Zalo:Zns:Templates:DossierNotice=254321"];

    [Fact]
    public async Task ACitizenWhoNoLongerFollowsTheOa_IsMarked_AndNotTriedAgainUntilTheyWrite()
    {
        await using var bot = await BotUnderTest.StartWithZaloAsync();
        var code = await FollowedDossierAsync(bot);

        bot.Zalo.FailNext(-213);
        await bot.SayAsync(BotUnderTest.Officer, $"{code} xu ly");
        await WaitForOutboxAsync(bot, m => m.Status == OutboxStatus.Blocked);
        await bot.SayAsync(BotUnderTest.Officer, $"{code} xong");
        await WaitForOutboxAsync(bot, m => m.Status == OutboxStatus.Blocked && m.Text.Contains("Kính mời", StringComparison.Ordinal));

        bot.Zalo.Refusals.Should().ContainSingle().Which.Error.Should().Be(-213);
        await using (var db = bot.Db())
        {
            (await db.People.SingleAsync(p => p.Channel == ChannelKind.Zalo)).BlockedBotAtUtc.Should().NotBeNull();
            (await db.Outbox.Where(m => m.Channel == ChannelKind.Zalo && !m.Text.Contains(FollowAnswer)).Select(m => m.Attempts).ToListAsync()).Should().Equal(1, 0);
        }

        // Writing again opens the chat: new notices flow.
        await bot.SayOnZaloAsync(Citizen, "/cuatoi");
        await bot.SayConfirmedAsync(BotUnderTest.Officer, $"{code} tra");
        (await bot.Zalo.WaitForMessagesAsync(Citizen, 3))[2].Text.Should().Contain("đã nhận kết quả");
    }

    [Fact]
    public async Task ANoticeOutsideTheWindow_WithoutConsentToNoticesByPhone_IsNotSent_TheCardSaysSo_AndItGoesRightAfterTheCitizensNextMessage()
    {
        await using var bot = await BotUnderTest.StartWithZaloAsync(extraArgs: ZnsTemplate);
        var code = await FollowedDossierAsync(bot);
        bot.Clock.Advance(ZaloContacts.Window + TimeSpan.FromHours(1));

        await bot.SayAsync(BotUnderTest.Officer, $"{code} xu ly");
        var waiting = await WaitForOutboxAsync(bot, m => m.LastError != null);
        waiting.Status.Should().Be(OutboxStatus.Pending);
        waiting.Attempts.Should().Be(0, "nothing was sent: waiting is not an attempt");
        waiting.NextAttemptAtUtc.Should().BeAfter(bot.Clock.GetUtcNow().UtcDateTime.AddDays(6));
        bot.Zalo.Refusals.Should().BeEmpty("the bot knows the window is closed and does not ask Zalo");
        bot.Zalo.ZnsSent.Should().BeEmpty("the applicant did not agree to notices by phone");
        bot.Zalo.SentTo(Citizen).Should().HaveCount(1);
        (await bot.SayAsync(BotUnderTest.Officer, $"/hoso {code}")).Single().Text.Should()
            .StartWith("⏳ Thông báo của hồ sơ chưa đến 1 người theo dõi", "the officer's card shows that the citizen has not been told");

        var answered = await bot.SayOnZaloAsync(Citizen, "/cuatoi", expectedReplies: 2);
        answered.Should().ContainSingle(m => m.Text!.Contains("Hồ sơ và phản ánh", StringComparison.Ordinal));
        answered.Should().ContainSingle(m => !m.Text!.Contains("Hồ sơ và phản ánh", StringComparison.Ordinal) && m.Text.Contains(code, StringComparison.Ordinal) && m.Text.Contains("Đang xử lý", StringComparison.Ordinal));
        (await WaitForOutboxAsync(bot, m => m.Status == OutboxStatus.Sent)).Attempts.Should().Be(1);
        (await bot.SayAsync(BotUnderTest.Officer, $"/hoso {code}")).Single().Text.Should().NotContain("⏳", "once the notice went, the card no longer warns");
    }

    [Fact]
    public async Task ANoticeOutsideTheWindow_GoesByZns_WhenTheApplicantAgreedAtReception_OnceForTwoFollowers()
    {
        await using var bot = await BotUnderTest.StartWithZaloAsync(extraArgs: ZnsTemplate);
        await bot.SayAsync(BotUnderTest.Officer, "/tiepnhan");
        await bot.SayAsync(BotUnderTest.Officer, "xac nhan tinh trang hon nhan");
        await bot.SayAsync(BotUnderTest.Officer, "Nguyễn Thị Ánh");
        await bot.SayAsync(BotUnderTest.Officer, "0912345678");
        await bot.SayAsync(BotUnderTest.Officer, "truc tiep");
        await bot.SayAsync(BotUnderTest.Officer, "co");
        var review = (await bot.SayAsync(BotUnderTest.Officer, "0")).Single();
        review.Text.Should().Contain("qua Zalo theo số điện thoại: Không");
        var agreed = (await bot.PressAsync(BotUnderTest.Officer, review, "Đồng ý nhận thông báo qua SĐT")).Single();
        agreed.Text.Should().Contain("qua Zalo theo số điện thoại: Có");
        var receipt = await bot.PressAsync(BotUnderTest.Officer, agreed, "✅", expectedReplies: 2);
        var code = OneStopBot.Domain.Dossiers.DossierCode.FindTail(receipt[0].Text)!;
        (await bot.SayOnZaloAsync(Citizen, $"/theodoi {code} 5678")).Single().Text.Should().Contain(FollowAnswer);
        (await bot.SayOnZaloAsync(Relative, $"/theodoi {code} 5678")).Single().Text.Should().Contain(FollowAnswer);
        bot.Clock.Advance(ZaloContacts.Window + TimeSpan.FromHours(1));

        await bot.SayAsync(BotUnderTest.Officer, $"{code} xu ly");
        var sent = await WaitForOutboxAsync(bot, m => m.Status == OutboxStatus.Sent);
        var waiting = await WaitForOutboxAsync(bot, m => m.ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture) == Relative && m.LastError != null);
        waiting.Status.Should().Be(OutboxStatus.Pending, "the second follower's notice waits for their next message: the phone was told once");

        sent.Text.Should().Contain(code);
        var zns = bot.Zalo.ZnsSent.Should().ContainSingle().Subject;
        zns.Phone.Should().Be("84912345678");
        zns.TemplateId.Should().Be("254321");
        zns.Data["ma_ho_so"].Should().EndWith(code);
        zns.Data["trang_thai"].Should().Contain("xử lý");
        bot.Zalo.SentTo(Citizen).Should().HaveCount(1, "outside the window nothing goes as a consultation message");
        bot.Zalo.Refusals.Should().BeEmpty();
    }

    [Fact]
    public async Task ZaloSayingTheWindowIsClosed_HoldsTheNotice_WithoutRetrying_UntilTheCitizenWrites()
    {
        await using var bot = await BotUnderTest.StartWithZaloAsync();
        var code = await FollowedDossierAsync(bot);

        bot.Zalo.FailNext(-232);
        await bot.SayAsync(BotUnderTest.Officer, $"{code} xu ly");
        var held = await WaitForOutboxAsync(bot, m => m.LastError != null);
        held.Status.Should().Be(OutboxStatus.Pending);
        held.NextAttemptAtUtc.Should().BeAfter(bot.Clock.GetUtcNow().UtcDateTime.AddDays(6));
        await bot.SayAsync(BotUnderTest.Officer, $"{code} xong");
        await bot.IdleAsync();
        bot.Zalo.Refusals.Should().ContainSingle("the second notice waits behind the first without asking Zalo").Which.Error.Should().Be(-232);

        // The reply and the released notices go at once; the notices keep their own order.
        var answered = (await bot.SayOnZaloAsync(Citizen, "/cuatoi", expectedReplies: 3)).Select(m => m.Text!).ToList();
        answered.Should().ContainSingle(t => t.Contains("Hồ sơ và phản ánh", StringComparison.Ordinal));
        var notices = answered.Where(t => t.Contains(code, StringComparison.Ordinal) && !t.Contains("Hồ sơ và phản ánh", StringComparison.Ordinal)).ToList();
        notices.Should().HaveCount(2);
        notices[0].Should().Contain("Đang xử lý");
        notices[1].Should().Contain("Kính mời");
    }

    [Fact]
    public async Task ZalosRateLimit_BacksTheNoticeOff_AndItIsSentOnceWhenDue()
    {
        await using var bot = await BotUnderTest.StartWithZaloAsync();
        var code = await FollowedDossierAsync(bot);

        bot.Zalo.FailNext(-32);
        await bot.SayAsync(BotUnderTest.Officer, $"{code} xu ly");
        var row = await WaitForOutboxAsync(bot, m => m.Attempts == 1);
        row.Status.Should().Be(OutboxStatus.Pending);
        row.NextAttemptAtUtc.Should().Be(bot.Clock.GetUtcNow().UtcDateTime + ZaloErrors.RateLimitBackoff);

        bot.Clock.Advance(ZaloErrors.RateLimitBackoff);
        (await bot.Zalo.WaitForMessagesAsync(Citizen, 2))[1].Text.Should().Contain("Đang xử lý");
        await bot.IdleAsync();
        bot.Zalo.SentTo(Citizen).Should().HaveCount(2);
        (await WaitForOutboxAsync(bot, m => m.Status == OutboxStatus.Sent)).Attempts.Should().Be(2);
    }

    [Fact]
    public async Task ALongChoice_IsSplitIntoMessagesOfFiveButtons_EachTitleWithinZalosLimit()
    {
        var message = new OneStopBot.Bot.Conversation.OutboundMessage(ChannelKind.Zalo, 1, "Chọn:")
        {
            Buttons = Enumerable.Range(1, 7).Select(i => (IReadOnlyList<OneStopBot.Bot.Conversation.Button>)[new(new string('x', 150) + i, $"b:{i}")]).ToList(),
        };

        var parts = ZaloSender.Compose(message);

        parts.Select(p => p.Buttons.Count).Should().Equal(5, 2);
        parts.SelectMany(p => p.Buttons).Should().AllSatisfy(b => b.Title.Length.Should().BeLessThanOrEqualTo(ZaloSender.TitleLimit));
        parts.SelectMany(p => p.Buttons).Select(b => b.Payload).Should().Equal(Enumerable.Range(1, 7).Select(i => $"{ZaloEvents.ButtonMark}b:{i}"));
    }

    [Fact]
    public async Task APictureAndAFile_GoByUploadThenAttachment_EachCountedInTheWindow()
    {
        await using var bot = await BotUnderTest.StartWithZaloAsync();
        await bot.SayOnZaloAsync(Citizen, "/huongdan");
        ZaloIds.TryParseUser(Citizen, out var chatId).Should().BeTrue();
        var sender = bot.App.Services.GetRequiredService<ZaloSender>();

        await sender.SendAsync(
            new OneStopBot.Bot.Conversation.OutboundMessage(ChannelKind.Zalo, chatId, "Biểu đồ tháng 11")
            {
                Photo = new("chart.png", [0x89, 0x50, 0x4E, 0x47]),
                Document = new("bao-cao.xlsx", [0x50, 0x4B, 0x03, 0x04]),
            },
            CancellationToken.None);

        var sent = bot.Zalo.SentTo(Citizen).Skip(1).ToList();
        sent.Select(m => m.AttachmentType).Should().Equal("image", null, "file");
        sent[0].AttachmentId.Should().StartWith("upload-");
        sent[1].Text.Should().Be("Biểu đồ tháng 11");
        sent[2].AttachmentId.Should().StartWith("upload-");
        await using var db = bot.Db();
        (await db.ZaloContacts.SingleAsync()).RepliesSinceInbound.Should().Be(4, "the help and the three parts");
    }

    /// <summary>A dossier received on Telegram and followed by <see cref="Citizen"/> on Zalo; returns its code tail.</summary>
    /// <summary>The citizen's answer to following: an outbox row like the notices, which the tests look at apart from it.</summary>
    private const string FollowAnswer = "Ông/bà sẽ nhận thông báo";

    private static async Task<string> FollowedDossierAsync(BotUnderTest bot)
    {
        var code = await bot.ReceiveDossierAsync();
        (await bot.SayOnZaloAsync(Citizen, $"/theodoi {code} 5678")).Single().Text.Should().Contain(FollowAnswer);
        return code;
    }

    private static async Task<OutboxMessage> WaitForOutboxAsync(BotUnderTest bot, Func<OutboxMessage, bool> condition)
    {
        for (var i = 0; i < 100; i++)
        {
            await using var db = bot.Db();
            var rows = await db.Outbox.AsNoTracking().Where(m => m.Channel == ChannelKind.Zalo && !m.Text.Contains(FollowAnswer)).OrderBy(m => m.Id).ToListAsync();
            if (rows.FirstOrDefault(condition) is { } row)
            {
                return row;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The outbox row never reached the expected state.");
    }
}
