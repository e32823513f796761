using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Features.Following;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.People;
using OneStopBot.Domain.Ratings;

namespace OneStopBot.Bot.Features.Ratings;

/// <summary>
/// The rating of a returned dossier: a level, then "were you caused difficulty?", then an optional comment.
/// One rating per dossier, by a chat that follows it, changeable for 7 days. A "not satisfied" level or a
/// harassment answer alerts every leader at once.
/// </summary>
internal sealed class RatingHandler(LeaderAudience audience)
{
    public const string ButtonPrefix = "rt";
    public const string CommentFormKind = "rating-comment";

    public static IReadOnlyList<IReadOnlyList<Button>> LevelButtons(int dossierId, Language language)
    {
        var id = dossierId.ToString(CultureInfo.InvariantCulture);
        return
        [
            [new(RatingTexts.VerySatisfied[language], $"{ButtonPrefix}:{id}:l1")],
            [new(RatingTexts.Satisfied[language], $"{ButtonPrefix}:{id}:l2")],
            [new(RatingTexts.NotSatisfied[language], $"{ButtonPrefix}:{id}:l3")],
        ];
    }

    /// <summary>Whether this chat may still rate the dossier: nobody rated it yet, or this chat did within the window.</summary>
    public static async Task<bool> MayRateAsync(ChatContext ctx, int dossierId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var rating = await ctx.Db.Ratings.AsNoTracking().FirstOrDefaultAsync(r => r.DossierId == dossierId, ct);
        return rating is null || rating.IsChangeableBy(ctx.Message.Channel, ctx.Message.ChatId, ctx.Now.Utc);
    }

    /// <summary><c>rt:{dossierId}:l1|l2|l3</c>, <c>rt:{dossierId}:hy|hn</c>, <c>rt:{dossierId}:skip</c>.</summary>
    public async Task ButtonAsync(ChatContext ctx, string data, CancellationToken ct)
    {
        var parts = data.Split(':');
        if (parts.Length != 3 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var dossierId))
        {
            ctx.Reply(ctx.T(Start.StartTexts.Unknown));
            return;
        }

        var channel = ctx.Message.Channel;
        var chat = ctx.Message.ChatId;
        var dossier = await FollowHandler.FollowedBy(ctx).FirstOrDefaultAsync(d => d.Id == dossierId, ct);
        if (dossier is null)
        {
            ctx.Reply(ctx.T(RatingTexts.NotAllowed));
            return;
        }

        var rating = await ctx.Db.Ratings.FirstOrDefaultAsync(r => r.DossierId == dossierId, ct);
        rating?.EnsureChangeableBy(channel, chat, ctx.Now.Utc);
        switch (parts[2])
        {
            case "l1" or "l2" or "l3":
                if (rating is null)
                {
                    rating = Rating.Start(dossier, channel, chat, ctx.Now);
                    ctx.Db.Ratings.Add(rating);
                }

                rating.Choose((SatisfactionLevel)(parts[2][1] - '0'), ctx.Now.Utc);
                if (rating.Level == SatisfactionLevel.NotSatisfied)
                {
                    await AlertLeadersAsync(ctx, dossier, RatingTexts.AlertNotSatisfied, "ns", ct);
                }

                ctx.CloseForm();
                ctx.Reply(ctx.T(RatingTexts.AskHarassment, dossier.Code), HarassmentButtons(dossierId, ctx.Language));
                break;
            case "hy" or "hn" when rating is not null:
                var harassment = parts[2] == "hy";
                rating.AnswerHarassment(harassment, ctx.Now.Utc);
                if (harassment)
                {
                    await AlertLeadersAsync(ctx, dossier, RatingTexts.AlertHarassment, "hr", ct);
                }

                ctx.SaveForm(CommentFormKind, new PendingComment(dossierId));
                ctx.Reply(ctx.T(RatingTexts.AskComment), [[new(ctx.T(CommonTexts.SkipStep), $"{ButtonPrefix}:{dossierId.ToString(CultureInfo.InvariantCulture)}:skip")]]);
                break;
            case "skip" when rating is not null:
                ctx.CloseForm();
                ctx.Reply(ctx.T(rating.Harassment == true ? RatingTexts.HarassmentThanks : RatingTexts.Thanks));
                break;
            default:
                // A harassment or skip button pressed before any level: start again from the level.
                ctx.Reply(ctx.T(RatingTexts.Ask, dossier.Code), LevelButtons(dossierId, ctx.Language));
                break;
        }
    }

    /// <summary>The optional comment typed after the harassment question.</summary>
    public async Task ContinueCommentAsync(ChatContext ctx, CancellationToken ct)
    {
        var pending = ctx.FormData<PendingComment>();
        var text = ctx.Message.Text?.Trim();
        if (pending is null || string.IsNullOrEmpty(text))
        {
            ctx.CloseForm();
            ctx.Reply(ctx.T(Start.StartTexts.Unknown));
            return;
        }

        if (text.Length > Rating.MaxComment)
        {
            ctx.Reply(ctx.T(RatingTexts.CommentTooLong));
            return;
        }

        ctx.CloseForm();
        var rating = await ctx.Db.Ratings.FirstOrDefaultAsync(r => r.DossierId == pending.DossierId, ct);
        if (rating is null)
        {
            ctx.Reply(ctx.T(Start.StartTexts.Unknown));
            return;
        }

        rating.EnsureChangeableBy(ctx.Message.Channel, ctx.Message.ChatId, ctx.Now.Utc);
        rating.Remark(text, ctx.Now.Utc);
        if (rating.AlertsLeaders)
        {
            var dossier = await ctx.Db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == pending.DossierId, ct);
            foreach (var leader in await audience.ListAsync(ctx.Db, dossier.UnitCode, ct))
            {
                ctx.Notify(leader.Channel, leader.ExternalId, RatingTexts.AlertComment.Format(leader.Language, dossier.Code, text));
            }
        }

        ctx.Reply(ctx.T(rating.Harassment == true ? RatingTexts.HarassmentThanks : RatingTexts.Thanks));
    }

    private static IReadOnlyList<IReadOnlyList<Button>> HarassmentButtons(int dossierId, Language language)
    {
        var id = dossierId.ToString(CultureInfo.InvariantCulture);
        return [[new(CommonTexts.Yes[language], $"{ButtonPrefix}:{id}:hy"), new(CommonTexts.No[language], $"{ButtonPrefix}:{id}:hn")]];
    }

    /// <summary>Once per dossier and kind: changing the answer back and forth does not flood the leaders.</summary>
    private async Task AlertLeadersAsync(ChatContext ctx, Dossier dossier, Text alert, string kind, CancellationToken ct)
    {
        var officerIds = new[] { dossier.ReceivedById, dossier.ReturnedById ?? dossier.ReceivedById };
        var names = await ctx.Db.People.AsNoTracking().Where(p => officerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        var received = names.GetValueOrDefault(dossier.ReceivedById, "?");
        var returned = names.GetValueOrDefault(dossier.ReturnedById ?? dossier.ReceivedById, "?");
        foreach (var leader in await audience.ListAsync(ctx.Db, dossier.UnitCode, ct))
        {
            await ctx.NotifyOnceAsync(
                leader.Channel,
                leader.ExternalId,
                alert.Format(leader.Language, dossier.Code, dossier.ProcedureName, received, returned),
                $"rating-alert:{dossier.Id}:{kind}:{leader.Id}",
                ct: ct);
        }
    }

    internal sealed record PendingComment(int DossierId);
}
