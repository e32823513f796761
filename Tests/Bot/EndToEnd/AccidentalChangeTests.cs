using Microsoft.EntityFrameworkCore;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.People;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.EndToEnd;

/// <summary>A casual reply at a busy counter never changes a citizen's dossier, and what cannot be taken back waits
/// for "Xác nhận".</summary>
public sealed class AccidentalChangeTests
{
    private const long Citizen = 5001;
    private const long Officer = BotUnderTest.Officer;

    [Theory]
    [InlineData("đúng rồi, em gọi lại cho chị ấy sau")]
    [InlineData("trả lời sau nhé")]
    [InlineData("rút kinh nghiệm")]
    [InlineData("xong chưa?")]
    public async Task ACasualReplyToACard_ChangesNothing_AndSaysItIsNoAction(string reply)
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();
        await bot.SayAsync(Citizen, $"/theodoi {code} 5678");
        var card = (await bot.SayAsync(Officer, $"{code} xu ly")).Single();

        var answer = (await bot.SayAsync(Officer, reply, replyTo: card.MessageId)).Single();

        answer.Text.Should().Contain("không phải là thao tác trên hồ sơ").And.Contain(code).And.Contain("hồ sơ không thay đổi");
        answer.Buttons.SelectMany(r => r).Select(b => b.Text).Should().Contain("Có kết quả");
        await bot.IdleAsync();
        await using var db = bot.Db();
        var dossier = await db.Dossiers.SingleAsync();
        dossier.State.Should().Be(DossierState.Processing);
        dossier.Version.Should().Be(2);
        bot.Telegram.SentTo(Citizen).Should().HaveCount(2, "the follow answer and the notice of «xu ly»; nothing about the reply");
    }

    [Fact]
    public async Task AReplyToAMessageThatIsNoCard_NeverMovesTheDossierItMentions()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();
        var worklist = (await bot.SayAsync(Officer, "/viec")).Single();
        worklist.Text.Should().Contain(code);

        var answer = (await bot.SayAsync(Officer, "xu ly", replyTo: worklist.MessageId)).Single();

        answer.Text.Should().NotContain("Đang xử lý");
        await using var db = bot.Db();
        (await db.Dossiers.SingleAsync()).Version.Should().Be(1);
    }

    [Theory]
    [InlineData("rut", DossierState.Withdrawn)]
    [InlineData("dung hồ sơ giả mạo giấy tờ", DossierState.Stopped)]
    public async Task WhatCannotBeTakenBack_WaitsForItsConfirmation(string action, DossierState ends)
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();
        await bot.SayAsync(Citizen, $"/theodoi {code} 5678");

        var question = (await bot.SayAsync(Officer, $"{code} {action}")).Single();

        question.Text.Should().Contain("Xác nhận").And.Contain(code).And.Contain("Nguyễn Thị Ánh").And.Contain("1 người đang theo dõi");
        question.Buttons.SelectMany(r => r).Select(b => b.Text).Should().Equal("✅ Xác nhận", "✖️ Huỷ");
        await using (var db = bot.Db())
        {
            (await db.Dossiers.SingleAsync()).Version.Should().Be(1, "nothing changes before the confirmation");
        }

        var done = (await bot.PressAsync(Officer, question, "Xác nhận")).Single();

        done.Text.Should().Contain(code);
        await using (var db = bot.Db())
        {
            (await db.Dossiers.SingleAsync()).State.Should().Be(ends);
        }

        (await bot.Telegram.WaitForMessagesAsync(Citizen, 2))[^1].Text.Should().Contain(code);
    }

    [Fact]
    public async Task AReturn_WaitsForItsConfirmation_AndAnExpiredOneDoesNothing()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();
        await bot.SayAsync(Officer, $"{code} xong");
        var question = (await bot.SayAsync(Officer, $"{code} tra")).Single();
        question.Text.Should().Contain("Xác nhận «Trả kết quả»");

        bot.Clock.Advance(TimeSpan.FromMinutes(6));
        var late = (await bot.PressAsync(Officer, question, "Xác nhận")).Single();

        late.Text.Should().Contain("đã hết hạn").And.Contain("không có gì thay đổi");
        await using var db = bot.Db();
        var dossier = await db.Dossiers.SingleAsync();
        dossier.State.Should().Be(DossierState.Done);
        dossier.Version.Should().Be(2);
    }

    [Fact]
    public async Task ACancelledConfirmation_OrOneLeftForAnotherMessage_DoesNothing()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();

        var first = (await bot.SayAsync(Officer, $"{code} rut")).Single();
        (await bot.PressAsync(Officer, first, "Huỷ")).Single().Text.Should().Contain("Đã huỷ");
        var second = (await bot.SayAsync(Officer, $"{code} rut")).Single();
        await bot.SayAsync(Officer, "/viec");
        (await bot.PressAsync(Officer, second, "Xác nhận")).Single().Text.Should().Contain("không còn hiệu lực");
        (await bot.PressAsync(Officer, first, "Xác nhận")).Single().Text.Should().Contain("không còn hiệu lực");

        await using var db = bot.Db();
        var dossier = await db.Dossiers.SingleAsync();
        dossier.State.Should().Be(DossierState.Received);
        dossier.Version.Should().Be(1);
    }

    [Fact]
    public async Task TheCardsButtons_AskForTheSameConfirmation()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();
        var card = (await bot.SayAsync(Officer, $"/hoso {code}")).Single();

        var question = (await bot.PressAsync(Officer, card, "Rút hồ sơ")).Single();
        question.Text.Should().Contain("Xác nhận «Rút hồ sơ»");
        var done = (await bot.PressAsync(Officer, question, "Xác nhận")).Single();

        done.Text.Should().Contain("Công dân đã rút hồ sơ");
    }

    [Fact]
    public async Task ASecondSupplementRequest_IsRefusedWithTheRule()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();
        await bot.SayAsync(Officer, $"{code} bo sung thiếu bản sao CCCD", expectedReplies: 2);
        await bot.SayAsync(Officer, $"{code} da bo sung");

        var answer = (await bot.SayAsync(Officer, $"{code} bo sung thiếu ảnh")).Single();

        answer.Text.Should().Contain("chỉ được yêu cầu bổ sung một lần");
        await using var db = bot.Db();
        var dossier = await db.Dossiers.SingleAsync();
        dossier.SupplementRequests.Should().Be(1);
        dossier.State.Should().Be(DossierState.Processing);
    }

    [Fact]
    public async Task RevokingARole_WaitsForTheAdminsConfirmation()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SayAsync(BotUnderTest.SecondOfficer, "/start", expectedReplies: 2);
        long id;
        await using (var db = bot.Db())
        {
            id = (await db.People.SingleAsync(p => p.ExternalId == BotUnderTest.SecondOfficer)).Id;
        }

        var question = (await bot.SayAsync(BotUnderTest.Admin, $"/thuhoi {id}")).Single();
        question.Text.Should().Contain("Thu hồi quyền cán bộ Một cửa");
        await using (var db = bot.Db())
        {
            (await db.People.SingleAsync(p => p.Id == id)).Role.Should().Be(Role.Officer);
        }

        (await bot.PressAsync(BotUnderTest.Admin, question, "Xác nhận")).Single().Text.Should().Contain("Đã thu hồi");
        await using (var db = bot.Db())
        {
            (await db.People.SingleAsync(p => p.Id == id)).Role.Should().Be(Role.Citizen);
        }

        // The officer is still named in Access:Officers: the revocation stands after a restart.
        await bot.RestartAsync();
        (await bot.SayAsync(BotUnderTest.SecondOfficer, "/tiepnhan")).Single().Text.Should().Contain("chỉ dành cho cán bộ");
        await using (var db = bot.Db())
        {
            (await db.People.SingleAsync(p => p.Id == id)).Role.Should().Be(Role.Citizen);
        }
    }
}
