using System.Globalization;
using Humanizer;
using OneStopBot.Bot.Conversation;
using OneStopBot.Domain.Indicators;
using OneStopBot.Domain.People;

namespace OneStopBot.Bot.Features.Digests;

/// <summary>
/// Numbers and durations as people read them. Humanizer gives the Vietnamese durations; what it gets wrong in
/// Vietnamese (plurals with an English "s", "one" for 1 in words, "&amp;" in lists, English weekdays) is not used,
/// and the exact strings are pinned by tests.
/// </summary>
public static class Figures
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"87,5%" / "87.5%"; "—" when there is nothing to count.</summary>
    public static string Percent(Ratio ratio, Language language) =>
        ratio.Value is { } v ? Percent(v, language) : "—";

    public static string Percent(double value, Language language) =>
        Math.Round(value * 100, 1).ToString("0.#", Culture(language)) + "%";

    /// <summary>A score with one decimal: "18,7" / "18.7".</summary>
    public static string Points(double value, Language language) =>
        Math.Round(value, 1).ToString("0.#", Culture(language));

    /// <summary>A span of whole days: "1 ngày", "3 ngày", "14 ngày" / "1 day", "3 days".</summary>
    public static string Days(int days, Language language) =>
        TimeSpan.FromDays(Math.Max(0, days)).Humanize(precision: 1, culture: Culture(language), maxUnit: Humanizer.TimeUnit.Day, minUnit: Humanizer.TimeUnit.Day);

    /// <summary>"quá hạn 3 ngày làm việc" / "3 working days late": lateness counts working days, as due dates do.</summary>
    public static string Late(int workingDays, Language language)
    {
        var days = Math.Max(0, workingDays);
        var number = days.ToString(Culture(language));
        return language == Language.En
            ? $"{number} working {Show.Noun("day", days, language)} late"
            : $"quá hạn {number} ngày làm việc";
    }

    /// <summary>"hôm qua", "cách đây 3 ngày" / "yesterday", "3 days ago", relative to <paramref name="today"/>.</summary>
    public static string Ago(DateOnly day, DateOnly today, Language language) =>
        day.ToDateTime(TimeOnly.MinValue).Humanize(dateToCompareAgainst: today.ToDateTime(TimeOnly.MinValue), culture: Culture(language));

    private static CultureInfo Culture(Language language) => language == Language.En ? En : Vi;
}
