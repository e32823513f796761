using Microsoft.EntityFrameworkCore;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;
using OneStopBot.Persistence.Messaging;

namespace OneStopBot.Bot.Conversation;

/// <summary>
/// Updates kept in the database between their arrival and their handling. Long polling stores a batch and
/// only then confirms it to the platform, so it can fetch the next batch while this one is being handled;
/// whatever a stop interrupts is handled at the next start. The pipeline's update ids make a repeat harmless.
/// </summary>
public sealed class Inbox(IServiceScopeFactory scopes, WriteGate gate, TimeProvider time)
{
    /// <summary>Stores the messages in one statement, on disk when this completes; those already stored are left as they are.</summary>
    public async Task StoreAsync(IReadOnlyList<InboundMessage> messages, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count == 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var rows = messages.Select(m => ToRow(m, now)).ToList();

        // Opened before the gate, so that writers do not wait for a connection to open.
        await db.Database.OpenConnectionAsync(ct);

        // A batch seen again (the bot stopped after storing it and before confirming it) keeps its stored rows.
        await gate.RunAsync(ct => InboxRows.InsertNewAsync(db, rows, ct), ct);
    }

    /// <summary>The stored updates of a channel not handled yet, in the order they arrived.</summary>
    public async Task<IReadOnlyList<InboundMessage>> PendingAsync(ChannelKind channel, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
        var rows = await db.Inbox.AsNoTracking()
            .Where(u => u.Channel == channel && !db.ProcessedUpdates.Any(p => p.Channel == u.Channel && p.UpdateId == u.UpdateId))
            .OrderBy(u => u.UpdateId)
            .ToListAsync(ct);
        return rows.Select(ToMessage).ToList();
    }

    /// <summary>
    /// Telegram sends an update again for at most a day; the ids of handled updates are kept a week, then forgotten
    /// (never while the update itself is still stored, which would make it look unhandled).
    /// </summary>
    public static readonly TimeSpan KeepHandledIds = TimeSpan.FromDays(7);

    /// <summary>Rows deleted per entry into the write gate: a minute of traffic at once would hold every writer up.</summary>
    private const int PruneChunk = 500;

    /// <summary>
    /// Deletes the stored updates that were handled and, when asked, the ids of handled updates older than
    /// <see cref="KeepHandledIds"/> (looking for those reads every id of the week, so callers ask rarely); returns how
    /// many stored updates were deleted.
    /// </summary>
    public async Task<int> PruneAsync(bool forgetOldIds, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
        var forgetBefore = time.GetUtcNow().UtcDateTime - KeepHandledIds;

        // The rows are found outside the write gate and deleted by their keys in small chunks inside it, so that
        // people's updates go on between the chunks. Neither set changes meanwhile: a handled update stays handled,
        // and Telegram sends nothing again after a day.
        var handled = await db.Inbox.AsNoTracking()
            .Where(u => db.ProcessedUpdates.Any(p => p.Channel == u.Channel && p.UpdateId == u.UpdateId))
            .Select(u => new UpdateKey(u.Channel, u.UpdateId))
            .ToListAsync(ct);
        var forgotten = !forgetOldIds ? [] : await db.ProcessedUpdates.AsNoTracking()
            .Where(p => p.AtUtc < forgetBefore && !db.Inbox.Any(u => u.Channel == p.Channel && u.UpdateId == p.UpdateId))
            .Select(p => new UpdateKey(p.Channel, p.UpdateId))
            .ToListAsync(ct);
        await DeleteInChunksAsync(handled, (channel, ids) => db.Inbox.Where(u => u.Channel == channel && ids.Contains(u.UpdateId)), ct);
        await DeleteInChunksAsync(forgotten, (channel, ids) => db.ProcessedUpdates.Where(p => p.Channel == channel && ids.Contains(p.UpdateId)), ct);
        return handled.Count;
    }

    private async Task DeleteInChunksAsync<T>(List<UpdateKey> keys, Func<ChannelKind, long[], IQueryable<T>> rows, CancellationToken ct)
    {
        foreach (var channel in keys.GroupBy(k => k.Channel))
        {
            foreach (var ids in channel.Select(k => k.UpdateId).Chunk(PruneChunk))
            {
                await gate.RunAsync(ct => rows(channel.Key, ids).ExecuteDeleteAsync(ct), ct);
            }
        }
    }

    private sealed record UpdateKey(ChannelKind Channel, long UpdateId);

    private static InboxUpdate ToRow(InboundMessage m, DateTime now) => new()
    {
        Channel = m.Channel,
        UpdateId = m.UpdateId,
        ChatId = m.ChatId,
        UserId = m.UserId,
        DisplayName = m.DisplayName,
        Text = m.Text,
        ButtonData = m.ButtonData,
        ButtonId = m.ButtonId,
        ReplyToText = m.ReplyToText,
        ContactPhone = m.ContactPhone,
        LanguageCode = m.LanguageCode,
        ReceivedAtUtc = now,
    };

    private static InboundMessage ToMessage(InboxUpdate u) => new(u.Channel, u.UpdateId, u.ChatId, u.UserId, u.DisplayName)
    {
        Text = u.Text,
        ButtonData = u.ButtonData,
        ButtonId = u.ButtonId,
        ReplyToText = u.ReplyToText,
        ContactPhone = u.ContactPhone,
        LanguageCode = u.LanguageCode,
    };
}
