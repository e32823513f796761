using Microsoft.Extensions.Options;
using OneStopBot.Bot.Conversation;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace OneStopBot.Bot.Channels.Telegram;

/// <summary>
/// Long polling. The next offset (which confirms updates to Telegram) is asked for only after the whole batch
/// is handled, so a crash redelivers the batch and the pipeline's update ids drop what was already done.
/// </summary>
public sealed class TelegramPolling(
    ITelegramBotClient client,
    ChatDispatcher dispatcher,
    BotIdentity identity,
    IOptions<TelegramOptions> options,
    ILogger<TelegramPolling> log) : BackgroundService
{
    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await TelegramStartup.LearnIdentityAsync(client, identity, log, stoppingToken);
        if (options.Value.Mode == TelegramMode.Webhook)
        {
            await client.SetWebhook(
                options.Value.WebhookUrl!.ToString(),
                allowedUpdates: Wanted,
                secretToken: options.Value.WebhookSecret,
                cancellationToken: stoppingToken);
            return;
        }

        await client.DeleteWebhook(cancellationToken: stoppingToken);
        int? offset = null;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var updates = await client.GetUpdates(
                    offset,
                    timeout: (int)options.Value.PollTimeout.TotalSeconds,
                    allowedUpdates: Wanted,
                    cancellationToken: stoppingToken);
                failures = 0;
                if (updates.Length == 0)
                {
                    continue;
                }

                var work = new List<Task>(updates.Length);
                foreach (var update in updates)
                {
                    if (TelegramUpdates.ToInbound(update) is { } message)
                    {
                        work.Add(dispatcher.ProcessAsync(message, stoppingToken));
                    }
                }

                await Task.WhenAll(work);
                offset = updates[^1].Id + 1;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is RequestException or HttpRequestException or TaskCanceledException)
            {
                // Network trouble or a 409 (another instance polls): wait a little longer each time, at most a minute.
                failures++;
                TelegramLog.PollFailed(log, e.Message, failures);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, failures))), stoppingToken);
            }
        }
    }
}

internal static class TelegramStartup
{
    public static async Task LearnIdentityAsync(ITelegramBotClient client, BotIdentity identity, ILogger log, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var me = await client.GetMe(ct);
                identity.Username = me.Username ?? identity.Username;
                TelegramLog.Started(log, identity.Username);
                return;
            }
            catch (Exception e) when (e is RequestException or HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                TelegramLog.PollFailed(log, e.Message, attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, attempt))), ct);
            }
        }
    }
}

internal static partial class TelegramLog
{
    [LoggerMessage(EventId = 400, Level = LogLevel.Information, Message = "Telegram bot @{Username} is running")]
    public static partial void Started(ILogger logger, string username);

    [LoggerMessage(EventId = 401, Level = LogLevel.Warning, Message = "Telegram request failed ({Reason}); attempt {Attempt}")]
    public static partial void PollFailed(ILogger logger, string reason, int attempt);

    [LoggerMessage(EventId = 402, Level = LogLevel.Warning, Message = "A webhook request had a wrong secret token and was refused")]
    public static partial void WrongSecret(ILogger logger);
}
