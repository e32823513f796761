using OneStopBot.Domain;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Domain.Dossiers;

public sealed class SupplementAndApologyTests
{
    private static readonly DossierCommand Supplement = new(DossierAction.RequestSupplement) { Reason = "Thiếu bản sao CCCD" };

    [Fact]
    public void TheCitizensSupplementTime_DoesNotCountAgainstTheDeadline()
    {
        // Received Monday 16/11/2026 with 5 working days: due Monday 23/11.
        var dossier = A.Dossier(A.At(2026, 11, 16, 9), ProcessingTime5());
        dossier.DueDate.Should().Be(new DateOnly(2026, 11, 23));

        dossier.Apply(Supplement, A.At(2026, 11, 17, 10), A.Officer, A.Calendar);
        dossier.Apply(new DossierCommand(DossierAction.SupplementReceived), A.At(2026, 11, 20, 14), A.Officer, A.Calendar);

        // Tuesday 17 → Friday 20 is three working days of the citizen's: due moves from Monday 23 to Thursday 26.
        dossier.DueDate.Should().Be(new DateOnly(2026, 11, 26));
        dossier.OriginalDueDate.Should().Be(new DateOnly(2026, 11, 23));
    }

    [Fact]
    public void WhileWaitingForTheCitizen_TheDossierIsNotOverdue()
    {
        var dossier = A.Dossier(A.At(2026, 11, 16, 9), ProcessingTime5());
        dossier.Apply(Supplement, A.At(2026, 11, 17, 10), A.Officer, A.Calendar);

        dossier.Assess(new DateOnly(2026, 11, 25), A.Calendar).Should().Be(Timeliness.InProgress);
        dossier.EffectiveDueDate(new DateOnly(2026, 11, 25), A.Calendar).Should().Be(new DateOnly(2026, 12, 1));
    }

    [Fact]
    public void ASecondSupplementRequest_IsRefused_AndChangesNothing()
    {
        var dossier = A.Dossier(A.At(2026, 11, 16, 9), ProcessingTime5());
        dossier.Apply(Supplement, A.At(2026, 11, 16, 10), A.Officer, A.Calendar);
        dossier.Apply(new DossierCommand(DossierAction.SupplementReceived), A.At(2026, 11, 16, 15), A.Officer, A.Calendar);
        var version = dossier.Version;

        var second = () => dossier.Apply(Supplement, A.At(2026, 11, 17, 9), A.Officer, A.Calendar);

        second.Should().Throw<DomainException>().Which.Code.Should().Be("dossier.supplement_once");
        dossier.SupplementRequests.Should().Be(1);
        dossier.State.Should().Be(DossierState.Processing);
        dossier.Version.Should().Be(version);
    }

    [Theory]
    [InlineData(DossierAction.RequestSupplement)]
    [InlineData(DossierAction.Stop)]
    [InlineData(DossierAction.Apologize)]
    public void ActionsThatNeedAReason_AreRefusedWithoutOne(DossierAction action)
    {
        var dossier = A.Dossier(A.At(2026, 11, 16, 9), ProcessingTime5());
        var act = () => dossier.Apply(new DossierCommand(action) { NewDate = new DateOnly(2026, 12, 1) }, A.At(2026, 11, 16, 10), A.Officer, A.Calendar);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("dossier.reason_required");
        dossier.Version.Should().Be(1);
    }

    [Fact]
    public void AnApology_SetsTheNewDateOnce_AndCountsAsLate()
    {
        var dossier = A.Dossier(A.At(2026, 11, 16, 9), ProcessingTime5());
        var apology = new DossierCommand(DossierAction.Apologize) { NewDate = new DateOnly(2026, 11, 27), Reason = "Chờ xác minh" };

        dossier.Apply(apology, A.At(2026, 11, 20, 9), A.Officer, A.Calendar);

        dossier.ApologyNewDate.Should().Be(new DateOnly(2026, 11, 27));
        dossier.AppointmentDate.Should().Be(new DateOnly(2026, 11, 27));
        dossier.DueDate.Should().Be(new DateOnly(2026, 11, 23), "the legal due date stays");
        var again = () => dossier.Apply(apology with { NewDate = new DateOnly(2026, 11, 30) }, A.At(2026, 11, 20, 10), A.Officer, A.Calendar);
        again.Should().Throw<DomainException>().Which.Code.Should().Be("dossier.apology_once");

        dossier.Apply(new DossierCommand(DossierAction.Complete), A.At(2026, 11, 23, 9), A.Officer, A.Calendar);
        dossier.Assess(new DateOnly(2026, 11, 23), A.Calendar).Should().Be(Timeliness.Late, "an apology counts as late even when the due date is met");
    }

    [Fact]
    public void AnApology_OnTheLastWorkingDayBeforeTheDueDate_IsAccepted()
    {
        // Due Monday 23/11; Friday 20/11 is one working day before it.
        var dossier = A.Dossier(A.At(2026, 11, 16, 9), ProcessingTime5());

        dossier.Apply(new DossierCommand(DossierAction.Apologize) { NewDate = new DateOnly(2026, 11, 25), Reason = "Chờ xác minh" }, A.At(2026, 11, 20, 16, 45), A.Officer, A.Calendar);

        dossier.ApologyNewDate.Should().Be(new DateOnly(2026, 11, 25));
    }

    [Theory]
    [InlineData(21)]
    [InlineData(23)]
    [InlineData(24)]
    public void AnApology_LaterThanOneWorkingDayBeforeTheDueDate_IsRefused(int day)
    {
        var dossier = A.Dossier(A.At(2026, 11, 16, 9), ProcessingTime5());

        var act = () => dossier.Apply(new DossierCommand(DossierAction.Apologize) { NewDate = new DateOnly(2026, 11, 27), Reason = "Chờ xác minh" }, A.At(2026, 11, day, 8), A.Officer, A.Calendar);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("dossier.apology_too_late");
        dossier.ApologyNewDate.Should().BeNull();
    }

    [Theory]
    [InlineData(2026, 11, 23, "dossier.apology_date_after_due")]
    [InlineData(2026, 11, 20, "dossier.apology_date_after_due")]
    [InlineData(2026, 11, 28, "dossier.apology_date_not_working")]
    public void TheApologysNewDate_MustBeAWorkingDayAfterTheDueDate(int year, int month, int day, string code)
    {
        var dossier = A.Dossier(A.At(2026, 11, 16, 9), ProcessingTime5());

        var act = () => dossier.Apply(new DossierCommand(DossierAction.Apologize) { NewDate = new DateOnly(year, month, day), Reason = "Chờ xác minh" }, A.At(2026, 11, 18, 8), A.Officer, A.Calendar);

        act.Should().Throw<DomainException>().Which.Code.Should().Be(code);
    }

    [Fact]
    public void AFeeRequest_WithoutAKnownFee_NeedsTheAmountAndAReason()
    {
        var dossier = A.Dossier(A.At(2026, 11, 16, 9), ProcessingTime5());

        var act = () => dossier.Apply(new DossierCommand(DossierAction.RequestFee), A.At(2026, 11, 16, 10), A.Officer, A.Calendar);
        act.Should().Throw<DomainException>().Which.Code.Should().Be("dossier.fee_amount_required");

        var noReason = () => dossier.Apply(new DossierCommand(DossierAction.RequestFee) { Amount = 30_000 }, A.At(2026, 11, 16, 10), A.Officer, A.Calendar);
        noReason.Should().Throw<DomainException>().Which.Code.Should().Be("dossier.fee_free", "a free dossier gets a fee only with a reason");

        dossier.Apply(new DossierCommand(DossierAction.RequestFee) { Amount = 30_000, Reason = "lệ phí theo Nghị quyết HĐND tỉnh" }, A.At(2026, 11, 16, 10), A.Officer, A.Calendar);
        dossier.Events[^1].Amount.Should().Be(30_000);
        dossier.Apply(new DossierCommand(DossierAction.FeePaid) { Payment = PaymentMethod.Online }, A.At(2026, 11, 16, 11), A.Officer, A.Calendar);
        dossier.FeeVnd.Should().Be(30_000);
        dossier.Payment.Should().Be(PaymentMethod.Online);
        dossier.State.Should().Be(DossierState.Processing);
    }

    private static OneStopBot.Domain.Procedures.ProcessingTime ProcessingTime5() => OneStopBot.Domain.Procedures.ProcessingTime.WorkingDays(5);
}
