using System.Globalization;
using Humanizer;
using OneStopBot.Domain.Text;
using OneStopBot.Domain.People;

namespace OneStopBot.Bot.Conversation;

/// <summary>One text a person reads, in Vietnamese and in English, with {0}-style placeholders.</summary>
public sealed record Text(string Vi, string En)
{
    public string this[Language language] => language == Language.En ? En : Vi;

    public string Format(Language language, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, this[language], args);
}

/// <summary>Words every feature's buttons use.</summary>
public static class CommonTexts
{
    /// <summary>The button that passes over an optional step.</summary>
    public static readonly Text SkipStep = new("Bỏ qua", "Skip");

    public static readonly Text Yes = new("Có", "Yes");

    public static readonly Text No = new("Không", "No");
}

/// <summary>How dates, times and money are shown: dd/MM/yyyy, HH:mm, 50.000 đ.</summary>
public static class Show
{
    private static readonly string[] ViWeekdays = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"];

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Time(DateTime local) => local.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string DateTime(DateTime local) => local.ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Weekday(DateOnly date, Language language) =>
        language == Language.En ? date.DayOfWeek.ToString() : ViWeekdays[(int)date.DayOfWeek];

    /// <summary>The date with its weekday: "thứ Hai 30/11/2026" / "Monday 30/11/2026".</summary>
    public static string DateWithWeekday(DateOnly date, Language language) => $"{Weekday(date, language)} {Date(date)}";

    /// <summary>
    /// The English noun for a count: "dossier" for 1, "dossiers" otherwise, "person"/"people". Vietnamese nouns do
    /// not change with the number, so the Vietnamese texts write theirs and get an empty string here.
    /// </summary>
    public static string Noun(string singular, long count, Language language) =>
        language == Language.En ? singular.ToQuantity(count, ShowQuantityAs.None) : string.Empty;

    public static string Money(long dong) =>
        dong.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.') + " đ";

    /// <summary>The first <paramref name="length"/> characters and "…" when there are more (see <see cref="TextCut"/>).</summary>
    public static string Preview(string text, int length)
    {
        var cut = TextCut.Within(text, length);
        return cut.Length == text.Length ? text : cut.TrimEnd() + "…";
    }

    /// <summary>Only the last three digits of a phone number: 09•••••123.</summary>
    public static string MaskedPhone(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        var digits = new string(phone.Where(char.IsDigit).ToArray());
        return digits.Length <= 5 ? new string('•', digits.Length) : digits[..2] + new string('•', digits.Length - 5) + digits[^3..];
    }
}
