namespace OneStopBot.Bot.Channels.Zalo;

/// <summary>
/// A Zalo event names its user by id only; the greeting and the staff's cards need the name, asked of Zalo once per
/// user and kept. The webhook must answer within 2 seconds, so the question gets little time; without an answer the
/// person is greeted without a name and it is asked again at their next message.
/// </summary>
public sealed class ZaloNames(ZaloApi api, ZaloTokens tokens, ZaloContacts contacts, ILogger<ZaloNames> log)
{
    private static readonly TimeSpan AskWithin = TimeSpan.FromMilliseconds(600);

    public async Task<string?> LearnAsync(long userId, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(AskWithin);
        try
        {
            var token = await tokens.CurrentAsync(limit.Token);
            var name = await api.GetDisplayNameAsync(token, ZaloIds.FormatUser(userId), limit.Token);
            if (string.IsNullOrWhiteSpace(name))
            {
                return null;
            }

            await contacts.NameAsync(userId, name.Trim(), ct);
            return name.Trim();
        }
        catch (Exception e) when (e is ZaloApiException or HttpRequestException or OperationCanceledException or Conversation.SendFailedException && !ct.IsCancellationRequested)
        {
            ZaloNamesLog.NotLearnt(log, e.Message);
            return null;
        }
    }
}

internal static partial class ZaloNamesLog
{
    [LoggerMessage(EventId = 520, Level = LogLevel.Debug, Message = "A Zalo user's name could not be learnt now: {Reason}")]
    public static partial void NotLearnt(ILogger logger, string reason);
}
