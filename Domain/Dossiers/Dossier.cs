using OneStopBot.Domain.Calendar;
using OneStopBot.Domain.Procedures;
using OneStopBot.Domain.Text;

namespace OneStopBot.Domain.Dossiers;

/// <summary>Who did something: a person's id and the name shown on the tracking card.</summary>
public readonly record struct Actor(long PersonId, string Name);

/// <summary>What the officer captured at the counter.</summary>
public sealed record Reception(
    Procedure Procedure,
    string ApplicantName,
    string ApplicantPhone,
    DossierChannel Channel,
    bool DigitizedAtReception,
    PaymentMethod Payment,
    long FeeVnd);

/// <summary>An administrative-procedure dossier (hồ sơ TTHC) and its tracking card.</summary>
public sealed class Dossier
{
    private readonly List<DossierEvent> events = [];

    private Dossier()
    {
        Code = UnitCode = ProcedureName = ApplicantName = ApplicantNameKey = ApplicantPhone = FollowToken = string.Empty;
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string UnitCode { get; private set; }

    /// <summary>The <c>yymmdd-nnnn</c> tail officers type.</summary>
    public string CodeTail { get; private set; } = string.Empty;

    public DateOnly ReceptionDate { get; private set; }

    public int Sequence { get; private set; }

    public int ProcedureId { get; private set; }

    public string ProcedureName { get; private set; }

    public ProcessingUnit ProcessingUnit { get; private set; }

    public int ProcessingAmount { get; private set; }

    public OnlineLevel OnlineLevel { get; private set; }

    public string ApplicantName { get; private set; }

    public string ApplicantNameKey { get; private set; }

    public string ApplicantPhone { get; private set; }

    public DossierChannel Channel { get; private set; }

    public bool DigitizedAtReception { get; private set; }

    public long FeeVnd { get; private set; }

    public PaymentMethod Payment { get; private set; }

    /// <summary>The day the fee was paid (at reception, or when the payment was recorded); the cashless model day counts by it.</summary>
    public DateOnly? PaidOn { get; private set; }

    public bool ElectronicResult { get; private set; }

    /// <summary>Copied from the procedure at reception: the result is a paper document.</summary>
    public bool PaperResult { get; private set; }

    /// <summary>Copied from the procedure at reception: the portal takes its fee online (target T4's denominator).</summary>
    public bool FeePayableOnline { get; private set; }

    public DossierState State { get; private set; }

    public DateTime ReceivedAtUtc { get; private set; }

    public long ReceivedById { get; private set; }

    public long? ReturnedById { get; private set; }

    /// <summary>The due date computed at reception.</summary>
    public DateOnly OriginalDueDate { get; private set; }

    /// <summary>The legal due date: the original one moved by the working days the citizen took to supplement.</summary>
    public DateOnly DueDate { get; private set; }

    public int SupplementRequests { get; private set; }

    public DateTime? SupplementRequestedAtUtc { get; private set; }

    public DateOnly? SupplementRequestedOn { get; private set; }

    public DateTime? ApologizedAtUtc { get; private set; }

    /// <summary>The new appointment date promised in the apology letter (Mẫu 04).</summary>
    public DateOnly? ApologyNewDate { get; private set; }

    public string? ApologyReason { get; private set; }

    /// <summary>When processing ended for timeliness (result ready, or handed over, or stopped/refused/withdrawn).</summary>
    public DateTime? EndedAtUtc { get; private set; }

    /// <summary>The office-local date of <see cref="EndedAtUtc"/>; indicators compare it with <see cref="DueDate"/>.</summary>
    public DateOnly? EndedOn { get; private set; }

    public DateTime? ReturnedAtUtc { get; private set; }

    /// <summary>The reason of the last refusal, stop or supplement request.</summary>
    public string? LastReason { get; private set; }

    /// <summary>Counts as late whatever the dates: an apology (a new appointment past the legal due date).</summary>
    public bool ForcedLate { get; private set; }

    /// <summary>Secret of the citizen's follow link.</summary>
    public string FollowToken { get; private set; }

    /// <summary>Application-managed concurrency token: every change increments it.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<DossierEvent> Events => events;

    public ProcessingTime Processing => new(ProcessingUnit, ProcessingAmount);

    /// <summary>The date the citizen is told: the apology's new date when there is one.</summary>
    public DateOnly AppointmentDate => ApologyNewDate ?? DueDate;

    public static Dossier Receive(
        Reception reception,
        string unitCode,
        int sequence,
        OfficeInstant at,
        Actor officer,
        IWorkingCalendar calendar,
        string followToken)
    {
        ArgumentNullException.ThrowIfNull(reception);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentException.ThrowIfNullOrWhiteSpace(followToken);
        if (string.IsNullOrWhiteSpace(reception.ApplicantName))
        {
            throw new DomainException("dossier.name_required");
        }

        if (reception.FeeVnd < 0)
        {
            throw new DomainException("dossier.fee_negative");
        }

        var procedure = reception.Procedure;
        var due = DueDates.Compute(procedure.Processing, at.Local, calendar);
        var dossier = new Dossier
        {
            UnitCode = unitCode,
            Code = DossierCode.Format(unitCode, at.Date, sequence),
            ReceptionDate = at.Date,
            Sequence = sequence,
            ProcedureId = procedure.Id,
            ProcedureName = procedure.Name,
            ProcessingUnit = procedure.ProcessingUnit,
            ProcessingAmount = procedure.ProcessingAmount,
            OnlineLevel = procedure.Online,
            PaperResult = procedure.PaperResult,
            FeePayableOnline = procedure.OnlinePayment,
            ApplicantName = reception.ApplicantName.Trim(),
            ApplicantNameKey = SearchKey.Of(reception.ApplicantName),
            ApplicantPhone = reception.ApplicantPhone.Trim(),
            Channel = reception.Channel,
            DigitizedAtReception = reception.DigitizedAtReception,
            FeeVnd = reception.FeeVnd,
            Payment = reception.FeeVnd > 0 ? reception.Payment : PaymentMethod.None,
            PaidOn = reception.FeeVnd > 0 && reception.Payment != PaymentMethod.None ? at.Date : null,
            State = DossierState.Received,
            ReceivedAtUtc = at.Utc,
            ReceivedById = officer.PersonId,
            OriginalDueDate = due,
            DueDate = due,
            FollowToken = followToken,
            Version = 1,
        };
        dossier.CodeTail = DossierCode.Tail(dossier.Code)!;
        dossier.events.Add(new DossierEvent(at.Utc, officer, DossierAction.Accept, DossierState.Registered, DossierState.Received, null, due));
        return dossier;
    }

    /// <summary>Refuses, by a <see cref="DomainException"/>, an action the dossier's state does not allow; changes nothing.</summary>
    public void CheckAllowed(DossierAction action)
    {
        if (action == DossierAction.Refuse && DossierStates.Target(State, action) is null && DossierStates.Target(State, DossierAction.Stop) is not null)
        {
            // A receipt was issued: refusing now would give a code and a receipt to a dossier never accepted.
            throw new DomainException("dossier.refuse_after_reception", CodeTail);
        }

        _ = DossierStates.Target(State, action)
            ?? throw new DomainException("dossier.transition_refused", State, action);

        // The law allows one request for more papers (Nghị định 61/2018, art. 9).
        if (action == DossierAction.RequestSupplement && SupplementRequests >= 1)
        {
            throw new DomainException("dossier.supplement_once");
        }
    }

    /// <summary>Refuses, by a <see cref="DomainException"/>, a command its state or its details do not allow; changes
    /// nothing. Callers ask it before a confirmation so that nobody is asked to confirm what would be refused.</summary>
    public void Check(DossierCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        CheckAllowed(command.Action);
        switch (command.Action)
        {
            case DossierAction.RequestSupplement or DossierAction.Refuse or DossierAction.Stop:
                RequireReason(command);
                break;
            case DossierAction.RequestFee:
                CheckFee(command);
                break;
        }
    }

    /// <summary>The fee asked for is the one set at reception (the catalog's, or the province's as typed there); another
    /// amount, or any fee on a free procedure, needs a reason the timeline keeps.</summary>
    private void CheckFee(DossierCommand command)
    {
        if (command.Amount is not { } amount)
        {
            if (FeeVnd <= 0)
            {
                throw new DomainException("dossier.fee_amount_required");
            }

            return;
        }

        if (amount <= 0)
        {
            throw new DomainException("dossier.fee_negative");
        }

        if (amount != FeeVnd && string.IsNullOrWhiteSpace(command.Reason))
        {
            throw FeeVnd <= 0
                ? new DomainException("dossier.fee_free", amount)
                : new DomainException("dossier.fee_change_reason", FeeVnd, amount);
        }
    }

    /// <summary>Runs one officer action; throws <see cref="DomainException"/> when a rule refuses it, changing nothing.</summary>
    public void Apply(DossierCommand command, OfficeInstant at, Actor officer, IWorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(calendar);
        Check(command);
        var from = State;
        var target = DossierStates.Target(from, command.Action)!.Value;
        var before = DossierSnapshot.Of(this);
        switch (command.Action)
        {
            case DossierAction.RequestSupplement:
                SupplementRequests++;
                SupplementRequestedAtUtc = at.Utc;
                SupplementRequestedOn = at.Date;
                LastReason = command.Reason!.Trim();
                break;
            case DossierAction.SupplementReceived:
                // The citizen's time, from the request to the completed supplement, does not count against the deadline.
                var paused = calendar.WorkingDaysBetween(SupplementRequestedOn ?? at.Date, at.Date);
                if (paused > 0)
                {
                    DueDate = calendar.AddWorkingDays(DueDate, paused);
                }

                SupplementRequestedAtUtc = null;
                SupplementRequestedOn = null;
                break;
            case DossierAction.RequestFee:
                FeeVnd = command.Amount ?? FeeVnd;
                break;
            case DossierAction.FeePaid:
                Payment = command.Payment is PaymentMethod.None or null ? PaymentMethod.Cash : command.Payment.Value;
                PaidOn = at.Date;
                break;
            case DossierAction.Complete:
                ElectronicResult = command.ElectronicResult ?? ElectronicResult;
                break;
            case DossierAction.Return:
                ReturnedById = officer.PersonId;
                ReturnedAtUtc = at.Utc;
                break;
            case DossierAction.Refuse:
            case DossierAction.Stop:
                LastReason = command.Reason!.Trim();
                break;
            case DossierAction.Withdraw:
                LastReason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim();
                break;
            case DossierAction.Apologize:
                Apologize(command, at, calendar);
                break;
        }

        if (target.EndsProcessing() && EndedAtUtc is null)
        {
            EndedAtUtc = at.Utc;
            EndedOn = at.Date;
        }

        State = target;
        Version++;
        events.Add(new DossierEvent(at.Utc, officer, command.Action, from, target, NoteOf(command), DueDate)
        {
            Before = before.ToJson(),
            Amount = command.Action == DossierAction.RequestFee ? FeeVnd : null,
        });
    }

    /// <summary>How long an officer may take back their last change of a dossier.</summary>
    public static readonly TimeSpan UndoWindow = TimeSpan.FromMinutes(10);

    /// <summary>The change <see cref="Undo"/> would take back: the last one, if it is not a reception or an undo.</summary>
    public DossierEvent? LastChange =>
        events.Count > 0 && events[^1] is { Before: not null, Action: not (DossierAction.Accept or DossierAction.Undo) } last ? last : null;

    /// <summary>Takes back the officer's own last change within <see cref="UndoWindow"/>: every field returns to what it
    /// was, and the timeline keeps both the change and its undoing.</summary>
    /// <returns>The change taken back.</returns>
    public DossierEvent Undo(OfficeInstant at, Actor officer)
    {
        var last = LastChange ?? throw new DomainException("dossier.undo_nothing");
        if (last.ActorId != officer.PersonId)
        {
            throw new DomainException("dossier.undo_not_yours", last.ActorName);
        }

        if (at.Utc - last.AtUtc > UndoWindow)
        {
            throw new DomainException("dossier.undo_too_late", (int)UndoWindow.TotalMinutes);
        }

        var from = State;
        DossierSnapshot.FromJson(last.Before!).RestoreTo(this);
        Version++;
        events.Add(new DossierEvent(at.Utc, officer, DossierAction.Undo, from, State, null, DueDate));
        return last;
    }

    /// <summary>Every field an action may change, kept on its event so that the action can be undone.</summary>
    private sealed record DossierSnapshot(
        DossierState State,
        long FeeVnd,
        PaymentMethod Payment,
        DateOnly? PaidOn,
        bool ElectronicResult,
        long? ReturnedById,
        DateTime? ReturnedAtUtc,
        DateOnly DueDate,
        int SupplementRequests,
        DateTime? SupplementRequestedAtUtc,
        DateOnly? SupplementRequestedOn,
        DateTime? ApologizedAtUtc,
        DateOnly? ApologyNewDate,
        string? ApologyReason,
        DateTime? EndedAtUtc,
        DateOnly? EndedOn,
        string? LastReason,
        bool ForcedLate)
    {
        public static DossierSnapshot Of(Dossier d) => new(
            d.State, d.FeeVnd, d.Payment, d.PaidOn, d.ElectronicResult, d.ReturnedById, d.ReturnedAtUtc, d.DueDate, d.SupplementRequests,
            d.SupplementRequestedAtUtc, d.SupplementRequestedOn, d.ApologizedAtUtc, d.ApologyNewDate, d.ApologyReason,
            d.EndedAtUtc, d.EndedOn, d.LastReason, d.ForcedLate);

        public static DossierSnapshot FromJson(string json) =>
            System.Text.Json.JsonSerializer.Deserialize<DossierSnapshot>(json) ?? throw new InvalidOperationException("An empty dossier snapshot.");

        public string ToJson() => System.Text.Json.JsonSerializer.Serialize(this);

        public void RestoreTo(Dossier d)
        {
            d.State = State;
            d.FeeVnd = FeeVnd;
            d.Payment = Payment;
            d.PaidOn = PaidOn;
            d.ElectronicResult = ElectronicResult;
            d.ReturnedById = ReturnedById;
            d.ReturnedAtUtc = ReturnedAtUtc;
            d.DueDate = DueDate;
            d.SupplementRequests = SupplementRequests;
            d.SupplementRequestedAtUtc = SupplementRequestedAtUtc;
            d.SupplementRequestedOn = SupplementRequestedOn;
            d.ApologizedAtUtc = ApologizedAtUtc;
            d.ApologyNewDate = ApologyNewDate;
            d.ApologyReason = ApologyReason;
            d.EndedAtUtc = EndedAtUtc;
            d.EndedOn = EndedOn;
            d.LastReason = LastReason;
            d.ForcedLate = ForcedLate;
        }
    }

    private void Apologize(DossierCommand command, OfficeInstant at, IWorkingCalendar calendar)
    {
        RequireReason(command);
        if (ApologyNewDate is not null)
        {
            throw new DomainException("dossier.apology_once");
        }

        var newDate = command.NewDate ?? throw new DomainException("dossier.apology_date_required");
        if (newDate <= DueDate)
        {
            throw new DomainException("dossier.apology_date_after_due", DueDate);
        }

        if (!calendar.IsWorkingDay(newDate))
        {
            throw new DomainException("dossier.apology_date_not_working", newDate);
        }

        // The letter must go out no later than the working day before the due date: at least one
        // working day must remain between today (counted) and the due date (not counted).
        if (calendar.WorkingDaysBetween(at.Date.AddDays(-1), DueDate.AddDays(-1)) < 1)
        {
            throw new DomainException("dossier.apology_too_late", DueDate);
        }

        ApologyNewDate = newDate;
        ApologyReason = command.Reason!.Trim();
        ApologizedAtUtc = at.Utc;
        ForcedLate = true;
    }

    private static void RequireReason(DossierCommand command)
    {
        if (string.IsNullOrWhiteSpace(command.Reason))
        {
            throw new DomainException("dossier.reason_required", command.Action);
        }
    }

    private static string? NoteOf(DossierCommand command) => command.Action switch
    {
        DossierAction.Apologize => $"{command.NewDate:yyyy-MM-dd} {command.Reason}".Trim(),
        DossierAction.FeePaid => command.Payment?.ToString(),
        _ => string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim(),
    };

    /// <summary>The due date counting the citizen's supplement time so far as paused; a request made after the due date
    /// pauses nothing (the dossier was already late).</summary>
    public DateOnly EffectiveDueDate(DateOnly today, IWorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (State == DossierState.AwaitingSupplement && SupplementRequestedOn is { } since && since <= DueDate)
        {
            var paused = calendar.WorkingDaysBetween(since, today);
            return paused > 0 ? calendar.AddWorkingDays(DueDate, paused) : DueDate;
        }

        return DueDate;
    }

    /// <summary>Timeliness by the end-of-processing rule: end ≤ due is on time; extra supplements and apologies are late.</summary>
    public Timeliness Assess(DateOnly today, IWorkingCalendar calendar)
    {
        if (EndedOn is { } ended)
        {
            return ForcedLate || ended > DueDate ? Timeliness.Late
                : ended < DueDate ? Timeliness.Early
                : Timeliness.OnTime;
        }

        return today > EffectiveDueDate(today, calendar) ? Timeliness.Overdue
            : ForcedLate ? Timeliness.Late
            : Timeliness.InProgress;
    }
}

/// <summary>One officer action with its details, as parsed from a message or a button.</summary>
public sealed record DossierCommand(DossierAction Action)
{
    public string? Reason { get; init; }

    public DateOnly? NewDate { get; init; }

    public long? Amount { get; init; }

    public PaymentMethod? Payment { get; init; }

    public bool? ElectronicResult { get; init; }
}

/// <summary>One line of the tracking card (Mẫu 06): a hand-over with its time, officer and the due date then.</summary>
public sealed class DossierEvent
{
    private DossierEvent()
    {
        ActorName = string.Empty;
    }

    internal DossierEvent(DateTime atUtc, Actor actor, DossierAction action, DossierState from, DossierState to, string? note, DateOnly dueDate)
    {
        AtUtc = atUtc;
        ActorId = actor.PersonId;
        ActorName = actor.Name;
        Action = action;
        FromState = from;
        ToState = to;
        Note = note;
        DueDate = dueDate;
    }

    public long Id { get; private set; }

    public int DossierId { get; private set; }

    public DateTime AtUtc { get; private set; }

    public long ActorId { get; private set; }

    public string ActorName { get; private set; }

    public DossierAction Action { get; private set; }

    public DossierState FromState { get; private set; }

    public DossierState ToState { get; private set; }

    public string? Note { get; private set; }

    public DateOnly DueDate { get; private set; }

    /// <summary>The fee asked for by a fee request, in đồng; its reason, when it differs from the reception's, is the note.</summary>
    public long? Amount { get; internal set; }

    /// <summary>The dossier's fields before this change, as JSON, so that it can be undone; null for a reception or an undo.</summary>
    public string? Before { get; internal set; }
}
