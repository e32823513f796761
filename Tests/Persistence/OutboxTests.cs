using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Jobs;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;
using OneStopBot.Persistence.Messaging;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Persistence;

public sealed class OutboxTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task TwoHundredAndOneWaitingRetries_DoNotHoldUpANewMessage_ButAChatsLaterMessageWaitsForItsEarlierOne()
    {
        await using var database = await TestDatabase.CreateAsync(seedProcedures: false);
        await using (var db = database.NewContext())
        {
            db.Outbox.AddRange(Enumerable.Range(1, 201).Select(chat => Row(chat, "retry", Now.AddHours(1), attempts: 1)));
            db.Outbox.Add(Row(7, "after the retry of chat 7", Now));
            db.Outbox.Add(Row(500, "new", Now));
            await db.SaveChangesAsync();
        }

        await using var services = database.Services();
        var sender = new RecordingSender();
        var dispatcher = new OutboxDispatcher(
            services.GetRequiredService<IServiceScopeFactory>(), [sender], services.GetRequiredService<WriteGate>(), new OutboxSignal(), new FakeTimeProvider(Now), NullLogger<OutboxDispatcher>.Instance);

        (await dispatcher.DispatchOnceAsync(CancellationToken.None)).Should().Be(1);

        sender.Sent.Should().Equal((500L, "new"));
        await using var check = database.NewContext();
        (await check.Outbox.CountAsync(m => m.Status == OutboxStatus.Pending)).Should().Be(202);
    }

    [Fact]
    public async Task ThePruneJob_DeletesSentMessagesPastTheRetention_KeepsPendingOnes_AndForgetsHandledIdsAfterAWeek()
    {
        await using var database = await TestDatabase.CreateAsync(seedProcedures: false);
        await using (var db = database.NewContext())
        {
            db.Outbox.AddRange(
                Row(1, "sent long ago", Now.AddDays(-31), status: OutboxStatus.Sent),
                Row(2, "blocked long ago", Now.AddDays(-31), status: OutboxStatus.Blocked),
                Row(3, "sent this month", Now.AddDays(-29), status: OutboxStatus.Sent),
                Row(4, "still pending", Now.AddDays(-40)));
            db.ProcessedUpdates.AddRange(
                new ProcessedUpdate { Channel = ChannelKind.Telegram, UpdateId = 1, AtUtc = Now.AddDays(-8) },
                new ProcessedUpdate { Channel = ChannelKind.Telegram, UpdateId = 2, AtUtc = Now.AddDays(-6) });
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var job = new PruneJob(db, new FakeTimeProvider(Now), new WriteGate(serialize: true), Options.Create(new OutboxOptions()));
            await job.RunAsync(CancellationToken.None);
        }

        await using var check = database.NewContext();
        (await check.Outbox.OrderBy(m => m.ChatId).Select(m => m.Text).ToListAsync()).Should().Equal("sent this month", "still pending");
        (await check.ProcessedUpdates.Select(p => p.UpdateId).ToListAsync()).Should().Equal([2L], "a redelivery within the week must still be recognised");
    }

    private static OutboxMessage Row(long chat, string text, DateTime at, int attempts = 0, OutboxStatus status = OutboxStatus.Pending) => new()
    {
        Channel = ChannelKind.Telegram,
        ChatId = chat,
        Text = text,
        Status = status,
        Attempts = attempts,
        CreatedAtUtc = at,
        NextAttemptAtUtc = at,
    };

    private sealed class RecordingSender : IChannelSender
    {
        public List<(long ChatId, string Text)> Sent { get; } = [];

        public ChannelKind Channel => ChannelKind.Telegram;

        public Task SendAsync(OutboundMessage message, CancellationToken ct)
        {
            Sent.Add((message.ChatId, message.Text));
            return Task.CompletedTask;
        }

        public Task AcknowledgeButtonAsync(string buttonId, CancellationToken ct) => Task.CompletedTask;
    }
}
