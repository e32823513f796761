using Microsoft.EntityFrameworkCore;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;
using OneStopBot.Persistence.Messaging;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Persistence;

public sealed class WriteGateTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task ManyWritersAtOnce_RunOneAtATime_AndEveryWriteRunsOnce()
    {
        var gate = new WriteGate();
        var inside = 0;
        var most = 0;
        var ran = new int[400];
        var writers = Enumerable.Range(0, ran.Length).Select(i => Task.Run(async () =>
        {
            async Task Write(CancellationToken ct)
            {
                var now = Interlocked.Increment(ref inside);
                InterlockedMax(ref most, now);
                await Task.Yield();
                Interlocked.Increment(ref ran[i]);
                Interlocked.Decrement(ref inside);
            }

            if (i % 10 == 0)
            {
                // A caller that reads and writes as one step holds the gate across its own awaits.
                using (await gate.EnterAsync(default))
                {
                    await Write(default);
                }
            }
            else
            {
                await gate.RunAsync(Write, default);
            }
        })).ToList();

        await Task.WhenAll(writers).WaitAsync(Patience);

        most.Should().Be(1);
        ran.Should().AllBeEquivalentTo(1);
        gate.Entries.Should().Be(ran.Length);
    }

    [Fact]
    public async Task AQueuedWriteThatFails_FailsOnlyItsOwnCaller()
    {
        var gate = new WriteGate();
        var holder = await gate.EnterAsync(default);
        var ok1 = gate.RunAsync(_ => Task.CompletedTask, default);
        var failing = gate.RunAsync(_ => throw new InvalidOperationException("refused"), default);
        var written = false;
        var ok2 = gate.RunAsync(_ => { written = true; return Task.CompletedTask; }, default);
        ok1.IsCompleted.Should().BeFalse("the gate is held");

        holder.Dispose();

        await ok1.WaitAsync(Patience);
        var fails = () => failing.WaitAsync(Patience);
        await fails.Should().ThrowAsync<InvalidOperationException>().WithMessage("refused");
        await ok2.WaitAsync(Patience);
        written.Should().BeTrue();
    }

    [Fact]
    public async Task WritesQueuedBehindAHolder_RunInTheOrderTheyCame()
    {
        var gate = new WriteGate();
        var order = new List<int>();
        var holder = await gate.EnterAsync(default);
        var writes = Enumerable.Range(1, 50).Select(i => gate.RunAsync(_ => { order.Add(i); return Task.CompletedTask; }, default)).ToList();

        holder.Dispose();
        await Task.WhenAll(writes).WaitAsync(Patience);

        order.Should().Equal(Enumerable.Range(1, 50));
    }

    [Fact]
    public async Task TheWriterHoldingTheGate_RunsTheWritesQueuedBehindIt_BeforeItsOwnCallerGoesOn()
    {
        var gate = new WriteGate();
        var events = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var inside = new ManualResetEventSlim();
        using var letGo = new ManualResetEventSlim();
        var first = Task.Run(async () =>
        {
            await gate.RunAsync(
                ct =>
                {
                    inside.Set();
                    letGo.Wait(Patience, ct);
                    return Task.CompletedTask;
                },
                default);
            events.Enqueue("first caller goes on");
        });
        inside.Wait(Patience).Should().BeTrue();
        var queued = Enumerable.Range(1, 3).Select(i => gate.RunAsync(_ => { events.Enqueue($"write {i}"); return Task.CompletedTask; }, default)).ToList();

        letGo.Set();
        await first.WaitAsync(Patience);
        await Task.WhenAll(queued).WaitAsync(Patience);

        events.Should().Equal("write 1", "write 2", "write 3", "first caller goes on");
        gate.Entries.Should().Be(4);
    }

    [Fact]
    public async Task AWaiterWhoGivesUp_IsSkipped_AndTheGateGoesToTheNext()
    {
        var gate = new WriteGate();
        var holder = await gate.EnterAsync(default);
        using var impatient = new CancellationTokenSource();
        var gaveUp = gate.EnterAsync(impatient.Token).AsTask();
        var next = gate.RunAsync(_ => Task.CompletedTask, default);

        await impatient.CancelAsync();
        var waiting = () => gaveUp.WaitAsync(Patience);
        await waiting.Should().ThrowAsync<OperationCanceledException>();
        next.IsCompleted.Should().BeFalse("the holder has not let go");

        holder.Dispose();
        await next.WaitAsync(Patience);
        using (await gate.EnterAsync(default).AsTask().WaitAsync(Patience))
        {
            // The gate is free again: nobody holds the turn of the one who gave up.
        }
    }

    [Fact]
    public async Task EverySaveOnASqliteDatabase_TakesItsTurnAtThatDatabasesGate_WhoeverCallsIt()
    {
        await using var database = await TestDatabase.CreateAsync(seedProcedures: false, provider: DatabaseProvider.Sqlite);
        var gate = SqliteOneStopDbContext.WriteGateOf(database.ConnectionString);
        await using var db = database.NewContext();
        db.ProcessedUpdates.Add(new ProcessedUpdate { Channel = ChannelKind.Telegram, UpdateId = 1, AtUtc = DateTime.UtcNow });

        Task<int> save;
        var before = gate.Entries;
        using (await gate.EnterAsync(default))
        {
            save = db.SaveChangesAsync();
        }

        (await save.WaitAsync(Patience)).Should().Be(1);
        gate.Entries.Should().Be(before + 2, "the save waited behind the holder and was run at the gate, not beside it");

        await using (var unit = await db.BeginWriteAsync(default))
        {
            gate.Entries.Should().Be(before + 3, "a unit that reads and writes as one step holds the gate from its start");
            db.ProcessedUpdates.Add(new ProcessedUpdate { Channel = ChannelKind.Telegram, UpdateId = 2, AtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
            gate.Entries.Should().Be(before + 3, "its saves go in its transaction, under the turn it holds");
            await unit.CommitAsync(default);
        }

        await using var check = database.NewContext();
        (await check.ProcessedUpdates.CountAsync()).Should().Be(2);
        var next = gate.EnterAsync(default).AsTask();
        (await next.WaitAsync(Patience)).Dispose();
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
