using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;
using OneStopBot.Persistence.Messaging;

namespace OneStopBot.Bot.Conversation;

/// <summary>Wakes the outbox dispatcher when a transaction has queued messages.</summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Wake()
    {
        if (signal.CurrentCount == 0)
        {
            try
            {
                signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already awake.
            }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => signal.WaitAsync(timeout, ct);

    public void Dispose() => signal.Dispose();
}

/// <summary>
/// Sends queued messages to other people. A message is marked sent only after the platform accepted it;
/// a failure is retried later with back-off (respecting retry_after), a blocked chat is marked and left alone,
/// and the messages of one chat keep their order. Different chats are sent to at once; how fast is the channel
/// sender's business, since each platform has its own limits (<see cref="IChannelSender"/>). On PostgreSQL with
/// several instances, one of them holds the sending duty (<see cref="SendingDuty"/>) and the others stand by: each
/// message is sent by one instance, each chat's in order, under one instance's pace for the one bot token; when the
/// holder dies its session's lock goes with it and a standing-by instance takes over within seconds.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IEnumerable<IChannelSender> senders,
    OutboxSignal signal,
    TimeProvider time,
    StoreConnection store,
    ILogger<OutboxDispatcher> log) : BackgroundService
{
    public const int MaxAttempts = 12;

    /// <summary>The duty of sending the outbox, held by one instance of a deployment.</summary>
    public const string SendingDuty = "onestop:outbox";

    /// <summary>How often an instance standing by asks for the duty (real time: it is about other processes).</summary>
    private static readonly TimeSpan StandByRetry = TimeSpan.FromSeconds(5);

    private const int BatchSize = 200;

    /// <summary>
    /// Messages on their way at once. Each takes a round trip to the platform (about 100 ms to Telegram, more from
    /// afar) while its sender paces them: 16 keep Telegram's 30 a second busy, and a reply to someone who just wrote
    /// waits behind at most 16 notices.
    /// </summary>
    private const int SendsInFlight = 16;

    private readonly Dictionary<ChannelKind, IChannelSender> byChannel = senders.ToDictionary(s => s.Channel);

    /// <summary>
    /// Replies this process is sending now (<see cref="SendReplyAsync"/>): a reply may wait for its chat's turn longer
    /// than its lease, and the outbox must not send it beside its lane.
    /// </summary>
    private readonly ConcurrentDictionary<long, byte> repliesOnTheirWay = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        InstanceLock? duty = null;
        var standingBy = false;
        StoreFault? storeFault = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    if (duty is not null && !await duty.StillHeldAsync(stoppingToken))
                    {
                        await duty.DisposeAsync();
                        duty = null;
                    }

                    duty ??= await InstanceLock.TryTakeAsync(store, SendingDuty, stoppingToken);
                    if (duty is null)
                    {
                        if (!standingBy)
                        {
                            OutboxLog.StandingBy(log);
                            standingBy = true;
                        }

                        await Task.Delay(StandByRetry, stoppingToken);
                        continue;
                    }

                    standingBy = false;
                    var sent = await DispatchOnceAsync(stoppingToken);
                    if (storeFault is not null)
                    {
                        OutboxLog.StoreBack(log);
                        storeFault = null;
                    }

                    if (sent == 0)
                    {
                        await signal.WaitAsync(TimeSpan.FromSeconds(1), stoppingToken);
                    }
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
#pragma warning disable CA1031 // The dispatcher must outlive a failing database call; it tries again shortly.
                catch (Exception failure)
#pragma warning restore CA1031
                {
                    if (StoreErrors.FaultOf(failure) is { } fault)
                    {
                        // Said once when it starts (and when it changes), not every two seconds for as long as it lasts.
                        if (fault != storeFault)
                        {
                            OutboxLog.StoreUnavailable(log, fault, failure.GetBaseException().Message);
                            storeFault = fault;
                        }
                    }
                    else
                    {
                        OutboxLog.PassFailed(log, failure);
                    }

                    await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
                }
            }
        }
        finally
        {
            if (duty is not null)
            {
                await duty.DisposeAsync();
            }
        }
    }

    /// <summary>One pass over the due messages; returns how many were handed to a platform.</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken ct)
    {
        List<OutboxMessage> pending;
        HashSet<(ChannelKind, long)> blocked;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
            // The first message of each chat, if it is due, oldest first: a chat's messages go one a pass, in order, so
            // no two of them are ever on their way together, and a chat with many waiting never holds up the others.
            var dueBy = time.GetUtcNow().UtcDateTime;
            pending = await db.Outbox.AsNoTracking()
                .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAtUtc <= dueBy
                    && !db.Outbox.Any(e => e.Status == OutboxStatus.Pending && e.Channel == m.Channel && e.ChatId == m.ChatId && e.Id < m.Id))
                .OrderBy(m => m.Id)
                .Take(BatchSize)
                .ToListAsync(ct);
            pending.RemoveAll(m => repliesOnTheirWay.ContainsKey(m.Id));

            if (pending.Count == 0)
            {
                return 0;
            }

            blocked = (await db.People.AsNoTracking()
                .Where(p => p.BlockedBotAtUtc != null)
                .Select(p => new { p.Channel, p.ExternalId })
                .ToListAsync(ct))
                .Select(p => (p.Channel, p.ExternalId))
                .ToHashSet();
        }

        var queue = new ConcurrentQueue<OutboxMessage>(pending);
        var sent = await Task.WhenAll(Enumerable.Range(0, Math.Min(SendsInFlight, pending.Count)).Select(_ => SendQueuedAsync(queue, blocked, ct)));
        return sent.Sum();
    }

    /// <summary>
    /// Sends a reply the pipeline has just committed, now, from the instance that handled its update, and records the
    /// outcome as for any message: a reply the platform could not take waits in the outbox for its next try.
    /// </summary>
    public async Task SendReplyAsync(OutboxMessage reply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (!byChannel.TryGetValue(reply.Channel, out var sender))
        {
            return;
        }

        if (reply.Id == 0)
        {
            // An apology the database could not store: sent once, nothing to record.
            await TrySendAsync(sender, reply, ct);
            return;
        }

        repliesOnTheirWay[reply.Id] = 0;
        try
        {
            var outcome = await TrySendAsync(sender, reply, ct);
            await using var scope = scopes.CreateAsyncScope();
            await RecordAsync(scope.ServiceProvider.GetRequiredService<OneStopDbContext>(), reply.Id, outcome, ct);
            if (outcome.Status == OutboxStatus.Pending)
            {
                signal.Wake();
            }
        }
        finally
        {
            repliesOnTheirWay.TryRemove(reply.Id, out _);
        }
    }

    /// <summary>Takes messages off the pass's queue until it is empty; each message is of a different chat.</summary>
    private async Task<int> SendQueuedAsync(ConcurrentQueue<OutboxMessage> queue, HashSet<(ChannelKind, long)> blocked, CancellationToken ct)
    {
        // Its own context: the workers of a pass record their outcomes side by side.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
        var delivered = 0;
        while (queue.TryDequeue(out var message))
        {
            if (!byChannel.TryGetValue(message.Channel, out var sender))
            {
                continue;
            }

            // A chat that blocked the bot is not tried again until the person writes to the bot.
            var outcome = blocked.Contains((message.Channel, message.ChatId))
                ? new Outcome(OutboxStatus.Blocked, time.GetUtcNow().UtcDateTime, "the chat blocked the bot", Counted: false)
                : await TrySendAsync(sender, message, ct);
            await RecordAsync(db, message.Id, outcome, ct);
            if (outcome.Status == OutboxStatus.Sent)
            {
                delivered++;
            }
        }

        return delivered;
    }

    private async Task<Outcome> TrySendAsync(IChannelSender sender, OutboxMessage message, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        try
        {
            await sender.SendAsync(ToOutbound(message), ct);
            return new Outcome(OutboxStatus.Sent, time.GetUtcNow().UtcDateTime, null);
        }
        catch (SendFailedException failure)
        {
            OutboxLog.SendFailed(log, message.Id, failure.Failure, failure.Message);
            now = time.GetUtcNow().UtcDateTime;
            return failure.Failure switch
            {
                // Nothing went out: the platform's wait is not over. The message waits for exactly that, attempt-free.
                SendFailure.Held => new Outcome(OutboxStatus.Pending, now + (failure.RetryAfter ?? Backoff(1, null)), failure.Message, Counted: false),
                SendFailure.Blocked => new Outcome(OutboxStatus.Blocked, now, failure.Message),
                SendFailure.Rejected => new Outcome(OutboxStatus.Failed, now, failure.Message),
                // A 429 says when to come back: the platform is busy, the message is not failing, so it is never given up for it.
                _ when failure.RetryAfter is null && message.Attempts + 1 >= MaxAttempts => new Outcome(OutboxStatus.Failed, now, failure.Message),
                _ => new Outcome(OutboxStatus.Pending, now + Backoff(message.Attempts + 1, failure.RetryAfter), failure.Message),
            };
        }
    }

    private static async Task RecordAsync(OneStopDbContext db, long id, Outcome outcome, CancellationToken ct)
    {
        var row = await db.Outbox.SingleAsync(m => m.Id == id, ct);
        if (outcome.Counted)
        {
            row.Attempts++;
        }

        if (outcome.Status == OutboxStatus.Blocked)
        {
            var person = await db.People.FirstOrDefaultAsync(p => p.Channel == row.Channel && p.ExternalId == row.ChatId, ct);
            person?.MarkBlockedBot(outcome.At);
        }

        row.Status = outcome.Status;
        row.LastError = outcome.Error is { Length: > 500 } e ? e[..500] : outcome.Error;
        if (outcome.Status == OutboxStatus.Sent)
        {
            row.SentAtUtc = outcome.At;
        }
        else
        {
            row.NextAttemptAtUtc = outcome.At;
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>2, 4, 8… seconds up to ten minutes, never sooner than the platform asked.</summary>
    public static TimeSpan Backoff(int attempt, TimeSpan? retryAfter)
    {
        var exponential = TimeSpan.FromSeconds(Math.Min(600, Math.Pow(2, Math.Min(attempt, 10))));
        return retryAfter is { } asked && asked > exponential ? asked : exponential;
    }

    public static string? ButtonsJson(IReadOnlyList<IReadOnlyList<Button>>? buttons) =>
        buttons is { Count: > 0 } ? JsonSerializer.Serialize(buttons.Select(r => r.Select(b => new[] { b.Text, b.Data }))) : null;

    /// <summary>The one way a message becomes an outbox row, due now (handlers, jobs and replies alike).</summary>
    public static OutboxMessage ToRow(OutboundMessage message, DateTime nowUtc, string? dedupeKey = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new OutboxMessage
        {
            Channel = message.Channel,
            ChatId = message.ChatId,
            Text = message.Text,
            ButtonsJson = ButtonsJson(message.Buttons),
            PhotoFileName = message.Photo?.FileName,
            PhotoBytes = message.Photo?.Bytes,
            DocumentFileName = message.Document?.FileName,
            DocumentBytes = message.Document?.Bytes,
            DedupeKey = dedupeKey,
            CreatedAtUtc = nowUtc,
            NextAttemptAtUtc = nowUtc,
        };
    }

    public static OutboundMessage ToOutbound(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var buttons = message.ButtonsJson is null
            ? []
            : JsonSerializer.Deserialize<string[][][]>(message.ButtonsJson)!
                .Select(row => (IReadOnlyList<Button>)row.Select(b => new Button(b[0], b[1])).ToList())
                .ToList();
        return new OutboundMessage(message.Channel, message.ChatId, message.Text)
        {
            Buttons = buttons,
            Photo = message.PhotoBytes is { } png ? new Attachment(message.PhotoFileName ?? "chart.png", png) : null,
            Document = message.DocumentBytes is { } file ? new Attachment(message.DocumentFileName ?? "export.xlsx", file) : null,
        };
    }

    /// <param name="Counted">Whether a send was attempted (not for a blocked chat, nor while the platform asked to wait).</param>
    private readonly record struct Outcome(OutboxStatus Status, DateTime At, string? Error, bool Counted = true);
}

internal static partial class OutboxLog
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Warning, Message = "Outbox message {Id} not sent ({Failure}): {Reason}")]
    public static partial void SendFailed(ILogger logger, long id, SendFailure failure, string reason);

    [LoggerMessage(EventId = 201, Level = LogLevel.Error, Message = "An outbox pass failed; retrying shortly")]
    public static partial void PassFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 203, Level = LogLevel.Error, Message = "The outbox cannot use the database ({Fault}: {Reason}); its messages wait and are sent when it answers again")]
    public static partial void StoreUnavailable(ILogger logger, StoreFault fault, string reason);

    [LoggerMessage(EventId = 204, Level = LogLevel.Information, Message = "The database answers the outbox again; waiting messages are on their way")]
    public static partial void StoreBack(ILogger logger);

    [LoggerMessage(EventId = 202, Level = LogLevel.Information, Message = "Another instance sends the outbox; this one stands by to take over")]
    public static partial void StandingBy(ILogger logger);
}
