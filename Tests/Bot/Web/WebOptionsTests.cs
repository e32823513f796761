using System.ComponentModel.DataAnnotations;
using OneStopBot.Bot.Web;

namespace OneStopBot.Tests.Bot.Web;

public sealed class WebOptionsTests
{
    [Theory]
    [InlineData(null, 5, 10, true)]
    [InlineData("", 5, 10, true)]
    [InlineData("too-short-a-key", 5, 10, false)]
    [InlineData("0123456789abcdef0123456789abcdef", 5, 10, true)]
    [InlineData(null, 20, 20, false)]
    [InlineData(null, 10, 20, true)]
    public void TheReportKey_IsEmptyOrLong_AndTheBoardIsUpToDateWithin30Seconds(string? secret, int cacheSeconds, int refreshSeconds, bool valid)
    {
        var options = new WebOptions { ReportSecret = secret, BoardCacheDuration = TimeSpan.FromSeconds(cacheSeconds), BoardRefreshSeconds = refreshSeconds };
        Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true).Should().Be(valid);
    }
}
