using OneStopBot.Domain;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.Procedures;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Domain.Dossiers;

public sealed class UndoTests
{
    /// <summary>Every public field but the version and the history, as the card and the indicators read them.</summary>
    private static Dictionary<string, object?> Fields(Dossier d) => typeof(Dossier).GetProperties()
        .Where(p => p.Name is not (nameof(Dossier.Version) or nameof(Dossier.Events) or nameof(Dossier.LastChange)))
        .ToDictionary(p => p.Name, p => p.GetValue(d));

    public static TheoryData<DossierAction> Changes => new()
    {
        DossierAction.SupplementReceived, DossierAction.Apologize, DossierAction.FeePaid, DossierAction.Complete, DossierAction.Stop,
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Undo_PutsEveryFieldBackAsItWas(DossierAction last)
    {
        var dossier = A.Dossier(A.At(2026, 11, 16, 9), ProcessingTime.WorkingDays(5));
        var day = 17;
        var at = A.At(2026, 11, day, 10);
        switch (last)
        {
            case DossierAction.SupplementReceived:
                dossier.Apply(new DossierCommand(DossierAction.RequestSupplement) { Reason = "thiếu ảnh" }, at, A.Officer, A.Calendar);
                day = 19;
                at = A.At(2026, 11, day, 10);
                break;
            case DossierAction.FeePaid:
                dossier.Apply(new DossierCommand(DossierAction.RequestFee) { Amount = 20_000, Reason = "theo biểu phí" }, at, A.Officer, A.Calendar);
                break;
        }

        var before = Fields(dossier);
        var version = dossier.Version;
        dossier.Apply(new DossierCommand(last) { Reason = "lý do", NewDate = new DateOnly(2026, 11, 30), Payment = PaymentMethod.Transfer }, at, A.Officer, A.Calendar);
        Fields(dossier).Should().NotBeEquivalentTo(before, "the change changed something");

        var undone = dossier.Undo(A.At(2026, 11, day, 10, 5), A.Officer);

        undone.Action.Should().Be(last);
        Fields(dossier).Should().BeEquivalentTo(before);
        dossier.Version.Should().Be(version + 2);
        dossier.Events[^1].Action.Should().Be(DossierAction.Undo);
    }

    [Fact]
    public void AnUndo_CannotItselfBeUndone_NorTheReception()
    {
        var dossier = A.Dossier(A.At(2026, 11, 16, 9), ProcessingTime.WorkingDays(5));
        var reception = () => dossier.Undo(A.At(2026, 11, 16, 9, 1), A.Officer);
        reception.Should().Throw<DomainException>().Which.Code.Should().Be("dossier.undo_nothing");

        dossier.Apply(new DossierCommand(DossierAction.Process), A.At(2026, 11, 16, 10), A.Officer, A.Calendar);
        dossier.Undo(A.At(2026, 11, 16, 10, 1), A.Officer);
        var again = () => dossier.Undo(A.At(2026, 11, 16, 10, 2), A.Officer);

        again.Should().Throw<DomainException>().Which.Code.Should().Be("dossier.undo_nothing");
        dossier.State.Should().Be(DossierState.Received);
    }
}
