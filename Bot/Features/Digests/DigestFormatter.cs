using System.Text;
using OneStopBot.Bot.Conversation;
using OneStopBot.Domain.Indicators;
using OneStopBot.Domain.People;

namespace OneStopBot.Bot.Features.Digests;

/// <summary>Writes a digest as one message: each target beside its value with a mark, the index estimate, and the lists.</summary>
public static class DigestFormatter
{
    private const int ComplaintPreview = 60;

    public static string Format(Digest digest, string office, CampaignOptions campaign, Language lang)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(campaign);
        string T(Text text, params object?[] args) => text.Format(lang, args);
        var text = new StringBuilder(T(DigestTexts.Header, office, Show.DateWithWeekday(digest.Today, lang)));
        text.Append('\n').Append(T(DigestTexts.CampaignLine, campaign.Name, Show.Date(campaign.Start), Show.Date(campaign.End)));

        if (digest.Period is { } period)
        {
            text.Append("\n\n").Append(Title(period, lang));
            Section(text, period, lang, withIndex: false);
        }

        if (digest.Campaign is { } whole)
        {
            text.Append("\n\n").Append(Title(whole, lang));
            Section(text, whole, lang, withIndex: true);
            text.Append('\n').Append(T(
                DigestTexts.Models,
                WeekdayName(campaign.NoWaitDay, lang),
                Figures.Percent(digest.NoWaitSameDay, lang),
                WeekdayName(campaign.CashlessDay, lang),
                Figures.Percent(digest.CashlessPaid, lang)));
        }
        else
        {
            text.Append("\n\n").Append(T(DigestTexts.NotRunning));
        }

        text.Append("\n\n").Append(T(DigestTexts.Overdue, digest.OverdueTotal, Show.Noun("dossier", digest.OverdueTotal, lang)));
        foreach (var row in digest.Overdue)
        {
            text.Append('\n').Append(T(DigestTexts.OverdueLine, row.Tail, row.Procedure, row.Officer ?? T(DigestTexts.NoOfficer), Figures.Late(row.WorkingDaysLate, lang)));
        }

        More(text, digest.OverdueTotal - digest.Overdue.Count, lang);
        text.Append("\n\n").Append(T(DigestTexts.DueToday, digest.DueTodayTotal, Show.Noun("dossier", digest.DueTodayTotal, lang)));
        foreach (var row in digest.DueToday)
        {
            text.Append('\n').Append(T(DigestTexts.DueLine, row.Tail, row.Procedure, row.Officer ?? T(DigestTexts.NoOfficer)));
        }

        More(text, digest.DueTodayTotal - digest.DueToday.Count, lang);
        text.Append("\n\n").Append(T(DigestTexts.Complaints, digest.ComplaintsTotal, digest.HarassmentOpen));
        foreach (var c in digest.Complaints)
        {
            var preview = Show.Preview(c.Text, ComplaintPreview);
            text.Append('\n').Append(T(DigestTexts.ComplaintLine, c.Harassment ? "⚠️ " : string.Empty, c.Code, Show.Date(c.ReceivedOn), preview));
        }

        return text.ToString();
    }

    private static string Title(DigestSection section, Language lang)
    {
        var (from, to) = (Show.Date(section.Period.From), Show.Date(section.Period.To));
        return section.Kind switch
        {
            ReportPeriod.Yesterday => DigestTexts.Yesterday.Format(lang, Show.DateWithWeekday(section.Period.From, lang)),
            ReportPeriod.Today => DigestTexts.Today.Format(lang, Show.DateWithWeekday(section.Period.From, lang)),
            ReportPeriod.Week => DigestTexts.Week.Format(lang, from, to),
            ReportPeriod.Month => DigestTexts.Month.Format(lang, from, to),
            _ => DigestTexts.CampaignToDate.Format(lang, from, to),
        };
    }

    private static void Section(StringBuilder text, DigestSection section, Language lang, bool withIndex)
    {
        string T(Text t, params object?[] args) => t.Format(lang, args);
        string P(Ratio r) => Figures.Percent(r, lang);
        string Goal(double v) => Figures.Percent(v, lang);
        var r = section.Report;
        var d = r.Dossiers;
        text.Append('\n').Append(T(DigestTexts.Volume, d.Received, d.Finished, d.FinishedOnTime));
        var t1 = r.Target(TargetId.T1);
        var t2 = r.Target(TargetId.T2);
        var t3 = r.Target(TargetId.T3);
        var t4 = r.Target(TargetId.T4);
        var t5 = r.Target(TargetId.T5);
        text.Append('\n').Append(T(DigestTexts.T1, P(t1.Value), Goal(t1.Target), Mark(t1.Mark)));
        text.Append('\n').Append(T(DigestTexts.T2, P(t2.Value), Goal(t2.Target), Mark(t2.Mark)));
        text.Append('\n').Append(T(DigestTexts.T3, P(t3.Value), Goal(t3.Target), P(t3.FullOnline ?? default), Goal(t3.FullOnlineTarget ?? 1), Mark(t3.Mark)));
        text.Append('\n').Append(T(DigestTexts.T4, P(t4.Value), Goal(t4.Target), Mark(t4.Mark)));
        text.Append('\n').Append(T(DigestTexts.T5, t5.Count, (int)t5.Target, Mark(t5.Mark), r.Complaints.HarassmentAwaitingFinding));
        text.Append('\n').Append(T(DigestTexts.Satisfaction, P(r.Ratings.Satisfaction), r.Ratings.Rated, Show.Noun("rating", r.Ratings.Rated, lang)));
        var s = section.Sessions;
        text.Append('\n').Append(T(
            DigestTexts.Sessions,
            s.HalfHourSessions,
            s.HalfHourPeople,
            s.SaturdaySessions,
            s.SaturdayPeople,
            Show.Noun("session", s.HalfHourSessions, lang),
            Show.Noun("person", s.HalfHourPeople, lang),
            Show.Noun("session", s.SaturdaySessions, lang),
            Show.Noun("person", s.SaturdayPeople, lang)));
        if (!withIndex)
        {
            return;
        }

        text.Append('\n').Append(T(DigestTexts.IndexHeader, Figures.Points(r.EstimatedScore, lang), Figures.Points(r.PossibleScore, lang)));
        text.Append('\n').Append(T(DigestTexts.IndexLeftOut, Figures.Points(IndexWeights.TransparencyPoints, lang)));
        if (r.Index.Where(i => i.Score is null).Select(i => i.Id).ToList() is { Count: > 0 } noData)
        {
            text.Append(T(DigestTexts.IndexNoData, string.Join(", ", noData)));
        }
        for (var i = 0; i < r.Index.Count; i++)
        {
            var x = r.Index[i];
            text.Append('\n').Append(T(
                DigestTexts.IndexLine,
                x.Id,
                T(DigestTexts.IndicatorNames[i]),
                P(x.Value),
                x.Score is { } score ? Figures.Points(score, lang) : "—",
                Figures.Points(x.Weighting.Weight, lang)));
        }

        text.Append('\n').Append(T(DigestTexts.MeanTime, r.MeanProcessingDays is { } mean ? Figures.Days((int)Math.Round(mean), lang) : "—"));
        var g = Enumerable.Range(2, 4).Select(n => r.Groups.FirstOrDefault(x => x.Group == n)).ToList();
        text.Append('\n').Append(T(
            DigestTexts.Groups,
            Figures.Points(g[0].Score, lang), Figures.Points(g[0].Possible, lang),
            Figures.Points(g[1].Score, lang), Figures.Points(g[1].Possible, lang),
            Figures.Points(g[2].Score, lang), Figures.Points(g[2].Possible, lang),
            Figures.Points(g[3].Score, lang), Figures.Points(g[3].Possible, lang)));
    }

    /// <summary>The weekday's name, from a Sunday (01/01/2023) moved forward.</summary>
    public static string WeekdayName(DayOfWeek day, Language lang) => Show.Weekday(new DateOnly(2023, 1, 1).AddDays((int)day), lang);

    private static string Mark(TargetMark mark) => mark switch
    {
        TargetMark.Met => "✅",
        TargetMark.Missed => "❌",
        _ => "➖",
    };

    private static void More(StringBuilder text, int more, Language lang)
    {
        if (more > 0)
        {
            text.Append('\n').Append(DigestTexts.More.Format(lang, more));
        }
    }
}
