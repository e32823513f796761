using System.Globalization;
using System.Text;

namespace OneStopBot.Domain.Text;

/// <summary>
/// Folds Vietnamese text for matching: lower case, no diacritics, đ → d, single spaces.
/// SQLite's lower() and NOCASE fold ASCII only, so searchable columns store this key.
/// </summary>
public static class SearchKey
{
    public static string Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString();
    }

    /// <summary>True when every word of <paramref name="query"/> starts a word of, or occurs in, <paramref name="key"/>.</summary>
    public static bool Matches(string key, string query)
    {
        ArgumentNullException.ThrowIfNull(key);
        var words = Of(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(w => key.Contains(w, StringComparison.Ordinal));
    }
}
