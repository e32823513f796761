using System.Threading.Channels;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;
using OneStopBot.Persistence.Messaging;

namespace OneStopBot.Bot.Conversation;

/// <summary>
/// Runs messages through the pipeline and sends the replies it committed (<see cref="OutboxDispatcher.SendReplyAsync"/>). Each chat is pinned to one lane, so one
/// chat's messages are handled in order while different chats proceed at the same time.
/// </summary>
public sealed class ChatDispatcher : IAsyncDisposable
{
    private readonly Channel<Work>[] lanes;
    private readonly Task[] workers;
    private readonly CancellationTokenSource stopping = new();
    private readonly UpdatePipeline pipeline;
    private readonly OutboxDispatcher outbox;
    private readonly Dictionary<ChannelKind, IChannelSender> senders;
    private readonly ILogger<ChatDispatcher> log;
    private int pending;

    public ChatDispatcher(
        int laneCount,
        UpdatePipeline pipeline,
        OutboxDispatcher outbox,
        IEnumerable<IChannelSender> senders,
        ILogger<ChatDispatcher> log)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(laneCount, 1);
        this.pipeline = pipeline;
        this.outbox = outbox;
        this.senders = senders.ToDictionary(s => s.Channel);
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
                    await outbox.SendReplyAsync(reply, ct);
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

}
