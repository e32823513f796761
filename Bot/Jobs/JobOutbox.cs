using Microsoft.EntityFrameworkCore;
using OneStopBot.Bot.Conversation;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;
using OneStopBot.Persistence.Messaging;

namespace OneStopBot.Bot.Jobs;

/// <summary>
/// How jobs write: each message to the outbox under a dedupe key naming the job, the day and the recipient.
/// The key is unique in the database, so a job that runs twice (a retry, a restart, a second server) writes once.
/// </summary>
public sealed class JobOutbox(OutboxSignal signal, TimeProvider time)
{
    /// <summary>Queues a message unless one with the same key exists; returns whether it was queued.</summary>
    public async Task<bool> QueueOnceAsync(
        OneStopDbContext db,
        ChannelKind channel,
        long chatId,
        string text,
        string dedupeKey,
        CancellationToken ct,
        IReadOnlyList<IReadOnlyList<Button>>? buttons = null,
        Attachment? photo = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.Outbox.AnyAsync(m => m.DedupeKey == dedupeKey, ct))
        {
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var message = OutboxDispatcher.ToRow(new OutboundMessage(channel, chatId, text) { Buttons = buttons ?? [], Photo = photo }, now, dedupeKey);
        db.Outbox.Add(message);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException clash) when (StoreErrors.IsUniqueViolation(clash))
        {
            // Another process wrote the same key between the check and the insert: theirs stands.
            db.Entry(message).State = EntityState.Detached;
            if (await db.Outbox.AnyAsync(m => m.DedupeKey == dedupeKey, ct))
            {
                return false;
            }

            throw;
        }

        signal.Wake();
        return true;
    }

    /// <summary>
    /// Queues one message a day from <paramref name="job"/> to each person, written once per language by
    /// <paramref name="render"/>; a person who already has today's message from this job gets nothing new.
    /// </summary>
    public async Task QueueToEachAsync(OneStopDbContext db, IEnumerable<Person> people, string job, DateOnly day, Func<Language, JobMessage> render, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(render);
        var rendered = new Dictionary<Language, JobMessage>();
        foreach (var person in people)
        {
            if (!rendered.TryGetValue(person.Language, out var message))
            {
                message = rendered[person.Language] = render(person.Language);
            }

            await QueueOnceAsync(db, person.Channel, person.ExternalId, message.Text, Key(job, day, person.Channel, person.ExternalId), ct, message.Buttons, message.Photo);
        }
    }

    public static string Key(string job, DateOnly day, ChannelKind channel, long chatId, string? part = null) =>
        $"{job}:{day:yyyy-MM-dd}:{channel}:{chatId}" + (part is null ? string.Empty : ":" + part);
}

/// <summary>What a job sends to one person: a text, optional buttons, an optional picture.</summary>
public sealed record JobMessage(string Text, IReadOnlyList<IReadOnlyList<Button>>? Buttons = null, Attachment? Photo = null);
