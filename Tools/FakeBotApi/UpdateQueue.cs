using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace OneStopBot.FakeBotApi;

/// <summary>
/// Updates not yet confirmed by an offset, in update_id order, with Telegram's getUpdates rules.
/// Each update is serialized once when it is queued, so a poll only copies bytes.
/// </summary>
internal sealed class UpdateQueue
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<int, Pending> _unconfirmed = [];
    private readonly Dictionary<int, byte[]> _history = [];
    private TaskCompletionSource _arrived = NewSignal();
    private int _lastId;
    private bool _closed;

    public int UnconfirmedCount
    {
        get
        {
            lock (_gate)
            {
                return _unconfirmed.Count;
            }
        }
    }

    public bool IsClosed => Volatile.Read(ref _closed);

    public int Enqueue(Update update)
    {
        TaskCompletionSource arrived;
        int id;
        lock (_gate)
        {
            // The id is taken and the update inserted under one lock: otherwise a poller could confirm a
            // higher id (offset) before a lower one is inserted, and the lower one would be lost.
            id = ++_lastId;
            update.Id = id;
            byte[] json = JsonSerializer.SerializeToUtf8Bytes(update, JsonBotAPI.Options);
            _history[id] = json;
            _unconfirmed[id] = new Pending(json);
            arrived = SwapSignal();
        }

        arrived.TrySetResult();
        return id;
    }

    public void Redeliver(int id)
    {
        TaskCompletionSource arrived;
        lock (_gate)
        {
            if (!_history.TryGetValue(id, out byte[]? json))
            {
                throw new ArgumentException($"Update {id} was never queued on this server.", nameof(id));
            }

            _unconfirmed[id] = new Pending(json) { Redelivery = true };
            arrived = SwapSignal();
        }

        arrived.TrySetResult();
    }

    public void DropAll()
    {
        lock (_gate)
        {
            _unconfirmed.Clear();
        }
    }

    /// <summary>
    /// Applies <paramref name="offset"/> and returns up to <paramref name="limit"/> updates, plus a task that
    /// completes when something new is queued (taken under the same lock, so no wake-up is lost).
    /// </summary>
    public (List<byte[]> Updates, Task Arrived) Take(int offset, int limit)
    {
        lock (_gate)
        {
            if (offset < 0)
            {
                // Negative offset: keep only the last -offset updates, forget the rest.
                int forget = _unconfirmed.Count + offset;
                if (forget > 0)
                {
                    foreach (int id in _unconfirmed.Keys.Take(forget).ToList())
                    {
                        _unconfirmed.Remove(id);
                    }
                }
            }
            else if (offset > 0)
            {
                List<int>? confirmed = null;
                foreach ((int id, Pending pending) in _unconfirmed)
                {
                    if (id >= offset)
                    {
                        break;
                    }

                    // A redelivered update sits below the client's offset; it survives until it has been
                    // handed out once, as if the client had never confirmed it.
                    if (!pending.Redelivery)
                    {
                        (confirmed ??= []).Add(id);
                    }
                }

                confirmed?.ForEach(id => _unconfirmed.Remove(id));
            }

            var updates = new List<byte[]>(Math.Min(limit, _unconfirmed.Count));
            foreach (Pending pending in _unconfirmed.Values)
            {
                if (updates.Count == limit)
                {
                    break;
                }

                updates.Add(pending.Json);
                pending.Redelivery = false;
            }

            return (updates, _arrived.Task);
        }
    }

    /// <summary>Wakes every waiting poll so the server can stop without waiting out long polls.</summary>
    public void Close()
    {
        TaskCompletionSource arrived;
        lock (_gate)
        {
            Volatile.Write(ref _closed, true);
            arrived = _arrived;
        }

        arrived.TrySetResult();
    }

    private TaskCompletionSource SwapSignal()
    {
        TaskCompletionSource previous = _arrived;
        _arrived = NewSignal();
        return previous;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class Pending(byte[] json)
    {
        public byte[] Json { get; } = json;

        public bool Redelivery { get; set; }
    }
}
