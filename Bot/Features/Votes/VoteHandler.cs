using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Features.Following;
using OneStopBot.Bot.Office;
using OneStopBot.Domain.People;
using OneStopBot.Domain.Votes;

namespace OneStopBot.Bot.Features.Votes;

/// <summary>/binhchon: a vote for an exemplary officer, one per citizen, officer and month, with an optional reason.</summary>
internal sealed class VoteHandler(OfficeDirectory offices)
{
    public const string ButtonPrefix = "bc";
    public const string ReasonFormKind = "vote-reason";

    public async Task ChooseAsync(ChatContext ctx, CancellationToken ct)
    {
        if (RefuseStaff(ctx))
        {
            return;
        }

        if (await Communes.ImpliedAsync(ctx, offices, ct) is not { } office)
        {
            ctx.Reply(ctx.T(VoteTexts.ChooseOffice), Communes.Buttons(offices, OfficePrefix));
            return;
        }

        await ListOfficersAsync(ctx, office, ct);
    }

    private const string OfficePrefix = ButtonPrefix + ":c:";

    private async Task ListOfficersAsync(ChatContext ctx, OfficeProfile office, CancellationToken ct)
    {
        var officers = await Audience.OfficersForCitizensAsync(ctx.Db, offices, office.UnitCode, 30, ct);
        if (officers.Count == 0)
        {
            ctx.Reply(ctx.T(VoteTexts.NoOfficers));
            return;
        }

        var rows = officers
            .Select(p => (IReadOnlyList<Button>)[Audience.OfficerButton(p, $"{ButtonPrefix}:{p.Id.ToString(CultureInfo.InvariantCulture)}")])
            .ToList();
        ctx.Reply(ctx.T(VoteTexts.Choose, ctx.Now.Local.ToString("MM/yyyy", CultureInfo.InvariantCulture)), rows);
    }

    /// <summary>
    /// <c>bc:c:{unitCode}</c> lists that office's officers; <c>bc:{officerId}</c> chooses; <c>bc:{officerId}:skip</c>
    /// votes without a reason.
    /// </summary>
    public async Task ButtonAsync(ChatContext ctx, string data, CancellationToken ct)
    {
        if (RefuseStaff(ctx))
        {
            return;
        }

        if (data.StartsWith(OfficePrefix, StringComparison.Ordinal))
        {
            if (Communes.Chosen(offices, data, OfficePrefix) is { } office)
            {
                await ListOfficersAsync(ctx, office, ct);
            }
            else
            {
                ctx.Reply(ctx.T(Start.StartTexts.Unknown));
            }

            return;
        }

        var parts = data.Split(':');
        var officer = parts.Length is 2 or 3 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await ctx.Db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.Role == Role.Officer, ct)
            : null;
        if (officer is null)
        {
            ctx.Reply(ctx.T(Start.StartTexts.Unknown));
            return;
        }

        if (parts.Length == 3 && parts[2] == "skip")
        {
            await CastAsync(ctx, officer, null, ct);
            return;
        }

        // Refuse a second vote now rather than after the reason is typed.
        Vote.Cast(officer.UnitCode ?? string.Empty, officer.Id, ctx.Message.Channel, ctx.Message.UserId, ctx.Person.Id, null, ctx.Now, await EarlierVotesAsync(ctx, officer.Id, ct));
        ctx.SaveForm(ReasonFormKind, new PendingVote(officer.Id));
        ctx.Reply(ctx.T(VoteTexts.AskReason, officer.DisplayName), [[new(ctx.T(CommonTexts.SkipStep), $"{ButtonPrefix}:{officer.Id.ToString(CultureInfo.InvariantCulture)}:skip")]]);
    }

    public async Task ContinueReasonAsync(ChatContext ctx, CancellationToken ct)
    {
        var pending = ctx.FormData<PendingVote>();
        var reason = ctx.Message.Text?.Trim();
        if (pending is null || string.IsNullOrEmpty(reason))
        {
            ctx.CloseForm();
            ctx.Reply(ctx.T(Start.StartTexts.Unknown));
            return;
        }

        if (reason.Length > Vote.MaxReason)
        {
            ctx.Reply(ctx.T(VoteTexts.ReasonTooLong));
            return;
        }

        var officer = await ctx.Db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pending.OfficerId && p.Role == Role.Officer, ct);
        if (officer is null)
        {
            ctx.CloseForm();
            ctx.Reply(ctx.T(Start.StartTexts.Unknown));
            return;
        }

        await CastAsync(ctx, officer, reason, ct);
    }

    /// <summary>The vote is the citizens' voice: staff do not vote for colleagues (the emulation ranking counts it).</summary>
    private static bool RefuseStaff(ChatContext ctx)
    {
        if (!ctx.Person.IsStaff)
        {
            return false;
        }

        ctx.CloseForm();
        ctx.Reply(ctx.T(VoteTexts.CitizensOnly));
        return true;
    }

    private static async Task CastAsync(ChatContext ctx, Person officer, string? reason, CancellationToken ct)
    {
        ctx.CloseForm();

        var vote = Vote.Cast(officer.UnitCode ?? string.Empty, officer.Id, ctx.Message.Channel, ctx.Message.UserId, ctx.Person.Id, reason, ctx.Now, await EarlierVotesAsync(ctx, officer.Id, ct));
        ctx.Db.Votes.Add(vote);
        ctx.Reply(ctx.T(VoteTexts.Thanks, officer.DisplayName));
    }

    private static Task<List<Vote>> EarlierVotesAsync(ChatContext ctx, long officerId, CancellationToken ct)
    {
        var channel = ctx.Message.Channel;
        var voter = ctx.Message.UserId;
        var month = Vote.MonthOf(ctx.Now.Date);
        return ctx.Db.Votes.AsNoTracking().Where(v => v.OfficerId == officerId && v.VoterChannel == channel && v.VoterId == voter && v.Month == month).ToListAsync(ct);
    }

    internal sealed record PendingVote(long OfficerId);
}
