using OneStopBot.Domain.Calendar;
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
        UnitCode = string.Empty;
        TrackingCode = string.Empty;
        Text = string.Empty;
    }

    public Complaint(string unitCode, string trackingCode, ComplaintKind kind, bool harassment, string text, ChannelKind channel, long chatId, long? personId, bool anonymous, int? dossierId, long? officerId, DateTime createdAtUtc, DateOnly receivedOn)
    {
        UnitCode = unitCode;
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

    /// <summary>The office the complaint is about, which answers it.</summary>
    public string UnitCode { get; private set; }

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

    /// <summary>The resolve-by date in force: the first one, or the reopened complaint's own.</summary>
    public DateOnly? ResolveBy { get; private set; }

    /// <summary>The resolve-by date set when the complaint arrived: indicator 5.2 judges the first answer by it, reopened or not.</summary>
    public DateOnly? FirstResolveBy { get; private set; }

    public long? HandledById { get; private set; }

    public string? Answer { get; private set; }

    public DateTime? AnsweredAtUtc { get; private set; }

    public DateOnly? AnsweredOn { get; private set; }

    /// <summary>The day of the first answer or refusal (indicator 5.2); a reopened complaint's later answer leaves it.</summary>
    public DateOnly? FirstAnsweredOn { get; private set; }

    /// <summary>
    /// For a harassment complaint, the leaders' finding after checking it: true when it was found true (target T5
    /// counts these), false when not, null while none is recorded.
    /// </summary>
    public bool? Upheld { get; private set; }

    public int ReopenCount { get; private set; }

    /// <summary>Application-managed concurrency token.</summary>
    public int Version { get; private set; } = 1;

    /// <summary>When the citizen reopened it, not satisfied with the answer.</summary>
    public DateOnly? ReopenedOn { get; private set; }

    /// <summary>The phone the citizen left for the office to call back; never on an anonymous complaint.</summary>
    public string? ContactPhone { get; private set; }

    /// <summary>What the office last asked the citizen to add.</summary>
    public string? MoreInfoAsked { get; private set; }

    /// <summary>The day of the first request (the one that counts for the deadline <see cref="AskMoreBy"/>).</summary>
    public DateOnly? MoreInfoAskedOn { get; private set; }

    /// <summary>What the citizen added in answer, each addition on its own line.</summary>
    public string? MoreInfo { get; private set; }

    public bool IsOpen => State is ComplaintState.Received or ComplaintState.InProgress;

    public const int MinText = 10;

    public const int MaxText = 4000;

    /// <summary>Working days to refuse, to ask for more information, and to resolve (QĐ 766 indicator 5.2).</summary>
    public const int RefuseWithin = 2;

    public const int AskMoreWithin = 5;

    public const int ResolveWithin = 15;

    /// <summary>Takes a complaint in, with its deadlines counted in working days from the day it arrived.</summary>
    public static Complaint File(
        string unitCode,
        string trackingCode,
        ComplaintKind kind,
        bool harassment,
        string text,
        ChannelKind channel,
        long chatId,
        long? personId,
        bool anonymous,
        int? dossierId,
        long? officerId,
        OfficeInstant now,
        IWorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentException.ThrowIfNullOrWhiteSpace(trackingCode);
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("complaint.kind_unknown");
        }

        var body = text?.Trim() ?? string.Empty;
        if (body.Length is < MinText or > MaxText)
        {
            throw new DomainException("complaint.text_length", MinText, MaxText);
        }

        var complaint = new Complaint(
            unitCode,
            trackingCode,
            harassment ? ComplaintKind.OfficerConduct : kind,
            harassment,
            body,
            channel,
            chatId,
            anonymous ? null : personId,
            anonymous,
            dossierId,
            officerId,
            now.Utc,
            now.Date);
        complaint.SetDeadlines(now.Date, calendar);
        return complaint;
    }

    private void SetDeadlines(DateOnly from, IWorkingCalendar calendar)
    {
        RefuseBy = calendar.AddWorkingDays(from, RefuseWithin);
        AskMoreBy = calendar.AddWorkingDays(from, AskMoreWithin);
        ResolveBy = calendar.AddWorkingDays(from, ResolveWithin);
        FirstResolveBy = ResolveBy;
    }

    /// <summary>The phone a named complainant leaves so that the office can call back.</summary>
    public void LeaveContact(string phone)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phone);
        if (Anonymous)
        {
            throw new DomainException("complaint.anonymous_contact");
        }

        ContactPhone = phone;
    }

    /// <summary>
    /// The office asks the citizen for more information: it takes the complaint up, and the first request meets the
    /// deadline to ask for more when made within it. A later request replaces the question.
    /// </summary>
    public void AskMore(string question, long leaderId, OfficeInstant now)
    {
        RequireOpen();
        var text = question?.Trim() ?? string.Empty;
        if (text.Length is 0 or > MaxText)
        {
            throw new DomainException("complaint.question_required");
        }

        MoreInfoAsked = text;
        MoreInfoAskedOn ??= now.Date;
        State = ComplaintState.InProgress;
        HandledById = leaderId;
        Version++;
    }

    /// <summary>The citizen's answer to the office's question, from the chat that filed the complaint.</summary>
    public void AddInfo(ChannelKind channel, long chatId, string text)
    {
        if (Channel != channel || ChatId != chatId)
        {
            throw new DomainException("complaint.not_yours");
        }

        RequireOpen();
        if (MoreInfoAskedOn is null)
        {
            throw new DomainException("complaint.nothing_asked", TrackingCode);
        }

        var body = text?.Trim() ?? string.Empty;
        var room = MaxText - (MoreInfo is null ? 0 : MoreInfo.Length + 1);
        if (body.Length == 0 || body.Length > room)
        {
            throw room < 1 ? new DomainException("complaint.info_full", TrackingCode) : new DomainException("complaint.text_length", 1, room);
        }

        var added = MoreInfo is null ? body : MoreInfo + "\n" + body;

        MoreInfo = added;
        Version++;
    }

    /// <summary>A leader takes it up: received → being handled.</summary>
    public void StartHandling(long leaderId)
    {
        if (State != ComplaintState.Received)
        {
            throw new DomainException("complaint.not_received", TrackingCode);
        }

        State = ComplaintState.InProgress;
        HandledById = leaderId;
        Version++;
    }

    /// <summary>The answer, which is sent to the citizen.</summary>
    public void AnswerWith(string answer, long leaderId, OfficeInstant now)
    {
        RequireOpen();
        var text = answer?.Trim() ?? string.Empty;
        if (text.Length is 0 or > MaxText)
        {
            throw new DomainException("complaint.answer_required");
        }

        Close(ComplaintState.Answered, text, leaderId, now);
    }

    /// <summary>Refuses to handle it, with the reason the citizen reads.</summary>
    public void Refuse(string reason, long leaderId, OfficeInstant now)
    {
        RequireOpen();
        var text = reason?.Trim() ?? string.Empty;
        if (text.Length is 0 or > MaxText)
        {
            throw new DomainException("complaint.reason_required");
        }

        Close(ComplaintState.Refused, text, leaderId, now);
    }

    /// <summary>
    /// Records whether a harassment complaint was found true, once it has been answered; a later check may correct it.
    /// </summary>
    public void RecordFinding(bool upheld, long leaderId)
    {
        if (!Harassment)
        {
            throw new DomainException("complaint.finding_not_harassment", TrackingCode);
        }

        if (State != ComplaintState.Answered)
        {
            throw new DomainException("complaint.finding_not_answered", TrackingCode);
        }

        Upheld = upheld;
        HandledById = leaderId;
        Version++;
    }

    /// <summary>
    /// The citizen is not satisfied with the answer: once only, and only an answered complaint.
    /// It is handled again, with a fresh resolution deadline.
    /// </summary>
    public void Reopen(ChannelKind channel, long chatId, OfficeInstant now, IWorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (Channel != channel || ChatId != chatId)
        {
            throw new DomainException("complaint.not_yours");
        }

        if (State != ComplaintState.Answered)
        {
            throw new DomainException("complaint.reopen_not_answered", TrackingCode);
        }

        if (ReopenCount >= 1)
        {
            throw new DomainException("complaint.reopen_once", TrackingCode);
        }

        ReopenCount++;
        ReopenedOn = now.Date;
        State = ComplaintState.InProgress;
        ResolveBy = calendar.AddWorkingDays(now.Date, ResolveWithin);
        Version++;
    }

    /// <summary>
    /// Where the complaint stands against each deadline that still matters on <paramref name="today"/>:
    /// refusing and asking for more only while nobody has taken it up, resolving while it is open.
    /// </summary>
    public IReadOnlyList<DeadlineCheck> CheckDeadlines(DateOnly today, IWorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var checks = new List<DeadlineCheck>();
        if (!IsOpen)
        {
            return checks;
        }

        if (State == ComplaintState.Received)
        {
            Add(ComplaintDeadline.Refuse, RefuseBy);
            Add(ComplaintDeadline.AskMore, AskMoreBy);
        }

        Add(ComplaintDeadline.Resolve, ResolveBy);
        return checks;

        void Add(ComplaintDeadline kind, DateOnly? due)
        {
            if (due is not { } date)
            {
                return;
            }

            if (today > date)
            {
                checks.Add(new DeadlineCheck(kind, date, DeadlineStatus.Passed));
            }
            else if (calendar.WorkingDaysBetween(today, date) <= 1)
            {
                // The working day before the deadline, or the deadline itself: time to remind.
                checks.Add(new DeadlineCheck(kind, date, DeadlineStatus.DueSoon));
            }
        }
    }

    private void RequireOpen()
    {
        if (!IsOpen)
        {
            throw new DomainException("complaint.closed", TrackingCode);
        }
    }

    private void Close(ComplaintState state, string text, long leaderId, OfficeInstant now)
    {
        State = state;
        Answer = text;
        HandledById = leaderId;
        AnsweredAtUtc = now.Utc;
        AnsweredOn = now.Date;
        FirstAnsweredOn ??= now.Date;
        Version++;
    }
}

public enum ComplaintDeadline
{
    Refuse = 1,
    AskMore = 2,
    Resolve = 3,
}

public enum DeadlineStatus
{
    DueSoon = 1,
    Passed = 2,
}

/// <summary>One deadline of a complaint that needs the leaders' attention.</summary>
public sealed record DeadlineCheck(ComplaintDeadline Deadline, DateOnly Date, DeadlineStatus Status);
