using Microsoft.EntityFrameworkCore;
using OneStopBot.Bot.Conversation;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;
using OneStopBot.Persistence.Messaging;

namespace OneStopBot.Bot.Channels.Zalo;

/// <summary>
/// Zalo's interaction window, per user: the OA may answer for 48 hours after the user's last message, 8 times at
/// most, the count starting again when they write. Kept in the database, since any instance may send.
/// </summary>
public sealed class ZaloContacts(IServiceScopeFactory scopes, TimeProvider time, OutboxSignal outboxSignal)
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(48);

    public const int RepliesPerWindow = 8;

    /// <summary>
    /// The user wrote: the window opens again, and what waited for it (notices sent while it was closed) is due now.
    /// A redelivered event older than the last one changes nothing. Returns the user's name when it is known.
    /// </summary>
    public async Task<string?> WroteAsync(long userId, long updateId, DateTime eventAtUtc, string? sharedPhone, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var opened = false;
        string? knownName;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
        var contact = await db.ZaloContacts.SingleOrDefaultAsync(c => c.UserId == userId, ct);
        if (contact is null)
        {
            contact = new ZaloContact { UserId = userId };
            db.ZaloContacts.Add(contact);
        }

        if (contact.LastEventAtUtc is null || (eventAtUtc >= contact.LastEventAtUtc && updateId != contact.LastUpdateId))
        {
            contact.LastEventAtUtc = eventAtUtc;
            contact.LastUpdateId = updateId;
            contact.LastInboundAtUtc = now;
            contact.RepliesSinceInbound = 0;
            opened = true;
        }

        contact.SharedPhone = sharedPhone ?? contact.SharedPhone;
        knownName = contact.DisplayName;
        await db.SaveChangesAsync(ct);
        if (opened)
        {
            await db.WriteAsync(
                c => db.Outbox
                    .Where(m => m.Channel == ChannelKind.Zalo && m.ChatId == userId && m.Status == OutboxStatus.Pending && m.NextAttemptAtUtc > now)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAtUtc, now), c),
                ct);
        }

        if (opened)
        {
            outboxSignal.Wake();
        }

        return knownName;
    }

    /// <summary>Keeps the user's name, learnt from Zalo.</summary>
    public async Task NameAsync(long userId, string displayName, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
        await db.WriteAsync(
            c => db.ZaloContacts.Where(x => x.UserId == userId).ExecuteUpdateAsync(s => s.SetProperty(x => x.DisplayName, displayName), c),
            ct);
    }

    /// <summary>How many more messages the window allows now (zero when it is closed).</summary>
    public async Task<int> RemainingAsync(long userId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
        var contact = await db.ZaloContacts.AsNoTracking().SingleOrDefaultAsync(c => c.UserId == userId, ct);
        return contact?.LastInboundAtUtc is { } last && now < last + Window
            ? Math.Max(0, RepliesPerWindow - contact.RepliesSinceInbound)
            : 0;
    }

    /// <summary>One message of the window was used.</summary>
    public async Task CountAsync(long userId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
        await db.WriteAsync(
            c => db.ZaloContacts.Where(x => x.UserId == userId).ExecuteUpdateAsync(s => s.SetProperty(x => x.RepliesSinceInbound, x => x.RepliesSinceInbound + 1), c),
            ct);
    }

    /// <summary>Zalo said the window is closed (-230, -232): the bot's count agrees from now on.</summary>
    public async Task CloseAsync(long userId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
        await db.WriteAsync(
            c => db.ZaloContacts.Where(x => x.UserId == userId).ExecuteUpdateAsync(s => s.SetProperty(x => x.RepliesSinceInbound, RepliesPerWindow), c),
            ct);
    }

    /// <summary>The user unfollowed the OA: nothing reaches them until they write again (which clears the mark).</summary>
    public async Task UnfollowedAsync(long userId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
        var person = await db.People.SingleOrDefaultAsync(p => p.Channel == ChannelKind.Zalo && p.ExternalId == userId, ct);
        person?.MarkBlockedBot(now);
        await db.SaveChangesAsync(ct);
    }
}
