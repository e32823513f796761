namespace OneStopBot.Domain.Calendar;

/// <summary>A line of a holiday schedule file could not be used; the message names the file, the line and why.</summary>
public sealed class CalendarFileException : Exception
{
    public CalendarFileException(string sourceName, int lineNumber, string reason)
        : base($"{sourceName}, line {lineNumber}: {reason}")
    {
        SourceName = sourceName;
        LineNumber = lineNumber;
        Reason = reason;
    }

    public CalendarFileException()
        : this("(unknown)", 0, "invalid calendar file")
    {
    }

    public CalendarFileException(string message)
        : this("(unknown)", 0, message)
    {
    }

    public CalendarFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        SourceName = "(unknown)";
        Reason = message;
    }

    public string SourceName { get; }

    /// <summary>1-based line number in the file.</summary>
    public int LineNumber { get; }

    public string Reason { get; }
}
