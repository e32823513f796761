using System.Globalization;
using System.Threading.RateLimiting;
using OneStopBot.Bot.Conversation;
using Telegram.Bot.Exceptions;

namespace OneStopBot.Bot.Channels.Telegram;

/// <summary>
/// Every message to Telegram, a reply or a notice, waits here for its turn within <see cref="TelegramLimits"/>, and
/// nothing is sent to a chat (or to anyone) that Telegram asked to wait with a 429.
/// </summary>
/// <remarks>
/// Telegram counts messages as they arrive in any second (any minute for a group), so each limit is a number of
/// slots: a message takes one before it leaves and gives it back a window after it reached Telegram, as far as the
/// bot can tell (see <see cref="Arrival"/>). A slot is a <see cref="ConcurrencyLimiter"/> permit; its queue is first
/// come, first served, which also keeps one chat's messages in the order they were handed over. Window limiters
/// (fixed, sliding, token bucket) were not used: they count a message when its permit is granted, not when it
/// arrives, they let a burst through at a window's edge that a strict counter refuses, and they run on the
/// Stopwatch, so no test could drive them. Here time comes from the <see cref="TimeProvider"/>.
/// </remarks>
public sealed class TelegramThrottle : IDisposable
{
    private readonly TelegramLimits limits;
    private readonly TimeProvider time;
    private readonly ConcurrencyLimiter overall;
    private readonly PartitionedRateLimiter<long> chats;
    private readonly PartitionedRateLimiter<long> groups;
    private readonly Lock holding = new();
    private readonly Dictionary<long, DateTimeOffset> heldChats = [];
    private DateTimeOffset heldAll = DateTimeOffset.MinValue;
    private long quickestRoundTripTicks = long.MaxValue;

    public TelegramThrottle(TelegramLimits limits, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.Overall, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.PerGroup, 1);
        this.limits = limits;
        this.time = time;
        overall = new ConcurrencyLimiter(Slots(limits.Overall));
        chats = PartitionedRateLimiter.Create<long, long>(chat => RateLimitPartition.GetConcurrencyLimiter(chat, _ => Slots(1)));
        groups = PartitionedRateLimiter.Create<long, long>(chat => RateLimitPartition.GetConcurrencyLimiter(chat, _ => Slots(limits.PerGroup)));
    }

    /// <summary>
    /// Waits until the chat is free (its earlier message handed over, and arrived a spacing ago). The turn holds the chat
    /// for all the parts of one message, so that nothing else comes between them.
    /// </summary>
    /// <exception cref="SendFailedException">Telegram asked to wait (<see cref="SendFailure.Held"/>): nothing was sent.</exception>
    public async Task<ChatTurn> TakeTurnAsync(long chatId, CancellationToken ct)
    {
        ThrowIfHeld(chatId);
        var lease = Acquired(await chats.AcquireAsync(chatId, 1, ct));
        return new ChatTurn(this, chatId, lease);
    }

    /// <summary>One call to Telegram in the chat's turn, once the chat's spacing, the group's and the overall slots allow it.</summary>
    internal async Task<T> SendAsync<T>(ChatTurn turn, Func<CancellationToken, Task<T>> call, CancellationToken ct)
    {
        ThrowIfHeld(turn.ChatId);
        if (turn.LastArrival is { } previous)
        {
            await WaitUntilAsync(previous + limits.ChatSpacing + limits.Leeway, ct);
        }

        var group = turn.ChatId < 0 ? Acquired(await groups.AcquireAsync(turn.ChatId, 1, ct)) : null;
        RateLimitLease slot;
        try
        {
            slot = Acquired(await overall.AcquireAsync(1, ct));
        }
        catch
        {
            group?.Dispose();
            throw;
        }

        var started = time.GetUtcNow();
        var quickestBefore = Interlocked.Read(ref quickestRoundTripTicks);
        var sent = false;
        var answered = false;
        try
        {
            // A 429 may have come for another message while this one waited for its slot.
            ThrowIfHeld(turn.ChatId);
            sent = true;
            var result = await call(ct);
            answered = true;
            return result;
        }
        catch (ApiRequestException e)
        {
            answered = true;
            if (e.ErrorCode == 429)
            {
                Hold(turn.ChatId, e.Parameters?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : TimeSpan.FromSeconds(1));
            }

            throw;
        }
        finally
        {
            var arrived = sent ? Arrival(started, quickestBefore, answered) : started;
            if (sent)
            {
                turn.LastArrival = arrived;
            }

            ReleaseAt(slot, sent ? arrived + limits.OverallWindow + limits.Leeway : arrived);
            if (group is not null)
            {
                ReleaseAt(group, sent ? arrived + limits.GroupWindow + limits.Leeway : arrived);
            }
        }
    }

    /// <summary>Lets the chat's next message go once a spacing has passed since this turn's last call reached Telegram.</summary>
    internal void EndTurn(ChatTurn turn) =>
        ReleaseAt(turn.Lease, turn.LastArrival is { } last ? last + limits.ChatSpacing + limits.Leeway : time.GetUtcNow());

    /// <summary>
    /// The latest a call that left at <paramref name="started"/> can have reached Telegram. It reached it before the
    /// answer, and at least the quickest round trip seen before it left before that: Telegram answers no sooner than
    /// that after a message arrives. A message that is slow to leave (a busy machine holds it up on its way out by up
    /// to 100 ms) is so counted from when it arrived; the leeway covers the quickest round trip's own way out. A call's
    /// own round trip says nothing of its own way out (the first call of all opens the connection, and may spend most
    /// of its round trip before it arrives), so it only counts for later calls.
    /// </summary>
    private DateTimeOffset Arrival(DateTimeOffset started, long quickestBefore, bool answered)
    {
        var now = time.GetUtcNow();
        var roundTrip = now - started;
        if (answered)
        {
            // Only an answer measures a round trip; a call cut short (cancelled, no connection) may not have left at all.
            var seen = Interlocked.Read(ref quickestRoundTripTicks);
            while (roundTrip.Ticks < seen && Interlocked.CompareExchange(ref quickestRoundTripTicks, roundTrip.Ticks, seen) != seen)
            {
                seen = Interlocked.Read(ref quickestRoundTripTicks);
            }
        }

        // Before any answer nothing is known: the call may have arrived just before its end.
        var latest = quickestBefore == long.MaxValue ? now : now - TimeSpan.FromTicks(quickestBefore);
        return latest > started ? latest : started;
    }

    /// <summary>
    /// A 429 holds its chat until Telegram's retry_after. Telegram does not say which limit it counted; the chats'
    /// limits are independent, so 429s for two chats at once mean the overall one, and then every chat waits.
    /// </summary>
    private void Hold(long chatId, TimeSpan retryAfter)
    {
        var now = time.GetUtcNow();
        var until = now + retryAfter;
        lock (holding)
        {
            foreach (var expired in heldChats.Where(h => h.Value <= now).Select(h => h.Key).ToList())
            {
                heldChats.Remove(expired);
            }

            if (heldChats.Keys.Any(other => other != chatId))
            {
                heldAll = heldAll > until ? heldAll : until;
            }

            heldChats[chatId] = heldChats.TryGetValue(chatId, out var held) && held > until ? held : until;
        }
    }

    private void ThrowIfHeld(long chatId)
    {
        var now = time.GetUtcNow();
        DateTimeOffset until;
        lock (holding)
        {
            until = heldChats.TryGetValue(chatId, out var chat) && chat > heldAll ? chat : heldAll;
        }

        if (until > now)
        {
            var left = until - now;
            throw new SendFailedException(
                SendFailure.Held,
                string.Create(CultureInfo.InvariantCulture, $"Telegram asked the bot to wait; {left.TotalSeconds:0.#} s left"),
                left);
        }
    }

    private async Task WaitUntilAsync(DateTimeOffset at, CancellationToken ct)
    {
        var wait = at - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, ct);
        }
    }

    private void ReleaseAt(RateLimitLease lease, DateTimeOffset at)
    {
        var wait = at - time.GetUtcNow();
        if (wait <= TimeSpan.Zero)
        {
            lease.Dispose();
            return;
        }

        _ = ReleaseLaterAsync(lease, wait);
    }

    private async Task ReleaseLaterAsync(RateLimitLease lease, TimeSpan wait)
    {
        await Task.Delay(wait, time);
        lease.Dispose();
    }

    private static RateLimitLease Acquired(RateLimitLease lease) =>
        lease.IsAcquired ? lease : throw new InvalidOperationException("A Telegram send slot was refused although its queue has no limit.");

    private static ConcurrencyLimiterOptions Slots(int count) => new()
    {
        PermitLimit = count,
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    };

    public void Dispose()
    {
        overall.Dispose();
        chats.Dispose();
        groups.Dispose();
    }
}

/// <summary>A chat's turn with Telegram: the parts of one message, in order, each within the limits.</summary>
public sealed class ChatTurn : IDisposable
{
    private readonly TelegramThrottle throttle;
    private bool ended;

    internal ChatTurn(TelegramThrottle throttle, long chatId, RateLimitLease lease)
    {
        this.throttle = throttle;
        ChatId = chatId;
        Lease = lease;
    }

    public long ChatId { get; }

    internal RateLimitLease Lease { get; }

    /// <summary>The latest this turn's last call can have reached Telegram.</summary>
    internal DateTimeOffset? LastArrival { get; set; }

    /// <exception cref="SendFailedException">Telegram asked to wait (<see cref="SendFailure.Held"/>): nothing was sent.</exception>
    public Task<T> SendAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(ended, this);
        return throttle.SendAsync(this, call, ct);
    }

    public void Dispose()
    {
        if (!ended)
        {
            ended = true;
            throttle.EndTurn(this);
        }
    }
}
