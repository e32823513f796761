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
            services.GetRequiredService<IServiceScopeFactory>(), [sender], new OutboxSignal(), new FakeTimeProvider(Now), services.GetRequiredService<StoreConnection>(), NullLogger<OutboxDispatcher>.Instance);

        (await dispatcher.DispatchOnceAsync(CancellationToken.None)).Should().Be(1);

        sender.Sent.Should().Equal((500L, "new"));
        await using var check = database.NewContext();
        (await check.Outbox.CountAsync(m => m.Status == OutboxStatus.Pending)).Should().Be(202);
    }

    [Fact]
    public async Task APass_SendsToDifferentChatsAtOnce_ButOnlyTheFirstMessageOfEachChat_EachOnce()
    {
        await using var database = await TestDatabase.CreateAsync(seedProcedures: false);
        await using (var db = database.NewContext())
        {
            db.Outbox.AddRange(Row(1, "first to 1", Now), Row(2, "first to 2", Now), Row(1, "second to 1", Now), Row(3, "first to 3", Now));
            await db.SaveChangesAsync();
        }

        await using var services = database.Services();
        var sender = new GatedSender();
        var dispatcher = Dispatcher(services, sender);

        var pass = dispatcher.DispatchOnceAsync(CancellationToken.None);
        // All three chats are on their way before any of them is answered.
        await sender.InFlight(3).WaitAsync(TimeSpan.FromSeconds(10));
        sender.Answer();
        (await pass).Should().Be(3);
        sender.Started.Should().BeEquivalentTo([(1L, "first to 1"), (2L, "first to 2"), (3L, "first to 3")]);

        (await dispatcher.DispatchOnceAsync(CancellationToken.None)).Should().Be(1);
        sender.Started.Select(s => s.Text).Should().HaveCount(4).And.OnlyHaveUniqueItems().And.EndWith("second to 1");
        (await dispatcher.DispatchOnceAsync(CancellationToken.None)).Should().Be(0);
    }

    [Fact]
    public async Task AMessageHeldByThePlatform_WaitsExactlyAsLongAsAsked_WithoutAnAttempt_AndItsChatWaitsBehindIt()
    {
        await using var database = await TestDatabase.CreateAsync(seedProcedures: false);
        await using (var db = database.NewContext())
        {
            db.Outbox.AddRange(Row(1, "held", Now), Row(1, "after it", Now), Row(2, "other chat", Now));
            await db.SaveChangesAsync();
        }

        await using var services = database.Services();
        var clock = new FakeTimeProvider(Now);
        var sender = new RecordingSender { Refuse = m => m.ChatId == 1 ? new SendFailedException(SendFailure.Held, "wait", TimeSpan.FromSeconds(7)) : null };
        var dispatcher = Dispatcher(services, sender, clock);

        (await dispatcher.DispatchOnceAsync(CancellationToken.None)).Should().Be(1);
        (await dispatcher.DispatchOnceAsync(CancellationToken.None)).Should().Be(0, "the held chat's next message waits behind its first");
        sender.Sent.Should().Equal((2L, "other chat"));
        await using (var check = database.NewContext())
        {
            var held = await check.Outbox.SingleAsync(m => m.Text == "held");
            (held.Status, held.Attempts, held.NextAttemptAtUtc).Should().Be((OutboxStatus.Pending, 0, Now.AddSeconds(7)));
        }

        sender.Refuse = _ => null;
        clock.Advance(TimeSpan.FromSeconds(7));
        (await dispatcher.DispatchOnceAsync(CancellationToken.None)).Should().Be(1);
        (await dispatcher.DispatchOnceAsync(CancellationToken.None)).Should().Be(1);
        sender.Sent.Should().Equal((2L, "other chat"), (1L, "held"), (1L, "after it"));
    }

    [Fact]
    public async Task A429_IsCountedAsAnAttempt_ButNeverGivesAMessageUp()
    {
        await using var database = await TestDatabase.CreateAsync(seedProcedures: false);
        await using (var db = database.NewContext())
        {
            db.Outbox.AddRange(Row(1, "busy", Now, attempts: OutboxDispatcher.MaxAttempts - 1), Row(2, "down", Now, attempts: OutboxDispatcher.MaxAttempts - 1));
            await db.SaveChangesAsync();
        }

        await using var services = database.Services();
        var sender = new RecordingSender
        {
            Refuse = m => m.ChatId == 1
                ? new SendFailedException(SendFailure.Transient, "Too Many Requests: retry after 3", TimeSpan.FromSeconds(3))
                : new SendFailedException(SendFailure.Transient, "Bad Gateway"),
        };

        (await Dispatcher(services, sender).DispatchOnceAsync(CancellationToken.None)).Should().Be(0);

        await using var check = database.NewContext();
        var rows = await check.Outbox.OrderBy(m => m.ChatId).ToListAsync();
        rows.Select(r => (r.Status, r.Attempts)).Should().Equal((OutboxStatus.Pending, OutboxDispatcher.MaxAttempts), (OutboxStatus.Failed, OutboxDispatcher.MaxAttempts));
        rows[0].NextAttemptAtUtc.Should().BeAfter(Now.AddSeconds(3));
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
            var job = new PruneJob(db, new FakeTimeProvider(Now), Options.Create(new OutboxOptions()));
            await job.RunAsync(CancellationToken.None);
        }

        await using var check = database.NewContext();
        (await check.Outbox.OrderBy(m => m.ChatId).Select(m => m.Text).ToListAsync()).Should().Equal("sent this month", "still pending");
        (await check.ProcessedUpdates.Select(p => p.UpdateId).ToListAsync()).Should().Equal([2L], "a redelivery within the week must still be recognised");
    }

    private static OutboxDispatcher Dispatcher(ServiceProvider services, IChannelSender sender, TimeProvider? clock = null) => new(
        services.GetRequiredService<IServiceScopeFactory>(), [sender], new OutboxSignal(), clock ?? new FakeTimeProvider(Now), services.GetRequiredService<StoreConnection>(), NullLogger<OutboxDispatcher>.Instance);

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
        private readonly Lock sync = new();

        public List<(long ChatId, string Text)> Sent { get; } = [];

        /// <summary>The failure a message meets, or null to send it.</summary>
        public Func<OutboundMessage, SendFailedException?> Refuse { get; set; } = _ => null;

        public ChannelKind Channel => ChannelKind.Telegram;

        public Task SendAsync(OutboundMessage message, CancellationToken ct)
        {
            if (Refuse(message) is { } failure)
            {
                throw failure;
            }

            lock (sync)
            {
                Sent.Add((message.ChatId, message.Text));
            }

            return Task.CompletedTask;
        }

        public Task AcknowledgeButtonAsync(string buttonId, CancellationToken ct) => Task.CompletedTask;
    }

    /// <summary>Holds every send until <see cref="Answer"/>, and tells when a number of them are on their way.</summary>
    private sealed class GatedSender : IChannelSender
    {
        private readonly Lock sync = new();
        private readonly List<(long ChatId, string Text)> started = [];
        private readonly List<(int Count, TaskCompletionSource Reached)> waiters = [];
        private readonly TaskCompletionSource answered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int inFlight;

        public ChannelKind Channel => ChannelKind.Telegram;

        public IReadOnlyList<(long ChatId, string Text)> Started
        {
            get
            {
                lock (sync)
                {
                    return [.. started];
                }
            }
        }

        public async Task SendAsync(OutboundMessage message, CancellationToken ct)
        {
            Task answer;
            lock (sync)
            {
                started.Add((message.ChatId, message.Text));
                inFlight++;
                foreach (var reached in waiters.Where(w => w.Count <= inFlight).ToList())
                {
                    reached.Reached.TrySetResult();
                    waiters.Remove(reached);
                }

                answer = answered.Task;
            }

            await answer;
            lock (sync)
            {
                inFlight--;
            }
        }

        public Task InFlight(int count)
        {
            lock (sync)
            {
                if (inFlight >= count)
                {
                    return Task.CompletedTask;
                }

                var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                waiters.Add((count, reached));
                return reached.Task;
            }
        }

        /// <summary>Answers the sends on their way, and lets every later one through at once.</summary>
        public void Answer() => answered.TrySetResult();

        public Task AcknowledgeButtonAsync(string buttonId, CancellationToken ct) => Task.CompletedTask;
    }
}
