using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Features.Digests;
using OneStopBot.Bot.Features.Following;
using OneStopBot.Bot.Office;
using OneStopBot.Domain.Calendar;
using OneStopBot.Domain.Indicators;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;

namespace OneStopBot.Bot.Jobs;

/// <summary>The leaders' morning digest: yesterday and the campaign to date, the lists, and the 14-day chart.</summary>
public sealed class DailyDigestJob(
    OneStopDbContext db,
    OfficeClock clock,
    IWorkingCalendar calendar,
    JobOutbox outbox,
    IOptions<CampaignOptions> campaign,
    IOptions<IndexWeights> weights,
    IOptions<OfficeOptions> office,
    LeaderAudience audience)
{
    public const string Id = "daily-digest";

    public async Task RunAsync(CancellationToken ct)
    {
        var today = clock.Today;
        if (!calendar.IsWorkingDay(today))
        {
            return;
        }

        var leaders = await audience.ListAsync(db, ct);
        if (leaders.Count == 0)
        {
            return;
        }

        var digest = await DigestData.LoadAsync(db, calendar, today, ReportPeriod.Yesterday, campaign.Value, weights.Value, ct);
        await outbox.QueueToEachAsync(db, leaders, Id, today, lang => Render(digest, lang), ct);
    }

    private JobMessage Render(Digest digest, Language language) =>
        new(DigestFormatter.Format(digest, office.Value.Name, campaign.Value, language), Photo: ChartOf(digest, language));

    public static Attachment ChartOf(Digest digest, Language language)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var png = DigestChart.Render(
            digest.Chart,
            language == Language.En ? "On time" : "Đúng hạn",
            language == Language.En ? "Online" : "Trực tuyến",
            language == Language.En ? "Satisfied" : "Hài lòng");
        return new Attachment($"chi-tieu-{digest.Today:yyyyMMdd}.png", png);
    }
}
