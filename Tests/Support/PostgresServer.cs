using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OneStopBot.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL cluster for the test run: initdb and pg_ctl from Debian's postgresql package, in a temporary
/// folder, on a free port of 127.0.0.1, with trust authentication, started at the first use and stopped when the test
/// process ends. Run as the <c>postgres</c> user when the tests run as root (PostgreSQL refuses root). No service and
/// no set-up outside the folder.
/// </summary>
internal static class PostgresServer
{
    public const string SkipReason =
        "PostgreSQL's initdb and pg_ctl are not installed (Debian package postgresql); .ci/run installs them and runs these tests.";

    private static readonly Lazy<string?> BinDirectory = new(FindBinaries);
    private static readonly SemaphoreSlim StartLock = new(1, 1);
    private static readonly string RunUser = File.Exists("/usr/sbin/runuser") ? "/usr/sbin/runuser" : "runuser";
    private static string? adminConnectionString;

    /// <summary>Whether the binaries are here to start a cluster.</summary>
    public static bool Available => BinDirectory.Value is not null;

    /// <summary>The connection string to the cluster's <c>postgres</c> database, starting the cluster at the first call.</summary>
    public static async Task<string> AdminConnectionStringAsync()
    {
        if (adminConnectionString is { } ready)
        {
            return ready;
        }

        await StartLock.WaitAsync();
        try
        {
            adminConnectionString ??= await StartAsync(BinDirectory.Value ?? throw new InvalidOperationException(SkipReason));
            return adminConnectionString;
        }
        finally
        {
            StartLock.Release();
        }
    }

    private static async Task<string> StartAsync(string bin)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"onestop-pg-{Guid.NewGuid():N}");
        var data = Path.Combine(folder, "data");
        Directory.CreateDirectory(folder);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await RunAsync("chown", ["postgres", folder]);
        }

        var port = FreePort();
        await RunAsPostgresAsync(asRoot, Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"]);
        // Durability is not what these tests are about: fsync off keeps a run fast.
        await RunAsPostgresAsync(asRoot, Path.Combine(bin, "pg_ctl"), [
            "-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "start",
            "-o", $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
        ]);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            RunAsPostgresAsync(asRoot, Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "stop"]).GetAwaiter().GetResult();
            Directory.Delete(folder, recursive: true);
        };
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";
    }

    private static Task RunAsPostgresAsync(bool asRoot, string file, IReadOnlyList<string> args) =>
        asRoot ? RunAsync(RunUser, ["-u", "postgres", "--", file, .. args]) : RunAsync(file, args);

    private static async Task RunAsync(string file, IReadOnlyList<string> args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited with {process.ExitCode}: {await output}{await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>initdb and pg_ctl on the PATH, or in Debian's versioned folder.</summary>
    private static string? FindBinaries()
    {
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Concat(Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(v => Path.Combine(v, "bin"))
                : []);
        return candidates.FirstOrDefault(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")));
    }
}
