using Microsoft.EntityFrameworkCore;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.EndToEnd;

public sealed class FeeRequestTests
{
    private const long Citizen = 5001;
    private const long Officer = BotUnderTest.Officer;

    [Fact]
    public async Task AFeeRequest_AsksForTheReceptionsFee_AndAnotherAmountNeedsAReason_ShownAsAChange()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync(fee: "15000");

        var refused = (await bot.SayAsync(Officer, $"{code} nop phi 50000")).Single();
        refused.Text.Should().Contain("15.000 đ").And.Contain("50.000 đ").And.Contain("lý do");
        await using (var db = bot.Db())
        {
            (await db.Dossiers.SingleAsync()).Version.Should().Be(1);
        }

        var asked = (await bot.SayAsync(Officer, $"{code} nop phi")).Single();
        asked.Text.Should().Contain("Chờ thực hiện nghĩa vụ tài chính").And.Contain("15.000 đ");

        // A mistaken amount is corrected before payment by asking again, with its reason.
        var corrected = (await bot.SayAsync(Officer, $"{code} nop phi 25.000 thêm lệ phí cấp bản sao")).Single();
        corrected.Text.Should().Contain("15.000 đ → 25.000 đ").And.Contain("thêm lệ phí cấp bản sao");
        corrected.Text.Should().Contain("Yêu cầu nộp phí → Chờ thực hiện nghĩa vụ tài chính · ").And.Contain("(25.000 đ — thêm lệ phí cấp bản sao)").And.Contain("(15.000 đ)");

        await using var check = bot.Db();
        var dossier = await check.Dossiers.Include(d => d.Events).SingleAsync();
        dossier.FeeVnd.Should().Be(25_000);
        dossier.State.Should().Be(DossierState.AwaitingFee);
        dossier.Events.Where(e => e.Action == DossierAction.RequestFee).Select(e => e.Amount).Should().Equal(15_000, 25_000);
    }

    [Fact]
    public async Task AFreeDossier_GetsNoFeeRequest_WithoutAnAmountAndAReason()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();

        (await bot.SayAsync(Officer, $"{code} nop phi 20000")).Single().Text.Should().Contain("không thu phí khi tiếp nhận").And.Contain("lý do");
        var asked = (await bot.SayAsync(Officer, $"{code} nop phi")).Single();
        asked.Text.Should().Contain("không thu phí khi tiếp nhận");
        (await bot.SayAsync(Officer, "20000")).Single().Text.Should().Contain("lý do");

        await using var db = bot.Db();
        var dossier = await db.Dossiers.SingleAsync();
        dossier.FeeVnd.Should().Be(0);
        dossier.Version.Should().Be(1);
    }
}
