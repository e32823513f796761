using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Features.Dossiers;
using OneStopBot.Bot.Features.Ratings;
using OneStopBot.Bot.Office;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;
using OneStopBot.Persistence.Messaging;

namespace OneStopBot.Bot.Features.Following;

/// <summary>
/// Tells the chats following a dossier what changed, through the outbox: one short polite message per change,
/// with what the citizen has to do next. After the result is handed over, each follower is asked once for a rating.
/// </summary>
public sealed class DossierNotices(OfficeDirectory offices)
{
    public async Task TellFollowersAsync(ChatContext ctx, Dossier dossier, DossierAction action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(dossier);
        var followers = await FollowersAsync(ctx.Db, dossier.Id, ct);

        foreach (var follow in followers)
        {
            ctx.Notify(follow.Channel, follow.ChatId, Compose(dossier, action, follow.Language), dedupeKey: NoticeKey(dossier.Id, dossier.Version, follow));
            if (action == DossierAction.Return)
            {
                // A dossier is handed over once, and only then can it be rated: each follower is asked once, now.
                await ctx.NotifyOnceAsync(follow.Channel, follow.ChatId, RatingTexts.Ask.Format(follow.Language, dossier.Code), $"rating-ask:{dossier.Id}:{follow.Channel}:{follow.ChatId}", RatingHandler.LevelButtons(dossier.Id, follow.Language), ct);
            }
        }
    }

    /// <summary>
    /// After an undo: every follower who was told of the change taken back (version <paramref name="undoneVersion"/>)
    /// reads a correction with where the dossier stands again. The notice may already be on its way, so it is
    /// corrected rather than withdrawn; the outbox keeps each chat's messages in order.
    /// </summary>
    public async Task CorrectAsync(ChatContext ctx, Dossier dossier, DossierEvent undone, int undoneVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(undone);
        var followers = await FollowersAsync(ctx.Db, dossier.Id, ct);

        foreach (var follow in followers)
        {
            var told = NoticeKey(dossier.Id, undoneVersion, follow);
            if (!await ctx.Db.Outbox.AnyAsync(m => m.DedupeKey == told, ct))
            {
                continue;
            }

            var head = FollowTexts.NoticeHead.Format(follow.Language, dossier.Code, dossier.ProcedureName, DossierNames.State(dossier.State, follow.Language));
            var text = head + "\n" + FollowTexts.Correction.Format(follow.Language, undone.Action == DossierAction.Apologize
                ? DossierNames.Action(undone.Action, follow.Language)
                : DossierNames.State(undone.ToState, follow.Language));
            if (!dossier.State.EndsProcessing())
            {
                text += " " + FollowTexts.CorrectionDue.Format(follow.Language, Show.Date(dossier.AppointmentDate));
            }

            ctx.Notify(follow.Channel, follow.ChatId, text, dedupeKey: NoticeKey(dossier.Id, dossier.Version, follow));
        }
    }

    /// <summary>The chats following a dossier, each with its language.</summary>
    public static Task<List<Follower>> FollowersAsync(OneStopDbContext db, int dossierId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return (from f in db.Follows.AsNoTracking()
                where f.DossierId == dossierId
                orderby f.AtUtc
                select new Follower(
                    f.Channel,
                    f.ChatId,
                    db.People.Where(p => p.Channel == f.Channel && p.ExternalId == f.ChatId).Select(p => (Language?)p.Language).FirstOrDefault() ?? Language.Vi))
            .ToListAsync(ct);
    }

    private static string NoticeKey(int dossierId, int version, Follower follow) =>
        $"{NoticeKeyPrefix(dossierId)}{version}:{follow.Channel}:{follow.ChatId}";

    private static string NoticeKeyPrefix(int dossierId) => $"dossier:{dossierId}:v";

    /// <summary>
    /// How many followers a notice of this dossier has not reached yet: one the platform held (a Zalo citizen outside
    /// the interaction window, waiting for their next message), one that failed and waits for its retry, or one whose
    /// chat no longer takes messages. The officer's card says so, so that the counter tells the citizen in person.
    /// </summary>
    public static async Task<int> UnreachedFollowersAsync(OneStopDbContext db, int dossierId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var prefix = NoticeKeyPrefix(dossierId);
        return await db.Outbox.AsNoTracking()
            .Where(m => m.DedupeKey != null && m.DedupeKey.StartsWith(prefix)
                && ((m.Status == OutboxStatus.Pending && m.LastError != null) || m.Status == OutboxStatus.Blocked || m.Status == OutboxStatus.Failed))
            .Select(m => new { m.Channel, m.ChatId })
            .Distinct()
            .CountAsync(ct);
    }

    /// <summary>A result ready for some days and not collected yet: where and when to collect it.</summary>
    public string Uncollected(Dossier dossier, Language language)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var o = offices.OfDossier(dossier.UnitCode).Office;
        return FollowTexts.Uncollected.Format(language, dossier.Code, dossier.ProcedureName, Show.Date(dossier.EndedOn!.Value))
            + " " + FollowTexts.CollectAt.Format(language, PlaceOf(o), o.Hours);
    }

    /// <summary>Where citizens come: the office's name, and its address when there is one.</summary>
    private static string PlaceOf(OfficeOptions office) => office.Address is { Length: > 0 } address ? $"{office.Name}, {address}" : office.Name;

    public string Compose(Dossier dossier, DossierAction action, Language language)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var o = offices.OfDossier(dossier.UnitCode).Office;
        var head = FollowTexts.NoticeHead.Format(language, dossier.Code, dossier.ProcedureName, DossierNames.State(dossier.State, language));
        var body = action switch
        {
            DossierAction.Process => FollowTexts.Processing.Format(language, Show.Date(dossier.AppointmentDate)),
            DossierAction.RequestSupplement => FollowTexts.Supplement.Format(language, dossier.LastReason, PlaceOf(o), o.Hours),
            DossierAction.SupplementReceived => FollowTexts.Supplied.Format(language, Show.Date(dossier.AppointmentDate)),
            DossierAction.RequestFee => FollowTexts.Fee.Format(language, Show.Money(dossier.FeeVnd), o.PaymentUrl, dossier.Code, PlaceOf(o)),
            DossierAction.FeePaid => FollowTexts.FeePaid[language],
            DossierAction.Complete => dossier.Channel == DossierChannel.Postal
                ? FollowTexts.ReadyByPost[language]
                : FollowTexts.ResultReady[language] + " " + FollowTexts.CollectAt.Format(language, PlaceOf(o), o.Hours),
            DossierAction.Return => FollowTexts.Returned[language],
            DossierAction.Refuse => FollowTexts.Refused.Format(language, dossier.LastReason),
            DossierAction.Stop => FollowTexts.Stopped.Format(language, dossier.LastReason),
            DossierAction.Withdraw => FollowTexts.Withdrawn[language],
            DossierAction.Apologize => FollowTexts.Apology.Format(language, Show.DateWithWeekday(dossier.ApologyNewDate!.Value, language), dossier.ApologyReason),
            _ => null,
        };
        return body is null ? head : head + "\n" + body;
    }
}

public sealed record Follower(ChannelKind Channel, long ChatId, Language Language);
