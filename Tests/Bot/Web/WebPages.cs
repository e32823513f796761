using System.Net;
using System.Text.RegularExpressions;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.Web;

/// <summary>What the web tests share: the host's own address, a dossier received with a given name, and the privacy scan.</summary>
internal static partial class WebPages
{
    public static Uri Address(BotUnderTest bot) => new(bot.App.Urls.First());

    public static HttpClient Client(BotUnderTest bot) => new() { BaseAddress = Address(bot), Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Receives a signature certification for <paramref name="name"/> and returns its code tail.</summary>
    public static async Task<string> ReceiveAsync(BotUnderTest bot, string name, string phone)
    {
        var summary = await bot.SignatureSummaryAsync(name, phone);
        var receipt = await bot.PressAsync(BotUnderTest.Officer, summary, "Tiếp nhận", expectedReplies: 2);
        return OneStopBot.Domain.Dossiers.DossierCode.FindTail(receipt[0].Text)!;
    }

    /// <summary>The report link a leader's /baocao answers with.</summary>
    public static string ReportLink(IEnumerable<OneStopBot.FakeBotApi.SentMessage> replies) =>
        replies.Select(m => ReportLinkPattern().Match(m.Text ?? string.Empty)).First(m => m.Success).Value;

    /// <summary>
    /// Fails when a page holds any applicant's full name, any two of its words together, or a phone (whole or its last six
    /// digits), read after the page's escapes are undone.
    /// </summary>
    public static void ShouldHoldNoPersonalData(string html, IEnumerable<(string Name, string Phone)> applicants)
    {
        var text = WebUtility.HtmlDecode(html);
        var digits = DigitsOnly().Replace(text, string.Empty);
        foreach (var (name, phone) in applicants)
        {
            text.Should().NotContain(name, "the board never shows a full name");
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i + 1 < words.Length; i++)
            {
                text.Should().NotContain($"{words[i]} {words[i + 1]}", "a masked name keeps one word whole at most");
            }

            var phoneDigits = DigitsOnly().Replace(phone, string.Empty);
            text.Should().NotContain(phone);
            digits.Should().NotContain(phoneDigits, "no phone, whatever the separators");
            text.Should().NotContain(phoneDigits[^6..], "not even the tail of a phone");
        }
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/baocao/[^\s?]+(\?ky=\w+)?")]
    private static partial Regex ReportLinkPattern();

    [GeneratedRegex(@"[^\d]")]
    private static partial Regex DigitsOnly();
}
