using System.Text;
using Microsoft.Extensions.Options;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Office;
using OneStopBot.Domain.People;

namespace OneStopBot.Bot.Channels.Console;

/// <summary>
/// The local chat in the terminal, used when no Telegram token is configured. One person types and can switch
/// who they are (<c>/as officer</c>); buttons are pressed by their number (<c>#2</c>), and a line starting with
/// <c>&gt;</c> replies to the last dossier card.
/// </summary>
public sealed class ConsoleChat(
    UpdatePipeline pipeline,
    OutboxDispatcher outbox,
    ConsoleSender sender,
    OfficeDirectory offices,
    IHostApplicationLifetime lifetime,
    Microsoft.AspNetCore.Hosting.Server.IServer server,
    TimeProvider time) : BackgroundService
{
    private long nextUpdateId = time.GetUtcNow().ToUnixTimeMilliseconds() * 1000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting (the database, its log lines) before the first prompt: a piped script may
        // be read, and end, before then.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }

        var me = DemoPeople.Officer;
        sender.Write(Banner());
        using var input = new StreamReader(System.Console.OpenStandardInput(), Encoding.UTF8);
        while (!stoppingToken.IsCancellationRequested)
        {
            sender.Prompt(me.Name);
            var line = await input.ReadLineAsync(stoppingToken);
            if (line is null)
            {
                // End of input (a piped script): stop the bot once what was queued is out.
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
                lifetime.StopApplication();
                return;
            }

            line = line.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line is "/quit" or "/exit" or "/thoat")
            {
                lifetime.StopApplication();
                return;
            }

            if (line.StartsWith("/as", StringComparison.OrdinalIgnoreCase))
            {
                me = Switch(line, me);
                continue;
            }

            var message = ToInbound(line, me);
            if (message is null)
            {
                continue;
            }

            foreach (var reply in await pipeline.ProcessAsync(message, stoppingToken))
            {
                await outbox.SendReplyAsync(reply, stoppingToken);
            }
        }
    }

    private InboundMessage? ToInbound(string line, DemoPerson me)
    {
        var id = Interlocked.Increment(ref nextUpdateId);
        var message = new InboundMessage(ChannelKind.Console, id, me.Id, me.Id, me.Name);
        if (line.StartsWith('#') && int.TryParse(line[1..], out var number))
        {
            var button = sender.ButtonOf(me.Id, number);
            if (button is null)
            {
                sender.Write($"(Không có nút số {number} / no button {number})");
                return null;
            }

            return message with { ButtonData = button.Data, ReplyToText = sender.LastTextTo(me.Id) };
        }

        if (line.StartsWith('>'))
        {
            return message with { Text = line[1..].Trim(), ReplyToText = sender.LastCardTo(me.Id) };
        }

        return message with { Text = line };
    }

    private DemoPerson Switch(string line, DemoPerson current)
    {
        var who = line[3..].Trim().ToUpperInvariant() switch
        {
            "OFFICER" or "CANBO" => DemoPeople.Officer,
            "OFFICER2" or "CANBO2" => DemoPeople.SecondOfficer,
            "LEADER" or "LANHDAO" => DemoPeople.Leader,
            "ADMIN" => DemoPeople.Admin,
            "CITIZEN" or "DAN" or "NGUOIDAN" => DemoPeople.Citizen,
            _ => null,
        };
        if (who is null)
        {
            sender.Write("Dùng / use: /as officer | officer2 | leader | admin | citizen");
            return current;
        }

        sender.Write($"— Bây giờ bạn là {who.Name} ({Features.Access.AccessTexts.RoleName(who.Role, Language.Vi)}) / now you are {who.Name} ({Features.Access.AccessTexts.RoleName(who.Role, Language.En)}) —");
        return who;
    }

    private string Local(string path)
    {
        var address = server.Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        return address is null ? path : address.TrimEnd('/') + path;
    }

    private string Banner() =>
        $"""
        ══════════════════════════════════════════════════════════════
         OneStopBot — {offices.ServiceName}
         Trò chuyện cục bộ trên dữ liệu mẫu / local chat on demo data
         /as officer | officer2 | leader | admin | citizen — đổi vai / switch role
         #n — bấm nút số n / press button n;  > ... — trả lời thẻ hồ sơ / reply to the card
         /huongdan — hướng dẫn / help;  /quit — thoát / quit
         Bảng thông tin / office board: {Local(Web.BoardEndpoints.Path)}
         Việc định kỳ / job dashboard: {Local(Jobs.JobsRegistration.DashboardPath)}
         Tệp và ảnh được lưu tại / files and pictures are saved in: {sender.FilesFolder}
        ══════════════════════════════════════════════════════════════
        """;
}

public sealed record DemoPerson(long Id, string Name, Role Role, string? Desk = null);

/// <summary>The people of the demo data; the console chat speaks as one of them at a time.</summary>
public static class DemoPeople
{
    public static readonly DemoPerson Admin = new(900001, "Quản trị hệ thống", Role.Admin);
    public static readonly DemoPerson Officer = new(900002, "Nguyễn Thị Lan", Role.Officer, "Tư pháp – Hộ tịch");
    public static readonly DemoPerson SecondOfficer = new(900003, "Lò Văn Sáng", Role.Officer, "Văn hoá – Xã hội");
    public static readonly DemoPerson Leader = new(900004, "Hoàng Văn Minh", Role.Leader, "Chủ tịch UBND xã");
    public static readonly DemoPerson Citizen = new(900010, "Trần Văn Bình", Role.Citizen);

    public static IReadOnlyList<DemoPerson> All { get; } = [Admin, Officer, SecondOfficer, Leader, Citizen];
}
