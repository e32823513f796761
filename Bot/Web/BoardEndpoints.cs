using Microsoft.Extensions.Options;
using OneStopBot.Bot.Channels.Telegram;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Features.Digests;
using OneStopBot.Bot.Office;
using OneStopBot.Domain.Calendar;
using OneStopBot.Domain.Indicators;
using OneStopBot.Persistence;

namespace OneStopBot.Bot.Web;

/// <summary>
/// One rendering of each office's board, served to every screen until it is <c>Web:BoardCacheDuration</c> old on
/// the office clock; the screens that ask at once wait for the one reading of the database.
/// </summary>
public sealed class BoardCache(TimeProvider time, IOptions<WebOptions> options) : IDisposable
{
    private readonly SemaphoreSlim reading = new(1, 1);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Rendering> last = new(StringComparer.Ordinal);

    public async Task<RenderedPage> GetAsync(string unitCode, Func<CancellationToken, Task<RenderedPage>> render, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(render);
        if (Fresh(unitCode) is { } page)
        {
            return page;
        }

        await reading.WaitAsync(ct);
        try
        {
            if (Fresh(unitCode) is { } readMeanwhile)
            {
                return readMeanwhile;
            }

            var rendered = await render(ct);
            last[unitCode] = new Rendering(rendered, time.GetUtcNow());
            return rendered;
        }
        finally
        {
            reading.Release();
        }
    }

    private RenderedPage? Fresh(string unitCode) =>
        last.TryGetValue(unitCode, out var l) && time.GetUtcNow() - l.At < options.Value.BoardCacheDuration ? l.Page : null;

    public void Dispose() => reading.Dispose();

    /// <summary>A page and when it was rendered, replaced as one reference so a reader never sees half of each.</summary>
    private sealed record Rendering(RenderedPage Page, DateTimeOffset At);
}

/// <summary><c>GET /board</c> (and <c>/board/{unitCode}</c>): the public, read-only office board.</summary>
public static class BoardEndpoints
{
    public const string Path = "/board";

    public static void MapBoard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(Path, (HttpContext http, CancellationToken ct) => ServeAsync(http, null, ct)).RequireRateLimiting(WebRegistration.RateLimitPolicy);
        app.MapGet(Path + "/{unitCode}", (HttpContext http, string unitCode, CancellationToken ct) => ServeAsync(http, unitCode, ct)).RequireRateLimiting(WebRegistration.RateLimitPolicy);
    }

    private static async Task ServeAsync(HttpContext http, string? unitCode, CancellationToken ct)
    {
        var services = http.RequestServices;
        var offices = services.GetRequiredService<OfficeDirectory>();
        var profile = unitCode is null ? offices.One : offices.All.FirstOrDefault(o => string.Equals(o.UnitCode, unitCode, StringComparison.OrdinalIgnoreCase));
        if (profile is null)
        {
            await WebRegistration.WriteNoticeAsync(http, StatusCodes.Status404NotFound, unitCode is null ? WebTexts.ChooseOffice : WebTexts.UnknownOffice, ct, string.Join(" · ", offices.All.Select(o => $"{Path}/{o.UnitCode} ({o.Name})")));
            return;
        }

        var office = profile.Office;

        var web = services.GetRequiredService<IOptions<WebOptions>>().Value;
        var page = await services.GetRequiredService<BoardCache>().GetAsync(
            profile.UnitCode,
            async c =>
            {
                await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
                scope.ServiceProvider.GetRequiredService<CurrentOffice>().Enter(profile);
                var view = await BoardData.LoadAsync(
                    db,
                    services.GetRequiredService<IWorkingCalendar>(),
                    services.GetRequiredService<OfficeClock>(),
                    office.Name,
                    profile.Campaign,
                    services.GetRequiredService<IOptions<IndexWeights>>().Value,
                    c);
                var bot = services.GetRequiredService<BotIdentity>();
                var telegram = services.GetRequiredService<IOptions<TelegramOptions>>().Value.Enabled ? new Uri($"https://t.me/{bot.Username}") : null;
                return BoardPage.Render(view, new FollowLinks(telegram, bot.Username, web.ZaloFollowUrl), office.OpeningTime, office.ClosingTime, web.BoardRefreshSeconds);
            },
            ct);

        var response = http.Response;
        Html.Headers(response, BoardPage.Script);
        response.Headers.ETag = page.ETag;
        // Revalidated at every poll, answered 304 while the content is the same; a proxy may keep it as long as the host does.
        response.Headers.CacheControl = $"public, no-cache, max-age=0, s-maxage={(int)web.BoardCacheDuration.TotalSeconds}";
        if (http.Request.Headers.IfNoneMatch.Any(tag => tag is not null && tag.Split(',').Any(t => t.Trim() == page.ETag || t.Trim() == "*")))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(page.Html, ct);
    }
}
