using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Features.Digests;
using OneStopBot.Bot.Features.Following;
using OneStopBot.Bot.Jobs;
using OneStopBot.Bot.Office;
using OneStopBot.Domain.Campaign;
using OneStopBot.Domain.Indicators;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.Jobs;

public sealed class CampaignSummaryJobTests
{
    [Fact]
    public async Task OnTheCampaignsLastWorkingDay_TheLeadersGetTheSummaryWithProposedCommendations_AndNotTheDayBefore()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        var leader = new Person(ChannelKind.Telegram, 7001, "Hoàng Văn Minh", A.At(2026, 11, 1).Utc);
        leader.GrantRole(Role.Leader, A.Unit);
        var lan = new Person(ChannelKind.Telegram, 7002, "Nguyễn Thị Lan", A.At(2026, 11, 1).Utc);
        lan.GrantRole(Role.Officer, A.Unit);
        var sang = new Person(ChannelKind.Telegram, 7003, "Lò Văn Sáng", A.At(2026, 11, 1).Utc);
        sang.GrantRole(Role.Officer, A.Unit);
        db.People.AddRange(leader, lan, sang);
        await db.SaveChangesAsync();
        var session = new ExtraSession(A.Unit, sang.Id, SessionKind.SaturdayMorning, new DateOnly(2026, 11, 21), A.At(2026, 11, 21).Utc);
        session.Log(9, A.At(2026, 11, 21, 11).Utc);
        db.ExtraSessions.Add(session);
        await db.SaveChangesAsync();

        // The campaign ends on Sunday 29/11/2026: its last working day is Friday 27/11.
        var campaign = Options.Create(new CampaignOptions { Name = "Thi đua 2026", Start = new DateOnly(2026, 11, 2), End = new DateOnly(2026, 11, 29), Commendations = 1 });
        await RunAsync(db, campaign, new DateTimeOffset(2026, 11, 26, 16, 0, 0, TimeSpan.FromHours(7)));
        (await db.Outbox.CountAsync()).Should().Be(0);

        await RunAsync(db, campaign, new DateTimeOffset(2026, 11, 27, 16, 0, 0, TimeSpan.FromHours(7)));
        await RunAsync(db, campaign, new DateTimeOffset(2026, 11, 27, 16, 5, 0, TimeSpan.FromHours(7)));

        var summary = await db.Outbox.AsNoTracking().SingleAsync();
        summary.ChatId.Should().Be(7001);
        summary.Text.Should().StartWith("🎖 TỔNG KẾT CHIẾN DỊCH «Thi đua 2026» (02/11/2026–29/11/2026)")
            .And.Contain("1. Lò Văn Sáng — 2 điểm")
            .And.EndWith("Đề xuất khen thưởng:\n• Lò Văn Sáng — hạng 1, 2 điểm");
    }

    private static Task RunAsync(OneStopDbContext db, IOptions<CampaignOptions> campaign, DateTimeOffset now)
    {
        var offices = A.Offices(campaign: campaign.Value);
        var time = new FakeTimeProvider(now);
        var outbox = new JobOutbox(new OutboxSignal(), time);
        return new CampaignSummaryJob(db, new OfficeClock(time, offices), A.Calendar, outbox, offices, new CurrentOffice(db, offices), Options.Create(new IndexWeights()), new LeaderAudience(offices)).RunAsync(default);
    }
}
