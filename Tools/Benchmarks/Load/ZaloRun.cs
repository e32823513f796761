using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OneStopBot.Bot;
using OneStopBot.FakeZaloApi;

namespace OneStopBot.Benchmarks.Load;

/// <summary>
/// Zalo events at the bot as Zalo posts them: <see cref="LoadOptions.Chats"/> citizens, all at once, each posting
/// its share of <see cref="LoadOptions.Messages"/> signed text events to the real webhook one after another (Zalo
/// waits for each answer), the bot answering each through a fake Zalo OA API on 127.0.0.1. Reports events a second,
/// the webhook's answer times (the event handled and its reply sent) against Zalo's 2 seconds, and whether every
/// event got exactly one reply.
/// </summary>
internal static class ZaloRun
{
    private const long FirstCitizen = 6_000_000_000_000_000_001;
    private static readonly string[] Texts = ["/thutuc khai tu", "/huongdan", "/amlich 01/01/2026", "/thutuc ket hon"];

    public static async Task<int> RunAsync(LoadOptions options, CancellationToken ct)
    {
        var directory = Directory.CreateTempSubdirectory("onestop-zalo-");
        var database = Path.Combine(directory.FullName, "zalo.db");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Zalo run: {options.Chats} citizens, {options.Messages} events (each citizen's in turn, all citizens at once), warm-up {options.Warmup}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Machine: {Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, database {database}"));

        var zalo = await FakeZaloApiServer.StartAsync(ct: ct);
        zalo.KeepHistory = false;
        var replies = 0;
        zalo.OnSent = _ => Interlocked.Increment(ref replies);
        WebApplication? bot = null;
        try
        {
            string[] hostArgs =
            [
                $"--Zalo:AppId={zalo.AppId}",
                $"--Zalo:AppSecret={zalo.AppSecret}",
                $"--Zalo:OaSecretKey={zalo.OaSecretKey}",
                $"--Zalo:OaId={zalo.OaId}",
                $"--Zalo:RefreshToken={FakeZaloApiServer.FirstRefreshToken}",
                $"--Zalo:ApiBaseUrl={zalo.BaseUrl}",
                $"--Zalo:OAuthBaseUrl={zalo.BaseUrl}",
                $"--Zalo:ZnsBaseUrl={zalo.BaseUrl}",
                $"--ConnectionStrings:OneStop=Data Source={database}",
                "--Office:Name=Bộ phận Một cửa UBND xã Thử Tải",
                "--Office:UnitCode=H15.50.05.13",
                "--urls=http://127.0.0.1:0",
                "--Logging:LogLevel:Default=Warning",
                .. options.HostArgs,
            ];
            bot = BotHost.Build(hostArgs);
            await bot.StartAsync(ct);
            var address = bot.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
            zalo.WebhookUrl = new Uri(address + "/zalo/webhook");

            if (options.Warmup > 0)
            {
                await DriveAsync(zalo, Math.Min(100, options.Chats), options.Warmup, FirstCitizen + 1_000_000, ct);
            }

            var before = Volatile.Read(ref replies);
            var started = Stopwatch.GetTimestamp();
            var (latencies, refused) = await DriveAsync(zalo, options.Chats, options.Messages, FirstCitizen, ct);
            var elapsed = Stopwatch.GetElapsedTime(started);
            await zalo.WaitUntilIdleAsync(TimeSpan.FromMilliseconds(500));
            var got = Volatile.Read(ref replies) - before;

            latencies.Sort();
            double P(double q) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)(q * latencies.Count))];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Events: {latencies.Count} in {elapsed.TotalSeconds:0.00} s = {latencies.Count / elapsed.TotalSeconds:0} events/s; webhook answer p50 {P(0.50):0.0} ms, p95 {P(0.95):0.0} ms, p99 {P(0.99):0.0} ms, max {latencies[^1]:0.0} ms; over 2 s: {latencies.Count(l => l > 2000)}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Replies: {got} for {latencies.Count} events (exactly one each: {(got == latencies.Count ? "yes" : "NO")}); webhook answers other than 200: {refused}; Zalo refusals: {zalo.Refusals.Count}; token refreshes: {zalo.Refreshes.Count}"));
            return got == latencies.Count && refused == 0 ? 0 : 1;
        }
        finally
        {
            if (bot is not null)
            {
                await bot.StopAsync(CancellationToken.None);
                await bot.DisposeAsync();
            }

            await zalo.DisposeAsync();
            if (!options.KeepDatabase)
            {
                try
                {
                    directory.Delete(recursive: true);
                }
                catch (IOException)
                {
                    // A file still held a moment longer: the temporary folder is cleaned anyway.
                }
            }
        }
    }

    /// <summary>Each citizen posts its events in turn, all citizens at once; returns each event's answer time in ms.</summary>
    private static async Task<(List<double> Latencies, int Refused)> DriveAsync(FakeZaloApiServer zalo, int chats, int messages, long firstCitizen, CancellationToken ct)
    {
        var perChat = (messages + chats - 1) / chats;
        var refused = 0;
        var results = await Task.WhenAll(Enumerable.Range(0, chats).Select(c => Task.Run(
            async () =>
            {
                var user = (firstCitizen + c).ToString(CultureInfo.InvariantCulture);
                var times = new List<double>(perChat);
                for (var i = 0; i < perChat && c * perChat + i < messages; i++)
                {
                    ct.ThrowIfCancellationRequested();
                    var sent = Stopwatch.GetTimestamp();
                    var status = await zalo.SendTextAsync(user, Texts[i % Texts.Length]);
                    times.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                    if (status != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref refused);
                    }
                }

                return times;
            },
            ct)));
        return (results.SelectMany(t => t).ToList(), refused);
    }
}
