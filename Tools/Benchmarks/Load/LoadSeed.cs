using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Office;
using OneStopBot.Domain.Calendar;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;
using OneStopBot.Persistence.Messaging;

namespace OneStopBot.Benchmarks.Load;

/// <summary>
/// Officers (one per chat) and their dossiers, received over the last working days with the domain's own
/// <see cref="Dossier.Receive"/>, written through the host's own services once it has migrated the database.
/// </summary>
internal static class LoadSeed
{
    private const int SpreadOverWorkingDays = 10;

    public static async Task<Dictionary<long, List<string>>> SeedAsync(IServiceProvider services, IReadOnlyList<long> chats, int dossiersPerChat, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<OfficeClock>();
        var calendar = scope.ServiceProvider.GetRequiredService<IWorkingCalendar>();
        var unit = scope.ServiceProvider.GetRequiredService<OfficeDirectory>().All[0].UnitCode;
        var now = clock.Now;

        var officers = new List<Person>(chats.Count);
        foreach (var chat in chats)
        {
            var officer = new Person(ChannelKind.Telegram, chat, string.Create(CultureInfo.InvariantCulture, $"Cán bộ {chat}"), now.Utc.AddDays(-30));
            officer.GrantRole(Role.Officer, unit);
            officers.Add(officer);
        }

        db.People.AddRange(officers);
        await db.SaveChangesAsync(ct);

        var procedures = await db.Procedures.AsNoTracking().OrderBy(p => p.Id).ToListAsync(ct);
        var days = new List<DateOnly>();
        for (var day = now.Date.AddDays(-1); days.Count < SpreadOverWorkingDays; day = day.AddDays(-1))
        {
            if (calendar.IsWorkingDay(day))
            {
                days.Add(day);
            }
        }

        var sequences = new Dictionary<DateOnly, int>();
        var tails = new Dictionary<long, List<string>>(chats.Count);
        var n = 0;
        foreach (var officer in officers)
        {
            var own = new List<string>(dossiersPerChat);
            for (var i = 0; i < dossiersPerChat; i++, n++)
            {
                var day = days[n % days.Count];
                var sequence = sequences[day] = sequences.GetValueOrDefault(day) + 1;
                var at = clock.FromLocal(day.ToDateTime(new TimeOnly(7, 30)).AddSeconds(sequence * 3));
                var procedure = procedures[n % procedures.Count];
                var reception = new Reception(procedure, "Nguyễn Văn An", "0912345678", DossierChannel.Counter, DigitizedAtReception: true, PaymentMethod.None, FeeVnd: 0);
                var dossier = Dossier.Receive(reception, unit, sequence, at, new Actor(officer.Id, officer.DisplayName), calendar, BotIdentity.NewSecret());
                db.Dossiers.Add(dossier);
                own.Add(dossier.CodeTail);
            }

            tails[officer.ExternalId] = own;
        }

        db.DailySequences.AddRange(sequences.Select(s => new DailySequence { UnitCode = unit, Date = s.Key, Last = s.Value }));
        await db.SaveChangesAsync(ct);
        return tails;
    }
}
