using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStopBot.Bot.Office;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;

namespace OneStopBot.Bot.Features.Access;

/// <summary>
/// Gives the roles named in <c>Access:*</c> to the Telegram users who already talked to the bot, except to those
/// an administrator revoked since: a revocation stands until a new invitation, whatever the configuration says.
/// </summary>
internal static class AccessBootstrap
{
    public static Role? ConfiguredRole(AccessOptions access, ChannelKind channel, long userId)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (channel != ChannelKind.Telegram)
        {
            return null;
        }

        return access.Admins.Contains(userId) ? Role.Admin
            : access.Leaders.Contains(userId) ? Role.Leader
            : access.Officers.Contains(userId) ? Role.Officer
            : null;
    }

    public static async Task ApplyAsync(OneStopDbContext db, AccessOptions access, DateTime nowUtc, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(access);
        var ids = access.Admins.Concat(access.Leaders).Concat(access.Officers).Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var people = await db.People.Where(p => p.Channel == ChannelKind.Telegram && ids.Contains(p.ExternalId)).ToListAsync(ct);

        // Staff named in the configuration exist from the start, so alerts reach a leader who has not written yet
        // (in a private Telegram chat the chat id is the user id); the name is learned from their first message.
        foreach (var id in ids.Except(people.Select(p => p.ExternalId)))
        {
            var person = new Person(ChannelKind.Telegram, id, string.Empty, nowUtc);
            db.People.Add(person);
            people.Add(person);
        }

        foreach (var person in people)
        {
            if (person.RoleRevokedAtUtc is null && ConfiguredRole(access, ChannelKind.Telegram, person.ExternalId) is { } role && person.Role < role)
            {
                person.GrantRole(role);
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
