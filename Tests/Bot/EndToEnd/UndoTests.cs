using Microsoft.EntityFrameworkCore;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.EndToEnd;

public sealed class UndoTests
{
    private const long Citizen = 5001;
    private const long Officer = BotUnderTest.Officer;

    [Fact]
    public async Task UndoWithinTenMinutes_RestoresTheState_TellsTheCitizen_AndTheTimelineKeepsBoth()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();
        await bot.SayAsync(Citizen, $"/theodoi {code} 5678");
        await bot.SayAsync(Officer, $"{code} xong");
        await bot.SayConfirmedAsync(Officer, $"{code} tra");
        await bot.Telegram.WaitForMessagesAsync(Citizen, 4);
        bot.Clock.Advance(TimeSpan.FromMinutes(9));

        var undone = (await bot.SayAsync(Officer, "/hoantac")).Single();

        undone.Text.Should().Contain("Đã hoàn tác «Trả kết quả»").And.Contain("Đã có kết quả, chờ trả");
        var correction = (await bot.Telegram.WaitForMessagesAsync(Citizen, 5))[^1];
        correction.Text.Should().Contain("Đính chính").And.Contain("Đã trả kết quả").And.Contain(code);
        await using var db = bot.Db();
        var dossier = await db.Dossiers.Include(d => d.Events).SingleAsync();
        dossier.State.Should().Be(DossierState.Done);
        dossier.ReturnedAtUtc.Should().BeNull();
        dossier.ReturnedById.Should().BeNull();
        dossier.Events.OrderBy(e => e.Id).Select(e => e.Action).Should().Equal(
            DossierAction.Accept, DossierAction.Complete, DossierAction.Return, DossierAction.Undo);
    }

    [Fact]
    public async Task AfterTenMinutes_NothingIsUndone()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();
        await bot.SayAsync(Officer, $"{code} xu ly");
        bot.Clock.Advance(TimeSpan.FromMinutes(11));

        (await bot.SayAsync(Officer, $"/hoantac {code}")).Single().Text.Should().Contain("Đã quá 10 phút");
        (await bot.SayAsync(Officer, "/hoantac")).Single().Text.Should().Contain("không có thay đổi nào");

        await using var db = bot.Db();
        var dossier = await db.Dossiers.SingleAsync();
        dossier.State.Should().Be(DossierState.Processing);
        dossier.Version.Should().Be(2);
    }

    [Fact]
    public async Task TheUndoButton_TakesBackThatChange_AndOnlyItsAuthorMayUndo()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();
        var supplement = await bot.SayAsync(Officer, $"{code} bo sung thiếu bản sao CCCD", expectedReplies: 2);

        (await bot.SayAsync(BotUnderTest.SecondOfficer, $"/hoantac {code}")).Single().Text.Should().Contain("chỉ người đã thao tác");
        var undone = (await bot.PressAsync(Officer, supplement[0], "Hoàn tác")).Single();
        (await bot.PressAsync(Officer, undone, "Yêu cầu bổ sung")).Single().Text.Should().Contain("gõ lý do", "the one request allowed is available again");

        await using var db = bot.Db();
        var dossier = await db.Dossiers.SingleAsync();
        dossier.State.Should().Be(DossierState.Received);
        dossier.SupplementRequests.Should().Be(0);
        dossier.LastReason.Should().BeNull();
    }

    [Fact]
    public async Task TheCardAndTheWorklist_ShowTheApologysNewDate_AndAClosedDossierNoTimeliness()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();
        await bot.SayAsync(Officer, $"{code} xin loi 04/12/2026 chờ xác minh", expectedReplies: 2);

        var card = (await bot.SayAsync(Officer, $"/hoso {code}")).Single().Text!;
        card.Should().Contain("Hạn trả: thứ Sáu 04/12/2026").And.Contain("hạn luật định 27/11/2026");
        (await bot.SayAsync(Officer, "/viec")).Single().Text.Should().Contain("04/12/2026").And.NotContain("27/11/2026");

        await bot.SayConfirmedAsync(Officer, $"{code} rut");
        var closed = (await bot.SayAsync(Officer, $"/hoso {code}")).Single().Text!;
        closed.Should().Contain("không có kết quả để tính hạn").And.NotContain("trước hạn");
    }
}
