using Microsoft.Extensions.Options;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Features.Access;
using OneStopBot.Bot.Jobs;
using OneStopBot.Bot.Office;
using OneStopBot.Bot.Web;
using OneStopBot.Domain.Calendar;
using OneStopBot.Domain.Indicators;
using OneStopBot.Domain.People;
using OneStopBot.Domain.Text;

namespace OneStopBot.Bot.Features.Digests;

/// <summary>/baocao [homnay|tuan|thang|chiendich]: the leaders' digest on demand; a province leader's is the communes' report.</summary>
internal sealed class ReportsHandler(IWorkingCalendar calendar, IOptions<IndexWeights> weights, CurrentOffice current, OfficeDirectory offices, ReportLinks links)
{
    /// <summary>"homnay", "tuan", "thang", "chiendich" (with or without diacritics); empty gives <paramref name="empty"/>.</summary>
    public static ReportPeriod? ParsePeriod(string args, ReportPeriod empty) =>
        SearchKey.Of(args ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal) switch
        {
            "" => empty,
            "homqua" or "yesterday" => ReportPeriod.Yesterday,
            "homnay" or "today" or "ngay" => ReportPeriod.Today,
            "tuan" or "week" => ReportPeriod.Week,
            "thang" or "month" => ReportPeriod.Month,
            "chiendich" or "campaign" => ReportPeriod.Campaign,
            _ => null,
        };

    public async Task ReportAsync(ChatContext ctx, string args, CancellationToken ct)
    {
        if (!AccessHandler.RequireLeader(ctx))
        {
            return;
        }

        // A commune's leader reads yesterday by default; the province compares communes over the month to date,
        // since one day of a commune is a handful of dossiers.
        if (ParsePeriod(args, current.Profile is null ? ReportPeriod.Month : ReportPeriod.Yesterday) is not { } kind)
        {
            ctx.Reply(ctx.T(DigestTexts.ReportUsage));
            return;
        }

        if (current.Profile is not { } office)
        {
            // A province leader: one line per commune, the province's total first.
            var province = await ProvinceReport.LoadAsync(ctx.Db, current, offices, calendar, kind, ctx.Now.Date, weights.Value, ct);
            ctx.Reply(ProvinceReport.Format(province, offices.ServiceName, ctx.Language));
            return;
        }

        var digest = await DigestData.LoadAsync(ctx.Db, calendar, ctx.Now.Date, kind, office.Campaign, weights.Value, ct);
        var text = DigestFormatter.Format(digest, office.Name, office.Campaign, ctx.Language)
            + "\n\n" + ctx.T(WebTexts.ReportLink, links.For(ctx.Person.Id, ReportPage.KeyOf(kind)));
        ctx.Reply(new OutboundMessage(ctx.Message.Channel, ctx.Message.ChatId, text) { Photo = DailyDigestJob.ChartOf(digest, ctx.Language) });
    }
}
