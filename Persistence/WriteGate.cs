using System.Diagnostics;

namespace OneStopBot.Persistence;

/// <summary>
/// Serialises the write transactions of one process on one SQLite database, used by
/// <see cref="SqliteOneStopDbContext"/> alone. SQLite allows one writer at a time and a writer that finds the
/// database locked waits by sleeping, which would turn contention into long pauses; queueing here keeps latency low.
/// PostgreSQL takes concurrent writers itself and has no gate.
/// </summary>
/// <remarks>
/// Handing the gate from one waiting task to the next costs a trip through the thread pool, and under load that
/// trip took as long as the write itself. So a short write is given to the gate as work (<see cref="RunAsync"/>):
/// whoever holds the gate runs the writes queued behind it, one after another on its own thread, before letting
/// go. <see cref="EnterAsync"/> is for a caller that must read and write as one step across its own awaits.
/// </remarks>
public sealed class WriteGate
{
    /// <summary>Queued writes one holder runs before handing the gate on, so that its own caller is not kept long.</summary>
    private const int MaxRunForOthers = 32;

    private readonly Lock sync = new();
    private readonly Queue<Waiter> queue = new();
    private bool held;
    private long heldSince;
    private long busyTicks;
    private long entries;

    /// <summary>Times the gate was taken, by a caller or for a queued write.</summary>
    public long Entries => Interlocked.Read(ref entries);

    /// <summary>The time the gate was held in total, hand-overs included.</summary>
    public TimeSpan Busy => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref busyTicks));

    /// <summary>Waits for the gate; the caller holds it until it disposes the releaser.</summary>
    public async ValueTask<Releaser> EnterAsync(CancellationToken ct)
    {
        Waiter waiter;
        lock (sync)
        {
            if (!held)
            {
                Take();
                return new Releaser(this);
            }

            waiter = new Waiter(null, ct);
            queue.Enqueue(waiter);
        }

        // A cancelled waiter is skipped when its turn comes.
        await using (ct.UnsafeRegister(static w => ((Waiter)w!).Done.TrySetCanceled(((Waiter)w!).Ct), waiter))
        {
            await waiter.Done.Task;
        }

        return new Releaser(this);
    }

    /// <summary>
    /// Runs <paramref name="write"/> while holding the gate: at once when the gate is free, else by whoever holds it
    /// when its turn comes. Completes when the write has run, with its exception if it threw.
    /// </summary>
    public async Task RunAsync(Func<CancellationToken, Task> write, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(write);
        Waiter? waiter = null;
        lock (sync)
        {
            if (held)
            {
                waiter = new Waiter(write, ct);
                queue.Enqueue(waiter);
            }
            else
            {
                Take();
            }
        }

        // A queued write is not cancelled while it waits: once its turn comes it runs with its token, so the caller
        // always learns whether it was written.
        if (waiter is not null && await waiter.Done.Task == Turn.Done)
        {
            return;
        }

        try
        {
            await write(ct);
        }
        finally
        {
            await RunQueuedThenLeaveAsync();
        }
    }

    private async Task RunQueuedThenLeaveAsync()
    {
        for (var ran = 0; ran < MaxRunForOthers; ran++)
        {
            Waiter next;
            lock (sync)
            {
                if (!queue.TryPeek(out next!) || next.Write is null)
                {
                    break;
                }

                queue.Dequeue();
            }

            Interlocked.Increment(ref entries);
            try
            {
                await next.Write(next.Ct);
                next.Done.TrySetResult(Turn.Done);
            }
            catch (OperationCanceledException cancelled)
            {
                next.Done.TrySetCanceled(cancelled.CancellationToken);
            }
#pragma warning disable CA1031 // The write's failure belongs to its caller, who is waiting for it.
            catch (Exception failure)
#pragma warning restore CA1031
            {
                next.Done.TrySetException(failure);
            }
        }

        Leave();
    }

    /// <summary>Hands the gate to the first waiter still waiting, or frees it.</summary>
    private void Leave()
    {
        lock (sync)
        {
            while (queue.TryDequeue(out var next))
            {
                if (next.Done.TrySetResult(Turn.Yours))
                {
                    Interlocked.Increment(ref entries);
                    return;
                }
            }

            held = false;
            Interlocked.Add(ref busyTicks, Stopwatch.GetTimestamp() - heldSince);
        }
    }

    private void Take()
    {
        held = true;
        heldSince = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref entries);
    }

    private enum Turn
    {
        /// <summary>The waiter holds the gate now.</summary>
        Yours,

        /// <summary>The holder ran the waiter's write.</summary>
        Done,
    }

    private sealed class Waiter(Func<CancellationToken, Task>? write, CancellationToken ct)
    {
        public Func<CancellationToken, Task>? Write { get; } = write;

        public CancellationToken Ct { get; } = ct;

        public TaskCompletionSource<Turn> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public sealed class Releaser(WriteGate gate) : IDisposable
    {
        private int left;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref left, 1) == 0)
            {
                // Writes queued behind a plain holder are handed the gate in turn; the first one runs the rest.
                gate.Leave();
            }
        }
    }
}
