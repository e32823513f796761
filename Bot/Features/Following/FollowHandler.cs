using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Features.Dossiers;
using OneStopBot.Bot.Features.Lookup;
using OneStopBot.Bot.Features.Ratings;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Persistence.Messaging;

namespace OneStopBot.Bot.Features.Following;

/// <summary>
/// Following dossiers: the receipt's deep link or QR, or /theodoi with the code and the phone's last digits;
/// /huytheodoi stops one. A chat sees a dossier only after proving it may.
/// </summary>
internal sealed class FollowHandler
{
    public const string ButtonPrefix = "uf";

    /// <summary><c>fw:{follow token}</c>: the "Theo dõi" button under a look-up, the same as opening the receipt's link.</summary>
    public const string FollowButtonPrefix = "fw";

    /// <summary>/start f_{token}: the link or QR of the receipt. A returned dossier also offers its rating.</summary>
    public async Task FollowByLinkAsync(ChatContext ctx, string token, CancellationToken ct)
    {
        var dossier = token.Length is > 0 and <= 32
            ? await ctx.Db.Dossiers.AsNoTracking().FirstOrDefaultAsync(d => d.FollowToken == token, ct)
            : null;
        if (dossier is null)
        {
            ctx.Reply(ctx.T(LookupTexts.FollowUnknown));
            return;
        }

        await FollowAsync(ctx, dossier, ct);
    }

    /// <summary>/theodoi: with a code and digits, follows; without, lists what the chat follows.</summary>
    public async Task FollowByPairAsync(ChatContext ctx, string args, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(args))
        {
            var followed = await FollowedAsync(ctx, ct);
            var text = new StringBuilder(ctx.T(FollowTexts.Usage));
            if (followed.Count > 0)
            {
                text.Append("\n\n").Append(ctx.T(FollowTexts.Following));
                foreach (var d in followed)
                {
                    text.Append("\n• ").Append(d.Code).Append(" — ").Append(Dossiers.DossierNames.State(d.State, ctx.Language));
                }
            }

            ctx.Reply(text.ToString());
            return;
        }

        if (await LookupHandler.FindByPairAsync(ctx, args, FollowTexts.Usage, ct) is { } dossier)
        {
            await FollowAsync(ctx, dossier, ct);
        }
    }

    /// <summary>/huytheodoi [code]: stops one; without a code, offers a button per followed dossier.</summary>
    public async Task UnfollowAsync(ChatContext ctx, string args, CancellationToken ct)
    {
        var followed = await FollowedAsync(ctx, ct);
        if (followed.Count == 0)
        {
            ctx.Reply(ctx.T(FollowTexts.NotFollowing));
            return;
        }

        var tail = DossierCode.Tail(args);
        if (tail is null)
        {
            if (followed.Count == 1 && string.IsNullOrWhiteSpace(args))
            {
                await StopAsync(ctx, followed[0], ct);
                return;
            }

            ctx.Reply(
                ctx.T(string.IsNullOrWhiteSpace(args) ? FollowTexts.UnfollowChoose : FollowTexts.NotFollowingThis, args.Trim()),
                followed.Select(d => (IReadOnlyList<Button>)[new Button(d.Code, $"{ButtonPrefix}:{d.Id.ToString(CultureInfo.InvariantCulture)}")]).ToList());
            return;
        }

        var dossier = followed.FirstOrDefault(d => d.CodeTail == tail);
        if (dossier is null)
        {
            ctx.Reply(ctx.T(FollowTexts.NotFollowingThis, args.Trim()));
            return;
        }

        await StopAsync(ctx, dossier, ct);
    }

    /// <summary><c>uf:{dossierId}</c>: the button of /huytheodoi.</summary>
    public async Task UnfollowButtonAsync(ChatContext ctx, string data, CancellationToken ct)
    {
        var followed = await FollowedAsync(ctx, ct);
        var id = data.Split(':') is [_, var idText] && int.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
        var dossier = followed.FirstOrDefault(d => d.Id == id);
        if (dossier is null)
        {
            ctx.Reply(ctx.T(followed.Count == 0 ? FollowTexts.NotFollowing : FollowTexts.UnfollowChoose));
            return;
        }

        await StopAsync(ctx, dossier, ct);
    }

    private async Task FollowAsync(ChatContext ctx, Dossier dossier, CancellationToken ct)
    {
        var key = new object[] { ctx.Message.Channel, ctx.Message.ChatId, dossier.Id };
        var already = await ctx.Db.Follows.FindAsync(key, ct) is not null;
        if (!already)
        {
            ctx.Db.Follows.Add(new Follow { Channel = ctx.Message.Channel, ChatId = ctx.Message.ChatId, DossierId = dossier.Id, AtUtc = ctx.Now.Utc });
        }

        var status = LookupHandler.Status(ctx, dossier) + "\n\n" + ctx.T(already ? FollowTexts.AlreadyFollowing : FollowTexts.Followed, dossier.Code);
        if (dossier.State == DossierState.Returned && await RatingHandler.MayRateAsync(ctx, dossier.Id, ct))
        {
            ctx.Reply(status);
            ctx.Reply(ctx.T(RatingTexts.Ask, dossier.Code), RatingHandler.LevelButtons(dossier.Id, ctx.Language));
            return;
        }

        ctx.Reply(status);
    }

    private async Task StopAsync(ChatContext ctx, Dossier dossier, CancellationToken ct)
    {
        var follow = await ctx.Db.Follows.FindAsync([ctx.Message.Channel, ctx.Message.ChatId, dossier.Id], ct);
        if (follow is not null)
        {
            ctx.Db.Follows.Remove(follow);
        }

        ctx.Reply(ctx.T(FollowTexts.Unfollowed, dossier.Code));
    }

    /// <summary>/cuatoi, or "hồ sơ của tôi": the dossiers this chat follows and the complaints it filed, with where each stands.</summary>
    public async Task MineAsync(ChatContext ctx, CancellationToken ct)
    {
        var followed = await FollowedAsync(ctx, ct);
        var channel = ctx.Message.Channel;
        var chat = ctx.Message.ChatId;
        var complaints = await ctx.Db.Complaints.AsNoTracking()
            .Where(c => c.Channel == channel && c.ChatId == chat)
            .OrderBy(c => c.Id)
            .Select(c => new { c.TrackingCode, c.State, c.ReceivedOn })
            .ToListAsync(ct);
        if (followed.Count == 0 && complaints.Count == 0)
        {
            ctx.Reply(ctx.T(FollowTexts.MineNone));
            return;
        }

        var text = new StringBuilder(ctx.T(FollowTexts.MineHeader));
        if (followed.Count > 0)
        {
            text.Append("\n\n").Append(ctx.T(FollowTexts.MineDossiers, followed.Count));
            foreach (var d in followed)
            {
                text.Append("\n• ").Append(d.Code).Append(" — ").Append(d.ProcedureName).Append(": ").Append(DossierNames.State(d.State, ctx.Language));
                if (!d.State.EndsProcessing())
                {
                    text.Append(", ").Append(ctx.T(FollowTexts.MineDue, Show.Date(d.AppointmentDate)));
                }
            }
        }

        if (complaints.Count > 0)
        {
            text.Append("\n\n").Append(ctx.T(FollowTexts.MineComplaints, complaints.Count));
            foreach (var c in complaints)
            {
                text.Append("\n• ").Append(c.TrackingCode).Append(" (").Append(Show.Date(c.ReceivedOn)).Append("): ")
                    .Append(Complaints.ComplaintTexts.State(c.State, ctx.Language));
            }
        }

        ctx.Reply(text.ToString());
    }

    private static Task<List<Dossier>> FollowedAsync(ChatContext ctx, CancellationToken ct) =>
        FollowedBy(ctx).OrderBy(d => d.Id).ToListAsync(ct);

    /// <summary>The dossiers the sender's chat follows: the only ones it proved it may see.</summary>
    public static IQueryable<Dossier> FollowedBy(ChatContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var db = ctx.Db;
        var channel = ctx.Message.Channel;
        var chat = ctx.Message.ChatId;
        return db.Dossiers.AsNoTracking().Where(d => db.Follows.Any(f => f.Channel == channel && f.ChatId == chat && f.DossierId == d.Id));
    }
}
