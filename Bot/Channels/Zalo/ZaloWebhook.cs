using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using OneStopBot.Bot.Conversation;

namespace OneStopBot.Bot.Channels.Zalo;

/// <summary>
/// Zalo posts each OA event here. An event without a valid signature is refused with 401 before anything is read
/// from it. The answer must come within Zalo's 2 seconds: the event is handled (and its replies sent) first when
/// that is quick, as it nearly always is; otherwise it is answered 200 at <see cref="AnswerWithin"/> while its lane
/// finishes it. A redelivery meets the pipeline's stored update id and has no second effect.
/// </summary>
public static class ZaloWebhook
{
    public const string Path = "/zalo/webhook";

    /// <summary>A Zalo event is a few kilobytes; anything far larger is refused unread.</summary>
    public const long MaxBodyBytes = 64 * 1024;

    /// <summary>Within Zalo's 2 seconds, with room for the network.</summary>
    public static readonly TimeSpan AnswerWithin = TimeSpan.FromSeconds(1.5);

    public static void MapZaloWebhook(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<IOptions<ZaloOptions>>().Value;
        if (!options.Enabled)
        {
            return;
        }

        app.MapPost(Path, async (HttpContext http, ChatDispatcher dispatcher, ZaloContacts contacts, ZaloNames names, ILogger<ZaloOptions> log) =>
        {
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = MaxBodyBytes;
            }

            if (http.Request.ContentLength > MaxBodyBytes)
            {
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            }

            byte[] body;
            try
            {
                using var buffer = new MemoryStream();
                await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
                body = buffer.ToArray();
            }
            catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            }

            // The signature covers the body's timestamp, so the body is parsed first; a body that is not an event
            // cannot be signed and is refused the same way.
            var e = ZaloEvents.Parse(body);
            if (e is null || !ZaloSignature.IsValid(http.Request.Headers[ZaloSignature.Header], options.AppId!, body, e.Timestamp, options.OaSecretKey!))
            {
                ZaloLog.WrongSignature(log);
                return Results.Unauthorized();
            }

            if (e.IsEcho || e.SenderId == options.OaId || !ZaloIds.TryParseUser(e.UserId, out var user))
            {
                ZaloLog.Ignored(log, e.EventName);
                return Results.Ok();
            }

            if (e.EventName == ZaloEventNames.Unfollow)
            {
                await contacts.UnfollowedAsync(user, http.RequestAborted);
                return Results.Ok();
            }

            string? name = null;
            if (e.IsUserMessage || e.EventName == ZaloEventNames.Follow)
            {
                name = await contacts.WroteAsync(user, ZaloIds.UpdateId(e.Key), e.AtUtc, e.SharedPhone, http.RequestAborted)
                    ?? await names.LearnAsync(user, http.RequestAborted);
            }

            if (ZaloEvents.ToInbound(e) is { } inbound)
            {
                var message = inbound with { DisplayName = name ?? string.Empty };
                var handled = dispatcher.ProcessAsync(message, CancellationToken.None);
                await Task.WhenAny(handled, Task.Delay(AnswerWithin, http.RequestAborted));
            }

            return Results.Ok();
        });
    }
}
