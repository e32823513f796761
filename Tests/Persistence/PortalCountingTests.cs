using OneStopBot.Domain;
using OneStopBot.Domain.Complaints;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.Indicators;
using OneStopBot.Domain.People;
using OneStopBot.Domain.Procedures;
using OneStopBot.Persistence;
using OneStopBot.Persistence.Indicators;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Persistence;

/// <summary>
/// Indicators as the national portal counts them, each worked out by hand for November 2026 (no holiday in it), the
/// report read on Friday 27/11/2026: complaints against every deadline (5.2), electronic results over every dossier
/// of a paper-result procedure (4.1), online payment by the catalog's flag (T4), harassment by a recorded finding
/// (T5), processing time in working days (2.2) and the cashless model day by the day of payment.
/// </summary>
public sealed class PortalCountingTests : IAsyncLifetime
{
    private static readonly Period November = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));
    private static readonly DateOnly AsOf = new(2026, 11, 27);
    private const long Leader = 9;

    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync(seedProcedures: false);

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task ComplaintsOnTime_CountEveryDeadline_AndAReopenedComplaintKeepsItsFirstOne()
    {
        // Received Monday 02/11: refuse by Wednesday 04/11, ask for more by Monday 09/11, resolve by Monday 23/11.
        var monday = A.At(2026, 11, 2);
        var refusedLate = File("PA-1", monday);
        refusedLate.Refuse("không thuộc thẩm quyền", Leader, A.At(2026, 11, 5));
        var refusedInTime = File("PA-2", monday);
        refusedInTime.Refuse("không thuộc thẩm quyền", Leader, A.At(2026, 11, 4));
        var askedLate = File("PA-3", monday);
        askedLate.AskMore("Ông/bà cho biết ngày đến nộp hồ sơ?", Leader, A.At(2026, 11, 10));
        askedLate.AnswerWith("Đã chấn chỉnh.", Leader, A.At(2026, 11, 12));
        var answeredLateThenReopened = File("PA-4", monday);
        answeredLateThenReopened.AnswerWith("Đã chấn chỉnh.", Leader, A.At(2026, 11, 24));
        answeredLateThenReopened.Reopen(ChannelKind.Telegram, 77, A.At(2026, 11, 25), A.Calendar);
        answeredLateThenReopened.AnswerWith("Đã trả lời lại.", Leader, A.At(2026, 11, 26));
        var answeredInTime = File("PA-5", monday);
        answeredInTime.AnswerWith("Đã chấn chỉnh.", Leader, A.At(2026, 11, 10));
        // Received Friday 20/11: resolve by Friday 11/12, still open on 27/11 and not yet due.
        var openNotDue = File("PA-6", A.At(2026, 11, 20));
        // Taken in without any deadline (as an import would): nothing shows it was handled in time.
        var noDeadline = new Complaint(A.Unit, "PA-7", ComplaintKind.Procedure, false, "Thủ tục rườm rà quá", ChannelKind.Telegram, 77, null, false, null, null, monday.Utc, monday.Date);
        await SaveAsync(refusedLate, refusedInTime, askedLate, answeredLateThenReopened, answeredInTime, openNotDue, noDeadline);

        refusedLate.RefuseBy.Should().Be(new DateOnly(2026, 11, 4), "the hand computation starts from these deadlines");
        refusedLate.AskMoreBy.Should().Be(new DateOnly(2026, 11, 9));
        refusedLate.ResolveBy.Should().Be(new DateOnly(2026, 11, 23));
        answeredLateThenReopened.ResolveBy.Should().BeAfter(new DateOnly(2026, 11, 26), "the reopened complaint has its own, later deadline to follow up");

        await using var db = database.NewContext();
        var counts = (await IndicatorQueries.ComplaintsAsync(db, November, AsOf, Slice.All, default))[0];

        counts.Received.Should().Be(7);
        counts.HandledOnTime.Should().Be(3, "PA-2 refused within 2 working days, PA-5 answered within 15, PA-6 not yet due; "
            + "PA-1 refused on the third day, PA-3 asked for more on the sixth, PA-4's first answer came after its first deadline, PA-7 has no deadline");
    }

    [Fact]
    public async Task ElectronicResults_AreCountedOverEveryDossierOfAPaperResultProcedure()
    {
        var db = database.NewContext();
        var paper = Add(db, new ProcedureInfo("1.000010", "Cấp bản sao trích lục", ProcessingTime.WorkingDays(3), 0, null, OnlineLevel.Partial, null));
        var noPaper = Add(db, new ProcedureInfo("1.000011", "Xác nhận trực tuyến", ProcessingTime.WorkingDays(3), 0, null, OnlineLevel.Full, null) { PaperResult = false });
        await db.SaveChangesAsync();
        var seq = 0;
        var withElectronic = Receive(db, paper, A.At(2026, 11, 16), ref seq);
        Apply(withElectronic, DossierAction.Complete, A.At(2026, 11, 17), electronic: true);
        var onPaperOnly = Receive(db, paper, A.At(2026, 11, 16), ref seq);
        Apply(onPaperOnly, DossierAction.Complete, A.At(2026, 11, 17), electronic: false);
        Receive(db, paper, A.At(2026, 11, 26), ref seq);
        var stopped = Receive(db, paper, A.At(2026, 11, 16), ref seq);
        Apply(stopped, DossierAction.Stop, A.At(2026, 11, 17));
        Apply(Receive(db, noPaper, A.At(2026, 11, 16), ref seq), DossierAction.Complete, A.At(2026, 11, 17));
        await db.SaveChangesAsync();
        await db.DisposeAsync();

        await using var read = database.NewContext();
        var report = await IndicatorQueries.ReportAsync(read, A.Calendar, November, AsOf, new CampaignTargets(), new IndexWeights(), default);

        report.Indicator("4.1").Value.Should().Be(Ratio.Of(1, 4), "every dossier of the paper-result procedure counts, finished or not; the other procedure issues no paper");
    }

    [Fact]
    public async Task OnlinePayment_T4_CountsTheProceduresTheCatalogSaysTakeAFeeOnline()
    {
        var db = database.NewContext();
        // Filed online in full, but the portal takes no fee for it online: not in T4's denominator.
        var noOnlineFee = Add(db, new ProcedureInfo("1.000020", "Đăng ký thường trú", ProcessingTime.WorkingDays(3), 20_000, null, OnlineLevel.Full, null));
        // Filed at the counter, but its fee can be paid on the portal: in the denominator.
        var payableAtCounter = Add(db, new ProcedureInfo("1.000021", "Chứng thực chữ ký", ProcessingTime.WorkingDays(3), 10_000, null, OnlineLevel.None, null) { OnlinePayment = true });
        await db.SaveChangesAsync();
        var seq = 0;
        Receive(db, noOnlineFee, A.At(2026, 11, 16), ref seq, fee: 20_000, payment: PaymentMethod.Cash);
        Receive(db, payableAtCounter, A.At(2026, 11, 16), ref seq, fee: 10_000, payment: PaymentMethod.Online);
        Receive(db, payableAtCounter, A.At(2026, 11, 16), ref seq, fee: 10_000, payment: PaymentMethod.Cash);
        await db.SaveChangesAsync();
        await db.DisposeAsync();

        await using var read = database.NewContext();
        var report = await IndicatorQueries.ReportAsync(read, A.Calendar, November, AsOf, new CampaignTargets(), new IndexWeights(), default);

        report.Target(TargetId.T4).Value.Should().Be(Ratio.Of(1, 2), "the two dossiers of the procedure whose fee the portal takes online, one of them paid online");
        report.Indicator("3.6").Value.Should().Be(Ratio.Of(1, 3), "3.6 keeps every fee-bearing dossier");
    }

    [Fact]
    public async Task Harassment_T5_CountsTheComplaintsFoundTrue_NotTheAnsweredOrOpenOnes()
    {
        var monday = A.At(2026, 11, 2);
        var upheld = File("PA-1", monday, harassment: true);
        upheld.AnswerWith("Đã kỷ luật cán bộ.", Leader, A.At(2026, 11, 5));
        upheld.RecordFinding(upheld: true, Leader);
        var notUpheld = File("PA-2", monday, harassment: true);
        notUpheld.AnswerWith("Qua xác minh, cán bộ làm đúng quy định.", Leader, A.At(2026, 11, 5));
        notUpheld.RecordFinding(upheld: false, Leader);
        var answeredWithoutFinding = File("PA-3", monday, harassment: true);
        answeredWithoutFinding.AnswerWith("Đã tiếp thu.", Leader, A.At(2026, 11, 5));
        var open = File("PA-4", monday, harassment: true);
        var aboutTheRules = File("PA-5", monday);
        aboutTheRules.AnswerWith("Đã tiếp thu.", Leader, A.At(2026, 11, 5));
        await SaveAsync(upheld, notUpheld, answeredWithoutFinding, open, aboutTheRules);

        await using var db = database.NewContext();
        var counts = (await IndicatorQueries.ComplaintsAsync(db, November, AsOf, Slice.All, default))[0];

        counts.Harassment.Should().Be(1, "only PA-1 was found true");
        counts.HarassmentAwaitingFinding.Should().Be(2, "PA-3 was answered and PA-4 is open, neither with a finding yet");
        aboutTheRules.Invoking(c => c.RecordFinding(upheld: true, Leader)).Should().Throw<DomainException>("a finding is recorded on harassment complaints only");
    }

    [Fact]
    public async Task MeanProcessingTime_IsInWorkingDays_WhereTheProcedureCountsWorkingDays()
    {
        var db = database.NewContext();
        var workingDays = Add(db, new ProcedureInfo("1.000030", "Chứng thực bản sao", ProcessingTime.WorkingDays(3), 0, null, OnlineLevel.None, null));
        var calendarDays = Add(db, new ProcedureInfo("1.000031", "Đăng ký tạm trú", ProcessingTime.Parse("7_days"), 0, null, OnlineLevel.None, null));
        await db.SaveChangesAsync();
        var seq = 0;
        // Both received Friday 20/11 and finished Tuesday 24/11: two working days, four calendar days.
        Apply(Receive(db, workingDays, A.At(2026, 11, 20), ref seq), DossierAction.Complete, A.At(2026, 11, 24));
        Apply(Receive(db, calendarDays, A.At(2026, 11, 20), ref seq), DossierAction.Complete, A.At(2026, 11, 24));
        await db.SaveChangesAsync();
        await db.DisposeAsync();

        await using var read = database.NewContext();
        var byProcedure = await IndicatorQueries.DossiersAsync(read, A.Calendar, November, AsOf, Slice.Procedure, default);

        byProcedure[workingDays.Id].ProcessingDays.Should().Be(2, "Saturday and Sunday are not working days");
        byProcedure[calendarDays.Id].ProcessingDays.Should().Be(4, "the law words this procedure's time in calendar days");
    }

    [Fact]
    public async Task TheCashlessModelDay_CountsTheFeesPaidThatDay()
    {
        var db = database.NewContext();
        var procedure = Add(db, new ProcedureInfo("1.000040", "Chứng thực chữ ký", ProcessingTime.WorkingDays(3), 10_000, null, OnlineLevel.None, null));
        await db.SaveChangesAsync();
        var seq = 0;
        // Received Monday 23/11 unpaid, paid by transfer on the cashless Wednesday 25/11.
        var paidOnWednesday = Receive(db, procedure, A.At(2026, 11, 23), ref seq, fee: 10_000, payment: PaymentMethod.None);
        Apply(paidOnWednesday, DossierAction.RequestFee, A.At(2026, 11, 23, 10));
        paidOnWednesday.Apply(new DossierCommand(DossierAction.FeePaid) { Payment = PaymentMethod.Transfer }, A.At(2026, 11, 25), A.Officer, A.Calendar);
        // Received on the Wednesday unpaid, paid in cash on Thursday 26/11: not that day's payment.
        var paidOnThursday = Receive(db, procedure, A.At(2026, 11, 25), ref seq, fee: 10_000, payment: PaymentMethod.None);
        Apply(paidOnThursday, DossierAction.RequestFee, A.At(2026, 11, 25, 10));
        paidOnThursday.Apply(new DossierCommand(DossierAction.FeePaid) { Payment = PaymentMethod.Cash }, A.At(2026, 11, 26), A.Officer, A.Calendar);
        await db.SaveChangesAsync();
        await db.DisposeAsync();

        await using var read = database.NewContext();
        var (_, cashless) = await IndicatorQueries.ModelDaysAsync(read, [], [new DateOnly(2026, 11, 25)], default);

        cashless.Should().Be(Ratio.Of(1, 1), "one fee was paid on 25/11, by transfer");
    }

    private static Complaint File(string code, OfficeInstant at, bool harassment = false) =>
        Complaint.File(A.Unit, code, ComplaintKind.Procedure, harassment, "Nội dung phản ánh đủ dài", ChannelKind.Telegram, 77, null, false, null, null, at, A.Calendar);

    private async Task SaveAsync(params Complaint[] complaints)
    {
        await using var db = database.NewContext();
        db.Complaints.AddRange(complaints);
        await db.SaveChangesAsync();
    }

    private static Procedure Add(OneStopDbContext db, ProcedureInfo info)
    {
        var procedure = new Procedure(info);
        db.Procedures.Add(procedure);
        return procedure;
    }

    private static Dossier Receive(OneStopDbContext db, Procedure procedure, OfficeInstant at, ref int sequence, long fee = 0, PaymentMethod payment = PaymentMethod.None)
    {
        sequence++;
        var dossier = Dossier.Receive(
            new Reception(procedure, "Trần Văn Bình", "0912345678", DossierChannel.Counter, true, payment, fee),
            "H15.50.05.13", sequence, at, A.Officer, A.Calendar, "tok-" + sequence);
        db.Dossiers.Add(dossier);
        return dossier;
    }

    private static void Apply(Dossier dossier, DossierAction action, OfficeInstant at, bool? electronic = null) =>
        dossier.Apply(new DossierCommand(action) { Reason = "theo yêu cầu", ElectronicResult = electronic, Amount = null }, at, A.Officer, A.Calendar);
}
