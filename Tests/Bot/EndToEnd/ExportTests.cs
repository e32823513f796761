using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using OneStopBot.Bot.Demo;
using OneStopBot.Bot.Office;
using OneStopBot.Domain.Calendar;
using OneStopBot.Domain.Complaints;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.Indicators;
using OneStopBot.Domain.People;
using OneStopBot.Domain.Ratings;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.EndToEnd;

public sealed class ExportTests
{
    /// <summary>Every name the code gives a state, a kind or a mark; none may reach a leader's spreadsheet.</summary>
    private static readonly HashSet<string> CodeNames =
    [
        .. Enum.GetNames<DossierState>(), .. Enum.GetNames<DossierAction>(), .. Enum.GetNames<DossierChannel>(),
        .. Enum.GetNames<PaymentMethod>(), .. Enum.GetNames<Timeliness>(), .. Enum.GetNames<SatisfactionLevel>(),
        .. Enum.GetNames<ComplaintKind>(), .. Enum.GetNames<ComplaintState>(), .. Enum.GetNames<TargetMark>(),
        .. Enum.GetNames<Role>(), "True", "False",
    ];

    [Fact]
    public async Task TheExport_SpeaksVietnamese_InEveryCell_AndNamesOfficersByName()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SayAsync(BotUnderTest.Officer, "/start", expectedReplies: 2);
        await bot.SayAsync(BotUnderTest.SecondOfficer, "/start", expectedReplies: 2);
        await using (var db = bot.Db())
        {
            await DemoData.SeedAsync(db, bot.App.Services.GetRequiredService<OfficeDirectory>(), bot.App.Services.GetRequiredService<OfficeClock>(), bot.App.Services.GetRequiredService<IWorkingCalendar>(), default);
        }

        var export = await bot.SayAsync(BotUnderTest.Leader, "/xuat chiendich", expectedReplies: 2);

        var workbook = export.Single(m => m.FileName?.EndsWith(".xlsx", StringComparison.Ordinal) == true).FileBytes!;
        var cells = new List<(string Sheet, string Column, string Value)>();
        using (var stream = new MemoryStream(workbook))
        {
            foreach (var sheet in stream.GetSheetNames())
            {
                foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: true, sheetName: sheet))
                {
                    cells.AddRange(row.Where(c => c.Value is not null).Select(c => (sheet, c.Key, Convert.ToString(c.Value, System.Globalization.CultureInfo.InvariantCulture)!)));
                }
            }
        }

        var csv = Encoding.UTF8.GetString(export.Single(m => m.FileName?.EndsWith(".csv", StringComparison.Ordinal) == true).FileBytes!);
        cells.Should().HaveCountGreaterThan(1000, "the demo campaign has weeks of dossiers");
        cells.Select(c => c.Sheet).Distinct().Should().Equal("Hồ sơ", "Đánh giá", "Phản ánh", "Chỉ tiêu", "Xếp hạng");
        cells.Where(c => CodeNames.Contains(c.Value.Trim())).Should().BeEmpty("a cell shows a code's name instead of its Vietnamese label");
        csv.Split('\n', ',').Select(v => v.Trim().Trim('"')).Where(CodeNames.Contains).Should().BeEmpty();
        cells.Where(c => c.Column.StartsWith("Cán bộ", StringComparison.Ordinal)).Should().NotBeEmpty()
            .And.AllSatisfy(c => c.Value.Should().NotMatchRegex(@"^\d+$", "officers are named, not numbered"));
        cells.Should().Contain(c => c.Value == "Có").And.Contain(c => c.Value == "Không");
        cells.Should().Contain(c => c.Sheet == "Đánh giá" && c.Value == "Rất hài lòng");
        cells.Should().Contain(c => c.Sheet == "Chỉ tiêu" && c.Value == "T1 Đúng hạn");
    }
}
