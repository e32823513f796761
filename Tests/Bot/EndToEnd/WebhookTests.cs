using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.EndToEnd;

public sealed class WebhookTests
{
    private const string Secret = "a-webhook-secret_123";

    [Fact]
    public async Task AnUpdatePosted_WithTheSecret_IsAnswered_AndAWrongSecretIsRefused()
    {
        await using var bot = await BotUnderTest.StartAsync(extraArgs:
        [
            "--Telegram:Mode=Webhook",
            "--Telegram:WebhookUrl=https://bot.example.test/telegram/webhook",
            $"--Telegram:WebhookSecret={Secret}",
        ]);
        var address = bot.App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        var update = new
        {
            update_id = 700001,
            message = new
            {
                message_id = 1,
                date = 1_764_000_000,
                chat = new { id = 5301, type = "private", first_name = "Bình" },
                from = new { id = 5301, is_bot = false, first_name = "Bình" },
                text = "/thutuc khai tu",
            },
        };

        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook") { Content = JsonContent.Create(update) };
        wrong.Headers.Add("X-Telegram-Bot-Api-Secret-Token", "guess");
        (await http.SendAsync(wrong)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        for (var delivery = 0; delivery < 2; delivery++)
        {
            using var right = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook") { Content = JsonContent.Create(update) };
            right.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
            (await http.SendAsync(right)).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        // A text far beyond any Telegram message, with the right secret, is refused unread and answered by nothing.
        var huge = new { update_id = 700002, message = new { message_id = 2, date = 1_764_000_000, chat = update.message.chat, from = update.message.from, text = new string('a', 1_000_000) } };
        using var tooLarge = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook") { Content = JsonContent.Create(huge) };
        tooLarge.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        (await http.SendAsync(tooLarge)).StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);

        bot.Telegram.WebhookUrl.Should().Be("https://bot.example.test/telegram/webhook");
        var replies = bot.Telegram.SentTo(5301);
        replies.Should().ContainSingle("the second delivery of the same update has no effect")
            .Which.Text.Should().Contain("Đăng ký khai tử");
    }
}
