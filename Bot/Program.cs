using OneStopBot.Bot;

var builder = WebApplication.CreateBuilder(args);

builder.AddOffice();
builder.AddPersistence();
builder.AddConversation();
builder.AddChannels();

var app = builder.Build();

app.MapChannels();
await app.RunAsync();

/// <summary>The entry point, visible to the end-to-end tests that start the real host.</summary>
public partial class Program;
