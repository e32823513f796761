using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Jobs;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.People;
using OneStopBot.Persistence.Messaging;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.EndToEnd;

/// <summary>
/// A reply is committed with the change it answers, so that a process that dies between the commit and the send
/// cannot leave the officer without the answer to a change that was made.
/// </summary>
public sealed class ReplyDurabilityTests
{
    private const long Officer = BotUnderTest.Officer;

    [Fact]
    public async Task AReplyCommittedButNeverSent_IsSentByTheOutboxOnceItsLeaseEnds_Once()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();
        var before = bot.Telegram.SentTo(Officer).Count;

        // The change and its reply are committed, and the process dies before it sends the reply: the pipeline is
        // called as the lane would, and nothing sends what it returns.
        var pipeline = bot.App.Services.GetRequiredService<UpdatePipeline>();
        var replies = await pipeline.ProcessAsync(new InboundMessage(ChannelKind.Telegram, 990_001, Officer, Officer, "Lan") { Text = $"{code} xu ly" }, default);
        replies.Should().ContainSingle().Which.Id.Should().BePositive("the reply is a row of the same transaction");
        await using (var db = bot.Db())
        {
            (await db.Dossiers.SingleAsync()).State.Should().Be(DossierState.Processing);
            (await db.Outbox.SingleAsync(m => m.Id == replies[0].Id)).Status.Should().Be(OutboxStatus.Pending);
        }

        bot.Clock.Advance(new OutboxOptions().ReplyLease);
        bot.App.Services.GetRequiredService<OutboxSignal>().Wake();
        var sent = await bot.Telegram.WaitForMessagesAsync(Officer, before + 1);
        sent[^1].Text.Should().Contain(code).And.Contain("Đang xử lý");
        var row = await WaitUntilSentAsync(bot, replies[0].Id);
        row.Attempts.Should().Be(1);
        bot.Telegram.SentTo(Officer).Should().HaveCount(before + 1);
    }

    [Fact]
    public async Task AReplySentAtOnce_IsRecordedSent_SoTheOutboxNeverSendsItAgain()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();

        var answer = (await bot.SayAsync(Officer, $"{code} xu ly")).Single();

        await using var db = bot.Db();
        var id = await db.Outbox.Where(m => m.ChatId == Officer && m.Text == answer.Text).Select(m => m.Id).SingleAsync();
        var row = await WaitUntilSentAsync(bot, id);
        row.Attempts.Should().Be(1);
        row.NextAttemptAtUtc.Should().BeAfter(bot.Clock.GetUtcNow().UtcDateTime, "the outbox leaves it to the lane that sent it");
    }

    private static async Task<OutboxMessage> WaitUntilSentAsync(BotUnderTest bot, long id)
    {
        for (var i = 0; i < 100; i++)
        {
            await using var db = bot.Db();
            var row = await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id);
            if (row.Status == OutboxStatus.Sent)
            {
                return row;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Outbox row {id} was never recorded sent.");
    }
}
