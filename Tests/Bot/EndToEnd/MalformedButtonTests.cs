using OneStopBot.Bot.Conversation;
using OneStopBot.Domain.People;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.EndToEnd;

public sealed class MalformedButtonTests
{
    private static readonly string[] Payloads =
    [
        "m", "m:", "d", "d:", "d:x", "d:1", "d:1:ht", "d:999999:xl:1", "rc", "rc:", "rc:p:", "rc:ok:", "cf", "cf:y", "cf:y:",
        "hs", "hs:", "fw", "fw:", "uf", "uf:x", "x30", "x30:y", "x30:y:2026", "sat", "sat:g", "sat:g:x:20261128",
        "bc", "bc:", "lang", "lang:", "lang:xx", "rt", "rt:", "rt:1", "rt:x:l1", "pa", "pa:", "pa:r:", "pa:i:x", "pk", "pk:", "pk:x:y", "pk:1:z", "pk:999:y", "vt:", ":", "::",
    ];

    [Fact]
    public async Task AButtonWithMalformedData_GetsAPoliteAnswer_NotAnApology()
    {
        await using var bot = await BotUnderTest.StartAsync();
        foreach (var user in new[] { BotUnderTest.Officer, 5001L })
        {
            var start = await bot.SayAsync(user, "/start", expectedReplies: 2);
            var before = bot.Telegram.SentTo(user).Count;
            foreach (var data in Payloads)
            {
                bot.Telegram.PressButton(user, start[^1].MessageId, data);
            }

            await bot.IdleAsync();
            var answers = bot.Telegram.SentTo(user).Skip(before).ToList();
            answers.Should().NotContain(m => m.Text == ErrorTexts.Failure[Language.Vi], "a bad button is not a fault: " + string.Join(" ", Payloads));
            answers.Should().NotBeEmpty();
        }
    }
}
