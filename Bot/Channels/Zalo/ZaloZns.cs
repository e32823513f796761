using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Features.Dossiers;
using OneStopBot.Domain;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;

namespace OneStopBot.Bot.Channels.Zalo;

/// <summary>
/// A dossier's status notice for a Zalo follower outside the reply window goes to the applicant's phone as a ZNS
/// template message, when the applicant agreed to it at reception and the OA has an approved template
/// (<c>Zalo:Zns:Templates:DossierNotice</c>, parameters <c>ma_ho_so</c>, <c>trang_thai</c>, <c>ngay_hen</c>). ZNS
/// takes only approved templates, so the notice's own text is not sent: the template says where the dossier stands.
/// The phone is told once per change: through the dossier's first Zalo follower; the others wait for their next message.
/// </summary>
public sealed class ZaloZns(IServiceScopeFactory scopes, ZaloApi api, ZaloTokens tokens, IOptions<ZaloOptions> options)
{
    public const string DossierNotice = "DossierNotice";

    /// <summary>Sends the notice by ZNS; false when it is not a status notice, or without consent or template.</summary>
    public async Task<bool> TrySendAsync(OutboundMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        // A status notice is a text naming the dossier, without buttons (a question, such as the rating, needs the chat).
        if (message.Buttons.Count > 0 || message.Photo is not null || DossierCode.FindTail(message.Text) is not { } tail
            || !options.Value.Zns.Templates.TryGetValue(DossierNotice, out var templateId) || string.IsNullOrWhiteSpace(templateId))
        {
            return false;
        }

        Dossier? dossier;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
            var chat = message.ChatId;
            // The phone is the applicant's, whoever follows: only the first Zalo follower's notice goes there, so
            // that two followers of one dossier do not send (and pay for) the same message twice.
            dossier = await db.Dossiers.AsNoTracking()
                .Where(d => d.CodeTail == tail
                    && db.Follows.Where(f => f.DossierId == d.Id && f.Channel == ChannelKind.Zalo).OrderBy(f => f.AtUtc).ThenBy(f => f.ChatId).Select(f => (long?)f.ChatId).FirstOrDefault() == chat
                    && db.ZnsConsents.Any(c => c.DossierId == d.Id))
                .FirstOrDefaultAsync(ct);
        }

        if (dossier is null)
        {
            return false;
        }

        var data = new Dictionary<string, string>
        {
            ["ma_ho_so"] = dossier.Code,
            ["trang_thai"] = DossierNames.State(dossier.State, Language.Vi),
            ["ngay_hen"] = dossier.AppointmentDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        };
        var phone = ZaloEvents.InternationalPhone(dossier.ApplicantPhone);
        var tracking = $"{dossier.Id.ToString(CultureInfo.InvariantCulture)}-v{dossier.Version.ToString(CultureInfo.InvariantCulture)}-{ZaloIds.FormatUser(message.ChatId)}";
        var token = await tokens.CurrentAsync(ct);
        try
        {
            try
            {
                await api.SendTemplateAsync(token, phone, templateId, data, tracking, ct);
            }
            catch (ZaloApiException rejected) when (rejected.Kind == ZaloErrorKind.TokenRejected)
            {
                token = await tokens.RenewAsync(token, ct);
                await api.SendTemplateAsync(token, phone, templateId, data, tracking, ct);
            }
        }
        catch (ZaloApiException refused)
        {
            throw refused.ToFailure();
        }

        return true;
    }
}
