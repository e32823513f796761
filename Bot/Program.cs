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
