using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OneStopBot.Bot.Conversation;
using OneStopBot.Domain.Complaints;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;

namespace OneStopBot.Bot.Features.Complaints;

/// <summary>Tracking codes and the card leaders read (and reply to) for one complaint.</summary>
internal static partial class ComplaintCards
{
    public static string NewCode(DateOnly day, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"PA-{day:yyMMdd}-{sequence:D3}");

    /// <summary>The tracking code in a text (a leader's reply quotes the card), upper-cased.</summary>
    public static string? Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var match = CodePattern().Match(text);
        return match.Success ? match.Value.ToUpperInvariant() : null;
    }

    public static async Task<string> CardAsync(OneStopDbContext db, Complaint complaint, Language language, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(complaint);
        var dossier = complaint.DossierId is { } dossierId
            ? await db.Dossiers.AsNoTracking().Where(d => d.Id == dossierId).Select(d => d.Code).FirstOrDefaultAsync(ct)
            : null;
        var people = new[] { complaint.OfficerId ?? 0, complaint.PersonId ?? 0 };
        var names = await db.People.AsNoTracking().Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        var none = ComplaintTexts.None[language];
        var officer = complaint.OfficerId is { } o ? names.GetValueOrDefault(o, none) : none;
        var from = complaint.Anonymous || complaint.PersonId is null
            ? ComplaintTexts.Anonymous[language]
            : names.GetValueOrDefault(complaint.PersonId.Value, none);
        if (complaint.ContactPhone is { } phone)
        {
            from += ComplaintTexts.CardPhone.Format(language, phone);
        }

        var more = complaint.MoreInfoAsked is { } asked
            ? "\n" + ComplaintTexts.CardAsked.Format(language, Date(complaint.MoreInfoAskedOn), asked)
                + "\n" + ComplaintTexts.CardMoreInfo.Format(language, complaint.MoreInfo ?? ComplaintTexts.NotYet[language])
            : string.Empty;
        return ComplaintTexts.Card.Format(
            language,
            complaint.Harassment ? "🚨" : "📝",
            complaint.TrackingCode,
            ComplaintTexts.Kind(complaint.Kind, complaint.Harassment, language),
            ComplaintTexts.State(complaint.State, language),
            dossier ?? none,
            officer,
            from,
            complaint.Text,
            Date(complaint.RefuseBy),
            Date(complaint.AskMoreBy),
            Date(complaint.ResolveBy),
            more);
    }

    public static string Date(DateOnly? date) => date is { } d ? Show.Date(d) : "—";

    [GeneratedRegex(@"PA-\d{6}-\d{3,}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CodePattern();
}
