using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Office;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.People;

namespace OneStopBot.Bot.Features.Dossiers;

/// <summary>Tells the chats following a dossier what changed, through the outbox.</summary>
public sealed class DossierNotices(IOptions<OfficeOptions> office)
{
    public async Task TellFollowersAsync(ChatContext ctx, Dossier dossier, DossierAction action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(dossier);
        var followers = await ctx.Db.Follows.AsNoTracking().Where(f => f.DossierId == dossier.Id).ToListAsync(ct);
        if (followers.Count == 0)
        {
            return;
        }

        var chatIds = followers.Select(f => f.ChatId).ToList();
        var english = await ctx.Db.People.AsNoTracking()
            .Where(p => chatIds.Contains(p.ExternalId) && p.Language == Language.En)
            .Select(p => new { p.Channel, p.ExternalId })
            .ToListAsync(ct);
        foreach (var follow in followers)
        {
            var language = english.Any(e => e.Channel == follow.Channel && e.ExternalId == follow.ChatId) ? Language.En : Language.Vi;
            var version = dossier.Version;
            ctx.Notify(follow.Channel, follow.ChatId, Compose(dossier, action, language), dedupeKey: $"dossier:{dossier.Id}:v{version}:{follow.Channel}:{follow.ChatId}");
        }
    }

    public string Compose(Dossier dossier, DossierAction action, Language language)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var text = new StringBuilder(DossierTexts.Notice.Format(language, dossier.Code, dossier.ProcedureName, DossierNames.State(dossier.State, language)));
        switch (action)
        {
            case DossierAction.RequestSupplement or DossierAction.Refuse or DossierAction.Stop when dossier.LastReason is not null:
                text.Append('\n').Append(DossierTexts.NoticeReason.Format(language, dossier.LastReason));
                break;
            case DossierAction.RequestFee:
                text.Append('\n').Append(DossierTexts.NoticeFee.Format(language, Show.Money(dossier.FeeVnd)));
                break;
            case DossierAction.Apologize:
                text.Append('\n').Append(DossierTexts.NoticeNewDate.Format(language, Show.Date(dossier.ApologyNewDate!.Value)))
                    .Append('\n').Append(DossierTexts.NoticeReason.Format(language, dossier.ApologyReason));
                break;
            case DossierAction.Complete:
                text.Append('\n').Append(DossierTexts.NoticeReady.Format(language, office.Value.OpeningTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), office.Value.ClosingTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)));
                break;
        }

        return text.ToString();
    }
}
