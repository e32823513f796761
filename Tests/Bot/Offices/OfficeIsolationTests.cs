using Microsoft.EntityFrameworkCore;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.Offices;

/// <summary>A province's deployment: an officer or leader of one commune never reads, moves or counts another's data.</summary>
public sealed class OfficeIsolationTests
{
    [Fact]
    public async Task AnOfficerOfCommuneB_CannotFindOrMoveADossierOfCommuneA()
    {
        await using var bot = await BotUnderTest.StartProvinceAsync();
        var tail = await bot.ReceiveDossierAsync();

        var card = (await bot.SayAsync(BotUnderTest.OfficerB, "/hoso " + tail)).Single();
        var own = (await bot.SayAsync(BotUnderTest.Officer, "/hoso " + tail)).Single();

        own.Text.Should().Contain(tail);
        card.Text.Should().NotContain("Nguyễn Thị Ánh");
        await using var db = bot.Db();
        var dossier = await db.Dossiers.SingleAsync();
        dossier.UnitCode.Should().Be(BotUnderTest.UnitA);
    }
}
