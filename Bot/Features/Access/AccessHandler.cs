using System.Text;
using Microsoft.EntityFrameworkCore;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Office;
using OneStopBot.Domain;
using OneStopBot.Domain.People;
using OneStopBot.Domain.Text;

namespace OneStopBot.Bot.Features.Access;

/// <summary>Roles: invitation links, revocation, the staff list.</summary>
internal sealed class AccessHandler(BotIdentity bot, OfficeDirectory offices)
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

        // "/moi canbo", "/moi lanhdao" in the admin's office; an administrator of the whole deployment names the office
        // ("/moi canbo H15.50.05.13") or invites a province leader ("/moi tinh").
        var words = args.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var kind = SearchKey.Of(words.ElementAtOrDefault(0) ?? string.Empty);
        var named = words.ElementAtOrDefault(1);
        Role? role = kind switch
        {
            "canbo" or "officer" => Role.Officer,
            "lanhdao" or "leader" => Role.Leader,
            "tinh" or "province" => Role.Leader,
            _ => null,
        };
        if (kind is "can" or "lanh" && named is not null)
        {
            // "can bo", "lanh dao" typed in two words.
            var rest = named.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            role = (kind, SearchKey.Of(rest[0])) switch
            {
                ("can", "bo") => Role.Officer,
                ("lanh", "dao") => Role.Leader,
                _ => null,
            };
            named = rest.ElementAtOrDefault(1);
        }

        if (role is null)
        {
            ctx.Reply(ctx.T(AccessTexts.InviteUsage));
            return Task.CompletedTask;
        }

        string? unit;
        if (kind is "tinh" or "province")
        {
            if (ctx.Person.UnitCode is not null || offices.One is not null)
            {
                ctx.Reply(ctx.T(AccessTexts.ProvinceInviteRefused));
                return Task.CompletedTask;
            }

            unit = null;
        }
        else if (ctx.Person.UnitCode is { } own && offices.One is null)
        {
            unit = own;
        }
        else if (offices.One is { } one)
        {
            unit = one.UnitCode;
        }
        else if (offices.Find(named?.Trim()) is { } office)
        {
            unit = office.UnitCode;
        }
        else
        {
            ctx.Reply(ctx.T(AccessTexts.InviteNameOffice, offices.All[0].UnitCode, string.Join(", ", offices.All.Select(o => o.UnitCode))));
            return Task.CompletedTask;
        }

        var lifetime = offices.Access.InviteLifetime;
        var invite = new Invite(unit, BotIdentity.NewSecret(), role.Value, ctx.Person.Id, ctx.Now.Utc, ctx.Now.Utc + lifetime);
        ctx.Db.Invites.Add(invite);
        ctx.Reply(ctx.T(
            AccessTexts.InviteCreated,
            AccessTexts.RoleName(role.Value, ctx.Language),
            Show.Date(DateOnly.FromDateTime(ctx.Now.Local + lifetime)),
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

        // An office's administrator lists their office's staff; the deployment's, everyone's.
        var people = ctx.Db.People.AsNoTracking().Where(p => p.Role != Role.Citizen);
        if (ctx.Person.UnitCode is { } unit)
        {
            people = people.Where(offices.StaffOf(unit));
        }

        var staff = await people
            .OrderByDescending(p => p.Role).ThenBy(p => p.DisplayName).ToListAsync(ct);
        var text = new StringBuilder(ctx.T(AccessTexts.StaffList));
        foreach (var p in staff)
        {
            text.Append('\n').Append(p.Id).Append(" · ").Append(p.DisplayName).Append(" · ").Append(AccessTexts.RoleName(p.Role, ctx.Language));
            if (offices.One is null)
            {
                text.Append(" · ").Append(offices.Find(p.UnitCode)?.Name ?? ctx.T(AccessTexts.WholeProvince));
            }

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
        if (person is null || !MayManage(ctx.Person, person))
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
        if (person is null || !MayManage(ctx.Person, person))
        {
            ctx.Reply(ctx.T(AccessTexts.NoSuchPerson, id));
            return;
        }

        person.RevokeRole(ctx.Now.Utc);
        ctx.Reply(ctx.T(AccessTexts.Revoked, person.DisplayName));
    }

    /// <summary>
    /// An office's administrator manages that office's staff only; the province's leaders and administrators, who
    /// belong to no office, are managed by an administrator of the whole deployment.
    /// </summary>
    private bool MayManage(Person admin, Person person) =>
        offices.One is not null || admin.UnitCode is null || person.UnitCode == admin.UnitCode;
}
