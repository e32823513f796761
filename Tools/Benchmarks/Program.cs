using BenchmarkDotNet.Running;

namespace OneStopBot.Benchmarks;

// A named class rather than top-level statements: the Bot's own top-level Program is visible here through
// InternalsVisibleTo, and two global Program types would clash.
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
