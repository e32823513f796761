using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.Procedures;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Domain.Dossiers;

public sealed class TimelinessTests
{
    // Received Monday 16/11/2026 with 3 working days: due Thursday 19/11.
    private static Dossier Received() => A.Dossier(A.At(2026, 11, 16, 9), ProcessingTime.WorkingDays(3));

    [Theory]
    [InlineData(18, Timeliness.Early)]
    [InlineData(19, Timeliness.OnTime)]
    [InlineData(20, Timeliness.Late)]
    public void TheResultReadyDate_DecidesTimeliness(int day, Timeliness expected)
    {
        var dossier = Received();

        dossier.Apply(new DossierCommand(DossierAction.Complete), A.At(2026, 11, day, 16, 59), A.Officer, A.Calendar);

        dossier.Assess(new DateOnly(2026, 11, 30), A.Calendar).Should().Be(expected);
    }

    [Fact]
    public void HandingOverLater_DoesNotChangeTheEnd_WhichIsTheFirstResultReadyMoment()
    {
        var dossier = Received();
        dossier.Apply(new DossierCommand(DossierAction.Complete), A.At(2026, 11, 19, 10), A.Officer, A.Calendar);

        dossier.Apply(new DossierCommand(DossierAction.Return), A.At(2026, 11, 25, 10), A.Officer, A.Calendar);

        dossier.EndedOn.Should().Be(new DateOnly(2026, 11, 19));
        dossier.Assess(new DateOnly(2026, 11, 25), A.Calendar).Should().Be(Timeliness.OnTime);
    }

    [Fact]
    public void AStop_EndsProcessing()
    {
        var dossier = Received();

        dossier.Apply(new DossierCommand(DossierAction.Stop) { Reason = "Không thuộc thẩm quyền" }, A.At(2026, 11, 16, 10), A.Officer, A.Calendar);

        dossier.EndedOn.Should().Be(new DateOnly(2026, 11, 16));
        dossier.Assess(new DateOnly(2026, 11, 30), A.Calendar).Should().Be(Timeliness.Early);
    }

    [Theory]
    [InlineData(19, Timeliness.InProgress)]
    [InlineData(20, Timeliness.Overdue)]
    public void AnUnfinishedDossier_IsOverdueOnlyAfterItsDueDate(int today, Timeliness expected)
    {
        var dossier = Received();
        dossier.Apply(new DossierCommand(DossierAction.Process), A.At(2026, 11, 16, 10), A.Officer, A.Calendar);

        dossier.Assess(new DateOnly(2026, 11, today), A.Calendar).Should().Be(expected);
    }
}
