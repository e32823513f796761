using Microsoft.Extensions.Options;
using System.Text;
using OneStopBot.Bot.Channels.Console;
using OneStopBot.Bot.Channels.Telegram;
using OneStopBot.Bot.Channels.Zalo;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Features.Access;
using OneStopBot.Bot.Features.Calendar;
using OneStopBot.Bot.Features.Campaign;
using OneStopBot.Bot.Features.Complaints;
using OneStopBot.Bot.Features.Digests;
using OneStopBot.Bot.Features.Dossiers;
using OneStopBot.Bot.Features.Exports;
using OneStopBot.Bot.Features.Following;
using OneStopBot.Bot.Features.Lookup;
using OneStopBot.Bot.Features.Ranking;
using OneStopBot.Bot.Features.Ratings;
using OneStopBot.Bot.Features.Start;
using OneStopBot.Bot.Features.Votes;
using OneStopBot.Bot.Office;
using OneStopBot.Bot.Web;
using OneStopBot.Domain.Calendar;
using OneStopBot.Persistence;
using Telegram.Bot;

namespace OneStopBot.Bot;

/// <summary>One registration method per part of the bot; Program.cs reads as their table of contents.</summary>
public static class Registration
{
    public static WebApplicationBuilder AddOffice(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Read when first needed, so that a mistake stops the start with its sentence (Program.cs prints it).
        builder.Services.AddSingleton(sp => OfficeDirectory.Load(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddScoped<CurrentOffice>();
        builder.Services.AddOptions<CalendarOptions>().Bind(builder.Configuration.GetSection(CalendarOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<OfficeClock>();
        builder.Services.AddSingleton<IWorkingCalendar>(sp => LoadCalendar(sp.GetRequiredService<IOptions<CalendarOptions>>().Value));
        return builder;
    }

    public static WebApplicationBuilder AddPersistence(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connection = builder.Configuration.GetConnectionString("OneStop");
        if (string.IsNullOrWhiteSpace(connection))
        {
            throw new InvalidOperationException("ConnectionStrings:OneStop is missing: set it, e.g. \"Data Source=onestop.db\".");
        }

        var provider = StoreConnection.ParseProvider(builder.Configuration["Database:Provider"]);
        builder.Services.AddOneStopDatabase(new StoreConnection(provider, connection));
        builder.Services.AddHostedService<DatabaseInitializer>();
        return builder;
    }

    public static WebApplicationBuilder AddConversation(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<UpdatePipeline>();
        services.AddSingleton<DossierViews>();
        services.AddSingleton<DossierNotices>();
        services.AddSingleton<LeaderAudience>();
        services.AddScoped<Router>();
        services.AddScoped<StartHandler>();
        services.AddScoped<AccessHandler>();
        services.AddScoped<ReceptionForm>();
        services.AddScoped<DossierActions>();
        services.AddScoped<DossierQueries>();
        services.AddScoped<LookupHandler>();
        services.AddScoped<CalendarHandler>();
        services.AddScoped<FollowHandler>();
        services.AddScoped<RatingHandler>();
        services.AddScoped<ComplaintForm>();
        services.AddScoped<ComplaintDesk>();
        services.AddScoped<VoteHandler>();
        services.AddScoped<ReportsHandler>();
        services.AddScoped<RankingHandler>();
        services.AddScoped<SessionsHandler>();
        services.AddScoped<ExportHandler>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        return builder;
    }

    public static WebApplicationBuilder AddChannels(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var telegram = builder.Configuration.GetSection(TelegramOptions.Section).Get<TelegramOptions>() ?? new TelegramOptions();
        services.AddOptions<TelegramOptions>().Bind(builder.Configuration.GetSection(TelegramOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        var zalo = builder.Configuration.GetSection(ZaloOptions.Section).Get<ZaloOptions>() ?? new ZaloOptions();
        services.AddOptions<ZaloOptions>().Bind(builder.Configuration.GetSection(ZaloOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();

        // The token is part of every Bot API URL: the HttpClient's own request logs would print it.
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);

        if (telegram.Enabled)
        {
            services.AddSingleton<ITelegramBotClient>(sp =>
            {
                var o = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
                var http = new HttpClient { Timeout = o.PollTimeout + TimeSpan.FromSeconds(15) };
                // One attempt per call: the client's own retry after a 429 would send again past the throttle, and
                // keep the caller waiting; the throttle holds the chat instead and the outbox tries later.
                var clientOptions = new TelegramBotClientOptions(o.Token!, o.BaseUrl?.ToString().TrimEnd('/')) { RetryCount = 1 };
                return new TelegramBotClient(clientOptions, http);
            });
            services.AddSingleton(sp => new TelegramThrottle(TelegramLimits.Telegram, sp.GetRequiredService<TimeProvider>()));
            services.AddSingleton<TelegramSender>();
            services.AddSingleton<IChannelSender>(sp => sp.GetRequiredService<TelegramSender>());
            services.AddHostedService<TelegramPolling>();
        }

        if (zalo.Enabled)
        {
            services.AddZaloChannel();
        }

        if (telegram.Enabled || zalo.Enabled)
        {
            // One dispatcher for every channel: a Zalo citizen and a Telegram officer share the lanes and the pipeline.
            services.AddSingleton(sp => new ChatDispatcher(
                sp.GetRequiredService<IOptions<TelegramOptions>>().Value.Workers,
                sp.GetRequiredService<UpdatePipeline>(),
                sp.GetRequiredService<OutboxDispatcher>(),
                sp.GetServices<IChannelSender>(),
                sp.GetRequiredService<ILogger<ChatDispatcher>>()));
        }
        else
        {
            // The terminal is the chat: keep the host's own logging out of it.
            builder.Configuration["Logging:LogLevel:Default"] = "Warning";
            builder.Configuration["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning";
            System.Console.OutputEncoding = Encoding.UTF8;
            services.AddSingleton(new ConsoleSender(System.Console.Out, Path.Combine(AppContext.BaseDirectory, "out")));
            services.AddSingleton<IChannelSender>(sp => sp.GetRequiredService<ConsoleSender>());
            services.AddHostedService<ConsoleChat>();
            // The board and the report links are served beside the console chat, at an address of this machine.
            builder.WebHost.UseUrls(builder.Configuration[$"{WebOptions.Section}:{nameof(WebOptions.LocalUrl)}"] ?? WebOptions.DefaultLocalUrl);
        }

        return builder;
    }

    public static WebApplication MapChannels(this WebApplication app)
    {
        app.MapTelegramWebhook();
        app.MapZaloWebhook();
        return app;
    }

    /// <summary>
    /// The built-in official schedules and holiday rules, with the override file's years and the rules file's rules
    /// added or replaced, and Ngày Văn hóa Việt Nam in force from its configured year.
    /// </summary>
    public static VietnamWorkingCalendar LoadCalendar(CalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        OfficialSchedule? overrides = ReadCalendarFile(options.OverridesPath, "Calendar:OverridesPath", OfficialSchedule.Parse);
        VietnameseHolidayRules rules = VietnameseHolidayRules.BuiltIn;
        if (ReadCalendarFile(options.RulesPath, "Calendar:RulesPath", VietnameseHolidayRules.Parse) is { } localRules)
        {
            rules = rules.ExtendedBy(localRules);
        }

        if (options.CultureDayFromYear is int cultureDayFrom)
        {
            rules = rules.WithFirstYear(VietnameseHolidayRules.CultureDayId, cultureDayFrom);
        }

        return new VietnamWorkingCalendar(overrides, rules);
    }

    private static T? ReadCalendarFile<T>(string? path, string key, Func<Stream, string, T> parse)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{key} names a file that does not exist: {path}");
        }

        using var stream = File.OpenRead(path);
        return parse(stream, path);
    }

}
