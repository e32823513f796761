using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStopBot.Bot.Channels.Zalo;
using OneStopBot.FakeZaloApi;
using OneStopBot.Persistence.Messaging;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.EndToEnd;

/// <summary>The OA's token pair: each refresh token works once, so it is spent once, stored first, by one instance.</summary>
public sealed class ZaloTokenTests
{
    private const string Citizen = "7354812669035521237";

    [Fact]
    public async Task ARejectedToken_IsRefreshedOnce_TheNewPairIsStored_AndTheSendGoesThrough()
    {
        await using var bot = await BotUnderTest.StartWithZaloAsync();
        await bot.SayOnZaloAsync(Citizen, "/thutuc khai tu");
        bot.Zalo.Refreshes.Should().ContainSingle().Which.RefreshToken.Should().Be(FakeZaloApiServer.FirstRefreshToken);

        bot.Zalo.ExpireAccessTokens();
        (await bot.SayOnZaloAsync(Citizen, "/thutuc khai sinh")).Single().Text.Should().Contain("Đăng ký khai sinh");

        bot.Zalo.Refusals.Should().ContainSingle().Which.Error.Should().Be(-216);
        bot.Zalo.Refreshes.Select(r => (r.RefreshToken, r.Accepted)).Should().Equal(
            (FakeZaloApiServer.FirstRefreshToken, true),
            ("refresh-1", true));
        await using var db = bot.Db();
        var row = await db.ZaloTokens.SingleAsync();
        row.RefreshToken.Should().Be("refresh-2", "the pair is kept for the next refresh");
        row.AccessToken.Should().Be("access-2");
        row.LeaseHolder.Should().BeNull();
    }

    [Fact]
    public async Task ATokenAboutToExpire_IsRefreshedBeforeItIsUsed_NotAfterZaloRefusesIt()
    {
        await using var bot = await BotUnderTest.StartWithZaloAsync();
        await bot.SayOnZaloAsync(Citizen, "/thutuc khai tu");
        bot.Clock.Advance(FakeZaloApiServer.AccessTokenLife - TimeSpan.FromMinutes(10));

        (await bot.SayOnZaloAsync(Citizen, "/thutuc khai sinh")).Single().Text.Should().Contain("Đăng ký khai sinh");

        bot.Zalo.Refusals.Should().BeEmpty();
        bot.Zalo.Refreshes.Should().HaveCount(2).And.OnlyContain(r => r.Accepted);
    }

    [Fact]
    public async Task TwoInstancesRefreshingAtOnce_SpendEachRefreshTokenOnce_AndUseTheSameNewToken()
    {
        // Several instances take Telegram's updates by webhook (on PostgreSQL a second poller would not start).
        await using var bot = await BotUnderTest.StartWithZaloAsync(extraArgs:
        [
            "--Telegram:Mode=Webhook",
            "--Telegram:WebhookUrl=https://bot.example.test/telegram/webhook",
            "--Telegram:WebhookSecret=a-webhook-secret_123",
        ]);
        await using var second = await bot.StartAnotherInstanceAsync();
        var instances = new[] { bot.App.Services.GetRequiredService<ZaloTokens>(), second.Services.GetRequiredService<ZaloTokens>() };

        // The first token of all, asked for by both instances, many times at once.
        var first = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => instances[i % 2].CurrentAsync(CancellationToken.None))));
        first.Distinct().Should().ContainSingle();

        // Zalo rejects it (-216): every caller on both instances asks for a new one at once.
        bot.Zalo.ExpireAccessTokens();
        var renewed = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => instances[i % 2].RenewAsync(first[0], CancellationToken.None))));
        renewed.Distinct().Should().ContainSingle().Which.Should().NotBe(first[0]);

        // It nears its expiry: both refresh before using it, once between them.
        bot.Clock.Advance(FakeZaloApiServer.AccessTokenLife);
        var early = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => instances[i % 2].CurrentAsync(CancellationToken.None))));
        early.Distinct().Should().ContainSingle().Which.Should().NotBe(renewed[0]);

        bot.Zalo.Refreshes.Should().HaveCount(3).And.OnlyContain(r => r.Accepted && !r.Reused);
        bot.Zalo.Refreshes.Select(r => r.RefreshToken).Should().OnlyHaveUniqueItems();
        await using var db = bot.Db();
        (await db.ZaloTokens.SingleAsync()).RefreshToken.Should().Be("refresh-3");
    }

    [Fact]
    public async Task ARefreshWhoseCallerStopsWaiting_IsStillStored_SoTheSpentRefreshTokenIsNotUsedAgain()
    {
        await using var bot = await BotUnderTest.StartWithZaloAsync();
        // Asking a new user's name waits 0.6 s at most; the refresh it starts takes longer to answer.
        bot.Zalo.RefreshAnswerDelay = TimeSpan.FromSeconds(1);

        (await bot.SayOnZaloAsync(Citizen, "/thutuc khai tu")).Single().Text.Should().Contain("Đăng ký khai tử");

        bot.Zalo.Refreshes.Should().ContainSingle().Which.Accepted.Should().BeTrue();
        await using var db = bot.Db();
        (await db.ZaloTokens.SingleAsync()).RefreshToken.Should().Be("refresh-1");
    }

    [Fact]
    public async Task ANewFirstRefreshTokenInTheSettings_TakesThePlaceOfTheStoredPair()
    {
        await using var bot = await BotUnderTest.StartWithZaloAsync();
        await using (var db = bot.Db())
        {
            db.ZaloTokens.Add(new ZaloToken { RefreshToken = "from-another-first-token", SeedHash = SeedOf("another-first-token"), AccessExpiresAtUtc = DateTime.UnixEpoch });
            await db.SaveChangesAsync();
        }

        (await bot.SayOnZaloAsync(Citizen, "/thutuc khai tu")).Single().Text.Should().Contain("Đăng ký khai tử");
        bot.Zalo.Refreshes.Should().ContainSingle().Which.RefreshToken.Should().Be(FakeZaloApiServer.FirstRefreshToken);
    }

    [Fact]
    public async Task ARefusedRefresh_FreesTheLease_AndTheReplyWaitsInTheOutbox()
    {
        await using var bot = await BotUnderTest.StartWithZaloAsync();
        await using (var db = bot.Db())
        {
            db.ZaloTokens.Add(new ZaloToken { RefreshToken = "spent-elsewhere", SeedHash = SeedOf(FakeZaloApiServer.FirstRefreshToken), AccessExpiresAtUtc = DateTime.UnixEpoch });
            await db.SaveChangesAsync();
        }

        (await bot.Zalo.SendTextAsync(Citizen, "/thutuc khai tu")).Should().Be(System.Net.HttpStatusCode.OK);
        await bot.IdleAsync();

        bot.Zalo.Refreshes.Should().HaveCount(2, "asking the user's name and sending the reply each tried once").And.OnlyContain(r => !r.Accepted);
        bot.Zalo.AllSent.Should().BeEmpty();
        await using var check = bot.Db();
        (await check.ZaloTokens.SingleAsync()).LeaseHolder.Should().BeNull("a failed refresh does not keep others waiting");
        var queued = await check.Outbox.SingleAsync();
        queued.Status.Should().Be(OutboxStatus.Pending);
        queued.Text.Should().Contain("Đăng ký khai tử");
    }

    private static string SeedOf(string token) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
}
