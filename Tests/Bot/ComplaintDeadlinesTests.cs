using OneStopBot.Bot.Office;
using OneStopBot.Bot.Features.Following;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
using OneStopBot.Bot.Features.Complaints;
using OneStopBot.Domain.Complaints;
using OneStopBot.Domain.People;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot;

public sealed class ComplaintDeadlinesTests
{
    [Fact]
    public async Task LeadersAreRemindedBeforeADeadline_AndAlertedWhenItPasses_OnceEach_AcrossTet()
    {
        await using var database = await TestDatabase.CreateAsync(seedProcedures: false);
        await using (var db = database.NewContext())
        {
            foreach (var (id, name) in new[] { (1002L, "Minh"), (1005L, "Hà") })
            {
                var leader = new Person(ChannelKind.Telegram, id, name, A.At(2026, 1, 5).Utc);
                leader.GrantRole(Role.Leader, A.Unit);
                db.People.Add(leader);
            }

            db.People.Add(new Person(ChannelKind.Telegram, 5001, "Bình", A.At(2026, 1, 5).Utc));
            db.Complaints.Add(Complaint.File(A.Unit, "PA-260213-001", ComplaintKind.Delay, false, "Hồ sơ của tôi đã quá hạn một tuần.", ChannelKind.Telegram, 5001, null, true, null, null, A.At(2026, 2, 13, 10), A.Calendar));
            await db.SaveChangesAsync();
        }

        (await RunAsync(database, A.At(2026, 2, 18, 8))).Should().Be(0, "during Tết two working days still remain");
        (await RunAsync(database, A.At(2026, 2, 23, 8))).Should().Be(2, "one reminder to refuse, per leader");
        (await RunAsync(database, A.At(2026, 2, 23, 14))).Should().Be(0, "a second run the same day writes nothing");
        (await RunAsync(database, A.At(2026, 2, 25, 8))).Should().Be(2, "the refusal deadline passed");
        (await RunAsync(database, A.At(2026, 2, 26, 8))).Should().Be(2, "the deadline to ask for more is tomorrow");

        await using var check = database.NewContext();
        var messages = await check.Outbox.OrderBy(m => m.Id).ToListAsync();
        messages.Should().HaveCount(6);
        messages.Select(m => m.ChatId).Should().NotContain(5001, "deadlines go to the leaders only");
        messages[0].Text.Should().Contain("PA-260213-001").And.Contain("từ chối thụ lý").And.Contain("24/02/2026");
        messages[2].Text.Should().Contain("đã quá hạn từ chối thụ lý");
        messages[4].Text.Should().Contain("yêu cầu bổ sung thông tin").And.Contain("27/02/2026");
    }

    private static async Task<int> RunAsync(TestDatabase database, OneStopBot.Domain.OfficeInstant now)
    {
        await using var db = database.NewContext();
        var outbox = new OneStopBot.Bot.Jobs.JobOutbox(new OneStopBot.Bot.Conversation.OutboxSignal(), new Microsoft.Extensions.Time.Testing.FakeTimeProvider(now.Utc));
        return await ComplaintDeadlines.RunAsync(db, outbox, new LeaderAudience(A.Offices()), now, A.Calendar, CancellationToken.None);
    }
}
