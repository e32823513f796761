using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStopBot.Bot;
using OneStopBot.Bot.Channels.Zalo;
using OneStopBot.Domain.People;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.EndToEnd;

/// <summary>Citizens on Zalo, officers and leaders on Telegram, one host, through the real webhook and a fake Zalo server.</summary>
public sealed class ZaloTests
{
    /// <summary>Beyond 2^53: a double would change its last digits.</summary>
    private const string Citizen = "7354812669035521237";

    /// <summary>Beyond 2^63: kept in the 64-bit chat id with its bits unchanged.</summary>
    private const string OtherCitizen = "18294713550142239981";

    [Fact]
    public async Task AZaloCitizen_FollowsADossierThatAnOfficerMovesOnTelegram_AndGetsOneNoticePerChange()
    {
        await using var bot = await BotUnderTest.StartWithZaloAsync();
        var code = await bot.ReceiveDossierAsync();
        var receipt = bot.Telegram.SentTo(BotUnderTest.Officer).Single(m => m.Text?.Contains("GIẤY TIẾP NHẬN", StringComparison.Ordinal) == true);
        receipt.Text.Should().Contain("t.me/").And.Contain($"Trên Zalo: quan tâm (theo dõi) Zalo OA").And.Contain("https://zalo.me/4318467311282251234")
            .And.Contain($"/theodoi {code} <4 số cuối điện thoại>", "the officer's receipt shows both ways when both channels are on");
        (await bot.SayOnZaloAsync(Citizen, $"/theodoi {code} 5678")).Single().Text.Should().Contain("Ông/bà sẽ nhận thông báo");

        const long officer = BotUnderTest.Officer;
        await bot.SayAsync(officer, $"{code} xu ly");
        await bot.SayAsync(officer, $"{code} bo sung bản sao giấy khai sinh", expectedReplies: 2);
        await bot.SayAsync(officer, $"{code} da bo sung");
        await bot.SayAsync(officer, $"{code} xong");
        await bot.SayConfirmedAsync(officer, $"{code} tra");

        var all = await bot.Zalo.WaitForMessagesAsync(Citizen, 7);
        await bot.IdleAsync();
        var notices = bot.Zalo.SentTo(Citizen).Skip(1).ToList();
        notices.Select(n => n.Text).Should().HaveCount(6, "five changes and one rating prompt");
        notices.Take(5).Should().AllSatisfy(n => n.Text.Should().Contain(code));
        notices[0].Text.Should().Contain("Đang xử lý");
        notices[1].Text.Should().Contain("bổ sung").And.Contain("bản sao giấy khai sinh");
        notices[2].Text.Should().Contain("Đã nhận đủ giấy tờ bổ sung");
        notices[3].Text.Should().Contain("Kính mời ông/bà đến nhận");
        notices[4].Text.Should().Contain("đã nhận kết quả");
        notices[5].Text.Should().Contain("đánh giá");
        notices[5].Buttons.Select(b => b.Title).Should().Equal("Rất hài lòng", "Hài lòng", "Không hài lòng");
        notices[5].Buttons.Should().AllSatisfy(b =>
        {
            b.Type.Should().Be("oa.query.hide");
            b.Payload.Should().StartWith(ZaloEvents.ButtonMark);
        });
        all.Should().AllSatisfy(n => n.Text.Should().NotContain("0912345678").And.NotContain("Nguyễn Thị Ánh"));
        bot.Zalo.Refreshes.Should().ContainSingle("one access token serves every send until it expires")
            .Which.RefreshToken.Should().Be(OneStopBot.FakeZaloApi.FakeZaloApiServer.FirstRefreshToken);

        await using var db = bot.Db();
        var person = await db.People.SingleAsync(p => p.Channel == ChannelKind.Zalo);
        ZaloIds.FormatUser(person.ExternalId).Should().Be(Citizen);
        (await db.Follows.SingleAsync()).Channel.Should().Be(ChannelKind.Zalo);
    }

    [Fact]
    public async Task AForgedOrUnsignedEvent_Gets401_AndChangesNothing_AndARedeliveredEventHasOneEffect()
    {
        await using var bot = await BotUnderTest.StartWithZaloAsync();
        var zalo = bot.Zalo;
        var body = zalo.TextEventBody(OtherCitizen, "/thutuc khai tu");

        (await zalo.PostRawAsync(body, signature: null)).Should().Be(HttpStatusCode.Unauthorized);
        (await zalo.PostRawAsync(body, "mac=" + new string('0', 64))).Should().Be(HttpStatusCode.Unauthorized);
        var forged = body.Replace("khai tu", "khai sinh", StringComparison.Ordinal);
        (await zalo.PostRawAsync(forged, zalo.Sign(body))).Should().Be(HttpStatusCode.Unauthorized, "the signature is of the other body");
        (await zalo.PostRawAsync("not json", zalo.Sign(body))).Should().Be(HttpStatusCode.Unauthorized);
        await bot.IdleAsync();
        zalo.AllSent.Should().BeEmpty();
        await using (var db = bot.Db())
        {
            (await db.People.CountAsync(p => p.Channel == ChannelKind.Zalo)).Should().Be(0);
            (await db.ProcessedUpdates.CountAsync()).Should().Be(0);
            (await db.ZaloContacts.CountAsync()).Should().Be(0);
        }

        (await zalo.DeliverAsync(body, OtherCitizen)).Should().Be(HttpStatusCode.OK);
        (await zalo.DeliverAsync(body, OtherCitizen)).Should().Be(HttpStatusCode.OK);
        await bot.IdleAsync();
        zalo.SentTo(OtherCitizen).Should().ContainSingle("the second delivery of the same msg_id has no effect")
            .Which.Text.Should().Contain("Đăng ký khai tử");
        await using var check = bot.Db();
        (await check.People.SingleAsync(p => p.Channel == ChannelKind.Zalo)).ExternalId.Should().BeNegative("an id above 2^63 keeps its 64 bits");
        (await check.ProcessedUpdates.CountAsync(u => u.Channel == ChannelKind.Zalo)).Should().Be(1);
    }
}

/// <summary>A host with Zalo and no Telegram: the console chat stays closed and citizens are answered on Zalo.</summary>
public sealed class ZaloOnlyHostTests
{
    [Fact]
    public async Task AHostWithOnlyZalo_AnswersOnZalo_OpensNoConsoleChat_AndItsBoardShowsOnlyTheZaloQr()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var zalo = await OneStopBot.FakeZaloApi.FakeZaloApiServer.StartAsync();
        string[] args =
        [
            "--Telegram:Token=",
            .. database.BotArguments(),
            .. BotUnderTest.ZaloArguments(zalo),
            "--Jobs:Schedule=false",
            "--urls=http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Warning",
            "--Web:ZaloFollowUrl=https://zalo.me/4318000000000000001",
        ];
        await using var app = BotHost.Build(args);
        await app.StartAsync();
        try
        {
            zalo.WebhookUrl = new Uri(BotUnderTest.Address(app) + "/zalo/webhook");
            app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>()
                .Should().NotContain(s => s is OneStopBot.Bot.Channels.Console.ConsoleChat);

            (await zalo.SendTextAsync("7354812669035521237", "/thutuc khai tu")).Should().Be(HttpStatusCode.OK);

            (await zalo.WaitForMessagesAsync("7354812669035521237", 1))[0].Text.Should().Contain("Đăng ký khai tử");

            using var http = new HttpClient { BaseAddress = new Uri(BotUnderTest.Address(app)) };
            var board = await http.GetStringAsync("/board");
            System.Text.RegularExpressions.Regex.Matches(board, "<div class=\"qr\" data-link=\"([^\"]+)\"").Select(m => m.Groups[1].Value)
                .Should().Equal(["https://zalo.me/4318000000000000001"], "a bot without Telegram shows no Telegram QR that leads nowhere");
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
