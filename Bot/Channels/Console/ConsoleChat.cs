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

    /// <summary><c>/as officer</c>, <c>/as leader 2</c> (the second office's), <c>/as province</c>, <c>/as citizen</c>…</summary>
    private DemoPerson Switch(string line, DemoPerson current)
    {
        var words = line[3..].Trim().ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var office = words.Length > 1 && int.TryParse(words[1], out var n) ? n - 1 : 0;
        var staff = office >= 0 && office < offices.All.Count ? DemoPeople.StaffOf(office) : null;
        var who = words.FirstOrDefault() switch
        {
            "OFFICER" or "CANBO" => staff?[0],
            "OFFICER2" or "CANBO2" => staff?[1],
            "LEADER" or "LANHDAO" => staff?[2],
            "ADMIN" => DemoPeople.Admin,
            "CITIZEN" or "DAN" or "NGUOIDAN" => DemoPeople.Citizen,
            "PROVINCE" or "TINH" when offices.One is null => DemoPeople.ProvinceLeader,
            _ => null,
        };
        if (who is null)
        {
            sender.Write(Usage);
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

    private string Usage => offices.One is not null
        ? "/as officer | officer2 | leader | admin | citizen — đổi vai / switch role"
        : $"/as officer | officer2 | leader [1–{offices.All.Count}] | province | admin | citizen — đổi vai, xã số mấy / switch role, which commune";

    private string Banner() =>
        $"""
        ══════════════════════════════════════════════════════════════
         OneStopBot — {offices.ServiceName}
         Trò chuyện cục bộ trên dữ liệu mẫu / local chat on demo data
         {Usage}
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

    /// <summary>With several offices: a leader of the province, who belongs to none.</summary>
    public static readonly DemoPerson ProvinceLeader = new(900099, "Đinh Thị Hạnh", Role.Leader, "Lãnh đạo Trung tâm Phục vụ hành chính công tỉnh");

    private static readonly (string Officer, string SecondOfficer, string Leader)[] OtherOffices =
    [
        ("Triệu Thị Mai", "Nông Văn Quân", "Bế Văn Hùng"),
        ("Hà Thị Yến", "Vũ Đức Tuấn", "Đặng Minh Khánh"),
    ];

    /// <summary>Everyone of the demo with three offices or fewer, for naming a chat.</summary>
    public static IEnumerable<DemoPerson> All =>
        new[] { Admin, Citizen, ProvinceLeader }.Concat(Enumerable.Range(0, OtherOffices.Length + 1).SelectMany(StaffOf));

    /// <summary>
    /// The officers and leader of the office at <paramref name="index"/> in the directory: the first office's are
    /// <see cref="Officer"/>, <see cref="SecondOfficer"/> and <see cref="Leader"/>; the others' ids are 100 apart.
    /// </summary>
    public static IReadOnlyList<DemoPerson> StaffOf(int index)
    {
        if (index == 0)
        {
            return [Officer, SecondOfficer, Leader];
        }

        var names = OtherOffices[(index - 1) % OtherOffices.Length];
        var offset = 100L * index;
        return
        [
            Officer with { Id = Officer.Id + offset, Name = names.Officer },
            SecondOfficer with { Id = SecondOfficer.Id + offset, Name = names.SecondOfficer },
            Leader with { Id = Leader.Id + offset, Name = names.Leader },
        ];
    }
}
