using OneStopBot.Domain.People;

namespace OneStopBot.Domain.Votes;

/// <summary>A citizen's vote for an exemplary officer: one per citizen, officer and month.</summary>
public sealed class Vote
{
    private Vote()
    {
    }

    public Vote(long officerId, ChannelKind voterChannel, long voterId, DateOnly month, string? reason, DateTime createdAtUtc)
    {
        OfficerId = officerId;
        VoterChannel = voterChannel;
        VoterId = voterId;
        Month = new DateOnly(month.Year, month.Month, 1);
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        CreatedAtUtc = createdAtUtc;
    }

    public long Id { get; private set; }

    public long OfficerId { get; private set; }

    public ChannelKind VoterChannel { get; private set; }

    /// <summary>The voter's platform user id.</summary>
    public long VoterId { get; private set; }

    /// <summary>The first day of the month the vote counts for.</summary>
    public DateOnly Month { get; private set; }

    public string? Reason { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }
}
