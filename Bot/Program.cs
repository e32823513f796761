using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;
using OneStopBot.Bot;
using OneStopBot.Domain.Calendar;

try
{
    await using var app = BotHost.Build(args);
    await app.RunAsync();
}
catch (Exception cannotStart) when (cannotStart is StartupException or OptionsValidationException or CalendarFileException)
{
    // What the operator must mend, in a sentence; the stack trace would only hide it.
    await Console.Error.WriteLineAsync(cannotStart.Message);
    Environment.ExitCode = 1;
}
catch (IOException taken) when (taken.InnerException is AddressInUseException)
{
    // Most often a second console chat: its pages' address (Web:LocalUrl) is the first one's.
    await Console.Error.WriteLineAsync($"{taken.Message} Stop the program that listens there, or set Web:LocalUrl (the console chat) or urls to another address.");
    Environment.ExitCode = 1;
}
