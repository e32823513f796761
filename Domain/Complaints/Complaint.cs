using OneStopBot.Domain.People;

namespace OneStopBot.Domain.Complaints;

/// <summary>What a complaint or suggestion (phản ánh, kiến nghị) is about.</summary>
public enum ComplaintKind
{
    /// <summary>About a procedure or a rule.</summary>
    Procedure = 1,
    /// <summary>About an officer's conduct (hành vi CBCC); harassment is flagged separately.</summary>
    OfficerConduct = 2,
    Delay = 3,
    Other = 4,
}

public enum ComplaintState
{
    Received = 1,
    InProgress = 2,
    Answered = 3,
    Refused = 4,
}

/// <summary>A citizen's complaint or suggestion, followed by a tracking code, with deadlines in working days.</summary>
public sealed class Complaint
{
    private Complaint()
    {
        TrackingCode = string.Empty;
        Text = string.Empty;
    }

    public Complaint(string trackingCode, ComplaintKind kind, bool harassment, string text, ChannelKind channel, long chatId, long? personId, bool anonymous, int? dossierId, long? officerId, DateTime createdAtUtc, DateOnly receivedOn)
    {
        TrackingCode = trackingCode;
        Kind = kind;
        Harassment = harassment;
        Text = text;
        Channel = channel;
        ChatId = chatId;
        PersonId = personId;
        Anonymous = anonymous;
        DossierId = dossierId;
        OfficerId = officerId;
        CreatedAtUtc = createdAtUtc;
        ReceivedOn = receivedOn;
        State = ComplaintState.Received;
    }

    public long Id { get; private set; }

    public string TrackingCode { get; private set; }

    public ComplaintKind Kind { get; private set; }

    /// <summary>About harassment or obstruction (nhũng nhiễu, gây khó khăn, phiền hà): target T5 counts these.</summary>
    public bool Harassment { get; private set; }

    public string Text { get; private set; }

    public ChannelKind Channel { get; private set; }

    /// <summary>The chat that filed it and is told of its progress.</summary>
    public long ChatId { get; private set; }

    public long? PersonId { get; private set; }

    public bool Anonymous { get; private set; }

    public int? DossierId { get; private set; }

    /// <summary>The officer concerned, if the citizen named one.</summary>
    public long? OfficerId { get; private set; }

    public ComplaintState State { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    /// <summary>Deadlines in working days from reception: refuse within 2, ask for more within 5, resolve within 15.</summary>
    public DateOnly? RefuseBy { get; private set; }

    public DateOnly? AskMoreBy { get; private set; }

    public DateOnly? ResolveBy { get; private set; }

    public long? HandledById { get; private set; }

    public string? Answer { get; private set; }

    public DateTime? AnsweredAtUtc { get; private set; }

    public DateOnly? AnsweredOn { get; private set; }

    public int ReopenCount { get; private set; }

    /// <summary>Application-managed concurrency token.</summary>
    public int Version { get; private set; } = 1;
}
