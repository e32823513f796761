using Microsoft.EntityFrameworkCore.Storage;

namespace OneStopBot.Persistence;

/// <summary>
/// A unit that reads and writes as one step (<see cref="OneStopDbContext.BeginWriteAsync"/>): committed by
/// <see cref="CommitAsync"/>, rolled back when disposed without it; on SQLite it holds the turn to write until disposed.
/// </summary>
public sealed class WriteTransaction : IAsyncDisposable
{
    private readonly IDbContextTransaction transaction;
    private IDisposable? turn;

    internal WriteTransaction(IDbContextTransaction transaction, IDisposable? turn)
    {
        this.transaction = transaction;
        this.turn = turn;
    }

    public Task CommitAsync(CancellationToken ct) => transaction.CommitAsync(ct);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await transaction.DisposeAsync();
        }
        finally
        {
            turn?.Dispose();
            turn = null;
        }
    }
}
