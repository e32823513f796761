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
    /// <summary>How long a citizen may change a rating after giving it.</summary>
    public static readonly TimeSpan ChangeWindow = TimeSpan.FromDays(7);

    private Rating()
    {
        UnitCode = string.Empty;
    }

    public Rating(string unitCode, int dossierId, ChannelKind channel, long chatId, long receivedById, long? returnedById, DateTime createdAtUtc, DateOnly ratedOn)
    {
        UnitCode = unitCode;
        DossierId = dossierId;
        Channel = channel;
        ChatId = chatId;
        ReceivedById = receivedById;
        ReturnedById = returnedById;
        CreatedAtUtc = createdAtUtc;
        UpdatedAtUtc = createdAtUtc;
        RatedOn = ratedOn;
    }

    public const int MaxComment = 1000;

    public long Id { get; private set; }

    /// <summary>The dossier's office.</summary>
    public string UnitCode { get; private set; }

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

    /// <summary>Until when the citizen may still change this rating.</summary>
    public DateTime ChangeableUntilUtc => CreatedAtUtc + ChangeWindow;

    /// <summary>A "not satisfied" level or a harassment answer: the leaders are told at once.</summary>
    public bool AlertsLeaders => Level == SatisfactionLevel.NotSatisfied || Harassment == true;

    /// <summary>
    /// Starts the rating of a returned dossier, attributed to the officers who received and returned it
    /// (their ids are copied now, so a later change of staff does not move the rating).
    /// </summary>
    public static Rating Start(Dossiers.Dossier dossier, ChannelKind channel, long chatId, OfficeInstant now)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        if (dossier.State != Dossiers.DossierState.Returned)
        {
            throw new DomainException("rating.not_returned", dossier.Code);
        }

        return new Rating(dossier.UnitCode, dossier.Id, channel, chatId, dossier.ReceivedById, dossier.ReturnedById, now.Utc, now.Date);
    }

    /// <summary>Whether this chat may still change the rating: the chat that rated, within the window.</summary>
    public bool IsChangeableBy(ChannelKind channel, long chatId, DateTime nowUtc) =>
        Channel == channel && ChatId == chatId && nowUtc <= ChangeableUntilUtc;

    /// <summary>Refuses a change by another chat than the one that rated, or after the window.</summary>
    public void EnsureChangeableBy(ChannelKind channel, long chatId, DateTime nowUtc)
    {
        if (Channel != channel || ChatId != chatId)
        {
            throw new DomainException("rating.someone_else");
        }

        EnsureOpen(nowUtc);
    }

    private void EnsureOpen(DateTime nowUtc)
    {
        if (nowUtc > ChangeableUntilUtc)
        {
            throw new DomainException("rating.window_closed", ChangeWindow.Days);
        }
    }

    public void Choose(SatisfactionLevel level, DateTime nowUtc)
    {
        if (!Enum.IsDefined(level))
        {
            throw new DomainException("rating.level_unknown");
        }

        EnsureOpen(nowUtc);
        Level = level;
        UpdatedAtUtc = nowUtc;
    }

    public void AnswerHarassment(bool harassment, DateTime nowUtc)
    {
        EnsureOpen(nowUtc);
        Harassment = harassment;
        UpdatedAtUtc = nowUtc;
    }

    public void Remark(string? comment, DateTime nowUtc)
    {
        EnsureOpen(nowUtc);
        if (comment is { Length: > MaxComment })
        {
            throw new DomainException("rating.comment_too_long", MaxComment);
        }

        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        UpdatedAtUtc = nowUtc;
    }
}
