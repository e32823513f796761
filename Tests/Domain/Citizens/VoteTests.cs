using OneStopBot.Domain;
using OneStopBot.Domain.People;
using OneStopBot.Domain.Votes;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Domain.Citizens;

public sealed class VoteTests
{
    private const long Voter = 5001;
    private const long Officer = 7;

    [Fact]
    public void ASecondVoteForTheSameOfficerInAMonth_IsRefused()
    {
        var first = Vote.Cast(A.Unit, Officer, ChannelKind.Telegram, Voter, null, "tận tình", A.At(2026, 11, 2), []);

        var again = () => Vote.Cast(A.Unit, Officer, ChannelKind.Telegram, Voter, null, null, A.At(2026, 11, 30, 16), [first]);

        again.Should().Throw<DomainException>().Which.Code.Should().Be("vote.once_a_month");
        first.Month.Should().Be(new DateOnly(2026, 11, 1));
        first.Reason.Should().Be("tận tình");
    }

    [Fact]
    public void TheSameVoter_MayVoteForTheSameOfficerNextMonth_AndForAnotherOfficerThisMonth()
    {
        var first = Vote.Cast(A.Unit, Officer, ChannelKind.Telegram, Voter, null, null, A.At(2026, 11, 30, 16), []);

        var nextMonth = Vote.Cast(A.Unit, Officer, ChannelKind.Telegram, Voter, null, null, A.At(2026, 12, 1, 8), [first]);
        var another = Vote.Cast(A.Unit, Officer + 1, ChannelKind.Telegram, Voter, null, null, A.At(2026, 11, 30, 16), [first]);

        nextMonth.Month.Should().Be(new DateOnly(2026, 12, 1));
        another.OfficerId.Should().Be(Officer + 1);
    }

    [Fact]
    public void AnotherVotersVote_DoesNotCountAgainstThisVoter()
    {
        var others = Vote.Cast(A.Unit, Officer, ChannelKind.Telegram, Voter + 1, null, null, A.At(2026, 11, 2), []);

        var mine = Vote.Cast(A.Unit, Officer, ChannelKind.Telegram, Voter, null, null, A.At(2026, 11, 2), [others]);

        mine.VoterId.Should().Be(Voter);
    }

    [Fact]
    public void AnOfficer_CannotVoteForThemself()
    {
        var act = () => Vote.Cast(A.Unit, Officer, ChannelKind.Telegram, 1003, Officer, null, A.At(2026, 11, 2), []);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("vote.self");
    }
}
