using MiniExcelLibs;
using OneStopBot.Bot.Features.Digests;
using OneStopBot.Bot.Office;
using OneStopBot.Domain;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.Indicators;
using OneStopBot.Domain.People;
using OneStopBot.Domain.Procedures;
using OneStopBot.Persistence;
using OneStopBot.Persistence.Indicators;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.Offices;

/// <summary>
/// The province's report over three communes worked out by hand, read on Friday 27/11/2026 for November to date. Every
/// dossier is a 3-working-day procedure received at the counter on Monday 02/11, digitized, free, so due Thursday 05/11:
/// A finishes its 4 on Wednesday 04/11 (T1 4 of 4 finished on time); B finishes 2 on 04/11 and 2 on Tuesday 10/11
/// (2 of 4); C finishes 1 on 10/11 and leaves 1 open, overdue since 05/11 (T1 0 of 1). The province: T1 6 of 9, and
/// the portal's on-time rate, which also judges the open one, 6 of 10.
/// </summary>
public sealed class ProvinceReportTests : IAsyncLifetime
{
    private const string UnitA = "H15.50.05.13";
    private const string UnitB = "H15.50.05.14";
    private const string UnitC = "H15.50.05.15";
    private static readonly DateOnly AsOf = new(2026, 11, 27);

    private static readonly OfficeDirectory Province = new(
        [Commune(UnitA, "UBND xã An"), Commune(UnitB, "UBND xã Bình"), Commune(UnitC, "UBND xã Cường")],
        new AccessOptions(),
        "Trung tâm Phục vụ hành chính công tỉnh");

    private TestDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(seedProcedures: false);
        await using var db = database.NewContext();
        var procedure = new Procedure(new ProcedureInfo("1.000050", "Xác nhận tình trạng hôn nhân", ProcessingTime.WorkingDays(3), 0, null, OnlineLevel.Partial, null));
        db.Procedures.Add(procedure);
        await db.SaveChangesAsync();
        Receive(db, procedure, UnitA, finishedOn: [4, 4, 4, 4]);
        Receive(db, procedure, UnitB, finishedOn: [4, 4, 10, 10]);
        Receive(db, procedure, UnitC, finishedOn: [10, null]);
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task EachCommuneIsCountedOnItsOwnDossiers_AndTheProvinceOnAllOfThem()
    {
        var figures = await LoadAsync();

        figures.Period.Should().Be(new Period(new DateOnly(2026, 11, 1), AsOf));
        OnTime(figures, UnitA).Should().Be(Ratio.Of(4, 4));
        OnTime(figures, UnitB).Should().Be(Ratio.Of(2, 4));
        OnTime(figures, UnitC).Should().Be(Ratio.Of(0, 1));
        figures.Total.Target(TargetId.T1).Value.Should().Be(Ratio.Of(6, 9), "the province counts every commune's dossiers, not an average of their rates");
        figures.Total.OnTimeRate.Should().Be(Ratio.Of(6, 10));
        figures.Communes.Sum(c => c.Report.Dossiers.Received).Should().Be(figures.Total.Dossiers.Received).And.Be(10);
    }

    [Fact]
    public async Task TheCommunesFurthestFromTheirTargetsComeFirst_AndTheRankingIsByTheIndex()
    {
        var figures = await LoadAsync();

        // All three miss T3 (nothing filed online); B and C also miss T1. C, with nothing finished on time, scores lowest.
        figures.Communes.Select(c => (c.Office.UnitCode, c.Missed)).Should().Equal((UnitC, 2), (UnitB, 2), (UnitA, 1));
        figures.Ranked.Select(c => c.Office.UnitCode).Should().Equal(UnitA, UnitB, UnitC);
        figures.Ranked[0].Report.EstimatedScore.Should().BeGreaterThan(figures.Ranked[1].Report.EstimatedScore);

        var text = ProvinceReport.Format(figures, Province.ServiceName, Language.Vi);
        text.Should().Contain("Toàn tỉnh: T1 66,7%");
        text.IndexOf("1. UBND xã Cường", StringComparison.Ordinal).Should().BePositive();
        text.IndexOf("3. UBND xã An", StringComparison.Ordinal).Should().BeGreaterThan(text.IndexOf("2. UBND xã Bình", StringComparison.Ordinal));
        ProvinceReport.FormatRanking(figures, Language.Vi).Should().Contain("1. UBND xã An").And.Contain("3. UBND xã Cường");
    }

    [Fact]
    public async Task TheProvincesWorkbook_HasTheProvinceFirst_ThenASheetPerCommune()
    {
        var figures = await LoadAsync();

        using var stream = new MemoryStream(await OneStopBot.Bot.Features.Exports.ExportHandler.ProvinceWorkbookAsync(figures, Language.Vi, default));

        stream.GetSheetNames().Should().Equal("Toàn tỉnh", UnitC, UnitB, UnitA);
        var lines = stream.Query(useHeaderRow: true, sheetName: "Toàn tỉnh").Cast<IDictionary<string, object?>>().ToList();
        lines.Select(l => l["Xã"]?.ToString()).Should().Equal("Toàn tỉnh", "UBND xã Cường", "UBND xã Bình", "UBND xã An");
        lines.Select(l => Convert.ToInt32(l["Tiếp nhận"], System.Globalization.CultureInfo.InvariantCulture)).Should().Equal(10, 2, 4, 4);
        lines.Select(l => Convert.ToDouble(l["T1 đúng hạn (%)"], System.Globalization.CultureInfo.InvariantCulture)).Should().Equal(66.7, 0, 50, 100);
    }

    private async Task<ProvinceFigures> LoadAsync()
    {
        await using var db = database.NewContext();
        return await ProvinceReport.LoadAsync(db, new CurrentOffice(db, Province), Province, A.Calendar, ReportPeriod.Month, AsOf, new IndexWeights(), default);
    }

    private static Ratio OnTime(ProvinceFigures figures, string unit) =>
        figures.Communes.Single(c => c.Office.UnitCode == unit).Report.Target(TargetId.T1).Value;

    private static OfficeProfile Commune(string unit, string name) =>
        new(new OfficeOptions { Name = name, UnitCode = unit }, A.Campaign(), new OfficeStaff());

    private static void Receive(OneStopDbContext db, Procedure procedure, string unit, int?[] finishedOn)
    {
        var sequence = 0;
        foreach (var day in finishedOn)
        {
            sequence++;
            var dossier = Dossier.Receive(
                new Reception(procedure, "Trần Văn Bình", "0912345678", DossierChannel.Counter, true, PaymentMethod.None, 0),
                unit, sequence, A.At(2026, 11, 2), A.Officer, A.Calendar, $"tok-{unit}-{sequence}");
            if (day is int finished)
            {
                dossier.Apply(new DossierCommand(DossierAction.Complete) { ElectronicResult = false }, A.At(2026, 11, finished, 10), A.Officer, A.Calendar);
            }

            db.Dossiers.Add(dossier);
        }
    }
}
