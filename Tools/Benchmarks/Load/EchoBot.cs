using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace OneStopBot.Benchmarks.Load;

/// <summary>
/// The instrument's floor (<c>load --echo</c>): the real Telegram.Bot client polling the same fake server in the
/// same process and answering every text with itself, as many at once as the bot's workers, with no database and no
/// rule. What the bot does beyond this is what the bot costs.
/// </summary>
internal sealed class EchoBot(ITelegramBotClient client, int workers)
{
    public async Task RunAsync(CancellationToken ct)
    {
        int? offset = null;
        var options = new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = ct };
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var updates = await client.GetUpdates(offset, timeout: 5, allowedUpdates: [UpdateType.Message], cancellationToken: ct);
                if (updates.Length == 0)
                {
                    continue;
                }

                await Parallel.ForEachAsync(
                    updates.Where(u => u.Message?.Text is not null),
                    options,
                    async (update, token) => await client.SendMessage(update.Message!.Chat.Id, update.Message.Text!, cancellationToken: token));
                offset = updates[^1].Id + 1;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
