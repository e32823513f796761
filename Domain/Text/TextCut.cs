namespace OneStopBot.Domain.Text;

/// <summary>Cutting text to a length without splitting the two halves of one character (an emoji): half of one can be
/// neither sent nor stored in PostgreSQL's text.</summary>
public static class TextCut
{
    /// <summary>At most <paramref name="length"/> UTF-16 units of <paramref name="text"/>, one fewer when the last would be
    /// the first half of a character.</summary>
    public static string Within(string text, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= length)
        {
            return text;
        }

        return text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)];
    }
}
