using System.Text;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Office;
using OneStopBot.Domain.Calendar;
using OneStopBot.Domain.Indicators;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;
using OneStopBot.Persistence.Indicators;

namespace OneStopBot.Bot.Features.Digests;

/// <summary>One commune's figures in the province's report.</summary>
public sealed record CommuneFigures(OfficeProfile Office, IndicatorReport Report)
{
    /// <summary>How many of the commune's own targets it misses.</summary>
    public int Missed => Report.Targets.Count(t => t.Mark == TargetMark.Missed);
}

/// <summary>The province's report: its total and its communes, those furthest from their targets first.</summary>
public sealed record ProvinceFigures(Period Period, IndicatorReport Total, IReadOnlyList<CommuneFigures> Communes)
{
    /// <summary>The communes by the QĐ 766 estimate, best first (the emulation between communes).</summary>
    public IReadOnlyList<CommuneFigures> Ranked =>
        Communes.OrderByDescending(c => c.Report.EstimatedScore).ThenBy(c => c.Office.UnitCode, StringComparer.Ordinal).ToList();
}

/// <summary>
/// What a province leader reads: every commune counted by its own data (the office scope, as its leaders see it) and
/// the province's total counted over every office at once, so that the total is the portal's, not a sum of rounded
/// rates. The targets of the total are the national ones (<see cref="CampaignTargets"/>' defaults).
/// </summary>
public static class ProvinceReport
{
    public static async Task<ProvinceFigures> LoadAsync(OneStopDbContext db, CurrentOffice current, OfficeDirectory offices, IWorkingCalendar calendar, ReportPeriod kind, DateOnly today, IndexWeights weights, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(offices);
        var period = PeriodOf(offices, kind, today);
        var total = await IndicatorQueries.ReportAsync(db, calendar, period, today, new CampaignTargets(), weights, ct);
        var communes = new List<CommuneFigures>();
        foreach (var office in offices.All)
        {
            var report = await current.InAsync(office, () => IndicatorQueries.ReportAsync(db, calendar, period, today, office.Campaign.Targets, weights, ct));
            communes.Add(new CommuneFigures(office, report));
        }

        var furthestFirst = communes
            .OrderByDescending(c => c.Missed)
            .ThenBy(c => c.Report.EstimatedScore)
            .ThenBy(c => c.Office.UnitCode, StringComparer.Ordinal)
            .ToList();
        return new ProvinceFigures(period, total, furthestFirst);
    }

    /// <summary>The same days for every commune; "the campaign" runs from the first commune's start to the last one's end.</summary>
    public static Period PeriodOf(OfficeDirectory offices, ReportPeriod kind, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(offices);
        if (kind != ReportPeriod.Campaign)
        {
            return DigestData.PeriodOf(kind, today, offices.All[0].Campaign);
        }

        var start = offices.All.Min(o => o.Campaign.Start);
        var end = offices.All.Max(o => o.Campaign.End);
        return new Period(start, today < end ? today : end);
    }

    /// <summary>The report as one message: the total, then a line per commune, furthest from its targets first.</summary>
    public static string Format(ProvinceFigures figures, string province, Language lang)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var text = new StringBuilder(DigestTexts.ProvinceHeader.Format(lang, province, Show.Date(figures.Period.From), Show.Date(figures.Period.To)));
        text.Append("\n\n").Append(Line(DigestTexts.ProvinceTotal[lang], figures.Total, lang));
        text.Append("\n\n").Append(DigestTexts.ProvinceCommunes[lang]);
        var rank = 0;
        foreach (var commune in figures.Communes)
        {
            text.Append('\n').Append(++rank).Append(". ").Append(Line(commune.Office.Name, commune.Report, lang));
            if (commune.Missed > 0)
            {
                text.Append(' ').Append(DigestTexts.ProvinceMissed.Format(lang, commune.Missed));
            }
        }

        return text.ToString();
    }

    /// <summary>The communes ranked by the QĐ 766 estimate: <c>/thidua xa</c>.</summary>
    public static string FormatRanking(ProvinceFigures figures, Language lang)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var text = new StringBuilder(DigestTexts.CommuneRankingHeader.Format(lang, Show.Date(figures.Period.From), Show.Date(figures.Period.To)));
        var rank = 0;
        foreach (var commune in figures.Ranked)
        {
            var r = commune.Report;
            text.Append('\n').Append(DigestTexts.CommuneRankingLine.Format(lang, ++rank, commune.Office.Name, Figures.Points(r.EstimatedScore, lang), Figures.Points(r.PossibleScore, lang), r.Dossiers.Received));
        }

        return text.ToString();
    }

    private static string Line(string name, IndicatorReport r, Language lang) =>
        DigestTexts.ProvinceLine.Format(
            lang,
            name,
            Figures.Percent(r.Target(TargetId.T1).Value, lang),
            Figures.Percent(r.Target(TargetId.T2).Value, lang),
            Figures.Percent(r.Target(TargetId.T3).Value, lang) + "/" + Figures.Percent(r.Target(TargetId.T3).FullOnline ?? default, lang),
            Figures.Percent(r.Target(TargetId.T4).Value, lang),
            r.Target(TargetId.T5).Count ?? 0,
            Figures.Points(r.EstimatedScore, lang),
            Figures.Points(r.PossibleScore, lang));
}
