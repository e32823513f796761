using OneStopBot.Bot;

await using var app = BotHost.Build(args);
await app.RunAsync();
