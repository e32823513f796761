using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OneStopBot.Bot.Channels.Telegram;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace OneStopBot.Benchmarks.Load;

/// <summary>
/// What stands in front of several instances in webhook mode, as a load balancer does: update i is posted to
/// instance i mod n, and every <see cref="DuplicateEvery"/>th update to every instance at once, as when Telegram
/// posts again an update whose answer it did not see while the first delivery is still being handled.
/// </summary>
internal sealed class WebhookFront : IDisposable
{
    /// <summary>One update in ten goes to every instance at once.</summary>
    public const int DuplicateEvery = 10;

    private readonly HttpClient[] instances;
    private readonly string secret;
    private int lastUpdateId;
    private int duplicated;
    private int refused;

    public WebhookFront(IEnumerable<WebApplication> bots, string secret)
    {
        instances = [.. bots.Select(bot => new HttpClient { BaseAddress = new Uri(AddressOf(bot)) })];
        this.secret = secret;
    }

    /// <summary>Updates posted to every instance.</summary>
    public int Duplicated => Volatile.Read(ref duplicated);

    /// <summary>Posts answered with anything but 200, or that failed.</summary>
    public int Refused => Volatile.Read(ref refused);

    /// <summary>Posts the officer's message as one update; returns once every instance it went to has answered.</summary>
    public Task PostAsync(ScriptedMessage message)
    {
        var id = Interlocked.Increment(ref lastUpdateId);
        var update = new Update
        {
            Id = id,
            Message = new Message
            {
                Id = id,
                Date = DateTime.UtcNow,
                From = new User { Id = message.ChatId, FirstName = "Cán bộ" },
                Chat = new Chat { Id = message.ChatId, Type = ChatType.Private, FirstName = "Cán bộ" },
                Text = message.Text,
            },
        };
        var body = JsonSerializer.SerializeToUtf8Bytes(update, JsonBotAPI.Options);
        if (id % DuplicateEvery != 0)
        {
            return PostOneAsync(instances[id % instances.Length], body);
        }

        Interlocked.Increment(ref duplicated);
        return Task.WhenAll(instances.Select(instance => PostOneAsync(instance, body)));
    }

    private async Task PostOneAsync(HttpClient instance, byte[] body)
    {
        try
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new("application/json");
            using var request = new HttpRequestMessage(HttpMethod.Post, TelegramWebhook.Path) { Content = content };
            request.Headers.Add(TelegramWebhook.SecretHeader, secret);
            using var response = await instance.SendAsync(request);
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref refused);
            }
        }
        catch (HttpRequestException)
        {
            Interlocked.Increment(ref refused);
        }
    }

    private static string AddressOf(WebApplication bot) =>
        bot.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public void Dispose()
    {
        foreach (var instance in instances)
        {
            instance.Dispose();
        }
    }
}
