using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Features.Following;
using OneStopBot.Bot.Jobs;
using OneStopBot.Bot.Office;
using OneStopBot.Domain;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;
using OneStopBot.Persistence.Messaging;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.Jobs;

public sealed class UncollectedResultsJobTests
{
    private const long Follower = 7001;

    [Fact]
    public async Task AResultWaitingThreeWorkingDaysAtTheCounter_RemindsItsFollowerOnce_NotOneSentByPostOrAlreadyHandedOver()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        var officer = new Person(ChannelKind.Telegram, 4242, "Nguyễn Thị Lan", A.At(2026, 11, 1).Utc);
        officer.GrantRole(Role.Officer, A.Unit);
        db.People.Add(officer);
        await db.SaveChangesAsync();
        var actor = new Actor(officer.Id, officer.DisplayName);
        var procedure = await db.Procedures.FirstAsync(p => p.ProcessingUnit == OneStopBot.Domain.Procedures.ProcessingUnit.WorkingDays);

        // Each result ready on Tuesday 24/11/2026.
        Dossier Ready(int seq, DossierChannel channel, bool handedOver)
        {
            var d = Dossier.Receive(new Reception(procedure, "Trần Văn Bình", "0912345678", channel, true, PaymentMethod.None, 0), "H15.50.05.13", seq, A.At(2026, 11, 23), actor, A.Calendar, "tok-" + seq);
            d.Apply(new DossierCommand(DossierAction.Process), A.At(2026, 11, 23, 10), actor, A.Calendar);
            d.Apply(new DossierCommand(DossierAction.Complete), A.At(2026, 11, 24, 10), actor, A.Calendar);
            if (handedOver)
            {
                d.Apply(new DossierCommand(DossierAction.Return), A.At(2026, 11, 25, 10), actor, A.Calendar);
            }

            return d;
        }

        var waiting = Ready(1, DossierChannel.Counter, handedOver: false);
        db.Dossiers.AddRange(waiting, Ready(2, DossierChannel.Postal, handedOver: false), Ready(3, DossierChannel.Counter, handedOver: true));
        await db.SaveChangesAsync();
        foreach (var id in await db.Dossiers.Select(d => d.Id).ToListAsync())
        {
            db.Follows.Add(new Follow { Channel = ChannelKind.Telegram, ChatId = Follower, DossierId = id, AtUtc = A.At(2026, 11, 23).Utc });
        }

        await db.SaveChangesAsync();

        await RunAsync(db, new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(7)));
        (await db.Outbox.CountAsync()).Should().Be(0, "Thursday is the second working day after the result");
        await RunAsync(db, new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(7)));
        (await db.Outbox.CountAsync()).Should().Be(0, "nothing is sent on a Saturday");

        await RunAsync(db, new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.FromHours(7)));
        await RunAsync(db, new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(7)));

        var reminder = await db.Outbox.AsNoTracking().SingleAsync();
        reminder.ChatId.Should().Be(Follower);
        reminder.Text.Should().Be($"🔔 Nhắc nhận kết quả: hồ sơ {waiting.Code} ({procedure.Name}) đã có kết quả từ ngày 24/11/2026. Kính mời ông/bà đến nhận tại UBND xã Thử Nghiệm, Thôn Đông trong giờ làm việc (07:30–17:00), mang theo Giấy tiếp nhận và giấy tờ tuỳ thân (thẻ căn cước/CCCD).");
    }

    private static Task RunAsync(OneStopDbContext db, DateTimeOffset now)
    {
        var time = new FakeTimeProvider(now);
        var office = A.Offices(new OfficeOptions { Name = "UBND xã Thử Nghiệm", UnitCode = A.Unit, Address = "Thôn Đông" });
        var outbox = new JobOutbox(new OutboxSignal(), time);
        return new UncollectedResultsJob(db, new OfficeClock(time, office), A.Calendar, outbox, new DossierNotices(office)).RunAsync(default);
    }
}
