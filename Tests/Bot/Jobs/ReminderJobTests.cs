using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Jobs;
using OneStopBot.Bot.Office;
using OneStopBot.Domain;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.Jobs;

public sealed class ReminderJobTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private long officerId;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        var officer = new Person(ChannelKind.Telegram, 4242, "Nguyễn Thị Lan", A.At(2026, 11, 1).Utc);
        officer.GrantRole(Role.Officer, A.Unit);
        db.People.Add(officer);
        await db.SaveChangesAsync();
        officerId = officer.Id;
        var actor = new Actor(officer.Id, officer.DisplayName);
        var procedure = await db.Procedures.FirstAsync(p => p.ProcessingUnit == OneStopBot.Domain.Procedures.ProcessingUnit.WorkingDays);
        Dossier Receive(OfficeInstant at, int seq) => Dossier.Receive(
            new Reception(procedure, "Trần Văn Bình", "0912345678", DossierChannel.Counter, true, PaymentMethod.None, 0), "H15.50.05.13", seq, at, actor, A.Calendar, "tok-" + seq);

        // Received long ago: overdue. Received so that it is due on Monday 30/11, the working day after Friday 27/11.
        var overdue = Receive(A.At(2026, 10, 1), 1);
        var dueMonday = Receive(A.At(2026, 11, 27), 2);
        db.Dossiers.AddRange(overdue, dueMonday);
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task TheOfficersMorningList_OnTheWorkingDayBeforeADueDate_OffersTheApology_AndIsWrittenOnceADay()
    {
        await using var db = database.NewContext();
        var due = await db.Dossiers.Where(d => d.Sequence == 2).Select(d => d.DueDate).SingleAsync();
        var friday = new DateTimeOffset(A.Calendar.AddWorkingDays(due, -1).ToDateTime(new TimeOnly(7, 45)), TimeSpan.FromHours(7));
        var (clock, outbox) = Services(friday);

        await new OfficerBriefJob(db, clock, A.Calendar, outbox).RunAsync(default);
        await new OfficerBriefJob(db, clock, A.Calendar, outbox).RunAsync(default);

        var messages = await db.Outbox.AsNoTracking().ToListAsync();
        messages.Should().ContainSingle();
        var brief = messages[0];
        brief.ChatId.Should().Be(4242);
        brief.Text.Should().Contain("⏰ Quá hạn (1):").And.Contain("Mẫu 04");

        // Lateness counts working days, as /viec does, not calendar days.
        var overdueDue = await db.Dossiers.Where(d => d.Sequence == 1).Select(d => d.DueDate).SingleAsync();
        var today = DateOnly.FromDateTime(friday.DateTime);
        var workingDays = A.Calendar.WorkingDaysBetween(overdueDue, today);
        workingDays.Should().BeLessThan(today.DayNumber - overdueDue.DayNumber, "weekends lie between the two dates");
        brief.Text.Should().Contain($"quá hạn {workingDays} ngày làm việc");
        var button = OutboxDispatcher.ToOutbound(brief).Buttons.Should().ContainSingle().Which.Should().ContainSingle().Subject;
        button.Text.Should().StartWith("Xin lỗi, hẹn lại 261127-0002");
        button.Data.Should().MatchRegex("^d:[0-9]+:xloi:[0-9]+$");
    }

    [Fact]
    public async Task NoReminderIsSent_OnADayOff()
    {
        await using var db = database.NewContext();
        // Saturday 28/11/2026, and the first day of Tết 2026 (Tuesday 17/02).
        foreach (var dayOff in new[] { new DateTimeOffset(2026, 11, 28, 16, 30, 0, TimeSpan.FromHours(7)), new DateTimeOffset(2026, 2, 17, 16, 30, 0, TimeSpan.FromHours(7)) })
        {
            var (clock, outbox) = Services(dayOff);
            await new OfficerBriefJob(db, clock, A.Calendar, outbox).RunAsync(default);
            await new ExtraHalfHourJob(db, clock, A.Calendar, outbox, Office()).RunAsync(default);
        }

        (await db.Outbox.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task ThirtyMinutesBeforeClosing_TheOfficersAreAskedWhetherTheyStay()
    {
        await using var db = database.NewContext();
        var (clock, outbox) = Services(new DateTimeOffset(2026, 11, 26, 16, 30, 0, TimeSpan.FromHours(7)));

        await new ExtraHalfHourJob(db, clock, A.Calendar, outbox, Office()).RunAsync(default);
        await new ExtraHalfHourJob(db, clock, A.Calendar, outbox, Office()).RunAsync(default);

        var reminder = await db.Outbox.AsNoTracking().SingleAsync();
        reminder.Text.Should().Be("⏳ Còn 30 phút nữa hết giờ làm việc (17:00). «30 phút tăng thêm vì dân»: nếu còn người dân chờ, mời anh/chị ở lại phục vụ.");
        OutboxDispatcher.ToOutbound(reminder).Buttons.Single().Should().Equal(new Button("Tôi ở lại phục vụ", "x30:y:20261126"), new Button("Hôm nay không", "x30:n:20261126"));
        reminder.DedupeKey.Should().Be($"extra-half-hour:2026-11-26:Telegram:4242");
        officerId.Should().BePositive();
    }

    private static OfficeDirectory Office() => A.Offices();

    private static (OfficeClock, JobOutbox) Services(DateTimeOffset now)
    {
        var time = new FakeTimeProvider(now);
        return (new OfficeClock(time, Office()), new JobOutbox(new OutboxSignal(), time));
    }
}
