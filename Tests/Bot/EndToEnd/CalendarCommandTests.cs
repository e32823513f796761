using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.EndToEnd;

public sealed class CalendarCommandTests
{
    private const long Citizen = 5101;

    [Fact]
    public async Task TheAppointmentDate_AcrossTet2025_NamesTheDaysOffItSkipped()
    {
        await using var bot = await BotUnderTest.StartAsync();

        var answer = (await bot.SayAsync(Citizen, "/ngayhen 3 24/01/2025 09:00")).Single().Text!;

        answer.Should().Contain("hẹn trả kết quả: thứ Tư 05/02/2025")
            .And.Contain("thứ Hai 27/01/2025 — Tết Nguyên đán")
            .And.Contain("thứ Sáu 31/01/2025 — Tết Nguyên đán (mùng 3)")
            .And.Contain("4 ngày cuối tuần");
    }

    [Fact]
    public async Task TheAppointmentDate_ForASameDayProcedureAfter15h_IsTheNextWorkingDay()
    {
        await using var bot = await BotUnderTest.StartAsync();

        var answer = (await bot.SayAsync(Citizen, "/ngayhen chung thuc chu ky 27/11/2026 15:30")).Single().Text!;

        answer.Should().Contain("Chứng thực chữ ký").And.Contain("hẹn trả kết quả: thứ Hai 30/11/2026").And.Contain("2 ngày cuối tuần");
    }

    [Fact]
    public async Task TheAppointmentDate_CountsTheSwappedSaturday_InEnglishToo()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var menu = (await bot.SayAsync(Citizen, "/ngonngu")).Single();
        await bot.PressAsync(Citizen, menu, "English");

        var answer = (await bot.SayAsync(Citizen, "/ngayhen 3 26/04/2024 10:00")).Single().Text!;

        answer.Should().Contain("result due: Saturday 04/05/2024")
            .And.Contain("Days off skipped:")
            .And.Contain("Monday 29/04/2024 — Nghỉ hoán đổi");
    }

    [Fact]
    public async Task TheAppointmentDate_DefaultsToNow()
    {
        // Tuesday 24/11/2026 09:00.
        await using var bot = await BotUnderTest.StartAsync();

        var answer = (await bot.SayAsync(Citizen, "/ngayhen 5")).Single().Text!;

        answer.Should().Contain("09:00, thứ Ba 24/11/2026").And.Contain("hẹn trả kết quả: thứ Ba 01/12/2026");
    }

    [Theory]
    [InlineData("/ngayhen", "Cách dùng")]
    [InlineData("/ngayhen lam nha tren sao hoa", "Không tìm thấy thủ tục")]
    [InlineData("/ngayhen 9999", "từ 0 đến 365")]
    [InlineData("/ngayhen khai sinh 31/02/2026", "Ngày «31/02/2026» không đúng")]
    [InlineData("/ngayhen 3 01/01/2300", "từ năm 1900 đến năm 2199")]
    [InlineData("/amlich 31/02/2026", "Cách dùng")]
    [InlineData("/amlich 01/01/1800", "từ năm 1900 đến năm 2199")]
    public async Task BadCalendarQuestions_GetAPoliteAnswer(string text, string expected)
    {
        await using var bot = await BotUnderTest.StartAsync();

        (await bot.SayAsync(Citizen, text)).Single().Text.Should().Contain(expected);
    }

    [Theory]
    [InlineData("/amlich 17/02/2026", "ngày 1 tháng 1 năm Bính Ngọ", "Ngày nghỉ lễ: Tết Nguyên đán (mùng 1)")]
    [InlineData("/amlich 27/04/2026", "ngày 11 tháng 3 năm Bính Ngọ", "Ngày nghỉ bù: Nghỉ bù Giỗ Tổ Hùng Vương")]
    [InlineData("/amlich 22/08/2026", "tháng 7 năm Bính Ngọ", "Ngày làm bù (làm việc)")]
    // The tenth lunar month of Bính Ngọ starts with the new moon of 09/11/2026 (22:02 in Hà Nội).
    [InlineData("/amlich 27/11/2026", "ngày 19 tháng 10 năm Bính Ngọ", "Là ngày làm việc.")]
    [InlineData("/amlich 28/11/2026", "năm Bính Ngọ", "Là ngày nghỉ cuối tuần.")]
    [InlineData("/amlich 01/08/2025", "tháng 6 nhuận năm Ất Tỵ", "Là ngày làm việc.")]
    public async Task TheLunarDate_ComesWithWhetherTheDayIsWorked(string text, string lunar, string kind)
    {
        await using var bot = await BotUnderTest.StartAsync();

        var answer = (await bot.SayAsync(Citizen, text)).Single().Text;

        answer.Should().Contain(lunar).And.Contain(kind);
    }

    [Fact]
    public async Task TheLunarDate_InEnglish()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var menu = (await bot.SayAsync(Citizen, "/lang")).Single();
        await bot.PressAsync(Citizen, menu, "English");

        var answer = (await bot.SayAsync(Citizen, "/amlich 17/02/2026")).Single().Text;

        answer.Should().Contain("Tuesday 17/02/2026: day 1 of month 1, year Bính Ngọ (lunar).").And.Contain("Public holiday: Tết Nguyên đán (mùng 1).");
    }
}
