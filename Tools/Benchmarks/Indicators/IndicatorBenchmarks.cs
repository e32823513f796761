using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using OneStopBot.Domain.Calendar;
using OneStopBot.Domain.Indicators;
using OneStopBot.Persistence;
using OneStopBot.Persistence.Indicators;

namespace OneStopBot.Benchmarks.Indicators;

/// <summary>
/// The campaign indicators over a million dossiers on SQLite: the whole-office report (targets and index) and the
/// per-officer split the ranking needs. Run: <c>dotnet run -c Release --project Tools/Benchmarks -- --filter '*IndicatorBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(OneShotInProcess))]
public class IndicatorBenchmarks
{
    private static readonly Period Campaign = new(IndicatorData.CampaignStart, IndicatorData.CampaignEnd);
    private static readonly DateOnly AsOf = IndicatorData.CampaignEnd.AddDays(1);
    private static readonly IWorkingCalendar Calendar = new VietnamWorkingCalendar();

    private StoreConnection store = null!;

    [Params(1_000_000)]
    public int Dossiers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var path = IndicatorData.EnsureAsync(Dossiers).GetAwaiter().GetResult();
        store = new StoreConnection(DatabaseProvider.Sqlite, IndicatorData.ConnectionString(path));
    }

    [Benchmark]
    public async Task<IndicatorReport> CampaignReport()
    {
        await using var db = PersistenceRegistration.NewContext(store);
        return await IndicatorQueries.ReportAsync(db, Calendar, Campaign, AsOf, new CampaignTargets(), new IndexWeights(), default);
    }

    [Benchmark]
    public async Task<int> CampaignByOfficer()
    {
        await using var db = PersistenceRegistration.NewContext(store);
        var dossiers = await IndicatorQueries.DossiersAsync(db, Calendar, Campaign, AsOf, Slice.Officer, default);
        var ratings = await IndicatorQueries.RatingsAsync(db, Campaign, Slice.Officer, default);
        return dossiers.Count + ratings.Count;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"// {Dossiers:N0} dossiers: peak working set of the benchmark process {process.PeakWorkingSet64 / (1024 * 1024)} MB");
    }

    /// <summary>Each call takes about a second: a few measured calls are enough. In process, because the default toolchain
    /// looks for a project file named after the assembly (OneStopBot.Benchmarks.csproj) and the project file is Benchmarks.csproj.</summary>
    private sealed class OneShotInProcess : ManualConfig
    {
        public OneShotInProcess() =>
            AddJob(Job.Default
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(1)
                .WithIterationCount(5)
                .WithToolchain(InProcessEmitToolchain.Instance));
    }
}
