using Microsoft.EntityFrameworkCore;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.EndToEnd;

/// <summary>Refusal (state 3, Mẫu 03) happens at reception, before any receipt; after a receipt the way out is a stop.</summary>
public sealed class ReceptionRefusalTests
{
    private const long Officer = BotUnderTest.Officer;

    [Fact]
    public async Task RefusingAReceivedDossier_SaysItWasReceived_PointsToAStop_AndChangesNothing()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();
        var card = (await bot.SayAsync(Officer, $"/hoso {code}")).Single();
        card.Buttons.SelectMany(r => r).Select(b => b.Text).Should().Contain("Dừng xử lý").And.NotContain("Từ chối");

        var typed = (await bot.SayAsync(Officer, $"{code} tu choi không thuộc thẩm quyền của xã")).Single();
        var replied = (await bot.SayAsync(Officer, "từ chối", replyTo: card.MessageId)).Single();
        int id;
        await using (var db = bot.Db())
        {
            id = (await db.Dossiers.SingleAsync()).Id;
        }

        // A card drawn before refusal left the received states still carries its "Từ chối" button.
        var before = bot.Telegram.SentTo(Officer).Count;
        bot.Telegram.PressButton(Officer, card.MessageId, $"d:{id}:tc:1");
        var pressed = (await bot.Telegram.WaitForMessagesAsync(Officer, before + 1))[^1];

        foreach (var answer in new[] { typed, replied, pressed })
        {
            answer.Text.Should().StartWith($"Hồ sơ {code} đã được tiếp nhận")
                .And.Contain("dừng xử lý (Mẫu 05)")
                .And.Contain($"«{code} dung <lý do>»")
                .And.Contain("Hồ sơ không thay đổi");
        }

        await bot.IdleAsync();
        await using var check = bot.Db();
        var dossier = await check.Dossiers.Include(d => d.Events).SingleAsync();
        dossier.State.Should().Be(DossierState.Received);
        dossier.Version.Should().Be(1);
        dossier.Events.Should().ContainSingle();
        (await check.Conversations.CountAsync()).Should().Be(0, "no reason was asked for and no confirmation is open");
    }

    [Fact]
    public async Task AnEnglishSpeakingOfficer_ReadsTheSameWayOut_InEnglish()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();
        var languages = (await bot.SayAsync(Officer, "/ngonngu")).Single();
        await bot.PressAsync(Officer, languages, "English");

        var answer = (await bot.SayAsync(Officer, $"{code} tu choi wrong office")).Single();

        answer.Text.Should().StartWith($"Dossier {code} has already been received").And.Contain($"\"{code} dung <reason>\"");
    }
}
