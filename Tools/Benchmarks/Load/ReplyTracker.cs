using System.Diagnostics;
using OneStopBot.Bot.Conversation;
using OneStopBot.Domain.People;
using OneStopBot.FakeBotApi;

namespace OneStopBot.Benchmarks.Load;

/// <summary>
/// Matches the bot's replies to the messages that caused them. One chat's messages are handled and answered in
/// order, so a chat's replies belong to its oldest message still short of its expected number of replies.
/// Latency runs from just before the fake server queues the update to the first reply to it.
/// </summary>
internal sealed class ReplyTracker
{
    private static readonly string Apology = ErrorTexts.Failure[Language.Vi];
    private static readonly string Stale = ErrorTexts.Stale[Language.Vi];
    private const string RefusalStart = "Không thể «";

    private readonly IReadOnlyList<ScriptedMessage> messages;
    private readonly Dictionary<long, ChatQueue> chats;
    private readonly long[] sentAt;
    private readonly long[] firstReplyAt;
    private readonly int[] replies;
    private readonly Reply[] kinds;
    private readonly TaskCompletionSource[] done;
    private readonly TaskCompletionSource all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int completed;
    private int unmatched;
    private long lastReplyAt;

    public ReplyTracker(IReadOnlyList<ScriptedMessage> messages)
    {
        this.messages = messages;
        chats = messages.Select(m => m.ChatId).Distinct().ToDictionary(id => id, _ => new ChatQueue());
        sentAt = new long[messages.Count];
        firstReplyAt = new long[messages.Count];
        replies = new int[messages.Count];
        kinds = new Reply[messages.Count];
        done = new TaskCompletionSource[messages.Count];
        for (var i = 0; i < done.Length; i++)
        {
            done[i] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        if (messages.Count == 0)
        {
            all.SetResult();
        }
    }

    public enum Reply
    {
        None,
        Answered,
        Refused,
        Stale,
        Apology,
    }

    public Task AllAnswered => all.Task;

    public int Completed => Volatile.Read(ref completed);

    /// <summary>Replies to a chat that had no message waiting for one.</summary>
    public int Unmatched => Volatile.Read(ref unmatched);

    public long LastReplyAt => Interlocked.Read(ref lastReplyAt);

    /// <summary>Hands message <paramref name="index"/> to <paramref name="deliver"/> (the fake server's queue, or the
    /// webhook front); the task completes once all its replies came.</summary>
    public Task Send(Func<ScriptedMessage, Task> deliver, int index)
    {
        var message = messages[index];
        var chat = chats[message.ChatId];
        lock (chat.Gate)
        {
            chat.Waiting.Enqueue(index);
        }

        sentAt[index] = Stopwatch.GetTimestamp();
        _ = deliver(message);
        return done[index].Task;
    }

    /// <summary>For <see cref="FakeBotApiServer.OnSent"/>: runs on the fake server's request thread, so it stays short.</summary>
    public void OnSent(SentMessage sent)
    {
        var at = Stopwatch.GetTimestamp();
        Interlocked.Exchange(ref lastReplyAt, at);
        if (!chats.TryGetValue(sent.ChatId, out var chat))
        {
            Interlocked.Increment(ref unmatched);
            return;
        }

        int finished;
        lock (chat.Gate)
        {
            if (!chat.Waiting.TryPeek(out var index))
            {
                Interlocked.Increment(ref unmatched);
                return;
            }

            if (replies[index]++ == 0)
            {
                firstReplyAt[index] = at;
                kinds[index] = Classify(sent.TextOrCaption);
            }

            if (replies[index] < messages[index].Replies)
            {
                return;
            }

            chat.Waiting.Dequeue();
            finished = index;
        }

        done[finished].TrySetResult();
        if (Interlocked.Increment(ref completed) == messages.Count)
        {
            all.TrySetResult();
        }
    }

    public LoadResult Result(long startedAt, long endedAt)
    {
        var latencies = new List<double>(messages.Count);
        var bySecond = new SortedDictionary<int, List<double>>();
        int answered = 0, refused = 0, stale = 0, apologies = 0, unexpected = 0, unanswered = 0;
        for (var i = 0; i < messages.Count; i++)
        {
            if (replies[i] == 0)
            {
                unanswered++;
                continue;
            }

            var latency = Stopwatch.GetElapsedTime(sentAt[i], firstReplyAt[i]).TotalMilliseconds;
            latencies.Add(latency);
            var second = (int)Stopwatch.GetElapsedTime(startedAt, sentAt[i]).TotalSeconds;
            if (!bySecond.TryGetValue(second, out var inSecond))
            {
                bySecond[second] = inSecond = [];
            }

            inSecond.Add(latency);
            switch (kinds[i])
            {
                case Reply.Answered: answered++; break;
                case Reply.Refused: refused++; break;
                case Reply.Stale: stale++; break;
                case Reply.Apology: apologies++; break;
            }

            var expected = messages[i].Expected == Outcome.Refused ? Reply.Refused : Reply.Answered;
            if (kinds[i] != expected || replies[i] != messages[i].Replies)
            {
                unexpected++;
            }
        }

        latencies.Sort();
        return new LoadResult(
            messages.Count,
            Stopwatch.GetElapsedTime(startedAt, endedAt),
            latencies,
            bySecond.Select(s => Second.Of(s.Key, s.Value)).ToList(),
            answered,
            refused,
            stale,
            apologies,
            unexpected,
            unanswered,
            Unmatched,
            ExpectedReplies: messages.Sum(m => m.Replies),
            GotReplies: replies.Sum() + Unmatched);
    }

    private static Reply Classify(string? text) => text switch
    {
        null => Reply.Answered,
        _ when text == Apology => Reply.Apology,
        _ when text == Stale => Reply.Stale,
        _ when text.StartsWith(RefusalStart, StringComparison.Ordinal) => Reply.Refused,
        _ => Reply.Answered,
    };

    private sealed class ChatQueue
    {
        public Lock Gate { get; } = new();

        public Queue<int> Waiting { get; } = new();
    }
}

/// <summary>What one phase of a load run measured; latencies in milliseconds, sorted.</summary>
internal sealed record LoadResult(
    int Messages,
    TimeSpan Elapsed,
    IReadOnlyList<double> Latencies,
    IReadOnlyList<Second> Timeline,
    int Answered,
    int Refused,
    int Stale,
    int Apologies,
    int Unexpected,
    int Unanswered,
    int Unmatched,
    int ExpectedReplies,
    int GotReplies)
{
    public double UpdatesPerSecond => Messages / Elapsed.TotalSeconds;

    /// <summary>Every message got exactly the replies it should, of the kind it should.</summary>
    public bool Exact => Unexpected == 0 && Unanswered == 0 && Unmatched == 0 && ExpectedReplies == GotReplies;

    public double Percentile(double p)
    {
        if (Latencies.Count == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(p / 100 * Latencies.Count) - 1;
        return Latencies[Math.Clamp(rank, 0, Latencies.Count - 1)];
    }
}

/// <summary>The messages sent in one second of a run: how many, and their median and slowest answer in milliseconds.</summary>
internal sealed record Second(int At, int Sent, double Median, double Max)
{
    public static Second Of(int at, List<double> latencies)
    {
        latencies.Sort();
        return new Second(at, latencies.Count, latencies[latencies.Count / 2], latencies[^1]);
    }
}
