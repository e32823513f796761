using System.Net;
using System.Text;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OneStopBot.Bot.Jobs;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.Jobs;

public sealed class DashboardTests
{
    [Fact]
    public async Task TheDashboard_AnswersALocalRequest()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var address = bot.App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient();

        var response = await http.GetAsync(new Uri(address.TrimEnd('/') + JobsRegistration.DashboardPath + "/recurring"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain(DailyDigestJob.Id);
    }

    [Fact]
    public void ARemoteRequest_IsRefusedWithoutAPassword_AndLetInWithTheRightOne()
    {
        var storage = new Hangfire.InMemory.InMemoryStorage();

        new DashboardAccess(null).Authorize(Context(storage, null)).Should().BeFalse();
        new DashboardAccess("s3cret").Authorize(Context(storage, null)).Should().BeFalse();
        new DashboardAccess("s3cret").Authorize(Context(storage, "admin:wrong")).Should().BeFalse();
        new DashboardAccess("s3cret").Authorize(Context(storage, "admin:s3cret")).Should().BeTrue();
    }

    [Fact]
    public void ALoopbackRequest_NeedsThePasswordWhenOneIsSet_AndIsRefusedWhenAProxyRelaysIt()
    {
        var storage = new Hangfire.InMemory.InMemoryStorage();

        new DashboardAccess(null).Authorize(Context(storage, null, "127.0.0.1")).Should().BeTrue("this machine's own browser");
        new DashboardAccess(null).Authorize(Context(storage, null, "127.0.0.1", relayedFor: "203.0.113.7")).Should().BeFalse("a reverse proxy on the same host relays anyone");
        new DashboardAccess("s3cret").Authorize(Context(storage, null, "::1")).Should().BeFalse();
        new DashboardAccess("s3cret").Authorize(Context(storage, "admin:s3cret", "::1")).Should().BeTrue();
    }

    private static AspNetCoreDashboardContext Context(JobStorage storage, string? credentials, string remote = "203.0.113.7", string? relayedFor = null)
    {
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().BuildServiceProvider() };
        http.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        if (relayedFor is not null)
        {
            http.Request.Headers["X-Forwarded-For"] = relayedFor;
        }

        if (credentials is not null)
        {
            http.Request.Headers.Authorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials));
        }

        return new AspNetCoreDashboardContext(storage, new DashboardOptions(), http);
    }
}
