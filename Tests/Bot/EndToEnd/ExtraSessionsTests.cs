using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStopBot.Bot.Jobs;
using OneStopBot.Domain.Campaign;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.EndToEnd;

public sealed class ExtraSessionsTests
{
    [Fact]
    public async Task TheHalfHourReminder_ArrivesWithButtons_AndStayingOpensTheDaysSession()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SayAsync(BotUnderTest.Officer, "/start", expectedReplies: 2);
        var before = bot.Telegram.SentTo(BotUnderTest.Officer).Count;

        bot.App.Services.GetRequiredService<IRecurringJobManager>().Trigger(ExtraHalfHourJob.Id);
        var reminder = (await bot.Telegram.WaitForMessagesAsync(BotUnderTest.Officer, before + 1))[^1];
        reminder.Text.Should().StartWith("⏳ Còn 30 phút nữa hết giờ làm việc (17:00).");

        var answer = await bot.PressAsync(BotUnderTest.Officer, reminder, "Tôi ở lại phục vụ");
        answer[0].Text.Should().Be("Cảm ơn anh/chị! Khi xong, gõ /them30 <số người được phục vụ>, ví dụ /them30 3.");
        var logged = await bot.SayAsync(BotUnderTest.Officer, "/them30 2");
        logged[0].Text.Should().Be("✅ Đã ghi buổi «30 phút tăng thêm vì dân» ngày 24/11/2026: 2 người được phục vụ.");

        // The next morning yesterday's button, or a forged one for another day, records nothing.
        bot.Clock.Advance(TimeSpan.FromHours(16));
        (await bot.PressAsync(BotUnderTest.Officer, reminder, "Tôi ở lại phục vụ"))[0].Text.Should().StartWith("Nút này là của lời nhắc ngày 24/11/2026");

        await using var db = bot.Db();
        var session = await db.ExtraSessions.SingleAsync();
        (session.Kind, session.Date, session.PeopleServed).Should().Be((SessionKind.ExtraHalfHour, new DateOnly(2026, 11, 24), 2));
    }

    [Fact]
    public async Task OfficersSignUpForSaturday_LeadersAssign_AndTheRosterIsShown()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SayAsync(BotUnderTest.Officer, "/start", expectedReplies: 2);
        await bot.SayAsync(BotUnderTest.SecondOfficer, "/start", expectedReplies: 2);
        await bot.SayAsync(BotUnderTest.Leader, "/start", expectedReplies: 2);

        var ask = (await bot.SayAsync(BotUnderTest.Officer, "/thubay")).Single();
        ask.Text.Should().Be("«Sáng thứ Bảy vì dân» ngày 28/11/2026: Chưa có ai đăng ký.\nAnh/chị có đăng ký trực sáng hôm đó không?");
        await using (var db = bot.Db())
        {
            (await db.SaturdayDuties.CountAsync()).Should().Be(0, "asking signs nobody up");
        }

        var signed = await bot.PressAsync(BotUnderTest.Officer, ask, "Đăng ký trực 28/11/2026");
        signed[0].Text.Should().Be("✅ Lan trực «Sáng thứ Bảy vì dân» ngày 28/11/2026.");
        (await bot.PressAsync(BotUnderTest.Officer, ask, "Đăng ký trực"))[0].Text.Should().Be("Lan đã có tên trong lịch trực ngày 28/11/2026.");
        var again = await bot.SayAsync(BotUnderTest.Officer, "/thubay 28/11/2026");
        again[0].Text.Should().EndWith("Anh/chị đã có tên trong lịch trực ngày này.");
        again[0].Buttons.SelectMany(r => r).Select(b => b.Text).Should().Equal("✖️ Huỷ đăng ký");
        var notSaturday = await bot.SayAsync(BotUnderTest.Officer, "/thubay 27/11/2026");
        notSaturday[0].Text.Should().Be("Ngày 27/11/2026 không phải thứ Bảy.");
        (await bot.SayAsync(BotUnderTest.Officer, "/thubay 21/11/2026"))[0].Text.Should().Be("Ngày 21/11/2026 đã qua.");
        (await bot.SayAsync(BotUnderTest.Officer, "/thubay giao"))[0].Text.Should().Contain("chỉ dành cho lãnh đạo");

        var staff = (await bot.SayAsync(BotUnderTest.Leader, "/thubay giao 05/12/2026")).Single();
        staff.Text.Should().StartWith("👥 Phân công trực sáng thứ Bảy 05/12/2026").And.Contain("Sáng").And.Contain("Lan");
        var assigned = await bot.PressAsync(BotUnderTest.Leader, staff, "Sáng");
        assigned[0].Text.Should().Be("✅ Đã phân công Sáng trực «Sáng thứ Bảy vì dân» ngày 05/12/2026; Sáng đã được báo.");
        var told = (await bot.Telegram.WaitForMessagesAsync(BotUnderTest.SecondOfficer, 3))[2];
        told.Text.Should().StartWith("📌 Minh đã phân công anh/chị trực «Sáng thứ Bảy vì dân» ngày 05/12/2026.");

        var roster = await bot.SayAsync(BotUnderTest.Officer, "/thubay ds");
        roster[0].Text.Should().Be("📋 Lịch trực sáng thứ Bảy:\n• 28/11/2026: Lan\n• 05/12/2026: Sáng");
        (await bot.SayAsync(BotUnderTest.Leader, "/thubay 28/11/2026"))[0].Text.Should().StartWith("«Sáng thứ Bảy vì dân» ngày 28/11/2026: đang có Lan trực.");
        (await bot.SayAsync(BotUnderTest.Officer, "/thubay huy 5/12"))[0].Text.Should().StartWith("«Sáng thứ Bảy vì dân»:\n/thubay", "a date that is not one changes nothing");
        (await bot.SayAsync(BotUnderTest.Leader, "/thubay giao 12 5/12"))[0].Text.Should().StartWith("«Sáng thứ Bảy vì dân»:\n/thubay");
        var cancelled = await bot.PressAsync(BotUnderTest.Officer, again[0], "Huỷ đăng ký");
        cancelled[0].Text.Should().Be("Đã huỷ đăng ký trực ngày 28/11/2026.");
        (await bot.SayAsync(BotUnderTest.Officer, "/thubay huy"))[0].Text.Should().Be("Anh/chị không có lịch trực sáng thứ Bảy nào sắp tới.");
        var leaderBefore = bot.Telegram.SentTo(BotUnderTest.Leader).Count;
        (await bot.SayAsync(BotUnderTest.SecondOfficer, "/thubay huy 05/12/2026"))[0].Text.Should().Be("Đã huỷ đăng ký trực ngày 05/12/2026.");
        var leaderTold = (await bot.Telegram.WaitForMessagesAsync(BotUnderTest.Leader, leaderBefore + 1))[^1];
        leaderTold.Text.Should().Be("ℹ️ Sáng đã huỷ lịch trực «Sáng thứ Bảy vì dân» ngày 05/12/2026.");

        var tooEarly = await bot.SayAsync(BotUnderTest.Officer, "/thubay ghi 5");
        tooEarly[0].Text.Should().Be("Chỉ ghi buổi trực vào ngày thứ Bảy.");
    }
}
