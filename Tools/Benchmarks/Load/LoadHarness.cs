using Microsoft.Extensions.DependencyInjection;
using OneStopBot.Bot.Conversation;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Microsoft.AspNetCore.Builder;
using OneStopBot.Bot;
using OneStopBot.Bot.Channels.Telegram;
using OneStopBot.FakeBotApi;
using OneStopBot.Persistence;

namespace OneStopBot.Benchmarks.Load;

/// <summary>
/// Drives the real bot host (Telegram.Bot long polling, or several instances in webhook mode behind a
/// <see cref="WebhookFront"/>; the pipeline; SQLite or PostgreSQL) through the fake Bot API server, all in this process
/// and on 127.0.0.1 only, with many officers' chats sending status messages; then reports throughput, latency from
/// update to first reply, memory, and whether every message got exactly its replies.
/// </summary>
internal static class LoadHarness
{
    private const long FirstChat = 7_100_000_001;
    private const long FirstWarmupChat = 7_200_000_001;
    private const int WarmupChats = 100;
    private const string WebhookSecret = "load-run_webhook-secret";

    /// <summary>Webhook mode for several instances; nothing is posted to the URL, the <see cref="WebhookFront"/> posts to each instance.</summary>
    private static readonly string[] WebhookArgs =
    [
        "--Telegram:Mode=Webhook",
        "--Telegram:WebhookUrl=https://bot.example.test/telegram/webhook",
        $"--Telegram:WebhookSecret={WebhookSecret}",
    ];

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        LoadOptions options;
        try
        {
            options = LoadOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }

        using var deadline = new CancellationTokenSource(options.Timeout);
        var ct = deadline.Token;
        if (options.Outbound)
        {
            return await OutboundRun.RunAsync(options, ct);
        }

        if (options.Zalo)
        {
            return await ZaloRun.RunAsync(options, ct);
        }

        var directory = Directory.CreateTempSubdirectory("onestop-load-");
        var store = options.Provider == DatabaseProvider.Sqlite
            ? new StoreConnection(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(directory.FullName, "load.db")}")
            : await LoadDatabase.CreatePostgresAsync(options.Connection!, ct);
        Console.WriteLine($"Load run: {options.Describe()}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Machine: {Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC ({GCSettings.LatencyMode}), database {LoadDatabase.Describe(store)}"));
        if (!GCSettings.IsServerGC)
        {
            // The bot is an ASP.NET Core app and runs with server GC; this program's other benchmarks do not.
            Console.WriteLine("Note: the bot runs with server GC when deployed; set DOTNET_gcServer=1 to measure it that way.");
        }

        var measuredChats = Enumerable.Range(0, options.Chats).Select(i => FirstChat + i).ToList();
        var warmupChats = options.Warmup == 0 ? [] : Enumerable.Range(0, Math.Min(WarmupChats, options.Chats)).Select(i => FirstWarmupChat + i).ToList();
        var perChat = (options.Messages + options.Chats - 1) / options.Chats;
        var warmupPerChat = warmupChats.Count == 0 ? 0 : (options.Warmup + warmupChats.Count - 1) / warmupChats.Count;

        var telegram = await FakeBotApiServer.StartAsync(ct: ct);
        telegram.KeepHistory = false;
        WebApplication? bot = null;
        List<WebApplication> others = [];
        WebhookFront? front = null;
        using var echoStop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        Task? echo = null;
        try
        {
            string[] hostArgs =
            [
                $"--Telegram:Token={telegram.Token}",
                $"--Telegram:BaseUrl={telegram.BaseUrl}",
                "--Telegram:PollTimeout=00:00:05",
                $"--Database:Provider={store.Provider}",
                $"--ConnectionStrings:OneStop={store.ConnectionString}",
                "--Office:Name=Bộ phận Một cửa UBND xã Thử Tải",
                "--Office:UnitCode=H15.50.05.13",
                "--urls=http://127.0.0.1:0",
                "--Logging:LogLevel:Default=Warning",
                .. options.Instances > 1 ? WebhookArgs : [],
                .. options.HostArgs,
            ];
            Dictionary<long, List<string>> tails;
            IServiceProvider? services = null;
            if (options.Echo)
            {
                echo = new EchoBot(new Telegram.Bot.TelegramBotClient(new Telegram.Bot.TelegramBotClientOptions(telegram.Token, telegram.BaseUrl.TrimEnd('/'))), workers: 16).RunAsync(echoStop.Token);
                tails = EchoTails([.. measuredChats, .. warmupChats], LoadScript.DossiersFor(Math.Max(perChat, warmupPerChat)));
            }
            else
            {
                // The fake server enforces none of Telegram's limits, so that the run measures the bot, not Telegram's
                // pace (30 replies a second to all chats: `load --outbound` measures that).
                bot = BotHost.Build(hostArgs, builder => builder.Services.AddSingleton(new TelegramThrottle(TelegramLimits.None, TimeProvider.System)));
                await bot.StartAsync(ct);
                services = bot.Services;
                for (var i = 1; i < options.Instances; i++)
                {
                    var other = BotHost.Build(hostArgs, builder => builder.Services.AddSingleton(new TelegramThrottle(TelegramLimits.None, TimeProvider.System)));
                    others.Add(other);
                    await other.StartAsync(ct);
                }

                if (options.Instances > 1)
                {
                    front = new WebhookFront([bot, .. others], WebhookSecret);
                }

                var seeding = Stopwatch.StartNew();
                tails = await LoadSeed.SeedAsync(bot.Services, [.. measuredChats, .. warmupChats], LoadScript.DossiersFor(Math.Max(perChat, warmupPerChat)), ct);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Seeded {tails.Count} officers and {tails.Values.Sum(t => t.Count)} dossiers in {seeding.Elapsed.TotalSeconds:0.0} s"));
            }

            Func<ScriptedMessage, Task> deliver = front is not null ? front.PostAsync : m =>
            {
                telegram.SendText(m.ChatId, m.Text, firstName: "Cán bộ");
                return Task.CompletedTask;
            };
            if (warmupChats.Count > 0)
            {
                var warmup = ForAnswerer(Interleave(warmupChats, options.Warmup, tails), options);
                var jitBeforeWarmup = (Methods: System.Runtime.JitInfo.GetCompiledMethodCount(), Time: System.Runtime.JitInfo.GetCompilationTime());
                var warm = await RunPhaseAsync(telegram, deliver, warmup, rate: null, ct);
                Report("Warm-up (closed loop)", warm);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  JIT during the warm-up: {System.Runtime.JitInfo.GetCompiledMethodCount() - jitBeforeWarmup.Methods} methods compiled in {(System.Runtime.JitInfo.GetCompilationTime() - jitBeforeWarmup.Time).TotalMilliseconds:0} ms"));
            }

            var script = ForAnswerer(Interleave(measuredChats, options.Messages, tails), options);
            if (options.PipelineOnly && services is not null)
            {
                await RunPipelineOnlyAsync(services, script, ct);
                return 0;
            }

            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            var gcBefore = GcSnapshot.Take();
            var jitBefore = (Methods: System.Runtime.JitInfo.GetCompiledMethodCount(), Time: System.Runtime.JitInfo.GetCompilationTime());
            var loadBefore = LoadAverage();
            using var sampler = new MemorySampler();
            using var machine = new MachineSampler(() => telegram.UnconfirmedUpdates, services is null ? null : WriteGateOf(services));
            var result = await RunPhaseAsync(telegram, deliver, script, options.Rate, ct);
            var usage = machine.Total();
            var gcAfter = GcSnapshot.Take();
            var loadAfter = LoadAverage();
            Report("Measured", result);
            if (options.Timeline)
            {
                foreach (var second in result.Timeline)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  second {second.At,3}: sent {second.Sent,4}, median {second.Median,7:0.0} ms, slowest {second.Max,7:0.0} ms; {machine.Second(second.At)?.Describe() ?? "not sampled"}"));
                }
            }

            if (front is not null)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  webhook: {front.Duplicated} updates of the whole run posted to all {options.Instances} instances at once, {front.Refused} posts not answered 200"));
            }

            ReportMemory(sampler, gcBefore, gcAfter);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  JIT during the measured run: {System.Runtime.JitInfo.GetCompiledMethodCount() - jitBefore.Methods} methods compiled in {(System.Runtime.JitInfo.GetCompilationTime() - jitBefore.Time).TotalMilliseconds:0} ms"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  CPU: {(gcAfter.Cpu - gcBefore.Cpu).TotalMilliseconds / result.Messages:0.00} ms of process CPU time per update (bot, fake server and harness together); load average {loadBefore} before, {loadAfter} after"));
            Console.WriteLine($"  machine during the run, average in cores of {Environment.ProcessorCount}: {usage.Describe()}");
            var targetMet = result.UpdatesPerSecond >= LoadOptions.TargetRate && result.Percentile(99) < LoadOptions.TargetP99Ms;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Target (≥ {LoadOptions.TargetRate} updates/s, p99 < {LoadOptions.TargetP99Ms} ms): {(targetMet ? "met" : "missed")}; every message got exactly its replies: {(result.Exact ? "yes" : "NO")}"));
            return result.Exact && result.Apologies == 0 && front is not { Refused: > 0 } ? 0 : 1;
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync($"The run did not finish within {options.Timeout}; stopped.");
            return 3;
        }
        finally
        {
            await echoStop.CancelAsync();
            if (echo is not null)
            {
                await echo.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            front?.Dispose();
            foreach (var other in others)
            {
                using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(15));
                await other.StopAsync(stopping.Token);
                await other.DisposeAsync();
            }

            await LoadHarness.TearDownAsync(bot, telegram, directory, options.KeepDatabase);
            if (store.Provider == DatabaseProvider.Postgres && !options.KeepDatabase)
            {
                await LoadDatabase.DropPostgresAsync(options.Connection!, store);
            }
        }
    }

    /// <summary>The echo answers each message once with itself, whatever the bot would have said.</summary>
    private static List<ScriptedMessage> ForAnswerer(List<ScriptedMessage> script, LoadOptions options) =>
        options.Echo ? [.. script.Select(m => m with { Replies = 1, Expected = Outcome.Answered })] : script;

    /// <summary>Dossier codes for the echo's script: it has no database, so any codes of the right shape do.</summary>
    private static Dictionary<long, List<string>> EchoTails(IEnumerable<long> chats, int perChat) =>
        chats.ToDictionary(chat => chat, chat => Enumerable.Range(1, perChat).Select(i => string.Create(CultureInfo.InvariantCulture, $"261124-{chat % 1000 * 10 + i:0000}")).ToList());

    /// <summary>
    /// The same messages straight into <see cref="UpdatePipeline"/> from 16 concurrent lanes (one chat per lane at a
    /// time, as the dispatcher does), replies discarded: the cost of the bot's core without HTTP and JSON.
    /// </summary>
    private static async Task RunPipelineOnlyAsync(IServiceProvider services, List<ScriptedMessage> script, CancellationToken ct)
    {
        var pipeline = services.GetRequiredService<UpdatePipeline>();
        var gate = WriteGateOf(services) ?? new WriteGate();
        var lanes = script.GroupBy(m => m.ChatId % 16).Select(g => g.ToList()).ToList();
        long updateId = 900_000_000;
        var apologies = 0;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var before = GcSnapshot.Take();
        var gateBefore = (gate.Entries, gate.Busy);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(lanes.Select(lane => Task.Run(async () =>
        {
            foreach (var m in lane)
            {
                var message = new InboundMessage(Domain.People.ChannelKind.Telegram, Interlocked.Increment(ref updateId), m.ChatId, m.ChatId, "Officer") { Text = m.Text };
                var replies = await pipeline.ProcessAsync(message, ct);
                if (replies.Any(r => r.Text.StartsWith("Xin lỗi, hệ thống", StringComparison.Ordinal)))
                {
                    Interlocked.Increment(ref apologies);
                }
            }
        }, ct)));
        clock.Stop();
        var after = GcSnapshot.Take();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Pipeline only: {script.Count} updates in {clock.Elapsed.TotalSeconds:0.00} s = {script.Count / clock.Elapsed.TotalSeconds:0} updates/s, {(after.Cpu - before.Cpu).TotalMilliseconds / script.Count:0.00} ms CPU per update, {apologies} apologies"));
        var writes = gate.Entries - gateBefore.Entries;
        var held = gate.Busy - gateBefore.Busy;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  write gate: {writes} writes, held {held.TotalSeconds:0.00} s ({held.TotalMilliseconds / Math.Max(1, writes):0.000} ms per write, {100 * held / clock.Elapsed:0} % of the time)"));
    }

    /// <summary>The bot's write gate on SQLite; PostgreSQL has none.</summary>
    private static WriteGate? WriteGateOf(IServiceProvider services) =>
        services.GetRequiredService<StoreConnection>() is { Provider: DatabaseProvider.Sqlite } store
            ? SqliteOneStopDbContext.WriteGateOf(store.ConnectionString)
            : null;

    /// <summary>Each chat's own messages in order, the chats taking turns: message r of every chat before message r + 1 of any.</summary>
    private static List<ScriptedMessage> Interleave(List<long> chats, int total, Dictionary<long, List<string>> tails)
    {
        var scripts = chats.Select((chat, i) => LoadScript.ForChat(chat, tails[chat], total / chats.Count + (i < total % chats.Count ? 1 : 0))).ToList();
        var all = new List<ScriptedMessage>(total);
        for (var round = 0; all.Count < total; round++)
        {
            foreach (var script in scripts)
            {
                if (round < script.Count)
                {
                    all.Add(script[round]);
                }
            }
        }

        return all;
    }

    private static async Task<LoadResult> RunPhaseAsync(FakeBotApiServer telegram, Func<ScriptedMessage, Task> deliver, List<ScriptedMessage> script, double? rate, CancellationToken ct)
    {
        var tracker = new ReplyTracker(script);
        telegram.OnSent = tracker.OnSent;
        var started = Stopwatch.GetTimestamp();
        if (rate is { } perSecond)
        {
            // A dedicated thread keeps the schedule even when the thread pool is saturated by the bot itself.
            var sender = new Thread(() => SendOpenLoop(deliver, tracker, script.Count, perSecond, started, ct)) { IsBackground = true, Name = "load sender" };
            sender.Start();
        }
        else
        {
            var byChat = script.Select((m, i) => (m.ChatId, i)).GroupBy(x => x.ChatId, x => x.i);
            _ = Task.WhenAll(byChat.Select(chat => Task.Run(async () =>
            {
                foreach (var index in chat)
                {
                    await tracker.Send(deliver, index).WaitAsync(ct);
                }
            }, ct)));
        }

        await tracker.AllAnswered.WaitAsync(ct);
        var ended = tracker.LastReplyAt;

        // Anything the bot sends after the last expected reply is counted as unmatched.
        await telegram.WaitUntilIdleAsync(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(30), ct);
        telegram.OnSent = null;
        return tracker.Result(started, ended);
    }

    private static void SendOpenLoop(Func<ScriptedMessage, Task> deliver, ReplyTracker tracker, int count, double perSecond, long started, CancellationToken ct)
    {
        var next = 0;
        while (next < count && !ct.IsCancellationRequested)
        {
            var due = (int)Math.Min(count, Math.Floor(Stopwatch.GetElapsedTime(started).TotalSeconds * perSecond) + 1);
            while (next < due)
            {
                _ = tracker.Send(deliver, next++);
            }

            Thread.Sleep(1);
        }
    }

    private static void Report(string phase, LoadResult r)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            {phase}: {r.Messages} updates in {r.Elapsed.TotalSeconds:0.00} s = {r.UpdatesPerSecond:0} updates/s
              latency to first reply (ms): p50 {r.Percentile(50):0.0}  p95 {r.Percentile(95):0.0}  p99 {r.Percentile(99):0.0}  max {r.Percentile(100):0.0}
              replies: {r.Answered} answered, {r.Refused} refused by a rule ({100.0 * r.Refused / r.Messages:0.0} %), {r.Stale} stale, {r.Apologies} errors (apologies); {r.Unexpected} not as scripted, {r.Unanswered} unanswered, {r.Unmatched} unmatched; {r.GotReplies}/{r.ExpectedReplies} replies
            """));
    }

    private static void ReportMemory(MemorySampler sampler, GcSnapshot before, GcSnapshot after)
    {
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
              memory: peak working set {Mb(self.PeakWorkingSet64)} MB (whole process: bot, fake server, harness), working set now {Mb(self.WorkingSet64)} MB
              GC during the measured run: peak heap {Mb(sampler.PeakHeapBytes)} MB, allocated {Mb(after.Allocated - before.Allocated)} MB, collections gen0 {after.Gen0 - before.Gen0} / gen1 {after.Gen1 - before.Gen1} / gen2 {after.Gen2 - before.Gen2}, pause {(after.Pause - before.Pause).TotalMilliseconds:0} ms (longest seen {sampler.LongestPause.Pause.TotalMilliseconds:0} ms, gen{sampler.LongestPause.Generation}); last GC heap {Mb(info.HeapSizeBytes)} MB
            """));
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0", CultureInfo.InvariantCulture);

    /// <summary>The machine is shared: other work on it shows here, and CPU time per update is the steadier figure.</summary>
    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private readonly record struct GcSnapshot(long Allocated, int Gen0, int Gen1, int Gen2, TimeSpan Pause, TimeSpan Cpu)
    {
        public static GcSnapshot Take()
        {
            using var self = Process.GetCurrentProcess();
            return new(GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), self.TotalProcessorTime);
        }
    }

    /// <summary>
    /// Samples the managed heap every 50 ms: the highest value the collector's own figures showed, and the longest
    /// pause of any collection seen (one collection in the 50 ms between two samples can be missed).
    /// </summary>
    private sealed class MemorySampler : IDisposable
    {
        private readonly Timer timer;
        private readonly Lock sync = new();
        private long peak;
        private long lastIndex = GC.GetGCMemoryInfo(GCKind.Any).Index;
        private (TimeSpan Pause, int Generation) longest;

        public MemorySampler() => timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(50));

        public long PeakHeapBytes => Interlocked.Read(ref peak);

        public (TimeSpan Pause, int Generation) LongestPause
        {
            get
            {
                lock (sync)
                {
                    return longest;
                }
            }
        }

        private void Sample()
        {
            var now = GC.GetTotalMemory(forceFullCollection: false);
            long seen;
            while (now > (seen = Interlocked.Read(ref peak)) && Interlocked.CompareExchange(ref peak, now, seen) != seen)
            {
            }

            var last = GC.GetGCMemoryInfo(GCKind.Any);
            lock (sync)
            {
                if (last.Index != lastIndex)
                {
                    lastIndex = last.Index;
                    var pause = TimeSpan.Zero;
                    foreach (var part in last.PauseDurations)
                    {
                        pause += part;
                    }

                    if (pause > longest.Pause)
                    {
                        longest = (pause, last.Generation);
                    }
                }
            }
        }

        public void Dispose() => timer.Dispose();
    }

    /// <summary>Stops the bot within 15 s, then the fake server, and deletes the run's folder unless it is to be kept.</summary>
    internal static async Task TearDownAsync(WebApplication? bot, FakeBotApiServer telegram, DirectoryInfo directory, bool keepDatabase)
    {
        if (bot is not null)
        {
            using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await bot.StopAsync(stopping.Token);
            await bot.DisposeAsync();
        }

        await telegram.DisposeAsync();
        if (!keepDatabase)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }
}
