using OneStopBot.Persistence;

namespace OneStopBot.Bot.Conversation;

/// <summary>
/// Keeps SQLite's write-ahead log short under steady traffic. SQLite checkpoints the log by itself, but starts it
/// again from the beginning only at a moment when no reader is still on an older snapshot, which never comes
/// while people keep writing: the log then grows without end (past a gigabyte in a load run), and every page read
/// searches its index. Once a second, when something was written, a checkpoint that waits for the readers of the
/// moment (at most 20 ms) is run as a write through the gate, so the next commit starts the log again.
/// </summary>
public sealed class LogRestarts(IServiceScopeFactory scopes, WriteGate gate, ILogger<LogRestarts> log) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(1);

    /// <summary>Writers wait meanwhile: long enough for the reads of people's messages, not for a long report.</summary>
    private static readonly TimeSpan WaitForReaders = TimeSpan.FromMilliseconds(20);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every);
        var seen = gate.Entries;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var now = gate.Entries;
            if (now == seen)
            {
                continue;
            }

            seen = now;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
                await gate.RunAsync(ct => WalSync.RestartLogAsync(db, WaitForReaders, ct), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A checkpoint that fails is tried again in a second; SQLite's own checkpoints go on.
            catch (Exception failure)
#pragma warning restore CA1031
            {
                LogRestartsLog.Failed(log, failure);
            }
        }
    }
}

internal static partial class LogRestartsLog
{
    [LoggerMessage(EventId = 500, Level = LogLevel.Warning, Message = "Checkpointing the database log failed; it is tried again shortly")]
    public static partial void Failed(ILogger logger, Exception exception);
}
