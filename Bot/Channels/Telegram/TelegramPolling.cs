using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStopBot.Domain.People;
using OneStopBot.Bot.Conversation;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace OneStopBot.Bot.Channels.Telegram;

/// <summary>
/// Long polling. Each batch is stored in the inbox before the next request confirms it to Telegram, then
/// handled while the next batch is fetched: a slow message never holds up the others' arrival, and a stop
/// loses nothing (what was stored and not handled is handled at the next start; the pipeline's update ids
/// drop what Telegram sends again).
/// </summary>
public sealed class TelegramPolling(
    ITelegramBotClient client,
    ChatDispatcher dispatcher,
    Inbox inbox,
    BotIdentity identity,
    IOptions<TelegramOptions> options,
    ILogger<TelegramPolling> log) : BackgroundService
{
    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery];

    /// <summary>At most this many updates wait in memory; beyond it the bot stops fetching until it catches up.</summary>
    private const int MaxInFlight = 1000;

    private static readonly TimeSpan PruneEvery = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan ForgetEvery = TimeSpan.FromHours(1);

    // Not disposed: a message still in a lane when the host stops releases its slot afterwards.
    private readonly SemaphoreSlim slots = new(MaxInFlight, MaxInFlight);

    private Task pruning = Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await TelegramStartup.LearnIdentityAsync(client, identity, log, stoppingToken);

        // What a stop left stored and unhandled goes first, before anything new.
        await TelegramStartup.RetryAsync(
            async ct =>
            {
                foreach (var message in await inbox.PendingAsync(ChannelKind.Telegram, ct))
                {
                    await DispatchAsync(message, ct);
                }
            },
            log,
            stoppingToken);

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
        try
        {
            await PollAsync(stoppingToken);
        }
        finally
        {
            await pruning.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        int? offset = null;
        var failures = 0;
        var lastPrune = Stopwatch.GetTimestamp();
        long? lastForget = null;
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

                var messages = updates.Select(TelegramUpdates.ToInbound).OfType<InboundMessage>().ToList();
                await inbox.StoreAsync(messages, stoppingToken);
                foreach (var message in messages)
                {
                    await DispatchAsync(message, stoppingToken);
                }

                offset = updates[^1].Id + 1;

                // Pruning runs beside the poll, often and in small chunks: deleting many handled updates at once
                // takes a while, and people's next messages must not wait for it. The first prune also forgets.
                if (pruning.IsCompleted && Stopwatch.GetElapsedTime(lastPrune) >= PruneEvery)
                {
                    lastPrune = Stopwatch.GetTimestamp();
                    var forget = lastForget is null || Stopwatch.GetElapsedTime(lastForget.Value) >= ForgetEvery;
                    if (forget)
                    {
                        lastForget = lastPrune;
                    }

                    pruning = PruneAsync(forget, stoppingToken);
                }
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

    /// <summary>A failed prune is tried again at the next round; the rows wait, and nothing else depends on them going.</summary>
    private async Task PruneAsync(bool forgetOldIds, CancellationToken ct)
    {
        try
        {
            await inbox.PruneAsync(forgetOldIds, ct);
        }
        catch (Exception e) when (TelegramStartup.IsPassing(e) && !ct.IsCancellationRequested)
        {
            TelegramLog.PruneFailed(log, e.Message);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await dispatcher.StopAsync(cancellationToken);
    }

    /// <summary>Hands a message to its chat's lane once fewer than <see cref="MaxInFlight"/> are waiting.</summary>
    private async Task DispatchAsync(InboundMessage message, CancellationToken ct)
    {
        await slots.WaitAsync(ct);
        _ = ReleaseWhenDoneAsync(dispatcher.ProcessAsync(message, ct));
    }

    private async Task ReleaseWhenDoneAsync(Task handled)
    {
        // The lane never fails a message; only a stop cancels it, and the inbox keeps it for the next start.
        await handled.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        slots.Release();
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

    [LoggerMessage(EventId = 403, Level = LogLevel.Warning, Message = "Pruning handled updates failed ({Reason}); it is tried again shortly")]
    public static partial void PruneFailed(ILogger logger, string reason);
}
