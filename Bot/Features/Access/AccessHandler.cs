using System.Text;
using Microsoft.EntityFrameworkCore;
using OneStopBot.Bot.Conversation;
using OneStopBot.Domain;
using OneStopBot.Domain.People;
using OneStopBot.Domain.Text;

namespace OneStopBot.Bot.Features.Access;

/// <summary>Roles: invitation links, revocation, the staff list.</summary>
internal sealed class AccessHandler(BotIdentity bot, Microsoft.Extensions.Options.IOptions<Office.AccessOptions> access)
{
    public const string InvitePrefix = "i_";
    public const string RevokeSubject = "revoke";

    /// <summary>Replies with a polite refusal and returns false when the person is not staff.</summary>
    public static bool RequireStaff(ChatContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        if (ctx.Person.IsStaff)
        {
            return true;
        }

        ctx.Reply(ctx.T(AccessTexts.StaffOnly));
        return false;
    }

    public static bool RequireLeader(ChatContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        if (ctx.Person.Has(Role.Leader))
        {
            return true;
        }

        ctx.Reply(ctx.T(AccessTexts.LeaderOnly));
        return false;
    }

    public static bool RequireAdmin(ChatContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        if (ctx.Person.Has(Role.Admin))
        {
            return true;
        }

        ctx.Reply(ctx.T(ctx.Person.IsStaff ? AccessTexts.AdminOnly : AccessTexts.StaffOnly));
        return false;
    }

    public Task InviteAsync(ChatContext ctx, string args, CancellationToken ct)
    {
        if (!RequireAdmin(ctx))
        {
            return Task.CompletedTask;
        }

        Role? role = SearchKey.Of(args) switch
        {
            "canbo" or "can bo" or "officer" => Role.Officer,
            "lanhdao" or "lanh dao" or "leader" => Role.Leader,
            _ => null,
        };
        if (role is null)
        {
            ctx.Reply(ctx.T(AccessTexts.InviteUsage));
            return Task.CompletedTask;
        }

        var invite = new Invite(BotIdentity.NewSecret(), role.Value, ctx.Person.Id, ctx.Now.Utc, ctx.Now.Utc + access.Value.InviteLifetime);
        ctx.Db.Invites.Add(invite);
        ctx.Reply(ctx.T(
            AccessTexts.InviteCreated,
            AccessTexts.RoleName(role.Value, ctx.Language),
            Show.Date(DateOnly.FromDateTime(ctx.Now.Local + access.Value.InviteLifetime)),
            bot.Link(InvitePrefix + invite.Code)));
        return Task.CompletedTask;
    }

    public async Task RedeemAsync(ChatContext ctx, string code, CancellationToken ct)
    {
        var invite = await ctx.Db.Invites.SingleOrDefaultAsync(i => i.Code == code, ct);
        if (invite is null)
        {
            ctx.Reply(ctx.T(AccessTexts.InviteUnknown));
            return;
        }

        invite.Redeem(ctx.Person, ctx.Now.Utc);
        ctx.Reply(ctx.T(AccessTexts.InviteRedeemed, ctx.Person.DisplayName, AccessTexts.RoleName(ctx.Person.Role, ctx.Language)));
    }

    public async Task StaffAsync(ChatContext ctx, CancellationToken ct)
    {
        if (!RequireAdmin(ctx))
        {
            return;
        }

        var staff = await ctx.Db.People.AsNoTracking().Where(p => p.Role != Role.Citizen)
            .OrderByDescending(p => p.Role).ThenBy(p => p.DisplayName).ToListAsync(ct);
        var text = new StringBuilder(ctx.T(AccessTexts.StaffList));
        foreach (var p in staff)
        {
            text.Append('\n').Append(p.Id).Append(" · ").Append(p.DisplayName).Append(" · ").Append(AccessTexts.RoleName(p.Role, ctx.Language));
        }

        ctx.Reply(text.ToString());
    }

    public async Task RevokeAsync(ChatContext ctx, string args, CancellationToken ct)
    {
        if (!RequireAdmin(ctx))
        {
            return;
        }

        if (!long.TryParse(args.Trim(), out var id))
        {
            ctx.Reply(ctx.T(AccessTexts.RevokeUsage));
            return;
        }

        if (id == ctx.Person.Id)
        {
            ctx.Reply(ctx.T(AccessTexts.RevokeSelf));
            return;
        }

        var person = await ctx.Db.People.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (person is null)
        {
            ctx.Reply(ctx.T(AccessTexts.NoSuchPerson, id));
            return;
        }

        if (person.Role == Role.Citizen)
        {
            ctx.Reply(ctx.T(AccessTexts.NothingToRevoke, person.DisplayName));
            return;
        }

        Confirmations.Ask(ctx, RevokeSubject, person.Id, ctx.T(AccessTexts.ConfirmRevoke, person.DisplayName, person.Id, AccessTexts.RoleName(person.Role, ctx.Language)));
    }

    public async Task RevokeConfirmedAsync(ChatContext ctx, Confirmations.Pending confirmed, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(confirmed);
        if (!RequireAdmin(ctx))
        {
            return;
        }

        var id = confirmed.Read<long>();
        var person = await ctx.Db.People.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (person is null)
        {
            ctx.Reply(ctx.T(AccessTexts.NoSuchPerson, id));
            return;
        }

        person.RevokeRole(ctx.Now.Utc);
        ctx.Reply(ctx.T(AccessTexts.Revoked, person.DisplayName));
    }
}
