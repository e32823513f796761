using OneStopBot.Domain;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Domain.Dossiers;

public sealed class TransitionTests
{
    /// <summary>The allowed moves, written out here independently of the production table.</summary>
    private static readonly HashSet<string> Allowed =
    [
        "Registered+Accept=Received", "Registered+Refuse=Refused", "Registered+Withdraw=Withdrawn",
        "Received+Process=Processing", "Received+RequestSupplement=AwaitingSupplement", "Received+RequestFee=AwaitingFee",
        "Received+Complete=Done", "Received+Withdraw=Withdrawn", "Received+Stop=Stopped", "Received+Apologize=Received",
        "Processing+RequestSupplement=AwaitingSupplement", "Processing+RequestFee=AwaitingFee", "Processing+Complete=Done",
        "Processing+Withdraw=Withdrawn", "Processing+Stop=Stopped", "Processing+Apologize=Processing",
        "AwaitingSupplement+SupplementReceived=Processing", "AwaitingSupplement+Withdraw=Withdrawn", "AwaitingSupplement+Stop=Stopped",
        "AwaitingSupplement+Apologize=AwaitingSupplement",
        "AwaitingFee+FeePaid=Processing", "AwaitingFee+RequestFee=AwaitingFee", "AwaitingFee+Withdraw=Withdrawn", "AwaitingFee+Stop=Stopped", "AwaitingFee+Apologize=AwaitingFee",
        "Done+Return=Returned",
    ];

    public static TheoryData<DossierState, DossierAction> EveryPair()
    {
        var data = new TheoryData<DossierState, DossierAction>();
        foreach (var state in Enum.GetValues<DossierState>())
        {
            foreach (var action in Enum.GetValues<DossierAction>())
            {
                data.Add(state, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void TheTransitionTable_AllowsExactlyTheListedMoves(DossierState state, DossierAction action)
    {
        var target = DossierStates.Target(state, action);

        var expected = Allowed.FirstOrDefault(a => a.StartsWith($"{state}+{action}=", StringComparison.Ordinal));
        if (expected is null)
        {
            target.Should().BeNull();
        }
        else
        {
            target.Should().Be(Enum.Parse<DossierState>(expected.Split('=')[1]));
        }
    }

    [Fact]
    public void TerminalStates_AllowNothing()
    {
        foreach (var state in new[] { DossierState.Refused, DossierState.Withdrawn, DossierState.Stopped, DossierState.Returned })
        {
            DossierStates.Allowed(state).Should().BeEmpty();
            state.IsTerminal().Should().BeTrue();
        }
    }

    public static TheoryData<string, DossierAction> ReachableRefusals()
    {
        var data = new TheoryData<string, DossierAction>();
        foreach (var (path, state) in Paths)
        {
            foreach (var action in Enum.GetValues<DossierAction>().Where(a => DossierStates.Target(state, a) is null))
            {
                if (action == DossierAction.Refuse && OpenAfterReception.Contains(state))
                {
                    // Answered with the way out instead: RefusingAReceivedDossier_PointsToAStop_AndChangesNothing.
                    continue;
                }

                data.Add(path, action);
            }
        }

        return data;
    }

    public static TheoryData<string, DossierAction> ReachableMoves()
    {
        var data = new TheoryData<string, DossierAction>();
        foreach (var (path, state) in Paths)
        {
            foreach (var action in DossierStates.Allowed(state))
            {
                data.Add(path, action);
            }
        }

        return data;
    }

    /// <summary>Ways to reach each state a received dossier can be in, as actions from reception.</summary>
    private static readonly (string Path, DossierState State)[] Paths =
    [
        ("", DossierState.Received),
        ("Process", DossierState.Processing),
        ("Process RequestSupplement", DossierState.AwaitingSupplement),
        ("Process RequestFee", DossierState.AwaitingFee),
        ("Process Complete", DossierState.Done),
        ("Process Complete Return", DossierState.Returned),
        ("Withdraw", DossierState.Withdrawn),
        ("Stop", DossierState.Stopped),
    ];

    [Theory]
    [MemberData(nameof(ReachableMoves))]
    public void AnAllowedAction_MovesTheDossierAndWritesTheTrackingCard(string path, DossierAction action)
    {
        var dossier = Walk(path);
        var before = dossier.State;
        var version = dossier.Version;
        var events = dossier.Events.Count;

        dossier.Apply(Command(action), A.At(2026, 11, 24, 10), A.Officer, A.Calendar);

        dossier.State.Should().Be(DossierStates.Target(before, action));
        dossier.Version.Should().Be(version + 1);
        dossier.Events.Should().HaveCount(events + 1);
        var card = dossier.Events[^1];
        card.Action.Should().Be(action);
        card.FromState.Should().Be(before);
        card.ToState.Should().Be(dossier.State);
        card.ActorName.Should().Be(A.Officer.Name);
        card.AtUtc.Should().Be(A.At(2026, 11, 24, 10).Utc);
    }

    [Theory]
    [MemberData(nameof(ReachableRefusals))]
    public void ARefusedAction_SaysTheStateAndChangesNothing(string path, DossierAction action)
    {
        var dossier = Walk(path);
        var state = dossier.State;
        var version = dossier.Version;
        var events = dossier.Events.Count;

        var act = () => dossier.Apply(Command(action), A.At(2026, 11, 24, 10), A.Officer, A.Calendar);

        act.Should().Throw<DomainException>()
            .Where(e => e.Code == "dossier.transition_refused" && Equals(e.Args[0], state) && Equals(e.Args[1], action));
        dossier.State.Should().Be(state);
        dossier.Version.Should().Be(version);
        dossier.Events.Should().HaveCount(events);
    }

    /// <summary>Where a received dossier can still be stopped, written out here independently of the production table.</summary>
    private static readonly DossierState[] OpenAfterReception =
        [DossierState.Received, DossierState.Processing, DossierState.AwaitingSupplement, DossierState.AwaitingFee];

    [Theory]
    [InlineData("")]
    [InlineData("Process")]
    [InlineData("Process RequestSupplement")]
    [InlineData("Process RequestFee")]
    public void RefusingAReceivedDossier_PointsToAStop_AndChangesNothing(string path)
    {
        var dossier = Walk(path);
        var state = dossier.State;
        var version = dossier.Version;
        var events = dossier.Events.Count;

        var act = () => dossier.Apply(Command(DossierAction.Refuse), A.At(2026, 11, 24, 10), A.Officer, A.Calendar);

        act.Should().Throw<DomainException>()
            .Where(e => e.Code == "dossier.refuse_after_reception" && Equals(e.Args[0], dossier.CodeTail));
        dossier.State.Should().Be(state);
        dossier.Version.Should().Be(version);
        dossier.Events.Should().HaveCount(events);
        DossierStates.Target(state, DossierAction.Stop).Should().Be(DossierState.Stopped, "the way out the officer is told of must be open");
    }

    [Fact]
    public void Reception_StartsTheTrackingCardWithTheReceivingOfficer()
    {
        var dossier = A.Dossier(A.At(2026, 11, 23, 8, 15));

        dossier.State.Should().Be(DossierState.Received);
        dossier.Code.Should().Be("H15.50.05.13-261123-0001");
        dossier.CodeTail.Should().Be("261123-0001");
        dossier.Events.Should().ContainSingle().Which.ActorName.Should().Be("Nguyễn Thị Lan");
    }

    private static Dossier Walk(string path)
    {
        var dossier = A.Dossier(A.At(2026, 11, 23, 8));
        var at = A.At(2026, 11, 23, 9);
        foreach (var step in path.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            dossier.Apply(Command(Enum.Parse<DossierAction>(step)), at, A.Officer, A.Calendar);
        }

        return dossier;
    }

    /// <summary>A command with the details every action may require.</summary>
    private static DossierCommand Command(DossierAction action) => new(action)
    {
        Reason = "lý do",
        Amount = 50_000,
        NewDate = new DateOnly(2026, 12, 4),
        Payment = PaymentMethod.Cash,
    };
}
