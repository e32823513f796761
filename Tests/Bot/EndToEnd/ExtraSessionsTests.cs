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

        var signed = await bot.SayAsync(BotUnderTest.Officer, "/thubay");
        signed[0].Text.Should().Be("✅ Lan trực «Sáng thứ Bảy vì dân» ngày 28/11/2026.");
        var again = await bot.SayAsync(BotUnderTest.Officer, "/thubay 28/11/2026");
        again[0].Text.Should().Be("Lan đã có tên trong lịch trực ngày 28/11/2026.");
        var notSaturday = await bot.SayAsync(BotUnderTest.Officer, "/thubay 27/11/2026");
        notSaturday[0].Text.Should().Be("Ngày 27/11/2026 không phải thứ Bảy.");

        await using (var db = bot.Db())
        {
            var second = await db.People.SingleAsync(p => p.ExternalId == BotUnderTest.SecondOfficer);
            var assigned = await bot.SayAsync(BotUnderTest.Leader, $"/thubay giao {second.Id} 05/12/2026");
            assigned[0].Text.Should().Be("✅ Sáng trực «Sáng thứ Bảy vì dân» ngày 05/12/2026.");
        }

        var roster = await bot.SayAsync(BotUnderTest.Officer, "/thubay ds");
        roster[0].Text.Should().Be("📋 Lịch trực sáng thứ Bảy:\n• 28/11/2026: Lan\n• 05/12/2026: Sáng");
        var tooEarly = await bot.SayAsync(BotUnderTest.Officer, "/thubay ghi 5");
        tooEarly[0].Text.Should().Be("Chỉ ghi buổi trực vào ngày thứ Bảy.");
    }
}
