namespace OneStopBot.Benchmarks.Load;

/// <summary>What a scripted message should get back.</summary>
internal enum Outcome
{
    /// <summary>A card, a worklist, or an action carried out.</summary>
    Answered,

    /// <summary>A rule refuses it (an action the dossier's state does not allow): the officer is told why.</summary>
    Refused,
}

/// <summary>One message an officer types, with the number of replies the bot sends to it.</summary>
internal sealed record ScriptedMessage(long ChatId, string Text, int Replies, Outcome Expected);

/// <summary>
/// The messages of one counter officer working through their own dossiers in a valid order: look the card up,
/// start processing, ask for a supplement, log it, finish, hand over, then glance at the worklist. About one
/// message in twenty is an action the state does not allow yet, as happens at a real counter.
/// </summary>
internal static class LoadScript
{
    /// <summary>Messages per dossier in <see cref="ForDossier"/>, refused one included when there is one.</summary>
    public const int PerDossier = 8;

    public static List<ScriptedMessage> ForChat(long chatId, IReadOnlyList<string> tails, int count)
    {
        var script = new List<ScriptedMessage>(count);
        for (var i = 0; script.Count < count; i++)
        {
            if (i >= tails.Count)
            {
                throw new InvalidOperationException($"Chat {chatId} has {tails.Count} dossiers, too few for {count} messages.");
            }

            script.AddRange(ForDossier(chatId, tails[i], refuseOnce: i % 3 == 0));
        }

        script.RemoveRange(count, script.Count - count);
        return script;
    }

    public static int DossiersFor(int messages) => (messages + PerDossier - 2) / (PerDossier - 1) + 1;

    private static IEnumerable<ScriptedMessage> ForDossier(long chat, string tail, bool refuseOnce)
    {
        yield return new(chat, $"/hoso {tail}", 1, Outcome.Answered);
        yield return new(chat, $"{tail} xu ly", 1, Outcome.Answered);
        if (refuseOnce)
        {
            // Handing over a dossier still being processed.
            yield return new(chat, $"{tail} tra", 1, Outcome.Refused);
        }

        // A supplement request answers with the card and the request form (Mẫu 02).
        yield return new(chat, $"{tail} bo sung Thiếu bản sao giấy khai sinh của người được đăng ký", 2, Outcome.Answered);
        yield return new(chat, $"{tail} đã bổ sung", 1, Outcome.Answered);
        yield return new(chat, $"{tail} xong", 1, Outcome.Answered);
        yield return new(chat, $"{tail} Trả", 1, Outcome.Answered);
        yield return new(chat, "/viec", 1, Outcome.Answered);
    }
}
