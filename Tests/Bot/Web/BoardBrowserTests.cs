using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStopBot.Bot.Demo;
using OneStopBot.Bot.Office;
using OneStopBot.Domain.Calendar;
using OneStopBot.Tests.Support;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace OneStopBot.Tests.Bot.Web;

/// <summary>The board and the report page in a real browser: laid out by Chromium, updated by their own script.</summary>
public sealed class BoardBrowserTests
{
    /// <summary>
    /// Everything that does not fit, as sentences: the page scrolling, an element past the screen's edge, text cut off in
    /// its box (an ellipsis counts), a section's content past the section, and two sections overlapping.
    /// </summary>
    private const string LayoutProblems =
        """
        const problems = [], W = innerWidth, H = innerHeight, root = document.documentElement;
        if (root.scrollWidth > W || root.scrollHeight > H) problems.push(`page scrolls: ${root.scrollWidth}x${root.scrollHeight} in ${W}x${H}`);
        const name = e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + (e.dataset.tail || e.dataset.target || e.dataset.figure || '');
        for (const e of document.querySelectorAll('#board, #board *')) {
          const r = e.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue;
          if (r.left < -0.5 || r.top < -0.5 || r.right > W + 0.5 || r.bottom > H + 0.5) problems.push(`${name(e)} leaves the screen: ${JSON.stringify(r)}`);
          if (e.children.length === 0 && e.textContent.trim() && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 2)) problems.push(`${name(e)} cuts its text "${e.textContent.trim()}": ${e.scrollWidth}x${e.scrollHeight} in ${e.clientWidth}x${e.clientHeight}`);
        }
        const boxes = [...document.querySelectorAll('#board > header, #board > footer, #board section')];
        for (const s of document.querySelectorAll('#board section')) {
          const box = s.getBoundingClientRect();
          if (s.scrollHeight > s.clientHeight + 1) problems.push(`${name(s)} overflows: ${s.scrollHeight} in ${s.clientHeight}`);
          for (const e of s.querySelectorAll('*')) {
            const r = e.getBoundingClientRect();
            if (r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5)) problems.push(`${name(e)} spills out of ${name(s)}`);
          }
        }
        for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i].getBoundingClientRect(), b = boxes[j].getBoundingClientRect();
          if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) problems.push(`${name(boxes[i])} overlaps ${name(boxes[j])}`);
        }
        return problems.join('\n');
        """;

    [SkippableFact]
    public async Task TheBoard_FitsBothScreens_ShowsAResultMarkedDoneByChatWithoutAReload_AndKeepsItsFiguresWhenTheServerIsGone()
    {
        Skip.IfNot(Chromium.Available, Chromium.SkipReason);
        await using var bot = await BotUnderTest.StartAsync(extraArgs: "--Web:BoardRefreshSeconds=1");
        await SeedDemoDataAsync(bot);
        await bot.SayAsync(BotUnderTest.Officer, "/start", expectedReplies: 2);
        await MarkDoneByChatAsync(bot, 8);
        bot.Clock.Advance(TimeSpan.FromSeconds(5));
        var board = new Uri(WebPages.Address(bot), "/board");
        var docs = Chromium.ScreenshotFolder();
        using var driver = Chromium.Start();
        foreach (var (width, height) in new[] { (1366, 768), (1920, 1080) })
        {
            Chromium.Resize(driver, width, height);
            await driver.Navigate().GoToUrlAsync(board);
            driver.FindElements(By.CssSelector(".ready li")).Should().HaveCount(8, "the demo office has more results waiting than a screen shows");
            Chromium.Screenshot(driver, Path.Combine(docs, $"board-{width}x{height}.png")).Should().Be((width, height));
            ((string?)driver.ExecuteScript(LayoutProblems)).Should().BeNullOrEmpty($"nothing overflows or overlaps at {width}×{height}");
        }

        // A result marked done in the chat appears on the open page, which is never reloaded.
        driver.ExecuteScript("window.sameDocument = true;");
        var tail = await WebPages.ReceiveAsync(bot, "Bùi Thị Thanh Xuân", "0966123456");
        bot.Clock.Advance(TimeSpan.FromMinutes(30));
        await bot.SayAsync(BotUnderTest.Officer, $"{tail} xong");
        bot.Clock.Advance(TimeSpan.FromSeconds(5));
        var row = new WebDriverWait(driver, TimeSpan.FromSeconds(30)).Until(d => d.FindElements(By.CssSelector($"li[data-tail='{tail}']")).FirstOrDefault());
        row.Text.Should().Contain("Bùi T. T. X.");
        driver.ExecuteScript("return window.sameDocument === true;").Should().Be(true, "the page swapped its content in, not reloaded");
        ((string?)driver.ExecuteScript(LayoutProblems)).Should().BeNullOrEmpty("the updated board still fits");

        await using (var db = bot.Db())
        {
            var applicants = await db.Dossiers.Select(d => new { d.ApplicantName, d.ApplicantPhone }).ToListAsync();
            applicants.Should().HaveCountGreaterThan(100);
            WebPages.ShouldHoldNoPersonalData(driver.PageSource, applicants.Select(a => (a.ApplicantName, a.ApplicantPhone)));
        }

        // The server goes away: the last figures stay, with a quiet notice.
        await bot.App.StopAsync();
        new WebDriverWait(driver, TimeSpan.FromSeconds(30)).Until(d => d.FindElement(By.Id("offline")).Displayed).Should().BeTrue();
        driver.FindElement(By.CssSelector($"li[data-tail='{tail}']")).Displayed.Should().BeTrue("the last figures stay on screen");
        driver.FindElement(By.Id("offline")).Text.Should().Be("Không kết nối được máy chủ — đang hiển thị số liệu của lần cập nhật cuối.");
    }

    [SkippableFact]
    public async Task TheLeadersPage_ReadsOnAPhone_WithoutSidewaysScrolling()
    {
        Skip.IfNot(Chromium.Available, Chromium.SkipReason);
        await using var bot = await BotUnderTest.StartAsync();
        await SeedDemoDataAsync(bot);
        await bot.SayAsync(BotUnderTest.Leader, "/start", expectedReplies: 2);
        var link = WebPages.ReportLink(await bot.SayAsync(BotUnderTest.Leader, "/baocao chiendich", expectedReplies: 2));
        using var driver = Chromium.Start();
        Chromium.Resize(driver, 412, 915, mobile: true);
        await driver.Navigate().GoToUrlAsync(link);
        driver.FindElement(By.Id("overdue")).Text.Should().Contain("Quá hạn");
        driver.FindElements(By.CssSelector("#ranking tbody tr")).Should().NotBeEmpty();
        driver.FindElement(By.CssSelector("#chart img")).GetDomProperty("naturalWidth").Should().Be("900", "the chart is drawn");
        var (scrollWidth, width) = ((long)(driver.ExecuteScript("return document.documentElement.scrollWidth;")!), (long)driver.ExecuteScript("return innerWidth;")!);
        scrollWidth.Should().BeLessThanOrEqualTo(width, "the page reads without scrolling sideways");
        ((string?)driver.ExecuteScript("return [...document.querySelectorAll('section')].filter(s => s.scrollWidth > s.clientWidth + 1).map(s => s.id).join(', ');"))
            .Should().BeNullOrEmpty("no table is wider than the phone");

        // The whole page in one picture: the viewport made as tall as the page.
        var height = (long)driver.ExecuteScript("return document.documentElement.scrollHeight;")!;
        Chromium.Resize(driver, 412, (int)Math.Min(height, 6000), mobile: true);
        Chromium.Screenshot(driver, Path.Combine(Chromium.ScreenshotFolder(), "report-phone.png")).Width.Should().Be(412);
    }

    /// <summary>Some of the demo office's dossiers in hand, marked "xong" by an officer in the chat, one a minute.</summary>
    private static async Task MarkDoneByChatAsync(BotUnderTest bot, int count)
    {
        List<string> tails;
        await using (var db = bot.Db())
        {
            tails = await db.Dossiers.Where(d => d.State == OneStopBot.Domain.Dossiers.DossierState.Processing).OrderBy(d => d.Id).Select(d => d.CodeTail).Take(count).ToListAsync();
        }

        tails.Should().HaveCount(count);
        foreach (var tail in tails)
        {
            bot.Clock.Advance(TimeSpan.FromMinutes(1));
            (await bot.SayAsync(BotUnderTest.Officer, $"{tail} xong")).Single().Text.Should().Contain("Đã có kết quả, chờ trả");
        }
    }

    /// <summary>The console chat's demo office (about 200 dossiers over six weeks), on the test's database and clock.</summary>
    private static async Task SeedDemoDataAsync(BotUnderTest bot)
    {
        await using var db = bot.Db();
        await DemoData.SeedAsync(db, bot.App.Services.GetRequiredService<OfficeDirectory>(), bot.App.Services.GetRequiredService<OfficeClock>(), bot.App.Services.GetRequiredService<IWorkingCalendar>(), CancellationToken.None);
    }
}
