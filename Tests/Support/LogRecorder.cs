using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OneStopBot.Tests.Support;

/// <summary>Keeps every log entry of a host at or above a level, to check what an operator would see.</summary>
internal sealed class LogRecorder(LogLevel minimum) : ILoggerProvider
{
    public LogLevel Minimum { get; } = minimum;

    public ConcurrentQueue<(LogLevel Level, string Category, string Message, Exception? Exception)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Recorder(LogRecorder owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= owner.Minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                owner.Entries.Enqueue((logLevel, category, formatter(state, exception), exception));
            }
        }
    }
}
