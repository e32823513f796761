using System.Globalization;
using System.Text;

namespace OneStopBot.Domain.Text;

/// <summary>A person's name as the counter writes it: each word capitalised, the rest in lower case, the diacritics
/// the officer typed kept ("nGUYỄN thị ánh" → "Nguyễn Thị Ánh").</summary>
public static class PersonName
{
    public const int MinLength = 2;
    public const int MaxLength = 100;

    /// <summary>The name in proper case, or null when it is not a name: too short or long, or with a digit, an emoji or
    /// a symbol (letters, spaces, apostrophes, hyphens and dots only).</summary>
    public static string? Normalize(string? text)
    {
        var name = string.Join(' ', (text ?? string.Empty).Normalize(NormalizationForm.FormC).Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        if (name.Length is < MinLength or > MaxLength || !name.All(IsNameCharacter))
        {
            return null;
        }

        return string.Join(' ', name.Split(' ').Select(ProperCase));
    }

    private static bool IsNameCharacter(char c) =>
        char.IsLetter(c) || c is ' ' or '\'' or '’' or '-' or '.'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Capitals at the start of the word and after an apostrophe or a hyphen ("H'Hen", "Ksor-Nay").</summary>
    private static string ProperCase(string word)
    {
        var chars = word.ToLowerInvariant().ToCharArray();
        var capital = true;
        for (var i = 0; i < chars.Length; i++)
        {
            if (capital && char.IsLetter(chars[i]))
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
                capital = false;
            }
            else if (chars[i] is '\'' or '’' or '-')
            {
                capital = true;
            }
        }

        return new string(chars);
    }
}
