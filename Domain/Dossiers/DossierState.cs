namespace OneStopBot.Domain.Dossiers;

/// <summary>Dossier states with the codes of the national synchronisation code list.</summary>
public enum DossierState
{
    Registered = 1,
    Received = 2,
    Refused = 3,
    Processing = 4,
    AwaitingSupplement = 5,
    AwaitingFee = 6,
    Withdrawn = 7,
    Stopped = 8,
    Done = 9,
    Returned = 10,
}

/// <summary>What an officer does to a dossier.</summary>
public enum DossierAction
{
    Accept = 1,
    Process,
    RequestSupplement,
    SupplementReceived,
    RequestFee,
    FeePaid,
    Complete,
    Return,
    Refuse,
    Withdraw,
    Stop,
    Apologize,
    /// <summary>Takes back the officer's own last change (not a move of the workflow: no state allows it as one).</summary>
    Undo,
}

/// <summary>How the dossier reached the office (KenhThucHien).</summary>
public enum DossierChannel
{
    Counter = 1,
    Online = 2,
    Postal = 3,
}

public enum PaymentMethod
{
    None = 0,
    Cash = 1,
    /// <summary>Bank transfer or QR at the counter: not cash, not through the portal.</summary>
    Transfer = 2,
    /// <summary>Paid online through the public-service portal.</summary>
    Online = 3,
}

public enum Timeliness
{
    /// <summary>Unfinished and not yet past its due date.</summary>
    InProgress = 0,
    Early = 1,
    OnTime = 2,
    Late = 3,
    /// <summary>Unfinished and past its due date.</summary>
    Overdue = 4,
}

public static class DossierStates
{
    public static bool IsTerminal(this DossierState state) =>
        state is DossierState.Refused or DossierState.Withdrawn or DossierState.Stopped or DossierState.Returned;

    /// <summary>States that end processing for timeliness: result ready, handed over, or stopped/refused/withdrawn.</summary>
    public static bool EndsProcessing(this DossierState state) =>
        state is DossierState.Done or DossierState.Returned or DossierState.Refused or DossierState.Withdrawn or DossierState.Stopped;

    // Refusal (state 3, Mẫu 03) happens at reception, before any receipt: an online dossier may be refused while it
    // waits to be received, a counter one is refused in the reception form and never becomes a dossier. Once a
    // receipt (Mẫu 01) is issued the way out is a stop (Mẫu 05).
    private static readonly Dictionary<(DossierState, DossierAction), DossierState> Moves = new()
    {
        [(DossierState.Registered, DossierAction.Accept)] = DossierState.Received,
        [(DossierState.Registered, DossierAction.Refuse)] = DossierState.Refused,
        [(DossierState.Registered, DossierAction.Withdraw)] = DossierState.Withdrawn,

        [(DossierState.Received, DossierAction.Process)] = DossierState.Processing,
        [(DossierState.Received, DossierAction.RequestSupplement)] = DossierState.AwaitingSupplement,
        [(DossierState.Received, DossierAction.RequestFee)] = DossierState.AwaitingFee,
        [(DossierState.Received, DossierAction.Complete)] = DossierState.Done,
        [(DossierState.Received, DossierAction.Withdraw)] = DossierState.Withdrawn,
        [(DossierState.Received, DossierAction.Stop)] = DossierState.Stopped,

        [(DossierState.Processing, DossierAction.RequestSupplement)] = DossierState.AwaitingSupplement,
        [(DossierState.Processing, DossierAction.RequestFee)] = DossierState.AwaitingFee,
        [(DossierState.Processing, DossierAction.Complete)] = DossierState.Done,
        [(DossierState.Processing, DossierAction.Withdraw)] = DossierState.Withdrawn,
        [(DossierState.Processing, DossierAction.Stop)] = DossierState.Stopped,

        [(DossierState.AwaitingSupplement, DossierAction.SupplementReceived)] = DossierState.Processing,
        [(DossierState.AwaitingSupplement, DossierAction.Withdraw)] = DossierState.Withdrawn,
        [(DossierState.AwaitingSupplement, DossierAction.Stop)] = DossierState.Stopped,

        [(DossierState.AwaitingFee, DossierAction.FeePaid)] = DossierState.Processing,
        // A mistaken request is corrected before payment by asking again.
        [(DossierState.AwaitingFee, DossierAction.RequestFee)] = DossierState.AwaitingFee,
        [(DossierState.AwaitingFee, DossierAction.Withdraw)] = DossierState.Withdrawn,
        [(DossierState.AwaitingFee, DossierAction.Stop)] = DossierState.Stopped,

        [(DossierState.Done, DossierAction.Return)] = DossierState.Returned,
    };

    private static readonly DossierState[] ApologyStates =
        [DossierState.Received, DossierState.Processing, DossierState.AwaitingSupplement, DossierState.AwaitingFee];

    /// <summary>The state an action leads to from <paramref name="state"/>; null when the action is not allowed there.
    /// An apology keeps the state.</summary>
    public static DossierState? Target(DossierState state, DossierAction action) =>
        action == DossierAction.Apologize
            ? (ApologyStates.Contains(state) ? state : null)
            : Moves.TryGetValue((state, action), out var to) ? to : null;

    /// <summary>The actions allowed in a state, in the order an officer usually needs them.</summary>
    public static IReadOnlyList<DossierAction> Allowed(DossierState state) =>
        Enum.GetValues<DossierAction>().Where(a => Target(state, a) is not null).ToList();
}
