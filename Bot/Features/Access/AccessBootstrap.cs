using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStopBot.Bot.Office;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;

namespace OneStopBot.Bot.Features.Access;

/// <summary>Gives the roles named in <c>Access:*</c> to the Telegram users who already talked to the bot.</summary>
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

    public static async Task ApplyAsync(OneStopDbContext db, AccessOptions access, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(access);
        var ids = access.Admins.Concat(access.Leaders).Concat(access.Officers).Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var people = await db.People.Where(p => p.Channel == ChannelKind.Telegram && ids.Contains(p.ExternalId)).ToListAsync(ct);
        foreach (var person in people)
        {
            if (ConfiguredRole(access, ChannelKind.Telegram, person.ExternalId) is { } role && person.Role < role)
            {
                person.GrantRole(role);
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
