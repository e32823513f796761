using System.Diagnostics;
using System.Globalization;
using OneStopBot.Persistence;

namespace OneStopBot.Benchmarks.Load;

/// <summary>
/// What the machine did while a run was measured, once a second and in total, in cores: this process's CPU time,
/// the time the hypervisor gave the virtual CPUs to someone else (steal), the time they were idle, and the rest
/// (other processes and the kernel's own threads). A run that misses its target on a shared host shows here
/// whether the process lacked work or lacked CPU. Machine figures come from Linux's /proc/stat; elsewhere only the
/// process is reported.
/// </summary>
internal sealed class MachineSampler : IDisposable
{
    // Linux reports /proc/stat in USER_HZ ticks, which is 100 per second on every architecture .NET runs on.
    private const double TicksPerSecond = 100;

    private readonly Timer timer;
    private readonly Lock sync = new();
    private readonly List<Usage> seconds = [];
    private readonly Reading first;
    private Reading last;

    private readonly Func<int> waiting;
    private readonly WriteGate? gate;
    private (long Entries, TimeSpan Busy) lastGate;

    /// <param name="waiting">How many updates wait at the Bot API for the bot to fetch them.</param>
    /// <param name="gate">The bot's write gate (SQLite), whose use is reported for every second.</param>
    public MachineSampler(Func<int> waiting, WriteGate? gate)
    {
        this.waiting = waiting;
        this.gate = gate;
        lastGate = gate is null ? default : (gate.Entries, gate.Busy);
        first = last = Reading.Take();
        timer = new Timer(_ => Sample(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    /// <summary>Second n of the run (counted from the sampler's start), if it was sampled.</summary>
    public Usage? Second(int n)
    {
        lock (sync)
        {
            return n < seconds.Count ? seconds[n] : null;
        }
    }

    /// <summary>The whole time since the sampler started.</summary>
    public Usage Total()
    {
        var now = Reading.Take();
        return Usage.Between(first, now);
    }

    public void Dispose() => timer.Dispose();

    private void Sample()
    {
        var now = Reading.Take();
        lock (sync)
        {
            var writes = gate is null ? default : (gate.Entries, gate.Busy);
            seconds.Add(Usage.Between(last, now) with
            {
                Pool = (ThreadPool.ThreadCount, ThreadPool.PendingWorkItemCount),
                AtBotApi = waiting(),
                Writes = gate is null ? null : (writes.Entries - lastGate.Entries, writes.Busy - lastGate.Busy),
            });
            lastGate = writes;
            last = now;
        }
    }

    /// <summary>Average use over an interval, in cores (1.0 = one CPU busy the whole time); machine figures are null off Linux.</summary>
    internal sealed record Usage(double Process, double? Steal, double? Idle, double? Other)
    {
        /// <summary>The thread pool at the end of the interval: its threads and the work items waiting for one.</summary>
        public (int Threads, long Queued)? Pool { get; init; }

        /// <summary>Updates not yet fetched (or not yet confirmed) at the Bot API at the end of the interval.</summary>
        public int? AtBotApi { get; init; }

        /// <summary>Writes through the write gate in the interval, and how long it was held (counted when it was let go).</summary>
        public (long Count, TimeSpan Held)? Writes { get; init; }

        public static Usage Between(Reading from, Reading to)
        {
            var wall = Math.Max(Stopwatch.GetElapsedTime(from.At, to.At).TotalSeconds, 1e-3);
            var process = (to.Cpu - from.Cpu).TotalSeconds / wall;
            if (from.Machine is not { } a || to.Machine is not { } b)
            {
                return new Usage(process, null, null, null);
            }

            double Cores(long ticks) => ticks / TicksPerSecond / wall;
            var steal = Cores(b.Steal - a.Steal);
            var idle = Cores(b.Idle - a.Idle);
            var busy = Cores(b.Busy - a.Busy);
            return new Usage(process, steal, idle, Math.Max(0, busy - process));
        }

        public string Describe()
        {
            var cores = Steal is null
                ? string.Create(CultureInfo.InvariantCulture, $"process {Process:0.00} cores")
                : string.Create(CultureInfo.InvariantCulture, $"process {Process:0.00}, stolen {Steal:0.00}, idle {Idle:0.00}, other {Other:0.00} cores");
            var pool = Pool is { } p ? string.Create(CultureInfo.InvariantCulture, $"; thread pool {p.Threads} threads, {p.Queued} queued") : "";
            var api = AtBotApi is { } n ? string.Create(CultureInfo.InvariantCulture, $"; {n} unconfirmed at the Bot API") : "";
            var writes = Writes is { } w ? string.Create(CultureInfo.InvariantCulture, $"; write gate {w.Count} writes, held {w.Held.TotalMilliseconds:0} ms") : "";
            return cores + pool + api + writes;
        }
    }

    internal readonly record struct Reading(long At, TimeSpan Cpu, MachineTicks? Machine)
    {
        public static Reading Take()
        {
            using var self = System.Diagnostics.Process.GetCurrentProcess();
            return new Reading(Stopwatch.GetTimestamp(), self.TotalProcessorTime, MachineTicks.Read());
        }
    }

    /// <summary>The first line of /proc/stat: busy (user, nice, system, irq, softirq), idle (with I/O wait) and steal ticks.</summary>
    internal readonly record struct MachineTicks(long Busy, long Idle, long Steal)
    {
        public static MachineTicks? Read()
        {
            try
            {
                using var reader = new StreamReader("/proc/stat");
                var fields = reader.ReadLine()?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields is null || fields.Length < 9 || fields[0] != "cpu")
                {
                    return null;
                }

                long F(int i) => long.Parse(fields[i], CultureInfo.InvariantCulture);
                return new MachineTicks(Busy: F(1) + F(2) + F(3) + F(6) + F(7), Idle: F(4) + F(5), Steal: F(8));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                return null;
            }
        }
    }
}
