using Microsoft.Extensions.Time.Testing;
using OneStopBot.Bot.Channels.Telegram;
using OneStopBot.Bot.Conversation;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace OneStopBot.Tests.Bot;

/// <summary>
/// The throttle on a fake clock: nothing it holds back can go before the test moves the clock, so "still waiting"
/// is seen at once, without waiting on the real clock.
/// </summary>
public sealed class TelegramThrottleTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Leeway = TelegramLimits.Telegram.Leeway;

    private static readonly DateTimeOffset Start = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider clock = new(Start);
    private readonly TelegramThrottle throttle;
    private readonly List<(long Chat, DateTimeOffset At)> sent = [];

    public TelegramThrottleTests() => throttle = new TelegramThrottle(TelegramLimits.Telegram, clock);

    [Fact]
    public async Task ThirtyMessagesToThirtyChats_GoAtOnce_AndTheThirtyFirstASecondAfterTheFirst()
    {
        var first = Enumerable.Range(1, 30).Select(chat => SendAsync(chat)).ToList();
        await Task.WhenAll(first).WaitAsync(Wait);

        var next = SendAsync(31);
        next.IsCompleted.Should().BeFalse();
        clock.Advance(TimeSpan.FromSeconds(1));
        next.IsCompleted.Should().BeFalse("the first message left less than a second and its leeway ago");

        clock.Advance(Leeway);
        await next.WaitAsync(Wait);
        sent[^1].Should().Be((31L, Start + TimeSpan.FromSeconds(1) + Leeway));
    }

    [Fact]
    public async Task TwoMessagesToOneChat_GoInTheOrderTheyCame_ASpacingApart()
    {
        var first = SendAsync(7);
        var second = SendAsync(7);
        await first.WaitAsync(Wait);
        second.IsCompleted.Should().BeFalse();

        clock.Advance(TimeSpan.FromSeconds(1) + Leeway);
        await second.WaitAsync(Wait);
        sent.Should().Equal((7L, Start), (7L, Start + TimeSpan.FromSeconds(1) + Leeway));
    }

    [Fact]
    public async Task ThePartsOfOneMessage_GoASpacingApart_AndNothingComesBetweenThem()
    {
        var turn = await throttle.TakeTurnAsync(7, CancellationToken.None);
        await turn.SendAsync(Call(7), CancellationToken.None);
        var otherMessage = SendAsync(7);
        var secondPart = turn.SendAsync(Call(7), CancellationToken.None);
        secondPart.IsCompleted.Should().BeFalse();

        clock.Advance(TimeSpan.FromSeconds(1) + Leeway);
        await secondPart.WaitAsync(Wait);
        turn.Dispose();
        otherMessage.IsCompleted.Should().BeFalse();

        clock.Advance(TimeSpan.FromSeconds(1) + Leeway);
        await otherMessage.WaitAsync(Wait);
        sent.Select(s => s.At - Start).Should().Equal(TimeSpan.Zero, TimeSpan.FromSeconds(1) + Leeway, 2 * (TimeSpan.FromSeconds(1) + Leeway));
    }

    [Fact]
    public async Task AMessageSlowToLeave_IsCountedFromWhenItCanHaveArrived_NotFromWhenItStarted()
    {
        // The quickest round trip seen is 100 ms: Telegram answers at least that long after a message arrives.
        var quick = SendAsync(7, takes: TimeSpan.FromMilliseconds(100));
        clock.Advance(TimeSpan.FromMilliseconds(100));
        await quick.WaitAsync(Wait);

        // This one takes 300 ms, so it can have arrived as late as 200 ms after it started.
        var slow = SendAsync(8, takes: TimeSpan.FromMilliseconds(300));
        clock.Advance(TimeSpan.FromMilliseconds(300));
        await slow.WaitAsync(Wait);
        var next = SendAsync(8);

        clock.Advance(TimeSpan.FromSeconds(1) + Leeway - TimeSpan.FromMilliseconds(300));
        next.IsCompleted.Should().BeFalse("a second after it started is not yet a second after it arrived");
        clock.Advance(TimeSpan.FromMilliseconds(200));
        await next.WaitAsync(Wait);
        sent[^1].Should().Be((8L, Start + TimeSpan.FromMilliseconds(300) + TimeSpan.FromSeconds(1) + Leeway));
    }

    [Fact]
    public async Task TheFirstCallOfAll_IsCountedFromItsAnswer_ForItsOwnRoundTripMayHaveBeenSpentOnTheWayOut()
    {
        // Opening the connection takes most of the first call's 300 ms: it may have arrived just before its answer.
        var first = SendAsync(7, takes: TimeSpan.FromMilliseconds(300));
        clock.Advance(TimeSpan.FromMilliseconds(300));
        await first.WaitAsync(Wait);
        var next = SendAsync(7);

        clock.Advance(TimeSpan.FromSeconds(1) + Leeway - TimeSpan.FromMilliseconds(1));
        next.IsCompleted.Should().BeFalse("a second after the first call started is not a second after it can have arrived");
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await next.WaitAsync(Wait);
        sent[^1].Should().Be((7L, Start + TimeSpan.FromMilliseconds(300) + TimeSpan.FromSeconds(1) + Leeway));
    }

    [Fact]
    public async Task AGroup_GetsTwentyMessagesInAMinute_AndTheTwentyFirstAMinuteAfterTheFirst()
    {
        const long group = -1001234567890;
        var spacing = TimeSpan.FromSeconds(1) + Leeway;
        for (var i = 0; i < 20; i++)
        {
            var message = SendAsync(group);
            clock.Advance(i == 0 ? TimeSpan.Zero : spacing);
            await message.WaitAsync(Wait);
        }

        var twentyFirst = SendAsync(group);
        clock.Advance(spacing);
        twentyFirst.IsCompleted.Should().BeFalse("twenty left within the minute");

        clock.SetUtcNow(Start + TimeSpan.FromMinutes(1) + Leeway);
        await twentyFirst.WaitAsync(Wait);
        sent.Should().HaveCount(21);
        sent[^1].At.Should().Be(Start + TimeSpan.FromMinutes(1) + Leeway);
    }

    [Fact]
    public async Task A429_HoldsItsChatUntilRetryAfter_AndOnlyThatChat()
    {
        await RefuseAsync(7, retryAfterSeconds: 5);

        var held = (await ((Func<Task>)(() => SendAsync(7))).Should().ThrowAsync<SendFailedException>()).Which;
        held.Failure.Should().Be(SendFailure.Held);
        held.RetryAfter.Should().Be(TimeSpan.FromSeconds(5));
        await SendAsync(8).WaitAsync(Wait);

        clock.Advance(TimeSpan.FromSeconds(5));
        await SendAsync(7).WaitAsync(Wait);
        sent.Select(s => s.Chat).Should().Equal(8, 7);
    }

    [Fact]
    public async Task TooManyRequestsForTwoChatsAtOnce_HoldEveryChat_UntilTheLaterRetryAfter()
    {
        await RefuseAsync(7, retryAfterSeconds: 3);
        clock.Advance(TimeSpan.FromSeconds(1) + Leeway);
        await RefuseAsync(8, retryAfterSeconds: 4);

        var held = (await ((Func<Task>)(() => SendAsync(9))).Should().ThrowAsync<SendFailedException>()).Which;
        held.Failure.Should().Be(SendFailure.Held);
        held.RetryAfter.Should().Be(TimeSpan.FromSeconds(4));

        clock.Advance(TimeSpan.FromSeconds(4));
        await SendAsync(9).WaitAsync(Wait);
        sent.Select(s => s.Chat).Should().Equal(9);
    }

    private async Task SendAsync(long chat, TimeSpan? takes = null)
    {
        using var turn = await throttle.TakeTurnAsync(chat, CancellationToken.None);
        await turn.SendAsync(Call(chat, takes), CancellationToken.None);
    }

    private async Task RefuseAsync(long chat, int retryAfterSeconds)
    {
        using var turn = await throttle.TakeTurnAsync(chat, CancellationToken.None);
        var refused = () => turn.SendAsync<int>(
            _ => throw new ApiRequestException($"Too Many Requests: retry after {retryAfterSeconds}", 429, new ResponseParameters { RetryAfter = retryAfterSeconds }),
            CancellationToken.None);
        await refused.Should().ThrowAsync<ApiRequestException>();
    }

    /// <summary>A call to Telegram, recorded as it leaves, answered after <paramref name="takes"/> on the fake clock.</summary>
    private Func<CancellationToken, Task<int>> Call(long chat, TimeSpan? takes = null) => async ct =>
    {
        int count;
        lock (sent)
        {
            sent.Add((chat, clock.GetUtcNow()));
            count = sent.Count;
        }

        if (takes is { } roundTrip)
        {
            await Task.Delay(roundTrip, clock, ct);
        }

        return count;
    };

    public void Dispose() => throttle.Dispose();
}
