using System.Text;
using OneStopBot.Domain.Calendar;

namespace OneStopBot.Tests.Domain.Calendar;

public sealed class OfficialScheduleTests
{
    private const string Header = "# Lịch nghỉ 2027\ndate,kind,name\n";

    [Fact]
    public void BuiltInSchedule_Covers2024To2026()
    {
        OfficialSchedule.BuiltIn.Years.Should().Equal(2024, 2025, 2026);
        OfficialSchedule.BuiltIn.ForYear(2024).Should().HaveCount(15);
        OfficialSchedule.BuiltIn.ForYear(2025).Should().HaveCount(13);
        OfficialSchedule.BuiltIn.ForYear(2026).Should().HaveCount(15);
        OfficialSchedule.BuiltIn.ForYear(2023).Should().BeNull();
        OfficialSchedule.BuiltIn.ForYear(2025)!.Should().Contain(new DayNote(new(2025, 4, 26), DayKind.SwapOn, "Làm bù cho thứ Sáu 02/5"));
    }

    [Theory]
    [InlineData("2027-02-30,holiday,Tết", "bad date '2027-02-30'")]
    [InlineData("27/02/2027,holiday,Tết", "bad date '27/02/2027'")]
    [InlineData("2027-02-08,holday,Tết", "unknown kind 'holday'")]
    [InlineData("2027-02-08,holiday", "missing column 'name'")]
    [InlineData("2027-02-08,holiday,  ", "missing column 'name'")]
    [InlineData("2027-02-08", "missing column 'kind'")]
    [InlineData("2027-02-08,swap_on,Làm bù", "swap_on 2027-02-08 is a Monday, not a Saturday")]
    [InlineData("2027-02-13,swap_off,Nghỉ hoán đổi", "swap_off 2027-02-13 is a Saturday")]
    [InlineData("2027-01-01,holiday,Lặp lại", "duplicate date 2027-01-01 (already on line 3)")]
    public void MalformedLine_IsReportedWithFileLineAndReason(string badLine, string reason)
    {
        string text = Header + "2027-01-01,holiday,Tết Dương lịch\n\n# a comment\n" + badLine + "\n";

        Action parse = () => OfficialSchedule.Parse(new StringReader(text), "holidays-2027.csv");

        var error = parse.Should().Throw<CalendarFileException>().Which;
        error.Message.Should().StartWith("holidays-2027.csv, line 6: ").And.Contain(reason);
        error.SourceName.Should().Be("holidays-2027.csv");
        error.LineNumber.Should().Be(6);
    }

    [Fact]
    public void OverrideFile_ReplacesItsYearsEntirelyAndAddsNewOnes()
    {
        const string text = Header + """
            2025-01-01,holiday,Tết Dương lịch
            2027-02-05,holiday,Tết Nguyên đán (30 Chạp)
            """;
        OfficialSchedule overrides = OfficialSchedule.Parse(new StringReader(text), "override.csv");

        OfficialSchedule merged = OfficialSchedule.BuiltIn.OverriddenBy(overrides);

        merged.Years.Should().Equal(2024, 2025, 2026, 2027);
        merged.ForYear(2025).Should().Equal(new DayNote(new(2025, 1, 1), DayKind.Holiday, "Tết Dương lịch"));
        merged.ForYear(2027).Should().ContainSingle();
        merged.ForYear(2024).Should().Equal(OfficialSchedule.BuiltIn.ForYear(2024));
    }

    [Fact]
    public void ScheduleReadFromAUtf8Stream_KeepsVietnameseNamesAndSkipsComments()
    {
        byte[] bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Header + "2027-04-16,holiday,Giỗ Tổ, Hùng Vương\n")).ToArray();
        using var stream = new MemoryStream(bytes);

        OfficialSchedule schedule = OfficialSchedule.Parse(stream, "override.csv");

        schedule.ForYear(2027).Should().Equal(new DayNote(new(2027, 4, 16), DayKind.Holiday, "Giỗ Tổ, Hùng Vương"));
    }
}
