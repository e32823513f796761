using OneStopBot.Domain.People;

namespace OneStopBot.Domain.Ratings;

/// <summary>The three levels citizens choose from.</summary>
public enum SatisfactionLevel
{
    VerySatisfied = 1,
    Satisfied = 2,
    NotSatisfied = 3,
}

/// <summary>
/// A citizen's rating of one dossier's service, attributed to the officers who received and returned it
/// as they were at that moment. One per dossier; changeable for a few days.
/// </summary>
public sealed class Rating
{
    private Rating()
    {
    }

    public Rating(int dossierId, ChannelKind channel, long chatId, long receivedById, long? returnedById, DateTime createdAtUtc, DateOnly ratedOn)
    {
        DossierId = dossierId;
        Channel = channel;
        ChatId = chatId;
        ReceivedById = receivedById;
        ReturnedById = returnedById;
        CreatedAtUtc = createdAtUtc;
        UpdatedAtUtc = createdAtUtc;
        RatedOn = ratedOn;
    }

    public long Id { get; private set; }

    public int DossierId { get; private set; }

    public ChannelKind Channel { get; private set; }

    public long ChatId { get; private set; }

    /// <summary>Null until the citizen chooses a level.</summary>
    public SatisfactionLevel? Level { get; private set; }

    /// <summary>The answer to "were you caused difficulty or asked for anything improper?"; null if not answered.</summary>
    public bool? Harassment { get; private set; }

    public string? Comment { get; private set; }

    public long ReceivedById { get; private set; }

    public long? ReturnedById { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>The office-local day of the rating, for indicators by period.</summary>
    public DateOnly RatedOn { get; private set; }

    public void Choose(SatisfactionLevel level, DateTime nowUtc)
    {
        Level = level;
        UpdatedAtUtc = nowUtc;
    }

    public void AnswerHarassment(bool harassment, DateTime nowUtc)
    {
        Harassment = harassment;
        UpdatedAtUtc = nowUtc;
    }

    public void Remark(string? comment, DateTime nowUtc)
    {
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        UpdatedAtUtc = nowUtc;
    }
}
