using Microsoft.EntityFrameworkCore;
using OneStopBot.Bot.Features.Complaints;
using OneStopBot.Domain.Complaints;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.Ratings;
using OneStopBot.FakeBotApi;
using OneStopBot.Persistence.Messaging;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.EndToEnd;

public sealed class CitizenTests
{
    private const long Citizen = 5001;
    private const long Stranger = 5002;
    private const long SecondLeader = 1005;

    [Fact]
    public async Task AFollowedDossier_ProducesOneNoticePerChange_InOrder_AndAsksForARatingOnceAfterTheReturn()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();
        (await bot.SayAsync(Citizen, $"/theodoi {code} 5678")).Single().Text.Should().Contain("Ông/bà sẽ nhận thông báo");

        const long officer = BotUnderTest.Officer;
        await bot.SayAsync(officer, $"{code} xu ly");
        await bot.SayAsync(officer, $"{code} bo sung bản sao giấy khai sinh", expectedReplies: 2);
        await bot.SayAsync(officer, $"{code} da bo sung");
        await bot.SayAsync(officer, $"{code} xin loi 02/12/2026 chờ xác minh thông tin", expectedReplies: 2);
        await bot.SayAsync(officer, $"{code} nop phi 20000 theo Nghị quyết 15/2025 của HĐND tỉnh");
        await bot.SayAsync(officer, $"{code} da nop tm");
        await bot.SayAsync(officer, $"{code} xong");
        await bot.SayConfirmedAsync(officer, $"{code} tra");

        var all = await bot.Telegram.WaitForMessagesAsync(Citizen, 10);
        await bot.IdleAsync();
        var notices = bot.Telegram.SentTo(Citizen).Skip(1).Select(m => m.Text!).ToList();
        notices.Should().HaveCount(9, "eight changes and one rating prompt");
        notices.Take(8).Should().AllSatisfy(n => n.Should().Contain(code));
        notices[0].Should().Contain("Đang xử lý");
        notices[1].Should().Contain("bổ sung").And.Contain("bản sao giấy khai sinh").And.Contain("Bộ phận Một cửa UBND xã Thử Nghiệm");
        notices[2].Should().Contain("Đã nhận đủ giấy tờ bổ sung");
        notices[3].Should().Contain("thành thật xin lỗi").And.Contain("02/12/2026").And.Contain("chờ xác minh thông tin");
        notices[4].Should().Contain("20.000 đ").And.Contain("dichvucong.gov.vn");
        notices[5].Should().Contain("nộp phí");
        notices[6].Should().Contain("Kính mời ông/bà đến nhận").And.Contain("07:30–17:00").And.Contain("giấy tờ tuỳ thân");
        notices[7].Should().Contain("đã nhận kết quả");
        notices[8].Should().Contain("đánh giá");
        all[^1].Buttons.SelectMany(r => r).Select(b => b.Text).Should().Equal("Rất hài lòng", "Hài lòng", "Không hài lòng");
        notices.Should().AllSatisfy(n => n.Should().NotContain("0912345678").And.NotContain("Nguyễn Thị Ánh"));
    }

    [Fact]
    public async Task AWalkInCitizen_RatesThroughTheReceiptLink_OneRatingStored_AndHarassmentReachesEveryLeader()
    {
        await using var bot = await BotUnderTest.StartAsync(extraArgs: $"--Access:Leaders:1={SecondLeader}");
        await bot.SayAsync(BotUnderTest.Leader, "/start", expectedReplies: 2);
        await bot.SayAsync(SecondLeader, "/start", expectedReplies: 2);
        var code = await bot.ReceiveDossierAsync();
        await bot.SayAsync(BotUnderTest.Officer, $"{code} xong");
        await bot.SayConfirmedAsync(BotUnderTest.SecondOfficer, $"{code} tra");

        var followed = await bot.SayAsync(Citizen, $"/start f_{await TokenAsync(bot)}", expectedReplies: 2);
        followed[0].Text.Should().Contain(code).And.Contain("Đã trả kết quả");
        var prompt = followed[1];
        prompt.Text.Should().Contain("đánh giá");

        var question = (await bot.PressAsync(Citizen, prompt, "Không hài lòng")).Single();
        question.Text.Should().Contain("gây khó khăn, phiền hà");
        await bot.PressAsync(Citizen, prompt, "Không hài lòng");
        var press = bot.Telegram.PressButton(Citizen, prompt.MessageId, prompt.Buttons[2][0].CallbackData!);
        await bot.IdleAsync();
        bot.Telegram.Redeliver(press);
        await bot.IdleAsync();
        var askComment = (await bot.PressAsync(Citizen, question, "Có")).Single();
        askComment.Text.Should().Contain("góp ý");
        (await bot.SayAsync(Citizen, "Cán bộ hẹn tôi quay lại nhiều lần.")).Single().Text.Should().Contain("Lãnh đạo UBND xã đã được báo");

        await bot.IdleAsync();
        foreach (var leader in new[] { BotUnderTest.Leader, SecondLeader })
        {
            var received = bot.Telegram.SentTo(leader).Select(m => m.Text!).ToList();
            received.Should().ContainSingle(t => t.Contains("🚨") && t.Contains(code) && t.Contains("Lan") && t.Contains("Sáng"));
            received.Should().ContainSingle(t => t.Contains("«Không hài lòng»") && t.Contains(code));
            received.Should().NotContain(t => t.Contains("0912345678"));
        }

        await using var db = bot.Db();
        var rating = await db.Ratings.SingleAsync();
        rating.Level.Should().Be(SatisfactionLevel.NotSatisfied);
        rating.Harassment.Should().BeTrue();
        rating.Comment.Should().Be("Cán bộ hẹn tôi quay lại nhiều lần.");
        var officers = await db.People.Where(p => p.ExternalId == BotUnderTest.Officer || p.ExternalId == BotUnderTest.SecondOfficer).ToDictionaryAsync(p => p.ExternalId, p => p.Id);
        rating.ReceivedById.Should().Be(officers[BotUnderTest.Officer]);
        rating.ReturnedById.Should().Be(officers[BotUnderTest.SecondOfficer]);
    }

    [Fact]
    public async Task AChatThatHasNotProvenItMaySeeADossier_CannotRateIt_NorLearnAnythingAboutIt()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();
        await bot.SayAsync(BotUnderTest.Officer, $"{code} xong");
        await bot.SayConfirmedAsync(BotUnderTest.Officer, $"{code} tra");
        await bot.SayAsync(Citizen, $"/start f_{await TokenAsync(bot)}", expectedReplies: 2);
        await using (var db = bot.Db())
        {
            var dossierId = (await db.Dossiers.SingleAsync()).Id;
            var welcome = (await bot.SayAsync(Stranger, "/start", expectedReplies: 2))[0];
            bot.Telegram.PressButton(Stranger, welcome.MessageId, $"rt:{dossierId}:l1");
        }

        var refused = await bot.Telegram.WaitForMessagesAsync(Stranger, 3);
        refused[2].Text.Should().Contain("chưa theo dõi hồ sơ này").And.NotContain(code);
        (await bot.SayAsync(Stranger, $"/theodoi {code} 0000")).Single().Text.Should().Contain("Không tìm thấy hồ sơ");
        (await bot.SayAsync(Stranger, "/huytheodoi")).Single().Text.Should().Contain("chưa theo dõi hồ sơ nào");

        await using var check = bot.Db();
        (await check.Ratings.CountAsync()).Should().Be(0);
        (await check.Follows.CountAsync()).Should().Be(1);
    }

    [Theory]
    [InlineData("{0} 5678")]
    [InlineData("{0} 0912345678")]
    [InlineData("{0} 0912 345 678")]
    [InlineData("{0} 0912-345-678")]
    [InlineData("{0} +84912345678")]
    [InlineData("{1} 5678")]
    public async Task ALookUp_TakesThePhoneAsCitizensTypeIt_AndOffersToFollow(string args)
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();

        var found = (await bot.SayAsync(Citizen, "/tracuu " + string.Format(System.Globalization.CultureInfo.InvariantCulture, args, code, code.Replace("-", string.Empty, StringComparison.Ordinal)))).Single();

        found.Text.Should().Contain(code).And.Contain("N. T. Ánh");
        var followed = await bot.PressAsync(Citizen, found, "Theo dõi");
        followed[0].Text.Should().Contain("Ông/bà sẽ nhận thông báo");
        (await bot.SayAsync(Citizen, $"/tracuu {code} 5678")).Single().Buttons.Should().BeEmpty("it is followed already");
        (await bot.SayAsync(Citizen, $"/tracuu {code} 0912345679")).Single().Text.Should().NotContain("N. T. Ánh");
    }

    [Fact]
    public async Task HoSoCuaToi_ListsWhatTheCitizenFollows_WithWhereEachStands()
    {
        await using var bot = await BotUnderTest.StartAsync();
        (await bot.SayAsync(Stranger, "hồ sơ của tôi")).Single().Text.Should().Contain("chưa theo dõi hồ sơ nào");
        var code = await bot.ReceiveDossierAsync();
        await bot.SayAsync(Citizen, $"/theodoi {code} 5678");
        var told = bot.Telegram.SentTo(Citizen).Count;
        await bot.SayAsync(BotUnderTest.Officer, $"{code} xu ly");
        await bot.Telegram.WaitForMessagesAsync(Citizen, told + 1); // the notice, before the question

        var mine = (await bot.SayAsync(Citizen, "Hồ sơ của tôi")).Single().Text!;

        mine.Should().Contain(code).And.Contain("Đang xử lý").And.Contain("hẹn trả 27/11/2026").And.NotContain("Phản ánh đã gửi");
        (await bot.SayAsync(Stranger, "/cuatoi")).Single().Text.Should().NotContain(code, "only the chats that proved they may see it");
    }

    [Fact]
    public async Task ACitizenWhoChoseEnglish_IsToldInEnglish()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();
        var languages = (await bot.SayAsync(Citizen, "/ngonngu")).Single();
        await bot.PressAsync(Citizen, languages, "English");
        (await bot.SayAsync(Citizen, $"/theodoi {code} 5678")).Single().Text.Should().Contain("You will be told");

        await bot.SayAsync(BotUnderTest.Officer, $"{code} bo sung bản sao CCCD", expectedReplies: 2);

        var notice = (await bot.Telegram.WaitForMessagesAsync(Citizen, 4))[3];
        notice.Text.Should().Contain($"Dossier H15.50.05.13-{code}").And.Contain("Please provide: bản sao CCCD").And.Contain("office hours");
    }

    [Fact]
    public async Task ACitizen_FollowsSeveralDossiers_AndStopsOne()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var first = await bot.ReceiveDossierAsync();
        var second = await bot.ReceiveDossierAsync();
        await bot.SayAsync(Citizen, $"/theodoi {first} 5678");
        await bot.SayAsync(Citizen, $"/theodoi {second} 5678");

        var choose = (await bot.SayAsync(Citizen, "/huytheodoi")).Single();
        choose.Buttons.Should().HaveCount(2);
        (await bot.SayAsync(Citizen, $"/huytheodoi {first}")).Single().Text.Should().Contain("Đã ngừng theo dõi").And.Contain(first);
        await bot.SayAsync(BotUnderTest.Officer, $"{first} xu ly");
        await bot.SayAsync(BotUnderTest.Officer, $"{second} xu ly");

        var last = (await bot.Telegram.WaitForMessagesAsync(Citizen, 5))[^1];
        await bot.IdleAsync();
        last.Text.Should().Contain(second);
        bot.Telegram.SentTo(Citizen).Should().HaveCount(5);
    }

    [Fact]
    public async Task AComplaint_GoesThroughItsWholeLife_IncludingOneReopen()
    {
        await using var bot = await BotUnderTest.StartAsync();
        const long leader = BotUnderTest.Leader;
        await bot.SayAsync(leader, "/start", expectedReplies: 2);
        await bot.SayAsync(BotUnderTest.Officer, "/start", expectedReplies: 2);

        var kinds = (await bot.SayAsync(Citizen, "/phananh")).Single();
        var dossier = (await bot.PressAsync(Citizen, kinds, "Chậm trễ")).Single();
        (await bot.SayAsync(Citizen, "261124-0009")).Single().Text.Should().Contain("Không thấy hồ sơ");
        var text = (await bot.PressAsync(Citizen, dossier, "Bỏ qua")).Single();
        text.Text.Should().Contain("Bước 3/5");
        (await bot.SayAsync(Citizen, "ngắn")).Single().Text.Should().Contain("từ 10 đến 4000");
        var officers = (await bot.SayAsync(Citizen, "Hồ sơ khai sinh của con tôi trễ hẹn đã một tuần.")).Single();
        officers.Buttons.SelectMany(r => r).Should().Contain(b => b.Text.StartsWith("Lan", StringComparison.Ordinal));
        officers.Buttons.SelectMany(r => r).Should().NotContain(b => b.CallbackData!.Contains(BotUnderTest.Officer.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var anonymous = (await bot.PressAsync(Citizen, officers, "Lan")).Single();
        var filed = (await bot.PressAsync(Citizen, anonymous, "Ẩn danh")).Single();
        filed.Text.Should().Contain("Mã theo dõi: PA-261124-001");

        var card = (await bot.Telegram.WaitForMessagesAsync(leader, 3))[2];
        card.Text.Should().Contain("PA-261124-001").And.Contain("chậm trễ").And.Contain("Ẩn danh").And.Contain("Lan").And.NotContain("Bình");
        (await bot.SayAsync(leader, "/phananh_ds", expectedReplies: 2))[1].Text.Should().Contain("PA-261124-001");

        (await bot.SayAsync(leader, "xu ly", replyTo: card.MessageId)).Single().Text.Should().Contain("Đã nhận xử lý");
        (await bot.Telegram.WaitForMessagesAsync(Citizen, 9))[8].Text.Should().Contain("đang được xử lý");
        (await bot.SayAsync(leader, "Hồ sơ đã có kết quả, mời ông/bà đến nhận.", replyTo: card.MessageId)).Single().Text.Should().Contain("Đã gửi trả lời");
        var answer = (await bot.Telegram.WaitForMessagesAsync(Citizen, 10))[9];
        answer.Text.Should().Contain("Hồ sơ đã có kết quả, mời ông/bà đến nhận.").And.Contain("có thể đề nghị xem xét lại một lần");

        var reopened = (await bot.PressAsync(Citizen, answer, "Chưa hài lòng")).Single();
        reopened.Text.Should().Contain("xem xét").And.Contain("PA-261124-001");
        var reopenedCard = (await bot.Telegram.WaitForMessagesAsync(leader, 8))[7];
        reopenedCard.Text.Should().Contain("đề nghị xem xét lại").And.Contain("PA-261124-001");
        (await bot.SayAsync(leader, "Đã xác minh: cán bộ xin lỗi và trả kết quả ngay hôm nay.", replyTo: reopenedCard.MessageId)).Single().Text.Should().Contain("Đã gửi trả lời");
        var second = (await bot.Telegram.WaitForMessagesAsync(Citizen, 12))[11];
        second.Text.Should().Contain("cán bộ xin lỗi").And.Contain("trả lời cuối cùng").And.NotContain("có thể đề nghị xem xét lại");
        second.Buttons.Should().BeEmpty("a complaint is reopened once only");

        (await bot.PressAsync(Citizen, answer, "Chưa hài lòng")).Single().Text.Should().Contain("chỉ được đề nghị một lần");
        (await bot.SayAsync(Citizen, "/phananh PA-261124-001")).Single().Text.Should().Contain("đã trả lời");
        (await bot.SayAsync(Stranger, "/phananh PA-261124-001")).Single().Text.Should().Contain("Không tìm thấy phản ánh");

        await using var db = bot.Db();
        var complaint = await db.Complaints.SingleAsync();
        complaint.State.Should().Be(ComplaintState.Answered);
        complaint.ReopenCount.Should().Be(1);
        complaint.Anonymous.Should().BeTrue();
        complaint.PersonId.Should().BeNull();
        complaint.Kind.Should().Be(ComplaintKind.Delay);
        complaint.ResolveBy.Should().Be(new DateOnly(2026, 12, 15));
    }

    [Fact]
    public async Task ALeaderRefusesAComplaint_WithTheReason_AndItCannotBeReopened()
    {
        await using var bot = await BotUnderTest.StartAsync();
        const long leader = BotUnderTest.Leader;
        await bot.SayAsync(leader, "/start", expectedReplies: 2);
        var anonymous = await HarassmentUpToTheNameAsync(bot);
        var phone = (await bot.PressAsync(Citizen, anonymous, "Ghi tên tôi")).Single();
        phone.Text.Should().Contain("số điện thoại để lãnh đạo xử lý phản ánh gọi lại");
        await bot.PressAsync(Citizen, phone, "Bỏ qua");
        var card = (await bot.Telegram.WaitForMessagesAsync(leader, 3))[2];
        card.Text.Should().Contain("🚨").And.Contain("Người gửi: Bình\n");

        (await bot.SayAsync(leader, "tu choi", replyTo: card.MessageId)).Single().Text.Should().Contain("ghi lý do");
        (await bot.SayAsync(leader, "tu choi nội dung đã được giải quyết ở phản ánh trước", replyTo: card.MessageId)).Single().Text.Should().Contain("Đã từ chối");
        var refused = (await bot.Telegram.WaitForMessagesAsync(Citizen, 8))[7];
        refused.Text.Should().Contain("không được thụ lý").And.Contain("đã được giải quyết ở phản ánh trước");
        refused.Buttons.Should().BeEmpty();
        (await bot.SayAsync(leader, "Trả lời muộn", replyTo: card.MessageId)).Single().Text.Should().Contain("đã kết thúc");
        (await bot.SayAsync(Citizen, "xu ly", replyTo: card.MessageId)).Single().Text.Should().Contain("chưa hiểu");

        await using var db = bot.Db();
        var complaint = await db.Complaints.SingleAsync();
        complaint.State.Should().Be(ComplaintState.Refused);
        complaint.Harassment.Should().BeTrue();
        complaint.Answer.Should().Be("nội dung đã được giải quyết ở phản ánh trước");
    }

    [Fact]
    public async Task AnAnsweredHarassmentComplaint_WaitsForTheLeadersFinding_AndOnlyATrueOneCountsForT5()
    {
        await using var bot = await BotUnderTest.StartAsync();
        const long leader = BotUnderTest.Leader;
        await bot.SayAsync(leader, "/start", expectedReplies: 2);
        var anonymous = await HarassmentUpToTheNameAsync(bot);
        await bot.PressAsync(Citizen, anonymous, "Ẩn danh");
        var card = (await bot.Telegram.WaitForMessagesAsync(leader, 3))[2];

        var sent = (await bot.SayAsync(leader, "Đã xác minh và nhắc nhở cán bộ.", replyTo: card.MessageId)).Single();
        sent.Text.Should().Contain("Đã gửi trả lời").And.Contain("ghi kết luận");
        await bot.SayAsync(leader, "/phananh_ds", expectedReplies: 2);
        var listed = bot.Telegram.SentTo(leader)[^1];
        listed.Text.Should().Contain("PA-261124-001");
        listed.Buttons.SelectMany(row => row).Select(b => b.Text).Should().Equal("Kết luận: đúng", "Kết luận: không đúng");
        await using (var db = bot.Db())
        {
            (await db.Complaints.SingleAsync()).Upheld.Should().BeNull("nothing is concluded by answering");
        }

        (await bot.PressAsync(leader, sent, "Kết luận: đúng")).Single().Text.Should().Contain("là đúng (tính vào T5)");
        var forged = sent.Buttons.SelectMany(row => row).Single(b => b.Text == "Kết luận: không đúng").CallbackData!;
        await bot.IdleAsync();
        var citizenSeen = bot.Telegram.SentTo(Citizen);
        bot.Telegram.PressButton(Citizen, citizenSeen[^1].MessageId, forged);
        (await bot.Telegram.WaitForMessagesAsync(Citizen, citizenSeen.Count + 1))[^1].Text.Should().Contain("chỉ dành cho lãnh đạo");
        await using var read = bot.Db();
        (await read.Complaints.SingleAsync()).Upheld.Should().BeTrue("the citizen's press on a leader's button changes nothing");
        (await bot.SayAsync(leader, "/phananh_ds")).Single().Text.Should().NotContain("chờ kết luận");
    }

    [Fact]
    public async Task TheComplaintDesk_SeesTheNamedComplainantsPhone_AndAsksForMore_WhichTheCitizenAdds()
    {
        await using var bot = await BotUnderTest.StartAsync();
        const long leader = BotUnderTest.Leader;
        await bot.SayAsync(leader, "/start", expectedReplies: 2);
        var kinds = (await bot.SayAsync(Citizen, "/phananh")).Single();
        var dossier = (await bot.PressAsync(Citizen, kinds, "Chậm trễ")).Single();
        await bot.PressAsync(Citizen, dossier, "Bỏ qua");
        var officers = (await bot.SayAsync(Citizen, "Hồ sơ của tôi trễ hẹn đã ba ngày.")).Single();
        var anonymous = (await bot.PressAsync(Citizen, officers, "Bỏ qua")).Single();
        await bot.PressAsync(Citizen, anonymous, "Ghi tên tôi");
        (await bot.SayAsync(Citizen, "0912 34")).Single().Text.Should().Contain("Số điện thoại chưa đúng");
        (await bot.SayAsync(Citizen, "0912 345 678")).Single().Text.Should().Contain("PA-261124-001");

        var card = (await bot.Telegram.WaitForMessagesAsync(leader, 3))[2];
        card.Text.Should().Contain("Người gửi: Bình — ĐT: 0912345678").And.Contain("hoi them");

        (await bot.SayAsync(leader, "hoi them", replyTo: card.MessageId)).Single().Text.Should().Contain("cần người dân bổ sung thông tin gì");
        var citizenBefore = bot.Telegram.SentTo(Citizen).Count;
        (await bot.SayAsync(leader, "Hỏi thêm:\nÔng/bà cho biết mã hồ sơ trên giấy hẹn?", replyTo: card.MessageId)).Single().Text
            .Should().Contain("Đã đề nghị người dân bổ sung thông tin cho phản ánh PA-261124-001");
        var asked = (await bot.Telegram.WaitForMessagesAsync(Citizen, citizenBefore + 1))[citizenBefore];
        asked.Text.Should().Contain("đề nghị ông/bà bổ sung: Ông/bà cho biết mã hồ sơ trên giấy hẹn?");

        var form = (await bot.PressAsync(Citizen, asked, "Bổ sung thông tin")).Single();
        form.Text.Should().Contain("Mời ông/bà gõ thông tin bổ sung");
        var leaderBefore = bot.Telegram.SentTo(leader).Count;
        (await bot.SayAsync(Citizen, "Mã hồ sơ 261120-0003, hẹn trả ngày 20/11.")).Single().Text.Should().Contain("Đã gửi thông tin bổ sung");
        var added = (await bot.Telegram.WaitForMessagesAsync(leader, leaderBefore + 1))[leaderBefore];
        added.Text.Should().StartWith("📎 Người dân đã bổ sung thông tin:").And.Contain("Người dân bổ sung: Mã hồ sơ 261120-0003, hẹn trả ngày 20/11.");

        (await bot.SayAsync(Citizen, "/phananh PA-261124-001")).Single().Text.Should().Contain("Bộ phận đề nghị bổ sung: Ông/bà cho biết mã hồ sơ");
        (await bot.SayAsync(Stranger, "/phananh PA-261124-001")).Single().Text.Should().Contain("Không tìm thấy phản ánh");

        await using var db = bot.Db();
        var complaint = await db.Complaints.SingleAsync();
        complaint.ContactPhone.Should().Be("0912345678");
        complaint.State.Should().Be(ComplaintState.InProgress);
        complaint.MoreInfoAskedOn.Should().Be(new DateOnly(2026, 11, 24));
        complaint.MoreInfo.Should().Be("Mã hồ sơ 261120-0003, hẹn trả ngày 20/11.");
    }

    [Fact]
    public async Task OneChat_FilesAtMostThreeComplaintsADay()
    {
        await using var bot = await BotUnderTest.StartAsync();
        for (var i = 0; i < ComplaintForm.PerChatPerDay; i++)
        {
            var kinds = (await bot.SayAsync(Citizen, "/phananh")).Single();
            var dossier = (await bot.PressAsync(Citizen, kinds, "Chậm trễ")).Single();
            await bot.PressAsync(Citizen, dossier, "Bỏ qua");
            var officers = (await bot.SayAsync(Citizen, $"Hồ sơ của tôi trễ hẹn lần thứ {i + 1}.")).Single();
            var anonymous = (await bot.PressAsync(Citizen, officers, "Bỏ qua")).Single();
            (await bot.PressAsync(Citizen, anonymous, "Ẩn danh")).Single().Text.Should().Contain("Mã theo dõi");
        }

        (await bot.SayAsync(Citizen, "/phananh")).Single().Text.Should().Contain("mỗi ngày nhận tối đa 3 phản ánh");
        bot.Clock.Advance(TimeSpan.FromDays(1));
        (await bot.SayAsync(Citizen, "/phananh")).Single().Text.Should().Contain("Bước 1/5");
        await using var db = bot.Db();
        (await db.Complaints.CountAsync()).Should().Be(ComplaintForm.PerChatPerDay);
    }

    [Theory]
    [InlineData(1, "PA-261124-001")]
    [InlineData(1000, "PA-261124-1000")]
    public void AComplaintCode_ReadsBackWhole_EvenPastTheThousandthOfADay(int sequence, string code)
    {
        ComplaintCards.NewCode(new DateOnly(2026, 11, 24), sequence).Should().Be(code);
        ComplaintCards.Find($"↩️ trả lời phản ánh {code.ToLowerInvariant()}, cảm ơn").Should().Be(code);
    }

    [Fact]
    public async Task StaffDoNotVoteForColleagues_EvenWithAForgedButton()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SayAsync(BotUnderTest.Officer, "/start", expectedReplies: 2);
        var menu = (await bot.SayAsync(Citizen, "/binhchon")).Single();
        var lan = menu.Buttons.SelectMany(r => r).Single(b => b.Text == "Lan").CallbackData!;

        foreach (var staff in new[] { BotUnderTest.SecondOfficer, BotUnderTest.Leader, BotUnderTest.Admin })
        {
            (await bot.SayAsync(staff, "/binhchon")).Single().Text.Should().Contain("cán bộ, lãnh đạo và quản trị viên không bình chọn");
            var start = await bot.SayAsync(staff, "/start", expectedReplies: 2);
            var before = bot.Telegram.SentTo(staff).Count;
            bot.Telegram.PressButton(staff, start[^1].MessageId, lan + ":skip");
            (await bot.Telegram.WaitForMessagesAsync(staff, before + 1))[before].Text.Should().Contain("không bình chọn");
        }

        await using var db = bot.Db();
        (await db.Votes.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task ASecondVoteInAMonth_IsRefusedPolitely()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SayAsync(BotUnderTest.Officer, "/start", expectedReplies: 2);

        var officers = (await bot.SayAsync(Citizen, "/binhchon")).Single();
        officers.Buttons.SelectMany(r => r).Select(b => b.Text).Should().Equal("Lan");
        officers.Text.Should().NotContain(BotUnderTest.Officer.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var reason = (await bot.PressAsync(Citizen, officers, "Lan")).Single();
        (await bot.SayAsync(Citizen, "Hướng dẫn tận tình, chu đáo")).Single().Text.Should().Contain("cảm ơn ông/bà đã bình chọn Lan");

        bot.Clock.Advance(TimeSpan.FromDays(5));
        var again = (await bot.SayAsync(Citizen, "/binhchon")).Single();
        (await bot.PressAsync(Citizen, again, "Lan")).Single().Text.Should().Contain("mỗi tháng chỉ được bình chọn một lần");
        (await bot.PressAsync(Citizen, reason, "Bỏ qua")).Single().Text.Should().Contain("mỗi tháng chỉ được bình chọn một lần");

        bot.Clock.Advance(TimeSpan.FromDays(5));
        var nextMonth = (await bot.SayAsync(Citizen, "/binhchon")).Single();
        var skip = (await bot.PressAsync(Citizen, nextMonth, "Lan")).Single();
        (await bot.PressAsync(Citizen, skip, "Bỏ qua")).Single().Text.Should().Contain("cảm ơn ông/bà đã bình chọn Lan");

        await using var db = bot.Db();
        var votes = await db.Votes.OrderBy(v => v.Id).ToListAsync();
        votes.Select(v => v.Month).Should().Equal(new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1));
        votes[0].Reason.Should().Be("Hướng dẫn tận tình, chu đáo");
    }

    [Theory]
    [InlineData(500, null)]
    [InlineData(429, 120)]
    public async Task ANoticeWhoseSendFails_IsSentLater_ExactlyOnce(int status, int? retryAfter)
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();
        await bot.SayAsync(Citizen, $"/theodoi {code} 5678");
        var repliesBefore = await LastOutboxIdAsync(bot);

        bot.Telegram.FailNext(Citizen, status, retryAfter);
        await bot.SayAsync(BotUnderTest.Officer, $"{code} xu ly");
        var row = await WaitForOutboxAsync(bot, repliesBefore, m => m.Attempts == 1);
        row.Status.Should().Be(OutboxStatus.Pending);
        bot.Telegram.SentTo(Citizen).Should().HaveCount(1);

        bot.Clock.Advance(TimeSpan.FromSeconds((retryAfter ?? 2) - 1));
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        bot.Telegram.SentTo(Citizen).Should().HaveCount(1, "the retry is not due yet");

        bot.Clock.Advance(TimeSpan.FromSeconds(2));
        var sent = await bot.Telegram.WaitForMessagesAsync(Citizen, 2);
        sent[1].Text.Should().Contain(code).And.Contain("Đang xử lý");
        bot.Clock.Advance(TimeSpan.FromMinutes(30));
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await bot.IdleAsync();
        bot.Telegram.SentTo(Citizen).Should().HaveCount(2);
        (await WaitForOutboxAsync(bot, repliesBefore, m => m.Status == OutboxStatus.Sent)).Attempts.Should().Be(2);
    }

    [Fact]
    public async Task ACitizenWhoBlockedTheBot_IsMarked_AndNotRetriedForEver()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();
        await bot.SayAsync(Citizen, $"/theodoi {code} 5678");
        var repliesBefore = await LastOutboxIdAsync(bot);

        bot.Telegram.FailNext(Citizen, 403);
        await bot.SayAsync(BotUnderTest.Officer, $"{code} xu ly");
        var row = await WaitForOutboxAsync(bot, repliesBefore, m => m.Status == OutboxStatus.Blocked);
        await bot.SayAsync(BotUnderTest.Officer, $"{code} xong");
        for (var i = 0; i < 3; i++)
        {
            bot.Clock.Advance(TimeSpan.FromHours(1));
            await Task.Delay(TimeSpan.FromSeconds(1.2));
        }

        await bot.IdleAsync();
        row.Attempts.Should().Be(1);
        bot.Telegram.FailedAttempts.Should().ContainSingle(f => f.ChatId == Citizen);
        bot.Telegram.SentTo(Citizen).Should().HaveCount(1, "nothing is sent to a chat that blocked the bot");
        await using var db = bot.Db();
        (await db.Outbox.Where(m => m.ChatId == Citizen && m.Id > repliesBefore).Select(m => m.Status).ToListAsync()).Should().HaveCount(2).And.AllBeEquivalentTo(OutboxStatus.Blocked);
        (await db.Outbox.SingleAsync(m => m.Id == row.Id)).Attempts.Should().Be(1);

        // Writing to the bot again means the chat is open again: new notices flow.
        await bot.SayAsync(Citizen, "/theodoi");
        await bot.SayConfirmedAsync(BotUnderTest.Officer, $"{code} tra");
        (await bot.Telegram.WaitForMessagesAsync(Citizen, 3))[2].Text.Should().Contain("đã nhận kết quả");
    }

    /// <summary>The last outbox row so far: the citizen's own replies are rows too, and the notices come after it.</summary>
    private static async Task<long> LastOutboxIdAsync(BotUnderTest bot)
    {
        await using var db = bot.Db();
        return await db.Outbox.MaxAsync(m => m.Id);
    }

    private static async Task<OutboxMessage> WaitForOutboxAsync(BotUnderTest bot, long after, Func<OutboxMessage, bool> condition)
    {
        for (var i = 0; i < 100; i++)
        {
            await using var db = bot.Db();
            var rows = await db.Outbox.AsNoTracking().Where(m => m.ChatId == Citizen && m.Id > after).OrderBy(m => m.Id).ToListAsync();
            if (rows.FirstOrDefault(condition) is { } row)
            {
                return row;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The outbox row never reached the expected state.");
    }

    private static async Task<string> TokenAsync(BotUnderTest bot)
    {
        await using var db = bot.Db();
        return (await db.Dossiers.OrderByDescending(d => d.Id).FirstAsync()).FollowToken;
    }


    /// <summary>A harassment complaint filed by <see cref="Citizen"/> with no dossier and no officer named, up to the question of their name.</summary>
    private static async Task<SentMessage> HarassmentUpToTheNameAsync(BotUnderTest bot)
    {
        var kinds = (await bot.SayAsync(Citizen, "/phananh")).Single();
        var dossier = (await bot.PressAsync(Citizen, kinds, "Nhũng nhiễu")).Single();
        await bot.PressAsync(Citizen, dossier, "Bỏ qua");
        var officers = (await bot.SayAsync(Citizen, "Cán bộ đòi thêm tiền ngoài lệ phí.")).Single();
        return (await bot.PressAsync(Citizen, officers, "Bỏ qua")).Single();
    }
}
