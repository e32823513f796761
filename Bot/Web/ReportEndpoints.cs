using Microsoft.Extensions.Options;
using OneStopBot.Bot.Features.Digests;
using OneStopBot.Bot.Features.Exports;
using OneStopBot.Bot.Features.Ranking;
using OneStopBot.Bot.Office;
using OneStopBot.Domain.Calendar;
using OneStopBot.Domain.Indicators;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;

namespace OneStopBot.Bot.Web;

/// <summary><c>GET /baocao/{token}</c> and <c>/baocao/{token}/xlsx</c>: one leader's report, through a signed link that expires.</summary>
public static class ReportEndpoints
{
    /// <summary>On a page, every overdue dossier rather than the chat's first ten, up to what a phone can scroll.</summary>
    public const int ListLimit = 500;

    public static void MapReports(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(ReportLinks.PathPrefix + "{token}", PageAsync).RequireRateLimiting(WebRegistration.RateLimitPolicy);
        app.MapGet(ReportLinks.PathPrefix + "{token}/xlsx", WorkbookAsync).RequireRateLimiting(WebRegistration.RateLimitPolicy);
    }

    private static async Task PageAsync(HttpContext http, string token, OneStopDbContext db, CancellationToken ct)
    {
        if (await LeaderAsync(http, token, db, ct) is not { } request)
        {
            return;
        }

        var services = http.RequestServices;
        var campaign = request.Office.Campaign;
        var calendar = services.GetRequiredService<IWorkingCalendar>();
        var today = services.GetRequiredService<OfficeClock>().Today;
        var digest = await DigestData.LoadAsync(db, calendar, today, request.Kind, campaign, services.GetRequiredService<IOptions<IndexWeights>>().Value, ListLimit, ct);
        var ranking = await RankingQueries.RankAsync(db, calendar, DigestData.PeriodOf(request.Kind, today, campaign), today, campaign.Ranking, ct);
        var html = ReportPage.Render(digest, ranking, request.Kind, request.Office.Name, campaign, $"{token}/xlsx?ky={ReportPage.KeyOf(request.Kind)}", request.Leader.Language);
        Html.Headers(http.Response, null);
        http.Response.Headers.CacheControl = "private, no-store";
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(html, ct);
    }

    private static async Task WorkbookAsync(HttpContext http, string token, OneStopDbContext db, CancellationToken ct)
    {
        if (await LeaderAsync(http, token, db, ct) is not { } request)
        {
            return;
        }

        var services = http.RequestServices;
        var campaign = request.Office.Campaign;
        var today = services.GetRequiredService<OfficeClock>().Today;
        var book = await ExportHandler.BuildAsync(
            db,
            services.GetRequiredService<IWorkingCalendar>(),
            campaign,
            services.GetRequiredService<IOptions<IndexWeights>>().Value,
            DigestData.PeriodOf(request.Kind, today, campaign),
            today,
            request.Leader.Language,
            ct);
        http.Response.Headers.CacheControl = "private, no-store";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{book.Name}.xlsx\"";
        http.Response.ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        await http.Response.Body.WriteAsync(book.Xlsx, ct);
    }

    private sealed record LeaderRequest(Person Leader, OfficeProfile Office, ReportPeriod Kind);

    /// <summary>
    /// The leader a link was signed for, still a leader, in their office (the request's data is narrowed to it), and
    /// the period asked for; otherwise a polite refusal is written.
    /// </summary>
    private static async Task<LeaderRequest?> LeaderAsync(HttpContext http, string token, OneStopDbContext db, CancellationToken ct)
    {
        var services = http.RequestServices;
        var (personId, refusal) = services.GetRequiredService<ReportLinks>().Check(token);
        if (refusal != LinkRefusal.None)
        {
            var log = services.GetRequiredService<ILogger<ReportLinks>>();
            WebLog.LinkRefused(log, refusal);
            await WebRegistration.WriteNoticeAsync(
                http,
                refusal == LinkRefusal.Expired ? StatusCodes.Status410Gone : StatusCodes.Status403Forbidden,
                refusal == LinkRefusal.Expired ? WebTexts.Expired : WebTexts.Forged,
                ct);
            return null;
        }

        var leader = await db.People.FindAsync([personId], ct);
        if (leader is null || !leader.Has(Role.Leader))
        {
            await WebRegistration.WriteNoticeAsync(http, StatusCodes.Status403Forbidden, WebTexts.NotLeader, ct);
            return null;
        }

        var current = services.GetRequiredService<CurrentOffice>();
        current.EnterFor(leader);
        if (current.Profile is not { } office)
        {
            await WebRegistration.WriteNoticeAsync(http, StatusCodes.Status403Forbidden, WebTexts.ProvincePage, ct);
            return null;
        }

        if (ReportsHandler.ParsePeriod(http.Request.Query["ky"].ToString(), ReportPeriod.Yesterday) is not { } kind)
        {
            await WebRegistration.WriteNoticeAsync(http, StatusCodes.Status400BadRequest, WebTexts.UnknownPeriod, ct);
            return null;
        }

        return new LeaderRequest(leader, office, kind);
    }
}
