using System.Globalization;

namespace OneStopBot.Benchmarks.Load;

/// <summary>
/// <c>load [--chats 1000] [--messages 20000] [--rate 315|closed] [--warmup 10000] [--timeout 00:05:00] [--keep-db]
/// [--timeline] [--outbound] [--zalo] [--echo] [--provider Sqlite|Postgres --connection "Host=…"] [--instances 2] [--Section:Key=value …]</c>. Arguments of the form <c>--Section:Key=value</c> go to the bot's host unchanged,
/// so a setting such as <c>--Telegram:Workers=32</c> can be tried without a rebuild.
/// </summary>
internal sealed record LoadOptions
{
    public int Chats { get; init; } = 1000;

    public int Messages { get; init; } = 20_000;

    /// <summary>
    /// Updates per second offered whatever the bot does (open loop); null: each chat waits for its reply (closed
    /// loop). The default is 5 % above the 300/s target: a bot that keeps pace with it shows at least 300/s.
    /// </summary>
    public double? Rate { get; init; } = 315;

    /// <summary>The updates/s the bot must keep up with, with p99 under <see cref="TargetP99Ms"/>.</summary>
    public const double TargetRate = 300;

    public const double TargetP99Ms = 200;

    /// <summary>Answer with <see cref="EchoBot"/> instead of the bot: the instrument's floor.</summary>
    public bool Echo { get; init; }

    public Persistence.DatabaseProvider Provider { get; init; } = Persistence.DatabaseProvider.Sqlite;

    /// <summary>
    /// PostgreSQL: a connection string of a user that may create databases; the run creates a database of its own
    /// there and drops it afterwards (unless --keep-db).
    /// </summary>
    public string? Connection { get; init; }

    /// <summary>
    /// Instances of the bot in webhook mode on one PostgreSQL database, behind a <see cref="WebhookFront"/> that
    /// spreads the updates and posts one in ten to every instance; 1: one instance, long polling.
    /// </summary>
    public int Instances { get; init; } = 1;

    /// <summary>
    /// Messages sent (closed loop, by separate chats) before measuring, so that the JIT has moved the hot code to
    /// its optimised tier and pools and caches are warm, as in a bot that has been running for a while. With 2,000
    /// the measured run still spent 6–13 s of CPU compiling 8,000–10,000 methods.
    /// </summary>
    public int Warmup { get; init; } = 10_000;

    /// <summary>The whole run, warm-up included, is abandoned after this.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    public bool KeepDatabase { get; init; }

    /// <summary>Print, for each second of the measured run, how many messages were sent and their median and slowest answer.</summary>
    public bool Timeline { get; init; }

    /// <summary>Feed the script straight into the message pipeline, without Telegram: what the bot's core costs alone.</summary>
    public bool PipelineOnly { get; init; }

    /// <summary>
    /// Measure sending instead (<see cref="OutboundRun"/>): <see cref="Chats"/> citizens, two notices and a reply each,
    /// to a fake Bot API that enforces Telegram's limits; --messages, --rate and --warmup do not apply.
    /// </summary>
    public bool Outbound { get; init; }

    /// <summary>Drive Zalo events at the webhook instead (<see cref="ZaloRun"/>); --rate does not apply.</summary>
    public bool Zalo { get; init; }

    public IReadOnlyList<string> HostArgs { get; init; } = [];

    public string Describe()
    {
        var loop = Rate is { } r ? string.Create(CultureInfo.InvariantCulture, $"open loop at {r:0.#} updates/s") : "closed loop (one message in flight per chat)";
        var host = HostArgs.Count == 0 ? string.Empty : ", host " + string.Join(' ', HostArgs);
        var answerer = Echo ? "echo (the instrument's floor)"
            : Instances > 1 ? $"{Instances} instances of the bot on {Provider} behind one webhook, one update in {WebhookFront.DuplicateEvery} posted to every instance"
            : $"the bot on {Provider}";
        return string.Create(CultureInfo.InvariantCulture, $"{answerer}, chats {Chats}, messages {Messages}, {loop}, warm-up {Warmup}{host}");
    }

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        var host = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{arg} needs a value.");
            switch (arg)
            {
                case "--chats":
                    options = options with { Chats = PositiveInt(arg, Value()) };
                    break;
                case "--messages":
                    options = options with { Messages = PositiveInt(arg, Value()) };
                    break;
                case "--rate":
                    var rate = Value();
                    options = options with
                    {
                        Rate = rate is "closed" or "0" ? null
                            : double.TryParse(rate, NumberStyles.Float, CultureInfo.InvariantCulture, out var r) && r > 0 ? r
                            : throw new ArgumentException("--rate takes updates per second, or \"closed\"."),
                    };
                    break;
                case "--warmup":
                    options = options with { Warmup = int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var w) ? w : throw new ArgumentException("--warmup takes a count of messages.") };
                    break;
                case "--timeout":
                    options = options with { Timeout = TimeSpan.TryParse(Value(), CultureInfo.InvariantCulture, out var t) && t > TimeSpan.Zero ? t : throw new ArgumentException("--timeout takes hh:mm:ss.") };
                    break;
                case "--pipeline-only":
                    options = options with { PipelineOnly = true };
                    break;
                case "--outbound":
                    options = options with { Outbound = true };
                    break;
                case "--zalo":
                    options = options with { Zalo = true };
                    break;
                case "--echo":
                    options = options with { Echo = true };
                    break;
                case "--provider":
                    options = options with { Provider = ParseProvider(Value()) };
                    break;
                case "--instances":
                    options = options with { Instances = PositiveInt(arg, Value()) };
                    break;
                case "--connection":
                    options = options with { Connection = Value() };
                    break;
                case "--timeline":
                    options = options with { Timeline = true };
                    break;
                case "--keep-db":
                    options = options with { KeepDatabase = true };
                    break;
                default:
                    if (!arg.StartsWith("--", StringComparison.Ordinal) || !arg.Contains(':', StringComparison.Ordinal) || !arg.Contains('=', StringComparison.Ordinal))
                    {
                        throw new ArgumentException($"Unknown option {arg}. Use --chats, --messages, --rate, --warmup, --timeout, --keep-db, --timeline, --pipeline-only, --outbound, --zalo, --echo, --provider, --connection, --instances or --Section:Key=value for the bot.");
                    }

                    host.Add(arg);
                    break;
            }
        }

        if (options.Messages < options.Chats && !options.Outbound)
        {
            throw new ArgumentException("--messages must be at least --chats: every chat sends at least one message.");
        }

        if (options.Provider == Persistence.DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(options.Connection))
        {
            throw new ArgumentException("--provider Postgres needs --connection \"Host=…;Username=…;Password=…\" of a user that may create databases.");
        }

        if (options.Instances > 1 && (options.Provider != Persistence.DatabaseProvider.Postgres || options.Echo || options.Outbound || options.Zalo || options.PipelineOnly))
        {
            throw new ArgumentException("--instances above 1 runs the bot in webhook mode on PostgreSQL: it needs --provider Postgres and goes with neither --echo, --outbound, --zalo nor --pipeline-only.");
        }

        return options with { HostArgs = host };
    }

    private static Persistence.DatabaseProvider ParseProvider(string text)
    {
        try
        {
            return Persistence.StoreConnection.ParseProvider(text);
        }
        catch (InvalidOperationException e)
        {
            throw new ArgumentException(e.Message, e);
        }
    }

    private static int PositiveInt(string name, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"{name} takes a positive number.");
}
