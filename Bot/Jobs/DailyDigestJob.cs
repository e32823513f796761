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

/// <summary>Each office's leaders' morning digest: yesterday and the campaign to date, the lists, and the 14-day chart.</summary>
public sealed class DailyDigestJob(
    OneStopDbContext db,
    OfficeClock clock,
    IWorkingCalendar calendar,
    JobOutbox outbox,
    OfficeDirectory offices,
    CurrentOffice current,
    IOptions<IndexWeights> weights,
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

        foreach (var office in offices.All)
        {
            var leaders = await audience.ListAsync(db, office.UnitCode, ct);
            if (leaders.Count == 0)
            {
                continue;
            }

            current.Enter(office);
            var digest = await DigestData.LoadAsync(db, calendar, today, ReportPeriod.Yesterday, office.Campaign, weights.Value, ct);
            await outbox.QueueToEachAsync(db, leaders, Id, today, lang => Render(digest, office, lang), ct);
        }
    }

    private static JobMessage Render(Digest digest, OfficeProfile office, Language language) =>
        new(DigestFormatter.Format(digest, office.Name, office.Campaign, language), Photo: ChartOf(digest, language));

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
