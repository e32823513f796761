using Microsoft.EntityFrameworkCore;
using OneStopBot.Bot.Conversation;
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
    public static async Task<List<Person>> OfficersForCitizensAsync(OneStopDbContext db, int limit, CancellationToken ct) =>
        (await db.People.AsNoTracking().Where(p => p.Role == Role.Officer).OrderBy(p => p.DisplayName).ToListAsync(ct))
            .Where(p => !p.HasPlaceholderName).Take(limit).ToList();

    /// <summary>An officer as a citizen sees them: name and desk, never the chat id.</summary>
    public static Button OfficerButton(Person officer, string data)
    {
        ArgumentNullException.ThrowIfNull(officer);
        return new Button(officer.Desk is null ? officer.DisplayName : $"{officer.DisplayName} — {officer.Desk}", data);
    }

    /// <summary>Every leader, administrators included (a role includes the ones below it), the same people for alerts, reminders and digests.</summary>
    public static Task<List<Person>> LeadersAsync(OneStopDbContext db, CancellationToken ct) =>
        db.People.AsNoTracking().Where(p => p.Role >= Role.Leader).OrderBy(p => p.Id).ToListAsync(ct);
}
