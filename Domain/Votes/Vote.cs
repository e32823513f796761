using OneStopBot.Domain.People;

namespace OneStopBot.Domain.Votes;

/// <summary>A citizen's vote for an exemplary officer: one per citizen, officer and month.</summary>
public sealed class Vote
{
    private Vote()
    {
        UnitCode = string.Empty;
    }

    public Vote(string unitCode, long officerId, ChannelKind voterChannel, long voterId, DateOnly month, string? reason, DateTime createdAtUtc)
    {
        UnitCode = unitCode;
        OfficerId = officerId;
        VoterChannel = voterChannel;
        VoterId = voterId;
        Month = new DateOnly(month.Year, month.Month, 1);
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        CreatedAtUtc = createdAtUtc;
    }

    public long Id { get; private set; }

    /// <summary>The officer's office.</summary>
    public string UnitCode { get; private set; }

    public long OfficerId { get; private set; }

    public ChannelKind VoterChannel { get; private set; }

    /// <summary>The voter's platform user id.</summary>
    public long VoterId { get; private set; }

    /// <summary>The first day of the month the vote counts for.</summary>
    public DateOnly Month { get; private set; }

    public string? Reason { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public const int MaxReason = 500;

    /// <summary>The first day of the month of <paramref name="date"/>: votes count per calendar month.</summary>
    public static DateOnly MonthOf(DateOnly date) => new(date.Year, date.Month, 1);

    /// <summary>
    /// A vote for <paramref name="officerId"/>, refused when the voter already voted for that officer this month
    /// (<paramref name="votersEarlierVotes"/> are the voter's votes; others are ignored) or votes for themself.
    /// </summary>
    public static Vote Cast(
        string unitCode,
        long officerId,
        ChannelKind voterChannel,
        long voterId,
        long? voterPersonId,
        string? reason,
        OfficeInstant now,
        IEnumerable<Vote> votersEarlierVotes)
    {
        ArgumentNullException.ThrowIfNull(votersEarlierVotes);
        if (voterPersonId == officerId)
        {
            throw new DomainException("vote.self");
        }

        if (reason is { Length: > MaxReason })
        {
            throw new DomainException("vote.reason_too_long", MaxReason);
        }

        var month = MonthOf(now.Date);
        if (votersEarlierVotes.Any(v => v.OfficerId == officerId && v.VoterChannel == voterChannel && v.VoterId == voterId && v.Month == month))
        {
            throw new DomainException("vote.once_a_month", now.Date.Month, now.Date.Year);
        }

        return new Vote(unitCode, officerId, voterChannel, voterId, month, reason, now.Utc);
    }
}
