using Microsoft.EntityFrameworkCore;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Office;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;

namespace OneStopBot.Bot.Features.Following;

/// <summary>Who is told something other than the sender, and in which language.</summary>
internal static class Audience
{
    /// <summary>A chat's language: its person's choice in a private chat, Vietnamese otherwise.</summary>
    public static async Task<Language> LanguageOfAsync(OneStopDbContext db, ChannelKind channel, long chatId, CancellationToken ct) =>
        await db.People.AsNoTracking()
            .Where(p => p.Channel == channel && p.ExternalId == chatId)
            .Select(p => (Language?)p.Language)
            .FirstOrDefaultAsync(ct) ?? Language.Vi;

    /// <summary>
    /// The officers a citizen may pick, by name. Officers who have not written yet are known only by their platform
    /// id, which citizens must never see, so they are left out.
    /// </summary>
    public static async Task<List<Person>> OfficersForCitizensAsync(OneStopDbContext db, OfficeDirectory offices, string unitCode, int limit, CancellationToken ct) =>
        (await db.People.AsNoTracking().Where(p => p.Role == Role.Officer).Where(offices.StaffOf(unitCode)).OrderBy(p => p.DisplayName).ToListAsync(ct))
            .Where(p => !p.HasPlaceholderName).Take(limit).ToList();

    /// <summary>An officer as a citizen sees them: name and desk, never the chat id.</summary>
    public static Button OfficerButton(Person officer, string data)
    {
        ArgumentNullException.ThrowIfNull(officer);
        return new Button(officer.Desk is null ? officer.DisplayName : $"{officer.DisplayName} — {officer.Desk}", data);
    }

}

/// <summary>
/// Who receives what is meant for the leaders, the same people for alerts, reminders and digests: the leaders, and the
/// administrators only when <c>Access:AdminsGetLeaderMessages</c> is set. An administrator may use every leader's
/// command, but is often the commune's IT officer, who should not get citizens' complaints.
/// </summary>
public sealed class LeaderAudience(OfficeDirectory offices)
{
    /// <summary>The leaders of the office <paramref name="unitCode"/> (never the province's: they get the province's own messages).</summary>
    public Task<List<Person>> ListAsync(OneStopDbContext db, string unitCode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var admins = offices.Access.AdminsGetLeaderMessages;
        return db.People.AsNoTracking()
            .Where(p => p.Role == Role.Leader || (admins && p.Role == Role.Admin))
            .Where(offices.StaffOf(unitCode))
            .OrderBy(p => p.Id)
            .ToListAsync(ct);
    }
}
