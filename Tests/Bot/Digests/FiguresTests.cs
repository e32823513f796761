using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Features.Digests;
using OneStopBot.Domain.Indicators;
using OneStopBot.Domain.People;

namespace OneStopBot.Tests.Bot.Digests;

public sealed class FiguresTests
{
    [Theory]
    [InlineData(1, "quá hạn 1 ngày làm việc")]
    [InlineData(3, "quá hạn 3 ngày làm việc")]
    [InlineData(45, "quá hạn 45 ngày làm việc")]
    public void HowLate_ReadsAsNaturalVietnamese(int days, string expected)
    {
        Figures.Late(days, Language.Vi).Should().Be(expected);
    }

    [Theory]
    [InlineData(1, "1 working day late")]
    [InlineData(3, "3 working days late")]
    public void HowLate_InEnglish(int days, string expected)
    {
        Figures.Late(days, Language.En).Should().Be(expected);
    }

    [Theory]
    [InlineData("dossier", 1, "dossier")]
    [InlineData("dossier", 0, "dossiers")]
    [InlineData("rating", 3, "ratings")]
    [InlineData("person", 1, "person")]
    [InlineData("person", 2, "people")]
    public void EnglishNouns_AgreeWithTheirCount(string singular, long count, string expected)
    {
        Show.Noun(singular, count, Language.En).Should().Be(expected);
        Show.Noun(singular, count, Language.Vi).Should().BeEmpty("Vietnamese nouns do not change with the number");
    }

    [Fact]
    public void Percentages_UseTheDecimalCommaInVietnamese_AndADashWhenThereIsNothingToCount()
    {
        Figures.Percent(Ratio.Of(7, 8), Language.Vi).Should().Be("87,5%");
        Figures.Percent(Ratio.Of(7, 8), Language.En).Should().Be("87.5%");
        Figures.Percent(Ratio.Of(3, 3), Language.Vi).Should().Be("100%");
        Figures.Percent(Ratio.Of(0, 0), Language.Vi).Should().Be("—");
    }

    [Fact]
    public void RelativeDays_ReadAsNaturalVietnamese()
    {
        var today = new DateOnly(2026, 11, 27);
        Figures.Ago(today.AddDays(-1), today, Language.Vi).Should().Be("hôm qua");
        Figures.Ago(today.AddDays(-3), today, Language.Vi).Should().Be("cách đây 3 ngày");
    }
}
