using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using OneStopBot.Bot.Conversation;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace OneStopBot.Bot.Channels.Telegram;

/// <summary>Webhook mode: Telegram posts each update here; the secret token header is checked in constant time.</summary>
public static class TelegramWebhook
{
    public const string Path = "/telegram/webhook";
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>A Telegram update is a few kilobytes (a message holds at most 4,096 characters); anything far larger is refused unread.</summary>
    public const long MaxBodyBytes = 64 * 1024;

    public static void MapTelegramWebhook(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<IOptions<TelegramOptions>>().Value;
        if (!options.Enabled || options.Mode != TelegramMode.Webhook)
        {
            return;
        }

        var expected = Encoding.UTF8.GetBytes(options.WebhookSecret!);
        app.MapPost(Path, async (HttpContext http, ChatDispatcher dispatcher, ILogger<TelegramOptions> log) =>
        {
            var given = Encoding.UTF8.GetBytes(http.Request.Headers[SecretHeader].ToString());
            if (!CryptographicOperations.FixedTimeEquals(given, expected))
            {
                TelegramLog.WrongSecret(log);
                return Results.Unauthorized();
            }

            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = MaxBodyBytes;
            }

            if (http.Request.ContentLength > MaxBodyBytes)
            {
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            }

            Update? update;
            try
            {
                update = await JsonSerializer.DeserializeAsync<Update>(http.Request.Body, JsonBotAPI.Options, http.RequestAborted);
            }
            catch (JsonException)
            {
                return Results.BadRequest();
            }
            catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            }

            // Answer 200 only after the update is handled: a crash before that makes Telegram post it again.
            if (update is not null && TelegramUpdates.ToInbound(update) is { } message)
            {
                await dispatcher.ProcessAsync(message, http.RequestAborted);
            }

            return Results.Ok();
        });
    }
}
