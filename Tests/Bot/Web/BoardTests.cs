using System.Net;
using System.Text.RegularExpressions;
using OneStopBot.Bot.Web;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.Web;

/// <summary>The office board through the real host: what chat changes show on it, and what it never shows.</summary>
public sealed class BoardTests
{
    [Fact]
    public async Task AResultMarkedDoneByChat_AppearsMasked_ReturningItTakesItOff_AndNoPageHoldsANameOrAPhone()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SayAsync(BotUnderTest.Officer, "/start", expectedReplies: 2);
        await bot.SayAsync(BotUnderTest.Leader, "/start", expectedReplies: 2);
        using var http = WebPages.Client(bot);
        var applicants = new List<(string, string)> { ("Nguyễn Thị Ánh", "0912345678"), ("Lê Văn Tám", "0987654321") };
        var ready = await WebPages.ReceiveAsync(bot, "Nguyễn Thị Ánh", "0912345678");
        var waiting = await WebPages.ReceiveAsync(bot, "Lê Văn Tám", "0987654321");
        var pages = new List<string> { await http.GetStringAsync("/board") };
        pages[0].Should().NotContain($"data-tail=\"{ready}\"").And.Contain("Hiện chưa có kết quả chờ nhận.");

        await bot.SayAsync(BotUnderTest.Officer, $"{ready} xu ly");
        bot.Clock.Advance(TimeSpan.FromMinutes(20));
        (await bot.SayAsync(BotUnderTest.Officer, $"{ready} xong")).Single().Text.Should().Contain("Đã có kết quả, chờ trả");
        bot.Clock.Advance(TimeSpan.FromSeconds(6));
        var shown = await http.GetStringAsync("/board");
        pages.Add(shown);
        Row(shown, ready).Should().Contain("Nguyễn T. Á.").And.Contain("có từ 09:20");
        shown.Should().NotContain($"data-tail=\"{waiting}\"", "only results ready to collect are listed");
        Figure(shown, "received").Should().Be("2");
        Figure(shown, "finished").Should().Be("1");
        Figure(shown, "on-time").Should().Be("100%");

        // The board's figures are the report's: the same section of the same digest.
        var report = await bot.SayAsync(BotUnderTest.Leader, "/baocao homnay", expectedReplies: 2);
        report.Should().Contain(m => m.Text != null && m.Text.Contains("Tiếp nhận 2 · giải quyết xong 1 · đúng hạn 1", StringComparison.Ordinal));

        await bot.SayConfirmedAsync(BotUnderTest.Officer, $"{ready} tra");
        bot.Clock.Advance(TimeSpan.FromSeconds(6));
        var after = await http.GetStringAsync("/board");
        pages.Add(after);
        after.Should().NotContain($"data-tail=\"{ready}\"", "a returned result leaves the board");
        Figure(after, "finished").Should().Be("1");

        pages.Add(await http.GetStringAsync("/board/h15.50.05.13"));
        foreach (var page in pages)
        {
            WebPages.ShouldHoldNoPersonalData(page, applicants);
        }
    }

    [Fact]
    public async Task TheBoard_IsServedFromItsCacheForAFewSeconds_ThenReadAgain()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SayAsync(BotUnderTest.Officer, "/start", expectedReplies: 2);
        using var http = WebPages.Client(bot);
        (await http.GetStringAsync("/board")).Should().Contain("data-figure=\"received\">0<");
        await WebPages.ReceiveAsync(bot, "Phạm Thu Hà", "0977000111");

        (await http.GetStringAsync("/board")).Should().Contain("data-figure=\"received\">0<", "one reading serves every screen for five seconds");
        bot.Clock.Advance(TimeSpan.FromSeconds(5));
        (await http.GetStringAsync("/board")).Should().Contain("data-figure=\"received\">1<");
    }

    [Fact]
    public async Task AnUnchangedBoard_IsAnswered304_AndTooManyRequestsFromOneAddress_AreRefusedPolitely()
    {
        await using var bot = await BotUnderTest.StartAsync(extraArgs: "--Web:RequestsPerMinute=5");
        using var http = WebPages.Client(bot);
        var first = await http.GetAsync(new Uri("/board", UriKind.Relative));
        first.StatusCode.Should().Be(HttpStatusCode.OK);
        var etag = first.Headers.ETag!.Tag;
        first.Headers.CacheControl!.NoCache.Should().BeTrue();
        first.Content.Headers.ContentType!.CharSet.Should().Be("utf-8");
        first.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("default-src 'none'").And.Contain("connect-src 'self'");

        using var again = new HttpRequestMessage(HttpMethod.Get, "/board");
        again.Headers.TryAddWithoutValidation("If-None-Match", etag);
        var unchanged = await http.SendAsync(again);
        unchanged.StatusCode.Should().Be(HttpStatusCode.NotModified);
        (await unchanged.Content.ReadAsByteArrayAsync()).Should().BeEmpty();

        var statuses = new List<HttpResponseMessage>();
        for (var i = 0; i < 20; i++)
        {
            statuses.Add(await http.GetAsync(new Uri("/board", UriKind.Relative)));
        }

        // Five a minute: whichever minute the window turns in, at most ten of these 22 pass.
        var refused = statuses.Where(s => s.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        refused.Count.Should().BeGreaterThanOrEqualTo(12);
        (await refused[0].Content.ReadAsStringAsync()).Should().Contain("Có quá nhiều yêu cầu từ địa chỉ này. Xin thử lại sau một phút.")
            .And.Contain("Too many requests");
        refused[0].Headers.RetryAfter.Should().NotBeNull();
    }

    [Fact]
    public async Task ABoardOfAnotherOffice_IsRefusedPolitely()
    {
        await using var bot = await BotUnderTest.StartAsync();
        using var http = WebPages.Client(bot);
        var answer = await http.GetAsync(new Uri("/board/H99.99", UriKind.Relative));
        answer.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await answer.Content.ReadAsStringAsync()).Should().Contain("Không có bảng thông tin của đơn vị này.");
    }

    [Fact]
    public async Task TheBoardsQr_OpensTheBot_AndTheZaloOaToo_WhenItIsConfigured()
    {
        await using var bot = await BotUnderTest.StartAsync(extraArgs: "--Web:ZaloFollowUrl=https://zalo.me/4318000000000000001");
        using var http = WebPages.Client(bot);
        var page = await http.GetStringAsync("/board");
        Regex.Matches(page, "<div class=\"qr\" data-link=\"([^\"]+)\"").Select(m => m.Groups[1].Value)
            .Should().Equal("https://t.me/onestop_test_bot", "https://zalo.me/4318000000000000001");
        Regex.Matches(page, "<svg ").Should().HaveCount(2, "each QR is drawn in the page, nothing is fetched");
    }

    [Theory]
    [InlineData("Nguyễn Văn Tâm", "Nguyễn V. T.")]
    [InlineData("Nguyễn Thị Ánh", "Nguyễn T. Á.")]
    [InlineData("  Lò   Văn  Sáng ", "Lò V. S.")]
    [InlineData("Đặng ánh", "Đặng Á.")]
    [InlineData("Mai", "M.")]
    [InlineData("", "")]
    public void ANameOnTheBoard_KeepsTheFamilyNameAndTheInitials(string name, string masked) =>
        BoardData.MaskName(name).Should().Be(masked);

    private static string Row(string html, string tail)
    {
        var match = Regex.Match(html, $"<li data-tail=\"{Regex.Escape(tail)}\">.*?</li>");
        match.Success.Should().BeTrue($"the board lists {tail}");
        return match.Value;
    }

    private static string Figure(string html, string name) =>
        Regex.Match(html, $"data-figure=\"{name}\">([^<]*)<").Groups[1].Value;
}
