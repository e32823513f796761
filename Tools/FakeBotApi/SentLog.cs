using System.Collections.Concurrent;

namespace OneStopBot.FakeBotApi;

/// <summary>What the bot sent, per chat, with waiters that complete when a chat has enough messages.</summary>
internal sealed class SentLog
{
    private readonly ConcurrentDictionary<long, ChatLog> _chats = new();
    private readonly ConcurrentQueue<SentMessage> _all = new();

    public IReadOnlyList<SentMessage> All => _all.ToArray();

    public IEnumerable<long> ChatIds => _chats.Keys;

    public void Add(SentMessage message)
    {
        ChatLog chat = _chats.GetOrAdd(message.ChatId, static _ => new ChatLog());
        List<(TaskCompletionSource<IReadOnlyList<SentMessage>> Waiter, SentMessage[] Snapshot)>? ready = null;
        lock (chat.Gate)
        {
            chat.Messages.Add(message);
            _all.Enqueue(message);
            if (chat.Waiters.Count > 0)
            {
                SentMessage[] snapshot = [.. chat.Messages];
                chat.Waiters.RemoveAll(waiter =>
                {
                    if (waiter.Count > snapshot.Length)
                    {
                        return false;
                    }

                    (ready ??= []).Add((waiter.Completion, snapshot));
                    return true;
                });
            }
        }

        // Completed outside the lock; continuations run asynchronously anyway.
        ready?.ForEach(r => r.Waiter.TrySetResult(r.Snapshot));
    }

    public IReadOnlyList<SentMessage> To(long chatId)
    {
        if (!_chats.TryGetValue(chatId, out ChatLog? chat))
        {
            return [];
        }

        lock (chat.Gate)
        {
            return [.. chat.Messages];
        }
    }

    public async Task<IReadOnlyList<SentMessage>> WaitAsync(
        long chatId, int count, TimeSpan timeout, CancellationToken ct)
    {
        ChatLog chat = _chats.GetOrAdd(chatId, static _ => new ChatLog());
        Waiter waiter;
        lock (chat.Gate)
        {
            if (chat.Messages.Count >= count)
            {
                return [.. chat.Messages];
            }

            waiter = new Waiter(count);
            chat.Waiters.Add(waiter);
        }

        try
        {
            return await waiter.Completion.Task.WaitAsync(timeout, ct);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            lock (chat.Gate)
            {
                chat.Waiters.Remove(waiter);
            }

            throw;
        }
    }

    private sealed class ChatLog
    {
        public Lock Gate { get; } = new();

        public List<SentMessage> Messages { get; } = [];

        public List<Waiter> Waiters { get; } = [];
    }

    private sealed class Waiter(int count)
    {
        public int Count { get; } = count;

        public TaskCompletionSource<IReadOnlyList<SentMessage>> Completion { get; } =
            new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
