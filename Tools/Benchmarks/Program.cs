using BenchmarkDotNet.Running;
using OneStopBot.Benchmarks.Load;

namespace OneStopBot.Benchmarks;

// A named class rather than top-level statements: the Bot's own top-level Program is visible here through
// InternalsVisibleTo, and two global Program types would clash.
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["load", .. var rest])
        {
            return await LoadHarness.RunAsync(rest);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
