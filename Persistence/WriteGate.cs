namespace OneStopBot.Persistence;

/// <summary>
/// Serialises write transactions inside one process. SQLite allows one writer at a time and its busy handler
/// waits by sleeping, which would turn contention into long pauses; queueing here keeps latency low.
/// With a server database (PostgreSQL) the gate is open.
/// </summary>
public sealed class WriteGate : IDisposable
{
    private readonly SemaphoreSlim? semaphore;

    public WriteGate(bool serialize) => semaphore = serialize ? new SemaphoreSlim(1, 1) : null;

    public async ValueTask<Releaser> EnterAsync(CancellationToken ct)
    {
        if (semaphore is not null)
        {
            await semaphore.WaitAsync(ct);
        }

        return new Releaser(semaphore);
    }

    public void Dispose() => semaphore?.Dispose();

    public readonly struct Releaser(SemaphoreSlim? semaphore) : IDisposable
    {
        public void Dispose() => semaphore?.Release();
    }
}
