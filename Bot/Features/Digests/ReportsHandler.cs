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

/// <summary>/baocao [homnay|tuan|thang|chiendich]: the leaders' digest on demand.</summary>
internal sealed class ReportsHandler(IWorkingCalendar calendar, IOptions<CampaignOptions> campaign, IOptions<IndexWeights> weights, IOptions<OfficeOptions> office, ReportLinks links)
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

        if (ParsePeriod(args, ReportPeriod.Yesterday) is not { } kind)
        {
            ctx.Reply(ctx.T(DigestTexts.ReportUsage));
            return;
        }

        var digest = await DigestData.LoadAsync(ctx.Db, calendar, ctx.Now.Date, kind, campaign.Value, weights.Value, ct);
        var text = DigestFormatter.Format(digest, office.Value.Name, campaign.Value, ctx.Language)
            + "\n\n" + ctx.T(WebTexts.ReportLink, links.For(ctx.Person.Id, ReportPage.KeyOf(kind)));
        ctx.Reply(new OutboundMessage(ctx.Message.Channel, ctx.Message.ChatId, text) { Photo = DailyDigestJob.ChartOf(digest, ctx.Language) });
    }
}
