using System.Diagnostics;

namespace OneStopBot.Tests.Support;

/// <summary>
/// The bot as its own process (the built OneStopBot.Bot.dll beside the tests), so that a test can kill it as the
/// operating system would, with no chance to finish what it was doing.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly OutputLines output = new();

    private BotProcess(Process process) => this.process = process;

    /// <summary>What the process wrote to its standard output and error, for a failure message.</summary>
    public string Output => output.ToString();

    public static BotProcess Start(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OneStopBot.Bot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The bot process did not start.");
        var bot = new BotProcess(process);
        process.OutputDataReceived += (_, e) => bot.output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => bot.output.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>SIGKILL: the process stops where it is.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as a service manager stops it, and waits for it to finish.</summary>
    public async Task StopAsync(TimeSpan patience)
    {
        if (!process.HasExited)
        {
            using var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await term.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(patience);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The bot did not stop within {patience}. Its output:\n{Output}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }

    private sealed class OutputLines
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> lines = new();

        public void Add(string? line)
        {
            if (line is not null)
            {
                lines.Enqueue(line);
            }
        }

        public override string ToString() => string.Join('\n', lines);
    }
}
