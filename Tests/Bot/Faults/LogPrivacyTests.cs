using Microsoft.Extensions.Logging;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.Faults;

/// <summary>The log is read by operators who need not know the citizens: no name, no phone, no token in it.</summary>
public sealed class LogPrivacyTests
{
    private const long Citizen = 5001;

    [Fact]
    public async Task AFullRunLoggedAtEveryLevel_NamesNoApplicant_AndShowsNoPhoneNorToken()
    {
        var logs = new LogRecorder(LogLevel.Trace);
        await using var bot = await BotUnderTest.StartAsync(configure: b => b.Logging.AddProvider(logs), extraArgs: "--Logging:LogLevel:Default=Trace");

        var code = await bot.ReceiveDossierAsync();
        await bot.SayAsync(Citizen, $"/tracuu {code} 0912345678");
        await bot.SayAsync(Citizen, $"/theodoi {code} 5678");
        await bot.SayAsync(BotUnderTest.Officer, $"{code} xu ly");
        await bot.SayAsync(BotUnderTest.Officer, $"/hoso 0912345678");
        await bot.SayAsync(BotUnderTest.Officer, "/hoso Nguyễn Thị Ánh");
        await bot.SayAsync(BotUnderTest.Officer, $"{code} xong");
        await bot.Telegram.WaitForMessagesAsync(Citizen, 4);
        await bot.IdleAsync();

        logs.Entries.Should().NotBeEmpty("the run was logged at every level");
        logs.Entries.Should().AllSatisfy(entry =>
        {
            entry.Message.Should().NotContain("Ánh").And.NotContain("Nguyễn Thị");
            entry.Message.Should().NotContain("912345678").And.NotContain("345678");
            entry.Message.Should().NotContain(bot.Telegram.Token, "the bot token is a secret");
        });
    }
}
