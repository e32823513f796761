using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.EndToEnd;

public sealed class ProcedureLookupTests
{
    private const long Citizen = 5201;

    [Fact]
    public async Task AProcedure_IsFoundByWordsWithoutDiacritics_WithTimeFeePapersAndOnlineLevel()
    {
        await using var bot = await BotUnderTest.StartAsync();

        var answer = (await bot.SayAsync(Citizen, "/thutuc chung thuc ban sao")).Single().Text!;

        answer.Should().Contain("📘 Chứng thực bản sao từ bản chính")
            .And.Contain("Mã thủ tục: 2.000815")
            .And.Contain("Lệ phí: 2.000 đ")
            .And.Contain("trực tuyến một phần")
            .And.Contain("Giấy tờ thường cần: Bản chính giấy tờ; Bản sao cần chứng thực");
    }

    [Fact]
    public async Task AProvinceSetFee_IsSaidSo_InEnglish()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var menu = (await bot.SayAsync(Citizen, "/lang")).Single();
        await bot.PressAsync(Citizen, menu, "English");

        var answer = (await bot.SayAsync(Citizen, "/thutuc xác nhận tình trạng hôn nhân")).Single().Text!;

        answer.Should().Contain("Processing time: 3 working days").And.Contain("Fee: set by the provincial People's Council").And.Contain("fully online");
    }

    [Fact]
    public async Task NoMatch_AnswersWithExamples()
    {
        await using var bot = await BotUnderTest.StartAsync();

        (await bot.SayAsync(Citizen, "/thutuc cap ho chieu")).Single().Text.Should().Contain("Không tìm thấy thủ tục khớp «cap ho chieu»");
    }
}
