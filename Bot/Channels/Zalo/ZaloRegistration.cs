using Microsoft.Extensions.Options;
using OneStopBot.Bot.Conversation;

namespace OneStopBot.Bot.Channels.Zalo;

public static class ZaloRegistration
{
    /// <summary>The Zalo OA channel: its API client, token store, reply window and sender.</summary>
    public static IServiceCollection AddZaloChannel(this IServiceCollection services)
    {
        services.AddHttpClient<ZaloApi>(http => http.Timeout = TimeSpan.FromSeconds(20));
        services.AddSingleton<ZaloTokens>();
        services.AddSingleton<ZaloContacts>();
        services.AddSingleton<ZaloNames>();
        services.AddSingleton<ZaloZns>();
        services.AddSingleton<ZaloSender>();
        services.AddSingleton<IChannelSender>(sp => sp.GetRequiredService<ZaloSender>());
        services.AddHostedService<ZaloChannel>();
        return services;
    }
}

/// <summary>Says the channel is on, and at a stop lets the lanes finish the events they hold.</summary>
internal sealed class ZaloChannel(ChatDispatcher dispatcher, IOptions<ZaloOptions> options, ILogger<ZaloChannel> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        ZaloChannelLog.Started(log, options.Value.OaId!, ZaloWebhook.Path);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => dispatcher.StopAsync(cancellationToken);
}

internal static partial class ZaloChannelLog
{
    [LoggerMessage(EventId = 510, Level = LogLevel.Information, Message = "Zalo OA {OaId} takes its events at {Path}")]
    public static partial void Started(ILogger logger, string oaId, string path);
}
