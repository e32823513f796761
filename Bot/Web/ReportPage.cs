using System.Globalization;
using System.Text;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Features.Digests;
using OneStopBot.Bot.Features.Exports;
using OneStopBot.Bot.Features.Ranking;
using OneStopBot.Bot.Jobs;
using OneStopBot.Domain.Indicators;
using OneStopBot.Domain.People;

namespace OneStopBot.Bot.Web;

/// <summary>
/// The leader's report as a page to scroll and tap on a phone: the digest that /baocao sends (the same
/// <see cref="DigestData"/> and the same chart), with every overdue dossier, the 766 breakdown, the ranking and the
/// workbook to download. No script.
/// </summary>
public static class ReportPage
{
    private const string Style =
        """
        *{box-sizing:border-box}
        body{font-family:"DejaVu Sans","Noto Sans",Arial,sans-serif;margin:0;background:#f0f4f8;color:#102a43;font-size:16px;line-height:1.4}
        header{background:#0d3b66;color:#fff;padding:14px 16px}
        header h1{font-size:20px;margin:0 0 4px}
        header p{margin:0;font-size:14px;color:#d9e2ec}
        nav{display:flex;flex-wrap:wrap;gap:8px;padding:12px 16px 0}
        nav a{padding:8px 12px;border-radius:18px;background:#fff;color:#0d3b66;text-decoration:none;border:1px solid #bcccdc;font-size:15px}
        nav a[aria-current]{background:#0d3b66;color:#fff}
        main{padding:12px 16px 24px;max-width:960px;margin:0 auto}
        section{background:#fff;border-radius:10px;padding:12px 14px;margin:12px 0;overflow-x:auto}
        h2{font-size:18px;margin:0 0 8px;color:#0d3b66}
        img{max-width:100%;height:auto;display:block}
        table{border-collapse:collapse;width:100%;font-size:15px}
        th,td{text-align:left;padding:6px 6px;border-bottom:1px solid #e4e7eb;vertical-align:top}
        td.n,th.n{text-align:right}
        td.n{white-space:nowrap}
        td small{color:#486581;font-size:13px}
        .met{color:#1b6b2f;font-weight:700}.missed{color:#a61e1e;font-weight:700}
        .note{font-size:14px;color:#486581}
        td:first-child{min-width:8.5em}
        ul.rows{list-style:none;margin:0 0 8px;padding:0}
        ul.rows li{padding:7px 0;border-bottom:1px solid #e4e7eb}
        ul.rows span{color:#486581;font-size:15px}
        ul.rows em{color:#a61e1e;font-style:normal}
        #ranking table{font-size:13px}
        #ranking td:first-child{min-width:0}
        a.download{display:inline-block;padding:10px 14px;background:#0b7a3b;color:#fff;border-radius:8px;text-decoration:none;font-weight:700}
        """;

    public static readonly (string Key, ReportPeriod Kind, Text Name)[] Periods =
    [
        ("homqua", ReportPeriod.Yesterday, new("Hôm qua", "Yesterday")),
        ("homnay", ReportPeriod.Today, new("Hôm nay", "Today")),
        ("tuan", ReportPeriod.Week, new("Tuần này", "This week")),
        ("thang", ReportPeriod.Month, new("Tháng này", "This month")),
        ("chiendich", ReportPeriod.Campaign, new("Chiến dịch", "Campaign")),
    ];

    public static string KeyOf(ReportPeriod kind) => Periods.First(p => p.Kind == kind).Key;

    public static string Render(Digest digest, IReadOnlyList<RankedOfficer> ranking, ReportPeriod kind, string office, CampaignOptions campaign, string xlsxHref, Language lang)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(campaign);
        string T(Text text, params object?[] args) => text.Format(lang, args);
        var html = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"{(lang == Language.En ? "en" : "vi")}\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\">")
            .Append("<title>").Append(Html.E(T(WebTexts.ReportTitle, office))).Append("</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<header><h1>").Append(Html.E(T(WebTexts.ReportTitle, office))).Append("</h1><p>")
            .Append(Html.E(Show.DateWithWeekday(digest.Today, lang))).Append(" · ")
            .Append(Html.E(T(DigestTexts.CampaignLine, campaign.Name, Show.Date(campaign.Start), Show.Date(campaign.End)))).Append("</p></header>");
        html.Append("<nav>");
        foreach (var (key, k, name) in Periods)
        {
            html.Append("<a href=\"?ky=").Append(key).Append('"').Append(k == kind ? " aria-current=\"page\"" : string.Empty).Append('>')
                .Append(Html.E(name[lang])).Append("</a>");
        }

        html.Append("</nav><main>");
        var section = digest.Period ?? digest.Campaign;
        if (section is not null)
        {
            Targets(html, section, lang);
        }

        html.Append("<section id=\"chart\"><h2>").Append(Html.E(T(DigestTexts.ChartCaption))).Append("</h2><img alt=\"")
            .Append(Html.E(T(DigestTexts.ChartCaption))).Append("\" src=\"data:image/png;base64,")
            .Append(Convert.ToBase64String(DailyDigestJob.ChartOf(digest, lang).Bytes)).Append("\" width=\"900\" height=\"450\"></section>");

        if (digest.Campaign is { } whole)
        {
            Index(html, whole, digest, campaign, lang);
        }
        else
        {
            html.Append("<section><p>").Append(Html.E(T(DigestTexts.NotRunning))).Append("</p></section>");
        }

        Overdue(html, digest, lang);
        Ranking(html, ranking, section, lang);
        Complaints(html, digest, lang);
        html.Append("<section id=\"export\"><h2>").Append(Html.E(T(WebTexts.ExportTitle))).Append("</h2><a class=\"download\" href=\"")
            .Append(Html.E(xlsxHref)).Append("\">")
            .Append(Html.E(T(WebTexts.Download))).Append("</a><p class=\"note\">").Append(Html.E(T(WebTexts.ExportNote))).Append("</p></section>");
        html.Append("<p class=\"note\">").Append(Html.E(T(WebTexts.LinkNote))).Append("</p>");
        return html.Append("</main></body></html>").ToString();
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

    private static void Targets(StringBuilder html, DigestSection section, Language lang)
    {
        var r = section.Report;
        var d = r.Dossiers;
        html.Append("<section id=\"targets\"><h2>").Append(Html.E(Title(section, lang))).Append("</h2><p>")
            .Append(Html.E(DigestTexts.Volume.Format(lang, d.Received, d.Finished, d.FinishedOnTime))).Append("</p><table><thead><tr><th>")
            .Append(Html.E(WebTexts.Target[lang])).Append("</th><th class=\"n\">").Append(Html.E(WebTexts.Value[lang])).Append("</th><th></th></tr></thead><tbody>");
        foreach (var t in r.Targets)
        {
            var value = t.Id == TargetId.T5 ? (t.Count ?? 0).ToString(CultureInfo.InvariantCulture)
                : t.Id == TargetId.T3 ? $"{Figures.Percent(t.Value, lang)} · {Figures.Percent(t.FullOnline ?? default, lang)}"
                : Figures.Percent(t.Value, lang);
            var goal = t.Id == TargetId.T5 ? "≤ " + ((int)t.Target).ToString(CultureInfo.InvariantCulture)
                : t.Id == TargetId.T3 ? $"{Figures.Percent(t.Target, lang)} · {Figures.Percent(t.FullOnlineTarget ?? 1, lang)}"
                : Figures.Percent(t.Target, lang);
            var css = t.Mark switch { TargetMark.Met => "met", TargetMark.Missed => "missed", _ => string.Empty };
            html.Append("<tr><td>").Append(Html.E(ExportTexts.Target(t.Id, lang))).Append("</td><td class=\"n\">").Append(Html.E(value))
                .Append("<br><small>").Append(Html.E(WebTexts.Goal[lang])).Append(' ').Append(Html.E(goal)).Append("</small></td><td class=\"").Append(css).Append("\">")
                .Append(Html.E(ExportTexts.Mark(t.Mark, lang))).Append("</td></tr>");
        }

        html.Append("</tbody></table><p>")
            .Append(Html.E(DigestTexts.Satisfaction.Format(lang, Figures.Percent(r.Ratings.Satisfaction, lang), r.Ratings.Rated, Show.Noun("rating", r.Ratings.Rated, lang))))
            .Append("<br>").Append(Html.E(DigestTexts.T5.Format(lang, r.Target(TargetId.T5).Count, (int)r.Target(TargetId.T5).Target, string.Empty, r.Complaints.HarassmentAwaitingFinding)));
        var s = section.Sessions;
        html.Append("<br>").Append(Html.E(DigestTexts.Sessions.Format(
            lang, s.HalfHourSessions, s.HalfHourPeople, s.SaturdaySessions, s.SaturdayPeople,
            Show.Noun("session", s.HalfHourSessions, lang), Show.Noun("person", s.HalfHourPeople, lang),
            Show.Noun("session", s.SaturdaySessions, lang), Show.Noun("person", s.SaturdayPeople, lang)))).Append("</p></section>");
    }

    private static void Index(StringBuilder html, DigestSection whole, Digest digest, CampaignOptions campaign, Language lang)
    {
        var r = whole.Report;
        html.Append("<section id=\"index\"><h2>").Append(Html.E(DigestTexts.IndexHeader.Format(lang, Figures.Points(r.EstimatedScore, lang), Figures.Points(r.PossibleScore, lang))))
            .Append("</h2><p class=\"note\">").Append(Html.E(Title(whole, lang))).Append(" · ")
            .Append(Html.E(DigestTexts.IndexLeftOut.Format(lang, Figures.Points(IndexWeights.TransparencyPoints, lang)))).Append("</p><table><thead><tr><th>")
            .Append(Html.E(WebTexts.Indicator[lang])).Append("</th><th class=\"n\">").Append(Html.E(WebTexts.Value[lang])).Append("</th><th class=\"n\">")
            .Append(Html.E(WebTexts.Threshold[lang])).Append("</th><th class=\"n\">").Append(Html.E(WebTexts.Points[lang])).Append("</th></tr></thead><tbody>");
        for (var i = 0; i < r.Index.Count; i++)
        {
            var x = r.Index[i];
            html.Append("<tr data-indicator=\"").Append(Html.E(x.Id)).Append("\"><td>").Append(Html.E($"{x.Id} {DigestTexts.IndicatorNames[i][lang]}"))
                .Append("</td><td class=\"n\">").Append(Html.E(Figures.Percent(x.Value, lang))).Append("</td><td class=\"n\">")
                .Append(Html.E(Figures.Percent(x.Weighting.Threshold, lang))).Append("</td><td class=\"n\">")
                .Append(Html.E((x.Score is { } score ? Figures.Points(score, lang) : "—") + "/" + Figures.Points(x.Weighting.Weight, lang))).Append("</td></tr>");
        }

        html.Append("</tbody></table><p>").Append(Html.E(DigestTexts.MeanTime.Format(lang, r.MeanProcessingDays is { } mean ? Figures.Days((int)Math.Round(mean), lang) : "—")))
            .Append("<br>").Append(Html.E(DigestTexts.Models.Format(
                lang,
                DigestFormatter.WeekdayName(campaign.NoWaitDay, lang),
                Figures.Percent(digest.NoWaitSameDay, lang),
                DigestFormatter.WeekdayName(campaign.CashlessDay, lang),
                Figures.Percent(digest.CashlessPaid, lang)))).Append("</p></section>");
    }

    private static void Overdue(StringBuilder html, Digest digest, Language lang)
    {
        html.Append("<section id=\"overdue\"><h2>").Append(Html.E(DigestTexts.Overdue.Format(lang, digest.OverdueTotal, Show.Noun("dossier", digest.OverdueTotal, lang)))).Append("</h2>");
        Rows(html, digest.Overdue, lang, late: true);
        More(html, digest.OverdueTotal - digest.Overdue.Count, lang);
        html.Append("<h2>").Append(Html.E(DigestTexts.DueToday.Format(lang, digest.DueTodayTotal, Show.Noun("dossier", digest.DueTodayTotal, lang)))).Append("</h2>");
        Rows(html, digest.DueToday, lang, late: false);
        More(html, digest.DueTodayTotal - digest.DueToday.Count, lang);
        html.Append("</section>");
    }

    /// <summary>One dossier a row of two lines, which a phone's width holds: the code and the officer, then the procedure and the date.</summary>
    private static void Rows(StringBuilder html, IReadOnlyList<LateRow> rows, Language lang, bool late)
    {
        if (rows.Count == 0)
        {
            return;
        }

        html.Append("<ul class=\"rows\">");
        foreach (var row in rows)
        {
            html.Append("<li data-tail=\"").Append(Html.E(row.Tail)).Append("\"><b>").Append(Html.E(row.Tail)).Append("</b> · ")
                .Append(Html.E(row.Officer ?? DigestTexts.NoOfficer[lang])).Append("<br><span>").Append(Html.E(row.Procedure)).Append(" — ")
                .Append(Html.E(WebTexts.Due[lang])).Append(' ').Append(Html.E(Show.Date(row.Due)));
            if (late)
            {
                html.Append(", <em>").Append(Html.E(Figures.Late(row.WorkingDaysLate, lang))).Append("</em>");
            }

            html.Append("</span></li>");
        }

        html.Append("</ul>");
    }

    private static void More(StringBuilder html, int more, Language lang)
    {
        if (more > 0)
        {
            html.Append("<p class=\"note\">").Append(Html.E(DigestTexts.More.Format(lang, more))).Append("</p>");
        }
    }

    private static void Ranking(StringBuilder html, IReadOnlyList<RankedOfficer> ranking, DigestSection? section, Language lang)
    {
        html.Append("<section id=\"ranking\"><h2>").Append(Html.E(WebTexts.RankingTitle[lang]));
        if (section is not null)
        {
            html.Append(" (").Append(Show.Date(section.Period.From)).Append('–').Append(Show.Date(section.Period.To)).Append(')');
        }

        html.Append("</h2>");
        if (ranking.Count == 0)
        {
            html.Append("<p>").Append(Html.E(WebTexts.NoRanking[lang])).Append("</p></section>");
            return;
        }

        html.Append("<table><thead><tr><th class=\"n\">#</th><th>").Append(Html.E(WebTexts.Officer[lang])).Append("</th><th class=\"n\">")
            .Append(Html.E(WebTexts.Points[lang])).Append("</th><th class=\"n\">").Append(Html.E(WebTexts.Handled[lang])).Append("</th><th class=\"n\">")
            .Append(Html.E(WebTexts.OnTime[lang])).Append("</th><th class=\"n\">").Append(Html.E(WebTexts.Satisfied[lang])).Append("</th></tr></thead><tbody>");
        foreach (var r in ranking)
        {
            var s = r.Standing;
            html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"n\">{r.Rank}</td><td>{Html.E(s.Name)}<br><small>{Html.E(WebTexts.VotesAndSessions.Format(lang, s.Votes, s.ExtraSessions))}</small></td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"n\">{Html.E(Figures.Points(r.Score, lang))}</td><td class=\"n\">{s.Handled}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"n\">{Html.E(Figures.Percent(s.OnTime, lang))}</td><td class=\"n\">{Html.E(Figures.Percent(s.Satisfaction, lang))}</td></tr>");
        }

        html.Append("</tbody></table></section>");
    }

    private static void Complaints(StringBuilder html, Digest digest, Language lang)
    {
        html.Append("<section id=\"complaints\"><h2>").Append(Html.E(WebTexts.ComplaintsTitle.Format(lang, digest.ComplaintsTotal, digest.HarassmentOpen))).Append("</h2>");
        foreach (var c in digest.Complaints)
        {
            html.Append("<p>").Append(c.Harassment ? "<b>⚠ </b>" : string.Empty).Append(Html.E(c.Code)).Append(" · ").Append(Show.Date(c.ReceivedOn))
                .Append("<br>").Append(Html.E(c.Text)).Append("</p>");
        }

        html.Append("</section>");
    }
}
