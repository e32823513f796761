using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using OneStopBot.Bot.Conversation;
using OneStopBot.Domain.People;

namespace OneStopBot.Bot.Web;

/// <summary>The web pages: the office board and the leader's report, rate limited per address.</summary>
public static class WebRegistration
{
    public const string RateLimitPolicy = "web-pages";

    public static WebApplicationBuilder AddWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<WebOptions>().Bind(builder.Configuration.GetSection(WebOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<BoardCache>();
        services.AddSingleton<ReportLinks>();
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? string.Empty,
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = http.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value.RequestsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            limiter.OnRejected = (context, ct) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return new ValueTask(WriteNoticeAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, WebTexts.TooManyRequests, ct));
            };
        });
        return builder;
    }

    public static WebApplication MapWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRateLimiter();
        app.MapBoard();
        app.MapReports();
        return app;
    }

    /// <summary>A short page that says, in Vietnamese and then in English, why nothing else is shown (<paramref name="args"/> fill the text's blanks).</summary>
    public static Task WriteNoticeAsync(HttpContext http, int status, Text text, CancellationToken ct, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(text);
        http.Response.StatusCode = status;
        Html.Headers(http.Response, null);
        http.Response.Headers.CacheControl = "no-store";
        http.Response.ContentType = "text/html; charset=utf-8";
        var page =
            "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>OneStopBot</title>"
            + "<style>body{font-family:\"DejaVu Sans\",Arial,sans-serif;max-width:40em;margin:2em auto;padding:0 1em;line-height:1.5;color:#102a43}p+p{color:#486581}</style></head>"
            + "<body><p>" + Html.E(text.Format(Language.Vi, args)) + "</p><p lang=\"en\">" + Html.E(text.Format(Language.En, args)) + "</p></body></html>";
        return http.Response.WriteAsync(page, ct);
    }
}
