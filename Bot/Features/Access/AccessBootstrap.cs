using Microsoft.EntityFrameworkCore;
using OneStopBot.Bot.Office;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;

namespace OneStopBot.Bot.Features.Access;

/// <summary>
/// Gives the roles the configuration names (<c>Access:*</c>, <c>Offices:&lt;n&gt;:*</c>) to their Telegram users, in their
/// offices, except to those an administrator revoked since: a revocation stands until a new invitation, whatever the
/// configuration says.
/// </summary>
internal static class AccessBootstrap
{
    public static async Task ApplyAsync(OneStopDbContext db, OfficeDirectory offices, DateTime nowUtc, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(offices);
        var ids = offices.ConfiguredIds().ToList();
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
            if (person.RoleRevokedAtUtc is null && offices.ConfiguredMembership(ChannelKind.Telegram, person.ExternalId) is { } membership
                && (person.Role < membership.Role || (person.Role == membership.Role && person.UnitCode != membership.UnitCode)))
            {
                person.GrantRole(membership.Role, membership.UnitCode);
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
