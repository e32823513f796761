using System.Diagnostics;
using System.Text;

namespace OneStopBot.Tests.Bot.EndToEnd;

/// <summary>The bot as <c>dotnet run --project Bot</c> starts it without a token: the console chat on demo data, in its own process.</summary>
public sealed class ConsoleChatTests
{
    [Fact]
    public async Task APipedScript_IsAnsweredInOrder_AndTheChatEndsCleanly()
    {
        var folder = Directory.CreateTempSubdirectory("onestop-console-");
        try
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = folder.FullName,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardInputEncoding = new UTF8Encoding(false),
                StandardOutputEncoding = Encoding.UTF8,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OneStopBot.Bot.dll"));
            start.ArgumentList.Add($"--ConnectionStrings:OneStop=Data Source={Path.Combine(folder.FullName, "console.db")}");
            start.ArgumentList.Add($"--ConnectionStrings:Hangfire={Path.Combine(folder.FullName, "console-jobs.db")}");
            start.ArgumentList.Add("--Telegram:Token=");
            start.ArgumentList.Add("--Web:LocalUrl=http://127.0.0.1:0");
            start.Environment.Remove("Telegram__Token");

            using var bot = Process.Start(start)!;
            var output = bot.StandardOutput.ReadToEndAsync();
            var errors = bot.StandardError.ReadToEndAsync();

            // The whole script arrives at once and ends, as from a file.
            await bot.StandardInput.WriteAsync("/as officer\n/viec\n/as citizen\n/tracuu 261127-0001\n");
            bot.StandardInput.Close();

            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            await bot.WaitForExitAsync(limit.Token);
            var text = await output;

            bot.ExitCode.Should().Be(0, await errors);
            text.Should().Contain("Hồ sơ của Nguyễn Thị Lan đang mở");
            text.Should().Contain("Bây giờ bạn là Nguyễn Thị Lan (cán bộ Một cửa)").And.NotContain("(Officer)");
            text.Should().MatchRegex(@"office board: http://127.0.0.1:\d+/board\s").And.MatchRegex(@"job dashboard: http://[^\s]+/hangfire").And.Contain("files and pictures are saved in: /");
            text.Should().Contain("Cách tra cứu: /tracuu <mã hồ sơ> <4 số cuối điện thoại>");
            text.IndexOf("Hồ sơ của Nguyễn Thị Lan", StringComparison.Ordinal).Should()
                .BeLessThan(text.IndexOf("Cách tra cứu", StringComparison.Ordinal), "the answers come in the order of the script");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
