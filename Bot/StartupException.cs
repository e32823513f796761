namespace OneStopBot.Bot;

/// <summary>The bot cannot start, for a reason the operator can mend; its message says what and how, without a stack trace.</summary>
public sealed class StartupException(string message, Exception inner) : Exception(message, inner);
