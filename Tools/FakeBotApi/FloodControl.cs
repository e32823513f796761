using System.Diagnostics;

namespace OneStopBot.FakeBotApi;

/// <summary>
/// Telegram's flood limits as the fake enforces them, counted strictly on arrival: in any
/// <see cref="OverallWindow"/> at most <see cref="Overall"/> messages, to one chat at most one per
/// <see cref="ChatSpacing"/>, and in any <see cref="GroupWindow"/> at most <see cref="PerGroup"/> to one group
/// (a negative chat id). A refused message does not count.
/// </summary>
public sealed record FloodLimits
{
    /// <summary>About 30 messages a second overall, one a second in a chat, 20 a minute in a group.</summary>
    public static FloodLimits Telegram { get; } = new();

    public int Overall { get; init; } = 30;

    public TimeSpan OverallWindow { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan ChatSpacing { get; init; } = TimeSpan.FromSeconds(1);

    public int PerGroup { get; init; } = 20;

    public TimeSpan GroupWindow { get; init; } = TimeSpan.FromMinutes(1);
}

/// <summary>The arrival times of the messages a server accepted, against <see cref="FloodLimits"/>.</summary>
internal sealed class FloodControl(FloodLimits limits)
{
    private readonly Lock _gate = new();
    private readonly Queue<long> _overall = new();
    private readonly Dictionary<long, long> _lastByChat = [];
    private readonly Dictionary<long, Queue<long>> _groups = [];

    public FloodLimits Limits { get; } = limits;

    /// <summary>Counts a message arriving at <paramref name="arrived"/> (a Stopwatch timestamp), or says how many
    /// whole seconds to wait, as Telegram's retry_after does.</summary>
    public int? Admit(long chatId, long arrived)
    {
        lock (_gate)
        {
            TimeSpan wait = TimeSpan.Zero;
            if (_lastByChat.TryGetValue(chatId, out long last))
            {
                wait = Max(wait, Limits.ChatSpacing - Stopwatch.GetElapsedTime(last, arrived));
            }

            wait = Max(wait, WaitFor(_overall, Limits.Overall, Limits.OverallWindow, arrived));
            Queue<long>? group = null;
            if (chatId < 0)
            {
                group = _groups.TryGetValue(chatId, out Queue<long>? known) ? known : _groups[chatId] = new Queue<long>();
                wait = Max(wait, WaitFor(group, Limits.PerGroup, Limits.GroupWindow, arrived));
            }

            if (wait > TimeSpan.Zero)
            {
                return Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            }

            _lastByChat[chatId] = arrived;
            _overall.Enqueue(arrived);
            group?.Enqueue(arrived);
            return null;
        }
    }

    /// <summary>How long until fewer than <paramref name="limit"/> of <paramref name="accepted"/> lie within the window.</summary>
    private static TimeSpan WaitFor(Queue<long> accepted, int limit, TimeSpan window, long arrived)
    {
        while (accepted.Count > 0 && Stopwatch.GetElapsedTime(accepted.Peek(), arrived) >= window)
        {
            accepted.Dequeue();
        }

        return accepted.Count < limit ? TimeSpan.Zero : window - Stopwatch.GetElapsedTime(accepted.Peek(), arrived);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
