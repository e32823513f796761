using System.Net;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.Web;

/// <summary>The leader's report page, reached through the signed link /baocao answers with.</summary>
public sealed class ReportPageTests
{
    [Fact]
    public async Task TheReportsLink_OpensTheLeadersPage_WithTheOverdueList_TheIndex_TheRankingAndTheWorkbook()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SayAsync(BotUnderTest.Officer, "/start", expectedReplies: 2);
        await bot.SayAsync(BotUnderTest.Leader, "/start", expectedReplies: 2);
        var tail = await WebPages.ReceiveAsync(bot, "Nguyễn Thị Ánh", "0912345678");
        // A signature certification received Tuesday 24/11 is due that day; nine days on it is seven working days late.
        bot.Clock.Advance(TimeSpan.FromDays(9));

        var link = WebPages.ReportLink(await bot.SayAsync(BotUnderTest.Leader, "/baocao thang", expectedReplies: 2));
        link.Should().EndWith("?ky=thang");
        using var http = WebPages.Client(bot);
        var answer = await http.GetAsync(new Uri(link));
        answer.StatusCode.Should().Be(HttpStatusCode.OK);
        answer.Headers.CacheControl!.NoStore.Should().BeTrue();
        var page = WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync());
        page.Should().Contain("THÁNG NÀY (01/12/2026–03/12/2026)")
            .And.Contain("data-indicator=\"2.1\"").And.Contain("data-indicator=\"5.4\"")
            .And.Contain("Chỉ số QĐ 766 (ước tính)")
            .And.Contain("<img alt=\"Biểu đồ 14 ngày gần nhất").And.Contain("src=\"data:image/png;base64,iVBOR")
            .And.Contain("⏰ Quá hạn: 1 hồ sơ")
            .And.Contain("🏆 Bảng thi đua");
        page.Should().Contain($"<li data-tail=\"{tail}\"><b>{tail}</b> · Lan<br><span>Chứng thực chữ ký — Hạn trả 24/11/2026, <em>quá hạn 7 ngày làm việc</em>");

        var href = System.Text.RegularExpressions.Regex.Match(page, "class=\"download\" href=\"([^\"]+)\"").Groups[1].Value;
        href.Should().EndWith("/xlsx?ky=thang");
        var workbook = await http.GetAsync(new Uri(new Uri(link), href));
        workbook.StatusCode.Should().Be(HttpStatusCode.OK);
        workbook.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        workbook.Content.Headers.ContentDisposition!.FileName.Should().Contain("bao-cao-20261201-20261203.xlsx");
        (await workbook.Content.ReadAsByteArrayAsync()).Take(2).Should().Equal((byte)'P', (byte)'K');

        var otherPeriod = await http.GetStringAsync(new Uri(link.Replace("?ky=thang", "?ky=tuan", StringComparison.Ordinal)));
        otherPeriod.Should().Contain("TUẦN NÀY (30/11/2026–03/12/2026)");
        var badPeriod = await http.GetAsync(new Uri(link.Replace("?ky=thang", "?ky=mai", StringComparison.Ordinal)));
        badPeriod.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await badPeriod.Content.ReadAsStringAsync()).Should().Contain("Không có kỳ báo cáo này.");
    }

    [Fact]
    public async Task AForgedLink_IsRefused_AndSoIsAnExpiredOne_AfterTwentyFourHoursOnTheOfficeClock()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SayAsync(BotUnderTest.Leader, "/start", expectedReplies: 2);
        var link = WebPages.ReportLink(await bot.SayAsync(BotUnderTest.Leader, "/baocao", expectedReplies: 2));
        using var http = WebPages.Client(bot);
        (await http.GetAsync(new Uri(link))).StatusCode.Should().Be(HttpStatusCode.OK);

        var token = new Uri(link).AbsolutePath["/baocao/".Length..];
        var parts = token.Split('.');
        var forgeries = new[]
        {
            $"{parts[0]}.{parts[1]}.{(parts[2][0] == 'A' ? 'B' : 'A')}{parts[2][1..]}",
            $"{long.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) + 1}.{parts[1]}.{parts[2]}",
            $"{parts[0]}.{long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) + 86_400}.{parts[2]}",
            "1.2", "not-a-link", $"{token}.extra",
        };
        foreach (var forged in forgeries)
        {
            foreach (var path in new[] { $"/baocao/{forged}", $"/baocao/{forged}/xlsx" })
            {
                var refused = await http.GetAsync(new Uri(path, UriKind.Relative));
                refused.StatusCode.Should().Be(HttpStatusCode.Forbidden, path);
                (await refused.Content.ReadAsStringAsync()).Should().Contain("Đường dẫn này không hợp lệ.").And.Contain("This link is not valid.")
                    .And.NotContain("BÁO CÁO").And.NotContain("Chỉ số");
            }
        }

        bot.Clock.Advance(TimeSpan.FromHours(23) + TimeSpan.FromMinutes(59));
        (await http.GetAsync(new Uri(link))).StatusCode.Should().Be(HttpStatusCode.OK, "a link lasts 24 hours");
        bot.Clock.Advance(TimeSpan.FromMinutes(1));
        foreach (var expired in new[] { new Uri(link), new Uri(new Uri(link).GetLeftPart(UriPartial.Path) + "/xlsx") })
        {
            var refused = await http.GetAsync(expired);
            refused.StatusCode.Should().Be(HttpStatusCode.Gone);
            (await refused.Content.ReadAsStringAsync()).Should().Contain("Đường dẫn này đã hết hạn (sau 24 giờ). Gõ /baocao");
        }
    }

    [Fact]
    public async Task ALinkOfALeaderWhoseRoleWasRevoked_IsRefused()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SayAsync(BotUnderTest.Leader, "/start", expectedReplies: 2);
        var link = WebPages.ReportLink(await bot.SayAsync(BotUnderTest.Leader, "/baocao", expectedReplies: 2));
        await using (var db = bot.Db())
        {
            var leader = db.People.Single(p => p.ExternalId == BotUnderTest.Leader);
            leader.RevokeRole(bot.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        }

        using var http = WebPages.Client(bot);
        var refused = await http.GetAsync(new Uri(link));
        refused.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("báo cáo chỉ dành cho lãnh đạo UBND xã");
    }
}
