using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OneStopBot.Bot.Demo;
using OneStopBot.Bot.Features.Digests;
using OneStopBot.Bot.Features.Ranking;
using OneStopBot.Bot.Office;
using OneStopBot.Domain.Indicators;
using OneStopBot.Domain.People;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.Digests;

public sealed class DemoDigestTests
{
    [Fact]
    public async Task TheDemoData_GivesTheDigestAndTheRankingSomethingToShow()
    {
        await using var database = await TestDatabase.CreateAsync();
        var clock = new OfficeClock(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 7, 30, 0, TimeSpan.FromHours(7))), A.Offices());
        var campaign = new CampaignOptions { Name = "Thi đua", Start = new DateOnly(2026, 10, 1), End = new DateOnly(2026, 12, 31) };
        await using (var db = database.NewContext())
        {
            await DemoData.SeedAsync(db, A.Offices(), clock, A.Calendar, default);
        }

        await using var read = database.NewContext();
        var digest = await DigestData.LoadAsync(read, A.Calendar, clock.Today, ReportPeriod.Yesterday, campaign, new IndexWeights(), default);
        var ranking = await RankingQueries.RankAsync(read, A.Calendar, campaign.ToDate(clock.Today), clock.Today, campaign.Ranking, default);

        digest.Campaign!.Report.Dossiers.Received.Should().BeGreaterThan(100);
        digest.Campaign.Report.Ratings.Rated.Should().BePositive();
        digest.Campaign.Sessions.HalfHourSessions.Should().BePositive();
        digest.ComplaintsTotal.Should().Be(1);
        (await read.Complaints.SingleAsync()).TrackingCode.Should().MatchRegex(@"^PA-\d{6}-\d{3}$", "the demo complaint has a live code's shape, so it can be answered");
        ranking.Should().HaveCount(2);
        ranking.Sum(r => r.Standing.Votes).Should().Be(7);
        DigestFormatter.Format(digest, "UBND xã Thử Nghiệm", campaign, Language.Vi).Should().Contain("Chỉ số QĐ 766 (ước tính)");
    }
}
