using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Features.Digests;
using OneStopBot.Bot.Features.Following;
using OneStopBot.Bot.Features.Ranking;
using OneStopBot.Bot.Office;
using OneStopBot.Domain.Calendar;
using OneStopBot.Domain.Indicators;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;

namespace OneStopBot.Bot.Jobs;

/// <summary>On its campaign's last working day, each office's leaders receive its summary: indicators, ranking and proposed commendations.</summary>
public sealed class CampaignSummaryJob(
    OneStopDbContext db,
    OfficeClock clock,
    IWorkingCalendar calendar,
    JobOutbox outbox,
    OfficeDirectory offices,
    CurrentOffice current,
    IOptions<IndexWeights> weights,
    LeaderAudience audience)
{
    public const string Id = "campaign-summary";

    public async Task RunAsync(CancellationToken ct)
    {
        foreach (var office in offices.All)
        {
            await SummariseAsync(office, ct);
        }
    }

    private async Task SummariseAsync(OfficeProfile office, CancellationToken ct)
    {
        var today = clock.Today;
        var c = office.Campaign;
        if (!calendar.IsWorkingDay(today) || today != LastWorkingDay(c.End) || today < c.Start)
        {
            return;
        }

        var leaders = await audience.ListAsync(db, office.UnitCode, ct);
        if (leaders.Count == 0)
        {
            return;
        }

        current.Enter(office);

        var period = c.ToDate(today);
        var digest = await DigestData.LoadAsync(db, calendar, today, ReportPeriod.Campaign, c, weights.Value, ct);
        var ranking = await RankingQueries.RankAsync(db, calendar, period, today, c.Ranking, ct);
        await outbox.QueueToEachAsync(db, leaders, Id, today, lang =>
        {
            var text = new StringBuilder(RankingTexts.SummaryHeader.Format(lang, c.Name, Show.Date(c.Start), Show.Date(c.End)))
                .Append("\n\n").Append(DigestFormatter.Format(digest, office.Name, c, lang))
                .Append("\n\n").Append(RankingHandler.Format(ranking, period, c.Ranking, lang))
                .Append("\n\n").Append(RankingTexts.Proposal[lang]);
            foreach (var r in ranking.Take(c.Commendations))
            {
                text.Append('\n').Append(RankingTexts.ProposalLine.Format(lang, r.Standing.Name, r.Rank, Figures.Points(r.Score, lang)));
            }

            return new JobMessage(text.ToString());
        }, ct);
    }

    private DateOnly LastWorkingDay(DateOnly end)
    {
        var day = end;
        for (var i = 0; i < 30 && !calendar.IsWorkingDay(day); i++)
        {
            day = day.AddDays(-1);
        }

        return day;
    }
}
