using System.Globalization;
using System.Text.RegularExpressions;

namespace OneStopBot.Domain.Dossiers;

/// <summary>Mã hồ sơ: <c>{unit}-{yymmdd}-{nnnn}</c>, e.g. H15.50.05.13-261008-0975.</summary>
public static partial class DossierCode
{
    public static string Format(string unitCode, DateOnly receptionDate, int sequence)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unitCode);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 9999);
        return string.Create(CultureInfo.InvariantCulture, $"{unitCode}-{receptionDate:yyMMdd}-{sequence:D4}");
    }

    /// <summary>The <c>yymmdd-nnnn</c> tail of a code typed whole or in part; null when the text is no code.</summary>
    public static string? Tail(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = TailPattern().Match(text.Trim());
        return match.Success ? $"{match.Groups["date"].Value}-{match.Groups["seq"].Value}" : null;
    }

    /// <summary>
    /// The unit code of a code typed whole (H15.50.05.13-261008-0975 gives H15.50.05.13); null for a tail alone. Each
    /// office numbers its days from 0001, so in a deployment of several offices only the whole code names one dossier.
    /// </summary>
    public static string? Unit(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = TailPattern().Match(text.Trim());
        return match.Success && match.Groups["unit"].Success ? match.Groups["unit"].Value : null;
    }

    /// <summary>Finds a dossier code (whole or tail) anywhere in a text, such as a card being replied to.</summary>
    public static string? FindTail(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var match = AnywherePattern().Match(text);
        return match.Success ? $"{match.Groups["date"].Value}-{match.Groups["seq"].Value}" : null;
    }

    [GeneratedRegex(@"^(?:(?<unit>[A-Za-z0-9.]+)-)?(?<date>\d{6})-(?<seq>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex TailPattern();

    [GeneratedRegex(@"(?<![\d])(?<date>\d{6})-(?<seq>\d{4})(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex AnywherePattern();
}
