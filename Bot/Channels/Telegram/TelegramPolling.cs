using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStopBot.Domain.People;
using OneStopBot.Bot.Conversation;
using OneStopBot.Persistence;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace OneStopBot.Bot.Channels.Telegram;

/// <summary>
/// Long polling. A batch is handled (each chat in its lane, the chats at once) and only then confirmed, by the
/// offset of the next request: Telegram keeps what was not confirmed and sends it again after a stop or a crash,
/// and the pipeline's stored update ids drop what was already handled.
/// </summary>
public sealed class TelegramPolling(
    ITelegramBotClient client,
    ChatDispatcher dispatcher,
    BotIdentity identity,
    IOptions<TelegramOptions> options,
    StoreConnection store,
    ILogger<TelegramPolling> log) : BackgroundService
{
    /// <summary>The duty of long polling, held by one instance of a deployment.</summary>
    public const string PollingDuty = "onestop:telegram-polling";

    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery];

    private InstanceLock? polling;

    /// <summary>
    /// In polling mode, takes the polling duty before anything starts: a second instance on the same PostgreSQL
    /// database would take updates from the first and confirm ones it has not handled, so it does not start.
    /// </summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Mode == TelegramMode.Polling)
        {
            polling = await InstanceLock.TryTakeAsync(store, PollingDuty, cancellationToken)
                ?? throw new StartupException(
                    "Another instance already long-polls Telegram for this database. Several instances on one PostgreSQL database must use the webhook: set Telegram:Mode=Webhook, Telegram:WebhookUrl (the address in front of all instances) and Telegram:WebhookSecret on each; or run a single instance.",
                    new InvalidOperationException(PollingDuty));
        }

        await base.StartAsync(cancellationToken);
    }


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
        await PollAsync(stoppingToken);
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
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

                // The lane never fails a message; only a stop cancels it, and then the batch stays unconfirmed.
                var messages = updates.Select(TelegramUpdates.ToInbound).OfType<InboundMessage>();
                await Task.WhenAll(messages.Select(m => dispatcher.ProcessAsync(m, stoppingToken)));
                offset = updates[^1].Id + 1;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (TelegramStartup.IsPassing(e))
            {
                failures++;
                TelegramLog.PollFailed(log, e.Message, failures);
                await Task.Delay(TelegramStartup.RetryDelay(failures), stoppingToken);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await dispatcher.StopAsync(cancellationToken);
        if (polling is not null)
        {
            await polling.DisposeAsync();
            polling = null;
        }
    }
}

internal static class TelegramStartup
{
    public static Task LearnIdentityAsync(ITelegramBotClient client, BotIdentity identity, ILogger log, CancellationToken ct) =>
        RetryAsync(
            async ct =>
            {
                var me = await client.GetMe(ct);
                identity.Username = me.Username ?? identity.Username;
                TelegramLog.Started(log, identity.Username);
            },
            log,
            ct);

    /// <summary>Runs a start-up step until it succeeds, waiting longer after each passing failure.</summary>
    public static async Task RetryAsync(Func<CancellationToken, Task> step, ILogger log, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await step(ct);
                return;
            }
            catch (Exception e) when (IsPassing(e) && !ct.IsCancellationRequested)
            {
                TelegramLog.PollFailed(log, e.Message, attempt);
                await Task.Delay(RetryDelay(attempt), ct);
            }
        }
    }

    /// <summary>Network trouble, Telegram's errors, or a database or disk that cannot answer now.</summary>
    public static bool IsPassing(Exception e) =>
        e is RequestException or HttpRequestException or TaskCanceledException or DbException or DbUpdateException or IOException;

    /// <summary>2, 4, 8 … seconds, at most a minute.</summary>
    public static TimeSpan RetryDelay(int attempt) => TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, Math.Min(attempt, 6))));
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
