using System.Text;
using Microsoft.Extensions.Options;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Office;
using OneStopBot.Bot.Features.Access;
using OneStopBot.Bot.Features.Digests;
using OneStopBot.Domain.Calendar;
using OneStopBot.Domain.Indicators;
using OneStopBot.Domain.People;
using OneStopBot.Persistence.Indicators;

namespace OneStopBot.Bot.Features.Ranking;

/// <summary>/thidua [period]: the emulation ranking with its formula.</summary>
internal sealed class RankingHandler(IWorkingCalendar calendar, CurrentOffice current, OfficeDirectory offices, IOptions<IndexWeights> weights)
{
    public async Task RankAsync(ChatContext ctx, string args, CancellationToken ct)
    {
        if (!AccessHandler.RequireStaff(ctx))
        {
            return;
        }

        // "/thidua xa [period]" ranks the communes; a province leader, who has no officers of their own, always gets that.
        var words = args.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var communes = words.Length > 0 && Domain.Text.SearchKey.Of(words[0]) is "xa" or "communes";
        var periodWords = communes ? words.ElementAtOrDefault(1) ?? string.Empty : args;
        if (ReportsHandler.ParsePeriod(periodWords, ReportPeriod.Campaign) is not { } kind)
        {
            ctx.Reply(ctx.T(RankingTexts.Usage));
            return;
        }

        if (communes || current.Profile is null)
        {
            var province = await ProvinceReport.LoadAsync(ctx.Db, current, offices, calendar, kind, ctx.Now.Date, weights.Value, ct);
            ctx.Reply(ProvinceReport.FormatRanking(province, ctx.Language));
            return;
        }

        var campaign = current.Profile.Campaign;
        var period = DigestData.PeriodOf(kind, ctx.Now.Date, campaign);
        var ranking = await RankingQueries.RankAsync(ctx.Db, calendar, period, ctx.Now.Date, campaign.Ranking, ct);
        ctx.Reply(Format(ranking, period, campaign.Ranking, ctx.Language));
    }

    public static string Format(IReadOnlyList<RankedOfficer> ranking, Period period, RankingFormula formula, Language lang)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(formula);
        var text = new StringBuilder(RankingTexts.Header.Format(lang, Show.Date(period.From), Show.Date(period.To)));
        text.Append('\n').Append(RankingTexts.Formula.Format(
            lang,
            Figures.Points(formula.PerDossier, lang),
            Figures.Points(formula.PerOnTimePoint, lang),
            Figures.Points(formula.PerSatisfactionPoint, lang),
            Figures.Points(formula.PerVote, lang),
            Figures.Points(formula.PerExtraSession, lang)));
        if (ranking.Count == 0)
        {
            text.Append('\n').Append(RankingTexts.Empty[lang]);
        }

        foreach (var r in ranking)
        {
            var s = r.Standing;
            text.Append('\n').Append(RankingTexts.Line.Format(
                lang, r.Rank, s.Name, Figures.Points(r.Score, lang), s.Handled, Figures.Percent(s.OnTime, lang), Figures.Percent(s.Satisfaction, lang), s.Votes, s.ExtraSessions, Show.Noun("dossier", s.Handled, lang), Show.Noun("vote", s.Votes, lang), Show.Noun("session", s.ExtraSessions, lang)));
        }

        return text.ToString();
    }
}
