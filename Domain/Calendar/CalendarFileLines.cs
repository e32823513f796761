namespace OneStopBot.Domain.Calendar;

/// <summary>The data lines of a calendar CSV file: blank lines and <c>#</c> comments skipped, and the header line if it leads.</summary>
internal static class CalendarFileLines
{
    /// <summary>Each data line, trimmed, with its 1-based number in the file; <paramref name="headerStart"/> opens the header (e.g. "date,").</summary>
    public static IEnumerable<(int Number, string Text)> Read(TextReader reader, string headerStart)
    {
        bool pastHeader = false;
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            string trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            if (!pastHeader && trimmed.StartsWith(headerStart, StringComparison.OrdinalIgnoreCase))
            {
                pastHeader = true;
                continue;
            }

            pastHeader = true;
            yield return (lineNumber, trimmed);
        }
    }
}
