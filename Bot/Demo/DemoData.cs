using Microsoft.EntityFrameworkCore;
using OneStopBot.Bot.Channels.Console;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Office;
using OneStopBot.Domain;
using OneStopBot.Domain.Calendar;
using OneStopBot.Domain.Campaign;
using OneStopBot.Domain.Complaints;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.People;
using OneStopBot.Domain.Procedures;
using OneStopBot.Domain.Ratings;
using OneStopBot.Domain.Votes;
using OneStopBot.Persistence;
using OneStopBot.Persistence.Messaging;

namespace OneStopBot.Bot.Demo;

/// <summary>
/// For each office, its officers and leader and about two hundred dossiers over the last six weeks, made with the
/// same domain rules as real ones: mostly early or on time, some late, supplemented, stopped, withdrawn; online and
/// paid online in part; with ratings, a complaint, votes and extra sessions. Fixed seed, so two fresh databases hold
/// the same demo.
/// </summary>
public static class DemoData
{
    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Hà", "Nông", "Lò", "Triệu", "Đặng", "Vũ", "Bế"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Đức", "Minh", "Thu", "Hữu", "Ngọc", "Quang"];
    private static readonly string[] GivenNames = ["An", "Bình", "Chi", "Dũng", "Hà", "Hùng", "Lan", "Mai", "Nam", "Phương", "Quân", "Sơn", "Thảo", "Tuấn", "Yến", "Hoa", "Khánh", "Linh"];

    public static async Task SeedAsync(OneStopDbContext db, OfficeDirectory offices, OfficeClock clock, IWorkingCalendar calendar, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(offices);
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.Now;

        // The administrator is the one office's; in a province, the deployment's, as is the province leader.
        Add(db, DemoPeople.Admin, offices.One?.UnitCode, now);
        Add(db, DemoPeople.Citizen, null, now);
        if (offices.One is null)
        {
            Add(db, DemoPeople.ProvinceLeader, null, now);
        }

        for (var i = 0; i < offices.All.Count; i++)
        {
            await SeedOfficeAsync(db, offices.All[i].UnitCode, DemoPeople.StaffOf(i), i, clock, calendar, ct);
        }
    }

    private static Person Add(OneStopDbContext db, DemoPerson demo, string? unitCode, OfficeInstant now)
    {
        var person = new Person(ChannelKind.Console, demo.Id, demo.Name, now.Utc.AddDays(-60));
        person.GrantRole(demo.Role, unitCode);
        person.AssignDesk(demo.Desk);
        db.People.Add(person);
        return person;
    }

    private static async Task SeedOfficeAsync(OneStopDbContext db, string unitCode, IReadOnlyList<DemoPerson> staff, int office, OfficeClock clock, IWorkingCalendar calendar, CancellationToken ct)
    {
        var now = clock.Now;
        var people = staff.Select(demo => Add(db, demo, unitCode, now)).ToList();
        await db.SaveChangesAsync(ct);
        var officers = people.Where(p => p.Role == Role.Officer).ToArray();
        var procedures = await db.Procedures.AsNoTracking().ToListAsync(ct);
        var random = new Random(766 + office);
        var sequences = new Dictionary<DateOnly, int>();
        var dossiers = new List<Dossier>();

        var day = now.Date.AddDays(-42);
        while (day <= now.Date)
        {
            if (calendar.IsWorkingDay(day))
            {
                var count = random.Next(4, 10);
                for (var i = 0; i < count; i++)
                {
                    var receivedLocal = day.ToDateTime(new TimeOnly(7, 30)).AddMinutes(random.Next(0, 8 * 60 + 30));
                    if (receivedLocal > now.Local)
                    {
                        continue;
                    }

                    var at = clock.FromLocal(receivedLocal);
                    var officer = officers[random.Next(officers.Length)];
                    var procedure = Pick(procedures, random);
                    var seq = sequences[day] = sequences.GetValueOrDefault(day) + 1;
                    var fee = procedure.FeeVnd ?? (random.Next(2) == 0 ? 0 : 20_000);
                    var channel = procedure.Online == OnlineLevel.None ? DossierChannel.Counter
                        : random.NextDouble() < (procedure.Online == OnlineLevel.Full ? 0.55 : 0.35) ? DossierChannel.Online
                        : random.NextDouble() < 0.05 ? DossierChannel.Postal : DossierChannel.Counter;
                    var payment = fee == 0 ? PaymentMethod.None
                        : channel == DossierChannel.Online ? PaymentMethod.Online
                        : random.NextDouble() < 0.4 ? PaymentMethod.Transfer : PaymentMethod.Cash;
                    var reception = new Reception(procedure, Name(random), Phone(random), channel, random.NextDouble() < 0.88, payment, fee);
                    var dossier = Dossier.Receive(reception, unitCode, seq, at, new Actor(officer.Id, officer.DisplayName), calendar, BotIdentity.NewSecret());
                    Play(dossier, at, now, officer, random, calendar, clock);
                    dossiers.Add(dossier);
                }
            }

            day = day.AddDays(1);
        }

        db.Dossiers.AddRange(dossiers);
        db.DailySequences.AddRange(sequences.Select(s => new DailySequence { UnitCode = unitCode, Date = s.Key, Last = s.Value }));
        await db.SaveChangesAsync(ct);

        // The demo citizen follows two of the first office's open dossiers, so notices show up in the console.
        foreach (var followed in dossiers.Where(d => office == 0 && !d.State.IsTerminal()).TakeLast(2))
        {
            db.Follows.Add(new Follow { Channel = ChannelKind.Console, ChatId = DemoPeople.Citizen.Id, DossierId = followed.Id, AtUtc = now.Utc });
        }

        await db.SaveChangesAsync(ct);
        SeedCampaignActivity(db, unitCode, office, dossiers, officers, clock, calendar, random);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Ratings of about half the returned dossiers, a complaint, votes and extra sessions, so the digest and the ranking have something to show.</summary>
    private static void SeedCampaignActivity(OneStopDbContext db, string unitCode, int office, List<Dossier> dossiers, Person[] officers, OfficeClock clock, IWorkingCalendar calendar, Random random)
    {
        var now = clock.Now;
        var chat = 800_000L;
        foreach (var dossier in dossiers.Where(d => d.State == DossierState.Returned && d.ReturnedAtUtc is not null))
        {
            if (random.NextDouble() < 0.5)
            {
                continue;
            }

            var at = OfficeInstant.FromUtc(dossier.ReturnedAtUtc!.Value, clock.Zone);
            var rating = new Rating(unitCode, dossier.Id, ChannelKind.Console, chat++, dossier.ReceivedById, dossier.ReturnedById, at.Utc, at.Date);
            var roll = random.NextDouble();
            rating.Choose(roll < 0.6 ? SatisfactionLevel.VerySatisfied : roll < 0.94 ? SatisfactionLevel.Satisfied : SatisfactionLevel.NotSatisfied, at.Utc);
            db.Ratings.Add(rating);
        }

        var late = dossiers.FirstOrDefault(d => d.EndedOn is null && d.DueDate < now.Date) ?? dossiers[0];
        var yesterday = now.Date.AddDays(-1);
        // Complaint codes are numbered over the whole deployment: one complaint a day per office here.
        var complaintNumber = office + 1;
        var sequence = db.DailySequences.Local.SingleOrDefault(s => s.UnitCode == DailyNumbers.Complaints && s.Date == yesterday);
        if (sequence is null)
        {
            db.DailySequences.Add(new DailySequence { UnitCode = DailyNumbers.Complaints, Date = yesterday, Last = complaintNumber });
        }
        else
        {
            sequence.Last = complaintNumber;
        }

        db.Complaints.Add(new Complaint(
            unitCode,
            Features.Complaints.ComplaintCards.NewCode(yesterday, complaintNumber),
            ComplaintKind.Delay,
            false,
            "Hồ sơ của tôi đã quá hẹn mà chưa được trả kết quả.",
            ChannelKind.Console,
            DemoPeople.Citizen.Id,
            null,
            false,
            late.Id,
            late.ReceivedById,
            now.Utc.AddDays(-1),
            yesterday));

        var month = new DateOnly(now.Date.Year, now.Date.Month, 1);
        for (var voter = 0; voter < 7; voter++)
        {
            db.Votes.Add(new Vote(unitCode, officers[voter % 3 == 0 ? 1 : 0].Id, ChannelKind.Console, 700_000 + (100 * office) + voter, month, "Tận tình, chu đáo", now.Utc.AddDays(-voter)));
        }

        for (var day = now.Date.AddDays(-20); day < now.Date; day = day.AddDays(1))
        {
            if (calendar.IsWorkingDay(day) && random.NextDouble() < 0.3)
            {
                var officer = officers[random.Next(officers.Length)];
                var session = new ExtraSession(unitCode, officer.Id, SessionKind.ExtraHalfHour, day, now.Utc);
                session.Log(random.Next(1, 5), now.Utc);
                db.ExtraSessions.Add(session);
            }
            else if (day.DayOfWeek == DayOfWeek.Saturday && !calendar.IsWorkingDay(day))
            {
                var session = new ExtraSession(unitCode, officers[0].Id, SessionKind.SaturdayMorning, day, now.Utc);
                session.Log(random.Next(4, 12), now.Utc, random.Next(2, 6), random.Next(1, 5));
                db.ExtraSessions.Add(session);
                db.SaturdayDuties.Add(new SaturdayDuty(unitCode, day, officers[0].Id, officers[0].Id, now.Utc));
            }
        }
    }

    /// <summary>Moves a dossier along a plausible path, never past the present moment.</summary>
    private static void Play(Dossier dossier, OfficeInstant received, OfficeInstant now, Person officer, Random random, IWorkingCalendar calendar, OfficeClock clock)
    {
        var actor = new Actor(officer.Id, officer.DisplayName);
        var cursor = received.Local;
        bool Step(DossierCommand command, int workingDaysLater)
        {
            var date = workingDaysLater == 0 ? DateOnly.FromDateTime(cursor) : calendar.AddWorkingDays(DateOnly.FromDateTime(cursor), workingDaysLater);
            var time = date == DateOnly.FromDateTime(cursor) ? cursor.AddMinutes(random.Next(5, 90)) : date.ToDateTime(new TimeOnly(8, 0)).AddMinutes(random.Next(0, 480));
            if (time > now.Local)
            {
                return false;
            }

            cursor = time;
            dossier.Apply(command, clock.FromLocal(time), actor, calendar);
            return true;
        }

        var fate = random.NextDouble();
        if (fate < 0.03)
        {
            // Found out of the commune's competence after the receipt: a received dossier is stopped, never refused.
            Step(new DossierCommand(DossierAction.Stop) { Reason = "Hồ sơ không thuộc thẩm quyền cấp xã" }, 0);
            return;
        }

        if (fate < 0.05)
        {
            Step(new DossierCommand(DossierAction.Withdraw) { Reason = "Công dân xin rút" }, 1);
            return;
        }

        var budget = dossier.Processing.Unit == ProcessingUnit.SameDay ? 0 : Math.Max(1, dossier.Processing.Amount);
        if (!Step(new DossierCommand(DossierAction.Process), 0))
        {
            return;
        }

        if (fate < 0.15 && !Step(new DossierCommand(DossierAction.RequestSupplement) { Reason = "Thiếu bản sao giấy tờ tuỳ thân" }, Math.Min(1, budget))
            || fate < 0.15 && !Step(new DossierCommand(DossierAction.SupplementReceived), random.Next(1, 4)))
        {
            return;
        }

        if (fate is > 0.90 and < 0.93)
        {
            // Stalled: still being processed, overdue once its due date has passed.
            return;
        }

        // About one in ten runs late; the rest finish early or on the day.
        var late = fate > 0.93;
        var finishAfter = late ? budget + random.Next(1, 4) : Math.Max(0, budget - random.Next(0, Math.Max(1, budget)));
        if (!Step(new DossierCommand(DossierAction.Complete) { ElectronicResult = random.NextDouble() < 0.6 }, Math.Max(0, finishAfter - (fate < 0.15 ? 1 : 0))))
        {
            return;
        }

        Step(new DossierCommand(DossierAction.Return), random.NextDouble() < 0.7 ? 0 : 1);
    }

    private static Procedure Pick(List<Procedure> procedures, Random random)
    {
        // Civil status and certification are most of a commune's work.
        var common = procedures.Where(p => p.Name.Contains("khai sinh", StringComparison.OrdinalIgnoreCase)
            || p.Name.Contains("Chứng thực", StringComparison.Ordinal) || p.Name.Contains("kết hôn", StringComparison.Ordinal)).ToList();
        return random.NextDouble() < 0.6 && common.Count > 0 ? common[random.Next(common.Count)] : procedures[random.Next(procedures.Count)];
    }

    private static string Name(Random random) =>
        $"{FamilyNames[random.Next(FamilyNames.Length)]} {MiddleNames[random.Next(MiddleNames.Length)]} {GivenNames[random.Next(GivenNames.Length)]}";

    private static string Phone(Random random) =>
        "09" + random.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
