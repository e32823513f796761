using Microsoft.EntityFrameworkCore;
using OneStopBot.Domain.Complaints;
using OneStopBot.Domain.People;
using OneStopBot.Domain.Ratings;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.EndToEnd;

/// <summary>Every citizen feature on Zalo, unchanged: the same router answers, staff stay on Telegram.</summary>
public sealed class ZaloCitizenTests
{
    private const string Citizen = "7354812669035521237";
    private const string Stranger = "5012345678901234567";

    [Fact]
    public async Task ADissatisfiedRating_ByZaloButtons_AlertsTheLeaderOnTelegram()
    {
        await using var bot = await BotUnderTest.StartWithZaloAsync();
        await bot.SayAsync(BotUnderTest.Leader, "/start", expectedReplies: 2);
        var code = await bot.ReceiveDossierAsync();
        await bot.SayAsync(BotUnderTest.Officer, $"{code} xong");
        await bot.SayConfirmedAsync(BotUnderTest.Officer, $"{code} tra");

        var followed = await bot.SayOnZaloAsync(Citizen, $"/theodoi {code} 5678", expectedReplies: 2);
        var prompt = followed.Single(m => m.Text!.Contains("đánh giá", StringComparison.Ordinal));
        var question = (await bot.PressOnZaloAsync(Citizen, prompt, "Không hài lòng")).Single();
        question.Text.Should().Contain("gây khó khăn, phiền hà");
        var askComment = (await bot.PressOnZaloAsync(Citizen, question, "Có")).Single();
        askComment.Text.Should().Contain("góp ý");
        (await bot.SayOnZaloAsync(Citizen, "Cán bộ hẹn tôi quay lại nhiều lần.")).Single().Text.Should().Contain("Lãnh đạo UBND xã đã được báo");

        await bot.IdleAsync();
        var alerts = bot.Telegram.SentTo(BotUnderTest.Leader).Select(m => m.Text!).ToList();
        alerts.Should().ContainSingle(t => t.Contains("🚨") && t.Contains(code));
        alerts.Should().ContainSingle(t => t.Contains("«Không hài lòng»") && t.Contains(code));
        await using var db = bot.Db();
        var rating = await db.Ratings.SingleAsync();
        rating.Level.Should().Be(SatisfactionLevel.NotSatisfied);
        rating.Harassment.Should().BeTrue();
        rating.Comment.Should().Be("Cán bộ hẹn tôi quay lại nhiều lần.");
    }

    [Fact]
    public async Task AComplaintFiledOnZalo_IsAnsweredByTheLeaderOnTelegram_AndFollowedOnZalo()
    {
        await using var bot = await BotUnderTest.StartWithZaloAsync();
        const long leader = BotUnderTest.Leader;
        await bot.SayAsync(leader, "/start", expectedReplies: 2);
        await bot.SayAsync(BotUnderTest.Officer, "/start", expectedReplies: 2);

        var kinds = await bot.SayOnZaloAsync(Citizen, "/phananh");
        var dossier = (await bot.PressOnZaloAsync(Citizen, kinds, "Chậm trễ"))[0];
        var text = await bot.PressOnZaloAsync(Citizen, dossier, "Bỏ qua");
        text[0].Text.Should().Contain("Bước 3/5");
        var officers = await bot.SayOnZaloAsync(Citizen, "Hồ sơ khai sinh của con tôi trễ hẹn đã một tuần.");
        var anonymous = await bot.PressOnZaloAsync(Citizen, officers, "Lan");
        var filed = (await bot.PressOnZaloAsync(Citizen, anonymous, "Ẩn danh")).Single();
        filed.Text.Should().Contain("Mã theo dõi: PA-261124-001");

        var card = (await bot.Telegram.WaitForMessagesAsync(leader, 3))[2];
        card.Text.Should().Contain("PA-261124-001").And.Contain("chậm trễ").And.Contain("Lan");
        (await bot.SayAsync(leader, "xu ly", replyTo: card.MessageId)).Single().Text.Should().Contain("Đã nhận xử lý");
        (await bot.SayAsync(leader, "Hồ sơ đã có kết quả, mời ông/bà đến nhận.", replyTo: card.MessageId)).Single().Text.Should().Contain("Đã gửi trả lời");

        // Six replies while filing, then the two notices.
        await bot.Zalo.WaitForMessagesAsync(Citizen, 8);
        await bot.IdleAsync();
        var notices = bot.Zalo.SentTo(Citizen).ToList();
        notices.Should().HaveCount(8);
        notices.Should().Contain(m => m.Text!.Contains("đang được xử lý", StringComparison.Ordinal));
        var answer = notices.Single(m => m.Text!.Contains("Hồ sơ đã có kết quả, mời ông/bà đến nhận.", StringComparison.Ordinal));
        answer.Buttons.Should().Contain(b => b.Title.Contains("Chưa hài lòng", StringComparison.Ordinal));

        (await bot.SayOnZaloAsync(Citizen, "/phananh PA-261124-001")).Single().Text.Should().Contain("đã trả lời");
        (await bot.SayOnZaloAsync(Stranger, "/phananh PA-261124-001")).Single().Text.Should().Contain("Không tìm thấy phản ánh");
        await using var db = bot.Db();
        var complaint = await db.Complaints.SingleAsync();
        complaint.State.Should().Be(ComplaintState.Answered);
        complaint.Channel.Should().Be(ChannelKind.Zalo);
    }

    [Fact]
    public async Task AZaloCitizen_VotesOncePerMonth()
    {
        await using var bot = await BotUnderTest.StartWithZaloAsync();
        await bot.SayAsync(BotUnderTest.Officer, "/start", expectedReplies: 2);

        var officers = (await bot.SayOnZaloAsync(Citizen, "/binhchon")).Single();
        officers.Buttons.Select(b => b.Title).Should().Equal("Lan");
        await bot.PressOnZaloAsync(Citizen, officers, "Lan");
        (await bot.SayOnZaloAsync(Citizen, "Hướng dẫn tận tình, chu đáo")).Single().Text.Should().Contain("cảm ơn ông/bà đã bình chọn Lan");

        bot.Clock.Advance(TimeSpan.FromDays(5));
        var again = (await bot.SayOnZaloAsync(Citizen, "/binhchon")).Single();
        (await bot.PressOnZaloAsync(Citizen, again, "Lan")).Single().Text.Should().Contain("mỗi tháng chỉ được bình chọn một lần");

        await using var db = bot.Db();
        (await db.Votes.SingleAsync()).Reason.Should().Be("Hướng dẫn tận tình, chu đáo");
    }

    [Fact]
    public async Task TraCuu_WithTheRightDigits_ShowsTheDossierAndOffersToFollow_AndWithWrongOnesTellsNothing()
    {
        await using var bot = await BotUnderTest.StartWithZaloAsync();
        var code = await bot.ReceiveDossierAsync();

        var found = (await bot.SayOnZaloAsync(Citizen, $"/tracuu {code} 5678")).Single();
        found.Text.Should().Contain(code).And.Contain("N. T. Ánh");
        (await bot.PressOnZaloAsync(Citizen, found, "Theo dõi"))[0].Text.Should().Contain("Ông/bà sẽ nhận thông báo");
        (await bot.SayOnZaloAsync(Citizen, $"/tracuu {code} 5678")).Single().Buttons.Should().BeEmpty("it is followed already");

        var wrong = (await bot.SayOnZaloAsync(Stranger, $"/tracuu {code} 0000")).Single();
        wrong.Text.Should().NotContain("N. T. Ánh").And.Contain("Không tìm thấy hồ sơ");
        await using var db = bot.Db();
        (await db.Follows.SingleAsync()).Channel.Should().Be(ChannelKind.Zalo);
    }

    [Fact]
    public async Task AFollowerWhomZaloGivesNoName_IsGreetedPolitely_NotByTheirId()
    {
        await using var bot = await BotUnderTest.StartWithZaloAsync();
        bot.Zalo.Name(Citizen, string.Empty);
        (await bot.Zalo.FollowAsync(Citizen)).Should().Be(System.Net.HttpStatusCode.OK);
        (await bot.Zalo.WaitForMessagesAsync(Citizen, 1))[0].Text.Should().StartWith("Xin chào ông/bà!").And.NotContain(Citizen);
    }

    [Fact]
    public async Task AFollowGetsTheWelcome_AnImageAPoliteAnswer_SharedInfoIsKept_AndAnUnfollowStopsNotices()
    {
        await using var bot = await BotUnderTest.StartWithZaloAsync();
        (await bot.Zalo.FollowAsync(Citizen)).Should().Be(System.Net.HttpStatusCode.OK);
        var welcome = await bot.Zalo.WaitForMessagesAsync(Citizen, 1);
        await bot.IdleAsync();
        welcome[0].Text.Should().Contain("Xin chào Bình!", "the name is asked of Zalo: the event names the user by id only");

        var before = bot.Zalo.SentTo(Citizen).Count;
        (await bot.Zalo.SendImageAsync(Citizen)).Should().Be(System.Net.HttpStatusCode.OK);
        var polite = (await bot.Zalo.WaitForMessagesAsync(Citizen, before + 1))[before];
        polite.Text.Should().NotBeNullOrWhiteSpace();

        before = bot.Zalo.SentTo(Citizen).Count;
        (await bot.Zalo.SubmitInfoAsync(Citizen, "84912345678", "Bình")).Should().Be(System.Net.HttpStatusCode.OK);
        await bot.Zalo.WaitForMessagesAsync(Citizen, before + 1);
        await using (var shared = bot.Db())
        {
            (await shared.ZaloContacts.SingleAsync()).SharedPhone.Should().Be("84912345678");
        }

        (await bot.Zalo.UnfollowAsync(Citizen)).Should().Be(System.Net.HttpStatusCode.OK);
        await using var db = bot.Db();
        (await db.People.SingleAsync(p => p.Channel == ChannelKind.Zalo)).BlockedBotAtUtc.Should().NotBeNull();
    }
}
