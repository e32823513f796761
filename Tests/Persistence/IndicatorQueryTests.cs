using Microsoft.EntityFrameworkCore;
using OneStopBot.Domain;
using OneStopBot.Domain.Complaints;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.Indicators;
using OneStopBot.Domain.People;
using OneStopBot.Domain.Procedures;
using OneStopBot.Domain.Ratings;
using OneStopBot.Persistence;
using OneStopBot.Persistence.Indicators;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Persistence;

/// <summary>
/// Six dossiers received in November 2026 whose indicators were worked out by hand (see each assertion's reason).
/// Officer 1 received d1–d3, officer 2 d4–d6; the report is taken on Friday 27/11/2026.
/// </summary>
public sealed class IndicatorQueryTests : IAsyncLifetime
{
    private static readonly Period November = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));
    private static readonly DateOnly AsOf = new(2026, 11, 27);
    private static readonly Actor First = new(1, "Nguyễn Thị Lan");
    private static readonly Actor Second = new(2, "Hoàng Văn Sáng");

    private TestDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(seedProcedures: false);
        await IndicatorFixture.SeedAsync(database);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task OnTimeRate_ExcludesSupplementTime_MakesAnApologisedDossierLate_AndCountsUnfinishedNotYetDueAsOnTime()
    {
        await using var db = database.NewContext();
        var counts = (await IndicatorQueries.DossiersAsync(db, A.Calendar, November, AsOf, Slice.All, default))[0];

        counts.Received.Should().Be(6);
        counts.OnTimePopulation.Should().Be(6, "all six were received in November");
        counts.OnTimeOrNotDue.Should().Be(3, "d1 early, d3 on time once its 3 supplement days are excluded, d5 not yet due; d2 late, d4 was apologised for, d6 overdue");
        counts.Overdue.Should().Be(1, "d6 is unfinished past its due date");
        counts.Finished.Should().Be(4);
        counts.FinishedOnTime.Should().Be(2, "d1 and d3; d2 ended after its due date and d4 is late by its apology");
        counts.ProcessingDays.Should().Be(2 + 4 + 5 + 2, "in working days: d3 took 16/11 to 23/11, five working days over a weekend");
    }

    [Fact]
    public async Task OnlineAndPaymentRates_LeaveFeeFreeDossiersOut_AndCountAPaperResultOnlineOnlyWithAnElectronicOne()
    {
        await using var db = database.NewContext();
        var counts = (await IndicatorQueries.DossiersAsync(db, A.Calendar, November, AsOf, Slice.All, default))[0];

        counts.OnlineCounted.Should().Be(2, "d1 (paper result, issued electronically) and d3 (no paper result); d2 is online but its paper result was not issued electronically");
        counts.FeeBearing.Should().Be(4, "d3 and d4 were free and stay out of the denominator");
        counts.PaidOnline.Should().Be(1);
        counts.FeeBearingPayable.Should().Be(2, "only d1 and d2 belong to a service that takes online payment");
        counts.PaidOnlinePayable.Should().Be(1);
        counts.PaperResults.Should().Be(4, "d1, d2, d5 and d6 belong to paper-result procedures, finished or not");
        counts.ElectronicResults.Should().Be(1);
        counts.DigitizedFully.Should().Be(2, "d1 (digitized, e-result) and d4 (digitized, no paper result)");
        counts.Digitized.Should().Be(5);
        counts.Dissatisfied.Should().Be(2, "d1 was rated not satisfied and d4 has a complaint");
    }

    [Fact]
    public async Task TheReport_ScoresEachIndicatorAgainstItsThreshold()
    {
        await using var db = database.NewContext();
        var report = await IndicatorQueries.ReportAsync(db, A.Calendar, November, AsOf, new CampaignTargets(), new IndexWeights(), default);

        report.Target(TargetId.T1).Value.Should().Be(Ratio.Of(2, 4));
        report.Target(TargetId.T1).Mark.Should().Be(TargetMark.Missed);
        report.Target(TargetId.T2).Value.Should().Be(Ratio.Of(5, 6));
        report.Target(TargetId.T3).Value.Should().Be(Ratio.Of(2, 2));
        report.Target(TargetId.T3).FullOnline.Should().Be(Ratio.Of(1, 2));
        report.Target(TargetId.T3).Mark.Should().Be(TargetMark.Missed, "full-online services reached 50% of their 100% target");
        report.Target(TargetId.T4).Value.Should().Be(Ratio.Of(1, 2));
        report.Target(TargetId.T5).Count.Should().Be(0, "the harassment complaint on d4 is still open: it counts once it is found true");
        report.Target(TargetId.T5).Mark.Should().Be(TargetMark.Met);
        report.Complaints.HarassmentAwaitingFinding.Should().Be(1);

        report.Indicator("2.1").Score.Should().BeApproximately(10, 1e-9, "3/6 of weight 20, linear");
        report.Indicator("3.3").Score.Should().BeApproximately(8, 1e-9, "2/6 is below the 50% threshold: 12 × (1/3) / 0.5");
        report.Indicator("3.6").Score.Should().BeApproximately(2.5, 1e-9, "1/4 of weight 10");
        report.Indicator("4.1").Score.Should().BeApproximately(11.0 / 4, 1e-9, "only d1's result of the four was issued electronically");
        report.Indicator("4.2").Score.Should().BeApproximately(11 * (2.0 / 6) / 0.8, 1e-9);
        report.Indicator("5.2").Score.Should().BeApproximately(9, 1e-9, "the only complaint has no deadline passed");
        report.Indicator("5.4").Value.Value.Should().BeApproximately(1.0 / 6, 1e-9, "100% − (3/6 late or overdue + 2/6 dissatisfied)");
        report.Ratings.Satisfaction.Should().Be(Ratio.Of(2, 3));
        report.MeanProcessingDays.Should().Be(13.0 / 4);
    }

    [Fact]
    public async Task ByOfficer_EachOfficerGetsTheDossiersTheyReceived()
    {
        await using var db = database.NewContext();
        var byOfficer = await IndicatorQueries.DossiersAsync(db, A.Calendar, November, AsOf, Slice.Officer, default);
        var ratings = await IndicatorQueries.RatingsAsync(db, November, Slice.Officer, default);

        byOfficer[First.PersonId].Received.Should().Be(3);
        byOfficer[First.PersonId].OnTimeOrNotDue.Should().Be(2);
        byOfficer[Second.PersonId].Received.Should().Be(3);
        byOfficer[Second.PersonId].OnTimeOrNotDue.Should().Be(1);
        ratings[First.PersonId].Rated.Should().Be(3);
        ratings.Should().NotContainKey(Second.PersonId);
    }

    [Fact]
    public async Task ByProcedure_CountsEachProcedure()
    {
        await using var db = database.NewContext();
        var byProcedure = await IndicatorQueries.DossiersAsync(db, A.Calendar, November, AsOf, Slice.Procedure, default);

        byProcedure.Values.Select(c => c.Received).Should().BeEquivalentTo([2, 2, 2]);
    }

    [Fact]
    public async Task TheDailySeries_AndTheModelDays_CountTheirOwnDays()
    {
        await using var db = database.NewContext();
        var daily = await IndicatorQueries.DailyAsync(db, new Period(new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 20)), default);
        var models = await IndicatorQueries.ModelDaysAsync(db, [new DateOnly(2026, 11, 16)], [new DateOnly(2026, 11, 25)], default);

        daily.Should().HaveCount(5);
        daily[0].Online.Should().Be(Ratio.Of(3, 5), "d1, d2, d3 of the five received on 16/11 came online");
        daily[2].OnTime.Should().Be(Ratio.Of(1, 2), "d1 and d4 ended on 18/11; d4 is late");
        daily[1].OnTime.Value.Should().BeNull("nothing ended on 17/11");
        models.SameDay.Should().Be(Ratio.Of(0, 5));
        models.Cashless.Should().Be(Ratio.Of(1, 1), "d5 paid by transfer");
    }
}

/// <summary>The six hand-computed dossiers (plus one rating each for d1–d3 and a harassment complaint on d4).</summary>
internal static class IndicatorFixture
{
    public static async Task SeedAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var partial = new Procedure(new ProcedureInfo("1.000001", "Đăng ký khai sinh", ProcessingTime.WorkingDays(3), 50_000, null, OnlineLevel.Partial, null) { OnlinePayment = true });
        var full = new Procedure(new ProcedureInfo("1.000002", "Đăng ký khai tử", ProcessingTime.WorkingDays(3), 0, null, OnlineLevel.Full, null) { PaperResult = false });
        var counter = new Procedure(new ProcedureInfo("1.000003", "Chứng thực bản sao", ProcessingTime.WorkingDays(3), 20_000, null, OnlineLevel.None, null));
        db.Procedures.AddRange(partial, full, counter);
        await db.SaveChangesAsync();

        var first = new Actor(1, "Nguyễn Thị Lan");
        var second = new Actor(2, "Hoàng Văn Sáng");
        var cal = A.Calendar;
        var seq = 0;
        Dossier Receive(Procedure p, DossierChannel channel, PaymentMethod payment, long fee, bool digitized, OfficeInstant at, Actor officer) =>
            Dossier.Receive(new Reception(p, "Trần Văn Bình", "0912345678", channel, digitized, payment, fee), "H15.50.05.13", ++seq, at, officer, cal, "tok-" + seq);
        void Do(Dossier d, DossierAction action, OfficeInstant at, Actor officer, bool? electronic = null) =>
            d.Apply(new DossierCommand(action) { Reason = "thiếu giấy tờ", ElectronicResult = electronic }, at, officer, cal);

        var mon = A.At(2026, 11, 16);
        var d1 = Receive(partial, DossierChannel.Online, PaymentMethod.Online, 50_000, true, mon, first);
        Do(d1, DossierAction.Complete, A.At(2026, 11, 18), first, electronic: true);
        Do(d1, DossierAction.Return, A.At(2026, 11, 19), first);

        var d2 = Receive(partial, DossierChannel.Online, PaymentMethod.Cash, 50_000, true, mon, first);
        Do(d2, DossierAction.Complete, A.At(2026, 11, 20), first, electronic: false);

        var d3 = Receive(full, DossierChannel.Online, PaymentMethod.None, 0, false, mon, first);
        Do(d3, DossierAction.RequestSupplement, A.At(2026, 11, 17), first);
        Do(d3, DossierAction.SupplementReceived, A.At(2026, 11, 20), first);
        Do(d3, DossierAction.Complete, A.At(2026, 11, 23), first);

        var d4 = Receive(full, DossierChannel.Counter, PaymentMethod.None, 0, true, mon, second);
        Do(d4, DossierAction.RequestSupplement, A.At(2026, 11, 17, 9), second);
        Do(d4, DossierAction.SupplementReceived, A.At(2026, 11, 17, 10), second);
        d4.Apply(new DossierCommand(DossierAction.Apologize) { NewDate = new DateOnly(2026, 11, 23), Reason = "chờ xác minh" }, A.At(2026, 11, 17, 11), second, cal);
        Do(d4, DossierAction.Complete, A.At(2026, 11, 18, 9), second);

        var d5 = Receive(counter, DossierChannel.Counter, PaymentMethod.Transfer, 20_000, true, A.At(2026, 11, 25), second);
        Do(d5, DossierAction.Process, A.At(2026, 11, 25, 10), second);

        var d6 = Receive(counter, DossierChannel.Counter, PaymentMethod.Cash, 20_000, true, mon, second);
        Do(d6, DossierAction.Process, A.At(2026, 11, 16, 10), second);

        db.Dossiers.AddRange(d1, d2, d3, d4, d5, d6);
        await db.SaveChangesAsync();

        var utc = A.At(2026, 11, 20).Utc;
        db.Ratings.AddRange(
            Rated(d1, SatisfactionLevel.NotSatisfied),
            Rated(d2, SatisfactionLevel.Satisfied),
            Rated(d3, SatisfactionLevel.VerySatisfied));
        db.Complaints.Add(Complaint.File(A.Unit, "PA-0001", ComplaintKind.OfficerConduct, true, "Cán bộ gây khó khăn", ChannelKind.Telegram, 77, null, false, d4.Id, second.PersonId, A.At(2026, 11, 20), cal));
        await db.SaveChangesAsync();

        Rating Rated(Dossier d, SatisfactionLevel level)
        {
            var r = new Rating(A.Unit, d.Id, ChannelKind.Telegram, 77, d.ReceivedById, d.ReturnedById, utc, new DateOnly(2026, 11, 20));
            r.Choose(level, utc);
            return r;
        }
    }
}
