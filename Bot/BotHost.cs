using OneStopBot.Bot.Jobs;
using OneStopBot.Bot.Web;

namespace OneStopBot.Bot;

/// <summary>Builds the bot's host; Program.cs runs it and the end-to-end tests start it against a fake Bot API.</summary>
public static class BotHost
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });

        builder.AddOffice();
        builder.AddPersistence();
        builder.AddConversation();
        builder.AddChannels();
        builder.AddJobs();
        builder.AddWeb();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapChannels();
        app.MapJobs();
        app.MapWeb();
        return app;
    }
}
