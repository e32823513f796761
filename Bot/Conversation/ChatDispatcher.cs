using System.Threading.Channels;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;
using OneStopBot.Persistence.Messaging;

namespace OneStopBot.Bot.Conversation;

/// <summary>
/// Runs messages through the pipeline and sends the replies. Each chat is pinned to one lane, so one
/// chat's messages are handled in order while different chats proceed at the same time.
/// </summary>
public sealed class ChatDispatcher : IAsyncDisposable
{
    private readonly Channel<Work>[] lanes;
    private readonly Task[] workers;
    private readonly CancellationTokenSource stopping = new();
    private readonly UpdatePipeline pipeline;
    private readonly Dictionary<ChannelKind, IChannelSender> senders;
    private readonly IServiceScopeFactory scopes;
    private readonly TimeProvider time;
    private readonly OutboxSignal outboxSignal;
    private readonly ILogger<ChatDispatcher> log;
    private int pending;

    public ChatDispatcher(
        int laneCount,
        UpdatePipeline pipeline,
        IEnumerable<IChannelSender> senders,
        IServiceScopeFactory scopes,
        TimeProvider time,
        OutboxSignal outboxSignal,
        ILogger<ChatDispatcher> log)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(laneCount, 1);
        this.pipeline = pipeline;
        this.senders = senders.ToDictionary(s => s.Channel);
        this.scopes = scopes;
        this.time = time;
        this.outboxSignal = outboxSignal;
        this.log = log;
        lanes = Enumerable.Range(0, laneCount).Select(_ => Channel.CreateUnbounded<Work>(new UnboundedChannelOptions { SingleReader = true })).ToArray();
        workers = lanes.Select(lane => Task.Run(() => RunLaneAsync(lane, stopping.Token))).ToArray();
    }

    /// <summary>Messages queued or being handled.</summary>
    public int Pending => Volatile.Read(ref pending);

    /// <summary>Queues a message in its chat's lane; the task completes once it is handled and answered.</summary>
    public Task ProcessAsync(InboundMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var work = new Work(message, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        var lane = lanes[(int)((ulong)message.ChatId % (ulong)lanes.Length)];
        Interlocked.Increment(ref pending);
        if (!lane.Writer.TryWrite(work))
        {
            Interlocked.Decrement(ref pending);
            work.Done.SetCanceled(ct);
        }

        return work.Done.Task.WaitAsync(ct);
    }

    private async Task RunLaneAsync(Channel<Work> lane, CancellationToken ct)
    {
        await foreach (var work in lane.Reader.ReadAllAsync(ct).ConfigureAwait(false))
        {
            try
            {
                var replies = await pipeline.ProcessAsync(work.Message, ct);
                foreach (var reply in replies)
                {
                    await SendAsync(reply, ct);
                }

                if (work.Message.ButtonId is { } buttonId && senders.TryGetValue(work.Message.Channel, out var sender))
                {
                    await sender.AcknowledgeButtonAsync(buttonId, ct);
                }

                work.Done.TrySetResult();
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                work.Done.TrySetCanceled(ct);
            }
#pragma warning disable CA1031 // A lane must keep serving its chats whatever one message did.
            catch (Exception failure)
#pragma warning restore CA1031
            {
                DispatchLog.LaneFailed(log, failure, work.Message.UpdateId);
                work.Done.TrySetResult();
            }
            finally
            {
                Interlocked.Decrement(ref pending);
            }
        }
    }

    /// <summary>Sends a reply now; when the platform cannot take it, the reply goes to the outbox for a later try.</summary>
    private async Task SendAsync(OutboundMessage reply, CancellationToken ct)
    {
        if (!senders.TryGetValue(reply.Channel, out var sender))
        {
            return;
        }

        try
        {
            await sender.SendAsync(reply, ct);
        }
        catch (SendFailedException failure) when (failure.Failure is SendFailure.Transient or SendFailure.Held)
        {
            DispatchLog.ReplyDeferred(log, failure.Message);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
            var now = time.GetUtcNow().UtcDateTime;
            var held = failure.Failure == SendFailure.Held;
            // A held reply was not sent at all: it waits exactly as long as the platform asked, and has no attempt yet.
            var row = OutboxDispatcher.ToRow(reply, now);
            row.NextAttemptAtUtc = now + (held ? failure.RetryAfter ?? TimeSpan.Zero : OutboxDispatcher.Backoff(1, failure.RetryAfter));
            row.Attempts = held ? 0 : 1;
            row.LastError = failure.Message.Length > 500 ? failure.Message[..500] : failure.Message;
            db.Outbox.Add(row);
            await db.SaveChangesAsync(ct);

            outboxSignal.Wake();
        }
        catch (SendFailedException failure)
        {
            DispatchLog.ReplyDropped(log, failure.Failure, failure.Message);
        }
    }

    /// <summary>
    /// Takes no more messages and lets the lanes finish what they hold, while the services they use still exist.
    /// What is left when <paramref name="ct"/> fires is cancelled without an answer; the inbox keeps it for the next start.
    /// </summary>
    public async Task StopAsync(CancellationToken ct)
    {
        foreach (var lane in lanes)
        {
            lane.Writer.TryComplete();
        }

        try
        {
            await Task.WhenAll(workers).WaitAsync(ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        finally
        {
            if (workers.Any(w => !w.IsCompleted))
            {
                await stopping.CancelAsync();
                await Task.WhenAll(workers).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        using (var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            await StopAsync(limit.Token);
        }

        stopping.Dispose();
    }

    private sealed record Work(InboundMessage Message, TaskCompletionSource Done);
}

internal static partial class DispatchLog
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Error, Message = "Update {UpdateId} failed outside the pipeline")]
    public static partial void LaneFailed(ILogger logger, Exception exception, long updateId);

    [LoggerMessage(EventId = 301, Level = LogLevel.Warning, Message = "A reply could not be sent now and was queued: {Reason}")]
    public static partial void ReplyDeferred(ILogger logger, string reason);

    [LoggerMessage(EventId = 302, Level = LogLevel.Warning, Message = "A reply was refused by the platform ({Failure}): {Reason}")]
    public static partial void ReplyDropped(ILogger logger, SendFailure failure, string reason);
}
