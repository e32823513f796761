using OneStopBot.Domain;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.Procedures;
using OneStopBot.Persistence.Indicators;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Persistence;

/// <summary>
/// 2.1 worked out by hand, on a three-working-day procedure, for November 2026 (no holiday in it):
/// who is in the population (received or processed in the period) and how each is judged (at the end of the period).
/// </summary>
public sealed class OnTimeRateTests : IAsyncLifetime
{
    private static readonly Period November = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));

    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync(seedProcedures: false);

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task ADossierWaitingForASupplement_IsNotYetDue_OnlyWhenTheRequestCameBeforeItsDueDate()
    {
        var seed = await SeedAsync();
        // Received Monday 02/11, due Thursday 05/11: asked on Tuesday 03/11 (in time), the other on Monday 09/11 (already late).
        var askedInTime = seed.Receive(A.At(2026, 11, 2));
        Seed.Do(askedInTime, DossierAction.RequestSupplement, A.At(2026, 11, 3));
        var askedLate = seed.Receive(A.At(2026, 11, 2));
        Seed.Do(askedLate, DossierAction.RequestSupplement, A.At(2026, 11, 9));
        await seed.SaveAsync();
        var today = new DateOnly(2026, 11, 27);

        await using var db = database.NewContext();
        var counts = (await IndicatorQueries.DossiersAsync(db, A.Calendar, November, today, Slice.All, default))[0];

        counts.OnTimePopulation.Should().Be(2);
        counts.OnTimeOrNotDue.Should().Be(1, "only the dossier asked for more papers before its due date waits on the citizen's time");
        counts.Overdue.Should().Be(1, "the other was already past its due date when the supplement was asked for");
        askedInTime.Assess(today, A.Calendar).Should().Be(Timeliness.InProgress, "the dossier's own assessment agrees with the count");
        askedLate.Assess(today, A.Calendar).Should().Be(Timeliness.Overdue, "the dossier's own assessment agrees with the count");
    }

    [Fact]
    public async Task ThePopulation_IsEveryDossierReceivedOrProcessedInThePeriod()
    {
        var seed = await SeedAsync();
        // Received Friday 30/10, due Wednesday 04/11: one finished on 04/11 (on time), one on 10/11 (late).
        Seed.Do(seed.Receive(A.At(2026, 10, 30)), DossierAction.Complete, A.At(2026, 11, 4));
        Seed.Do(seed.Receive(A.At(2026, 10, 30)), DossierAction.Complete, A.At(2026, 11, 10));
        // Finished before November: not in its population.
        Seed.Do(seed.Receive(A.At(2026, 10, 19)), DossierAction.Complete, A.At(2026, 10, 21));
        // Received in October and still being processed in November (due 04/11): overdue.
        seed.Receive(A.At(2026, 10, 30));
        // Received and finished in November, on time.
        Seed.Do(seed.Receive(A.At(2026, 11, 2)), DossierAction.Complete, A.At(2026, 11, 3));
        await seed.SaveAsync();

        await using var db = database.NewContext();
        var counts = (await IndicatorQueries.DossiersAsync(db, A.Calendar, November, new DateOnly(2026, 11, 27), Slice.All, default))[0];

        counts.OnTimePopulation.Should().Be(4, "two finished in November, one carried over unfinished, one received and finished in November");
        counts.OnTimeOrNotDue.Should().Be(2);
        counts.Overdue.Should().Be(1);
        counts.Received.Should().Be(1, "the other indicators keep counting what was received in the period");
    }

    [Fact]
    public async Task AReportOnAPastPeriod_JudgesUnfinishedDossiersAtItsEnd_WhateverTheDayItIsRun()
    {
        var seed = await SeedAsync();
        // Received Wednesday 25/11, due Monday 30/11: one finished late on Thursday 03/12, one still unfinished.
        Seed.Do(seed.Receive(A.At(2026, 11, 25)), DossierAction.Complete, A.At(2026, 12, 3));
        seed.Receive(A.At(2026, 11, 25));
        await seed.SaveAsync();

        await using var db = database.NewContext();
        var onLastDay = (await IndicatorQueries.DossiersAsync(db, A.Calendar, November, new DateOnly(2026, 11, 30), Slice.All, default))[0];
        var inDecember = (await IndicatorQueries.DossiersAsync(db, A.Calendar, November, new DateOnly(2026, 12, 15), Slice.All, default))[0];

        onLastDay.OnTimeOrNotDue.Should().Be(2, "on 30/11 neither was past its due date");
        inDecember.Should().BeEquivalentTo(onLastDay, "November's figures do not change with the day they are read");
    }

    private async Task<Seed> SeedAsync()
    {
        var db = database.NewContext();
        var procedure = new Procedure(new ProcedureInfo("1.000003", "Chứng thực bản sao", ProcessingTime.WorkingDays(3), 0, null, OnlineLevel.None, null));
        db.Procedures.Add(procedure);
        await db.SaveChangesAsync();
        return new Seed(db, procedure);
    }

    private sealed class Seed(OneStopBot.Persistence.OneStopDbContext db, Procedure procedure)
    {
        private int sequence;

        public Dossier Receive(OfficeInstant at)
        {
            var dossier = Dossier.Receive(
                new Reception(procedure, "Trần Văn Bình", "0912345678", DossierChannel.Counter, true, PaymentMethod.None, 0),
                "H15.50.05.13", ++sequence, at, A.Officer, A.Calendar, "tok-" + sequence);
            db.Dossiers.Add(dossier);
            return dossier;
        }

        public static void Do(Dossier dossier, DossierAction action, OfficeInstant at) =>
            dossier.Apply(new DossierCommand(action) { Reason = "thiếu giấy tờ" }, at, A.Officer, A.Calendar);

        public async Task SaveAsync()
        {
            await db.SaveChangesAsync();
            await db.DisposeAsync();
        }
    }
}
