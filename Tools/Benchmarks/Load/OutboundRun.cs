using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStopBot.Bot;
using OneStopBot.Domain.People;
using OneStopBot.FakeBotApi;
using OneStopBot.Persistence;
using OneStopBot.Persistence.Messaging;

namespace OneStopBot.Benchmarks.Load;

/// <summary>
/// The bot's sending at Telegram's pace: the real host against a fake Bot API that refuses with 429 whatever goes
/// past Telegram's limits (30 a second, one a second in a chat) and answers each call after 100 ms, as the real one
/// takes. One officer per ten citizens moves a dossier on, each citizen follows two of them and writes once while
/// the notices go out, so every citizen gets two notices and a reply, and every officer a reply, all at once.
/// Reports the messages delivered per second, and the answers 429.
/// </summary>
internal static class OutboundRun
{
    private const long FirstOfficer = 7_300_000_001;
    private const long FirstCitizen = 7_400_000_001;
    private const int CitizensPerOfficer = 10;
    private const double TargetPerSecond = 27;

    /// <summary>The first and last seconds are left out of the steady rate: the bot is starting up, or finishing.</summary>
    private const int EdgeSeconds = 5;

    public static async Task<int> RunAsync(LoadOptions options, CancellationToken ct)
    {
        var citizens = Enumerable.Range(0, options.Chats).Select(i => FirstCitizen + i).ToList();
        var officers = Enumerable.Range(0, Math.Max(2, options.Chats / CitizensPerOfficer)).Select(i => FirstOfficer + i).ToList();
        var directory = Directory.CreateTempSubdirectory("onestop-outbound-");
        var database = Path.Combine(directory.FullName, "outbound.db");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Outbound run: {citizens.Count} citizens following 2 dossiers each, {officers.Count} officers; fake Bot API enforcing 30 messages a second and 1 a second per chat, answering each call after 100 ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Machine: {Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, database {database}"));

        var telegram = await FakeBotApiServer.StartAsync(ct: ct);
        telegram.KeepHistory = false;
        telegram.Flood = FloodLimits.Telegram;
        telegram.ResponseDelay = TimeSpan.FromMilliseconds(100);
        WebApplication? bot = null;
        try
        {
            string[] hostArgs =
            [
                $"--Telegram:Token={telegram.Token}",
                $"--Telegram:BaseUrl={telegram.BaseUrl}",
                "--Telegram:PollTimeout=00:00:05",
                $"--ConnectionStrings:OneStop=Data Source={database}",
                "--Office:Name=Bộ phận Một cửa UBND xã Thử Tải",
                "--Office:UnitCode=H15.50.05.13",
                "--urls=http://127.0.0.1:0",
                "--Logging:LogLevel:Default=Warning",
                .. options.HostArgs,
            ];
            bot = BotHost.Build(hostArgs);
            await bot.StartAsync(ct);
            var tails = await SeedAsync(bot.Services, officers, citizens, ct);

            // Every chat's expected messages: a reply to each officer, two notices and a reply to each citizen.
            var expected = officers.ToDictionary(o => o, _ => 1);
            citizens.ForEach(c => expected[c] = 3);
            var tracker = new Delivery(expected);
            telegram.OnSent = tracker.OnSent;

            var started = Stopwatch.GetTimestamp();
            for (var i = 0; i < officers.Count; i++)
            {
                telegram.SendText(officers[i], $"{tails[officers[i]]} xu ly", firstName: "Cán bộ");
                foreach (var citizen in citizens.Skip(i * CitizensPerOfficer).Take(CitizensPerOfficer))
                {
                    telegram.SendText(citizen, "/theodoi", firstName: "Người dân");
                }
            }

            await tracker.AllDelivered.WaitAsync(ct);
            var ended = Stopwatch.GetTimestamp();
            await telegram.WaitUntilIdleAsync(TimeSpan.FromMilliseconds(1500), TimeSpan.FromSeconds(30), ct);
            telegram.OnSent = null;

            var outbox = await OutboxStatesAsync(bot.Services, ct);
            return Report(options, tracker, telegram, started, ended, outbox) ? 0 : 1;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync($"The run did not finish within {options.Timeout}; stopped.");
            return 3;
        }
        finally
        {
            await LoadHarness.TearDownAsync(bot, telegram, directory, options.KeepDatabase);
        }
    }

    /// <summary>One dossier per officer; each citizen follows its officer's dossier and the one half-way round.</summary>
    private static async Task<Dictionary<long, string>> SeedAsync(IServiceProvider services, List<long> officers, List<long> citizens, CancellationToken ct)
    {
        var tails = (await LoadSeed.SeedAsync(services, officers, dossiersPerChat: 1, ct)).ToDictionary(t => t.Key, t => t.Value.Single());
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
        var ids = await db.Dossiers.AsNoTracking().ToDictionaryAsync(d => d.CodeTail, d => d.Id, ct);
        var now = DateTime.UtcNow;
        for (var i = 0; i < citizens.Count; i++)
        {
            var own = i / CitizensPerOfficer % officers.Count;
            foreach (var officer in new[] { own, (own + (officers.Count / 2)) % officers.Count })
            {
                db.Follows.Add(new Follow { Channel = ChannelKind.Telegram, ChatId = citizens[i], DossierId = ids[tails[officers[officer]]], AtUtc = now });
            }
        }

        await db.SaveChangesAsync(ct);
        return tails;
    }

    private static async Task<Dictionary<OutboxStatus, int>> OutboxStatesAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
        return await db.Outbox.GroupBy(m => m.Status).ToDictionaryAsync(g => g.Key, g => g.Count(), ct);
    }

    private static bool Report(LoadOptions options, Delivery tracker, FakeBotApiServer telegram, long started, long ended, Dictionary<OutboxStatus, int> outbox)
    {
        var elapsed = Stopwatch.GetElapsedTime(started, ended);
        var perSecond = tracker.PerSecond(started);
        var steady = perSecond.Skip(EdgeSeconds).SkipLast(EdgeSeconds).ToList();
        var steadyRate = steady.Count == 0 ? 0 : steady.Average();
        var slowestTen = steady.Count < 10 ? steadyRate : Enumerable.Range(0, steady.Count - 9).Min(i => steady.Skip(i).Take(10).Average());
        var tooMany = telegram.TooManyRequestsAnswers;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            Delivered: {tracker.Delivered} messages ({tracker.Expected} expected) to {tracker.Chats} chats in {elapsed.TotalSeconds:0.0} s = {tracker.Delivered / elapsed.TotalSeconds:0.0} messages/s overall
              steady (seconds {EdgeSeconds + 1} to {perSecond.Count - EdgeSeconds}): {steadyRate:0.0} messages/s; slowest 10 s: {slowestTen:0.0}/s; busiest second: {(perSecond.Count == 0 ? 0 : perSecond.Max())}
              answers 429: {tooMany}; messages to a chat beyond its expected ones: {tracker.Extra}; outbox rows: {string.Join(", ", outbox.OrderBy(o => o.Key).Select(o => $"{o.Value} {o.Key}"))}
            """));
        if (options.Timeline)
        {
            Console.WriteLine("  messages accepted each second: " + string.Join(' ', perSecond));
        }

        var exact = tracker.Delivered == tracker.Expected && tracker.Extra == 0;
        var met = steadyRate >= TargetPerSecond && tooMany == 0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Target (≥ {TargetPerSecond:0} messages/s sustained, 0 answers 429): {(met ? "met" : "missed")}; every chat got exactly its messages: {(exact ? "yes" : "NO")}"));
        return exact && tooMany == 0;
    }

    /// <summary>Counts what the fake server accepted, per chat and per second, on its request threads.</summary>
    private sealed class Delivery(Dictionary<long, int> expected)
    {
        private readonly ConcurrentDictionary<long, int> received = new();
        private readonly ConcurrentQueue<long> at = new();
        private readonly TaskCompletionSource all = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int delivered;
        private int extra;

        public int Expected { get; } = expected.Values.Sum();

        public int Chats => expected.Count;

        public int Delivered => Volatile.Read(ref delivered);

        public int Extra => Volatile.Read(ref extra);

        public Task AllDelivered => all.Task;

        public void OnSent(SentMessage sent)
        {
            at.Enqueue(Stopwatch.GetTimestamp());
            var count = received.AddOrUpdate(sent.ChatId, 1, (_, n) => n + 1);
            if (!expected.TryGetValue(sent.ChatId, out var wanted) || count > wanted)
            {
                Interlocked.Increment(ref extra);
                return;
            }

            if (Interlocked.Increment(ref delivered) == Expected)
            {
                all.TrySetResult();
            }
        }

        /// <summary>Messages accepted in each whole second since <paramref name="started"/>.</summary>
        public List<int> PerSecond(long started)
        {
            var seconds = new List<int>();
            foreach (var stamp in at)
            {
                var second = (int)Stopwatch.GetElapsedTime(started, stamp).TotalSeconds;
                while (seconds.Count <= second)
                {
                    seconds.Add(0);
                }

                seconds[second]++;
            }

            return seconds;
        }
    }
}
