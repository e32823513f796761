using Microsoft.EntityFrameworkCore;
using OneStopBot.Domain.Campaign;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.EndToEnd;

public sealed class LeadersTests
{
    [Fact]
    public async Task AnOfficerLogsTheExtraHalfHour_AndTheLeaderSeesItInTheRanking_TheReportAndTheExport()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SayAsync(BotUnderTest.Officer, "/start", expectedReplies: 2);
        await bot.SayAsync(BotUnderTest.Leader, "/start", expectedReplies: 2);

        var logged = await bot.SayAsync(BotUnderTest.Officer, "/them30 4");
        logged[0].Text.Should().Be("✅ Đã ghi buổi «30 phút tăng thêm vì dân» ngày 24/11/2026: 4 người được phục vụ.");

        var ranking = await bot.SayAsync(BotUnderTest.Leader, "/thidua tuan");
        ranking[0].Text.Should().StartWith("🏆 BẢNG THI ĐUA (23/11/2026–24/11/2026)")
            .And.Contain("Điểm = 0,1 × hồ sơ giải quyết + 0,5 × %đúng hạn + 0,3 × %hài lòng + 1 × lượt bình chọn + 2 × buổi tăng thêm")
            .And.Contain("1. Lan — 2 điểm: 0 hồ sơ, đúng hạn —, hài lòng —, 0 lượt bình chọn, 1 buổi tăng thêm");

        var report = await bot.SayAsync(BotUnderTest.Leader, "/baocao tuan", expectedReplies: 2);
        report.Should().Contain(m => m.FileBytes != null, "the chart comes with the report");
        report.Should().Contain(m => m.Text != null && m.Text.Contains("TUẦN NÀY (23/11/2026–24/11/2026)", StringComparison.Ordinal)
            && m.Text.Contains("30 phút tăng thêm: 1 buổi, 4 người được phục vụ", StringComparison.Ordinal));

        var export = await bot.SayAsync(BotUnderTest.Leader, "/xuat thang", expectedReplies: 4);
        var files = export.Where(m => m.FileBytes != null).ToList();
        files.Select(f => f.FileName).Should().Equal("bao-cao-20261101-20261124.xlsx", "bao-cao-20261101-20261124-ho-so.csv");
        files[0].FileBytes!.Take(2).Should().Equal((byte)'P', (byte)'K');
        System.Text.Encoding.UTF8.GetString(files[1].FileBytes!).Should().StartWith("\uFEFFMã hồ sơ,");

        var refused = await bot.SayAsync(BotUnderTest.Officer, "/baocao");
        refused[0].Text.Should().StartWith("Xin lỗi, lệnh này chỉ dành cho lãnh đạo UBND xã.");

        await using var db = bot.Db();
        (await db.ExtraSessions.SingleAsync()).Kind.Should().Be(SessionKind.ExtraHalfHour);
    }
}
