using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OneStopBot.Bot.Conversation;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.People;
using OneStopBot.Persistence.Messaging;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.EndToEnd;

public sealed class DossierLifecycleTests
{
    private const long Citizen = 5001;

    [Fact]
    public async Task AnOfficer_ReceivesADossierThroughTheForm_AndMovesItToReturned_ByMessagesAndByAReply()
    {
        await using var bot = await BotUnderTest.StartAsync();
        const long officer = BotUnderTest.Officer;

        var ask = (await bot.SayAsync(officer, "/tiepnhan")).Single();
        ask.Text.Should().Contain("Bước 1/6");
        var step2 = (await bot.SayAsync(officer, "xac nhan tinh trang hon nhan")).Single();
        step2.Text.Should().Contain("Cấp Giấy xác nhận tình trạng hôn nhân").And.Contain("Bước 2/6");
        (await bot.SayAsync(officer, "Nguyễn Thị Ánh")).Single().Text.Should().Contain("Bước 3/6");
        var channel = (await bot.SayAsync(officer, "0912 345 678")).Single();
        var digitized = (await bot.PressAsync(officer, channel, "trực tiếp")).Single();
        var fee = (await bot.PressAsync(officer, digitized, "Có")).Single();
        fee.Text.Should().Contain("do tỉnh quy định");
        var payment = (await bot.SayAsync(officer, "15.000")).Single();
        payment.Text.Should().Contain("15.000 đ");
        var review = (await bot.PressAsync(officer, payment, "chuyển khoản")).Single();
        review.Text.Should().Contain("Kiểm tra trước khi tiếp nhận").And.Contain("15.000 đ (chuyển khoản / QR)")
            .And.Contain("thứ Sáu 27/11/2026").And.NotContain("ngoài giờ");
        await using (var before = bot.Db())
        {
            (await before.Dossiers.CountAsync()).Should().Be(0, "nothing is received before the summary is confirmed");
        }

        var receipt = await bot.PressAsync(officer, review, "Tiếp nhận", expectedReplies: 2);

        // Tuesday 24/11/2026 09:00 with 3 working days: due Friday 27/11/2026.
        receipt[0].Text.Should().Contain("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
            .And.Contain("H15.50.05.13-261124-0001")
            .And.Contain("thứ Sáu 27/11/2026")
            .And.Contain("https://t.me/onestop_test_bot?start=f_");
        receipt[1].Method.Should().Be("sendPhoto");
        receipt[1].FileBytes![..4].Should().Equal(0x89, (byte)'P', (byte)'N', (byte)'G');

        var processing = (await bot.SayAsync(officer, "261124-0001 XỬ LÝ")).Single();
        processing.Text.Should().Contain("Đang xử lý");
        bot.Clock.Advance(TimeSpan.FromHours(2));
        var done = (await bot.SayAsync(officer, "xong", replyTo: processing.MessageId)).Single();
        done.Text.Should().Contain("Đã có kết quả, chờ trả");
        var returned = (await bot.SayConfirmedAsync(officer, "H15.50.05.13-261124-0001 da tra")).Single();
        returned.Text.Should().Contain("Đã trả kết quả");

        await using var db = bot.Db();
        var dossier = await db.Dossiers.Include(d => d.Events).SingleAsync();
        dossier.State.Should().Be(DossierState.Returned);
        dossier.FeeVnd.Should().Be(15_000);
        dossier.Payment.Should().Be(PaymentMethod.Transfer);
        dossier.DigitizedAtReception.Should().BeTrue();
        dossier.ApplicantPhone.Should().Be("0912345678");
        dossier.Assess(new DateOnly(2026, 11, 24), A.Calendar).Should().Be(Timeliness.Early);
        dossier.Events.Select(e => e.Action).Should().Equal(DossierAction.Accept, DossierAction.Process, DossierAction.Complete, DossierAction.Return);
        (await db.Conversations.CountAsync()).Should().Be(0, "the finished form is closed");
    }

    [Fact]
    public async Task TheReceptionForm_PutsTheNameInProperCase_RefusesEmoji_AndHuyWithoutTheSlashCancels()
    {
        await using var bot = await BotUnderTest.StartAsync();
        const long officer = BotUnderTest.Officer;
        await bot.SayAsync(officer, "/tiepnhan");
        await bot.SayAsync(officer, "chung thuc chu ky");
        (await bot.SayAsync(officer, "Lê Văn 😊")).Single().Text.Should().Contain("không có chữ số hay biểu tượng");
        (await bot.SayAsync(officer, "lê văn TÁM")).Single().Text.Should().Contain("Bước 3/6");

        (await bot.SayAsync(officer, "huy")).Single().Text.Should().Contain("Đã huỷ");

        await using var db = bot.Db();
        (await db.Conversations.CountAsync()).Should().Be(0);
        (await db.Dossiers.CountAsync()).Should().Be(0);
        var review = await bot.SignatureSummaryAsync("lê văn TÁM");
        (await bot.PressAsync(officer, review, "Tiếp nhận", expectedReplies: 2))[0].Text.Should().Contain("Người nộp: Lê Văn Tám");
    }

    [Fact]
    public async Task TheSummary_TakesACorrection_AndReturnsToItself_AndOutOfHoursItAsksToReceiveAnyway()
    {
        await using var bot = await BotUnderTest.StartAsync(
            extraArgs: ["--Office:CommonProcedures:0=Chứng thực chữ ký", "--Office:CommonProcedures:1=dang ky khai sinh", "--Office:CommonProcedures:2=Không có thủ tục này"]);
        const long officer = BotUnderTest.Officer;
        bot.Clock.Advance(TimeSpan.FromHours(9.5)); // Tuesday 18:30, after closing.

        var review = await bot.SignatureSummaryAsync(ask: ask => ask.Buttons.SelectMany(r => r).Select(b => b.Text)
            .Should().Equal(["Chứng thực chữ ký", "Đăng ký khai sinh"], "the office's order, names matched without diacritics, an unknown one left out"));
        review.Text.Should().Contain("ngoài giờ làm việc của bộ phận (07:30–17:00)");
        review.Buttons.SelectMany(r => r).Select(b => b.Text).Should().Contain("✅ Vẫn tiếp nhận").And.NotContain("✏️ Lệ phí", "a catalog fee is changed after reception, with a reason");
        var first = review;

        var phone = (await bot.PressAsync(officer, review, "Điện thoại")).Single();
        phone.Text.Should().Contain("Số điện thoại");
        review = (await bot.SayAsync(officer, "0911 222 333")).Single();
        review.Text.Should().Contain("Lê Văn Tám — ĐT: 0911222333").And.Contain("Chứng thực chữ ký");

        await bot.PressAsync(officer, review, "Thủ tục");
        (await bot.SayAsync(officer, "xac nhan tinh trang hon nhan")).Single().Text.Should().Contain("do tỉnh quy định");
        var payment = (await bot.SayAsync(officer, "15000")).Single();
        review = (await bot.PressAsync(officer, payment, "chuyển khoản")).Single();
        review.Text.Should().Contain("Cấp Giấy xác nhận tình trạng hôn nhân").And.Contain("15.000 đ (chuyển khoản / QR)")
            .And.Contain("0911222333");
        review.Buttons.SelectMany(r => r).Select(b => b.Text).Should().Contain("✏️ Lệ phí", "the province sets this fee: it was typed, and can be typed again");
        var latest = (await bot.PressAsync(officer, first, "Vẫn tiếp nhận")).Single();
        latest.Text.Should().StartWith("Đó là nút của một bản kiểm tra cũ").And.Contain("Cấp Giấy xác nhận tình trạng hôn nhân");
        review = latest;

        (await bot.SayAsync(officer, "đúng rồi")).Single().Text.Should().Contain("chọn một nút");
        var receipt = await bot.PressAsync(officer, review, "Vẫn tiếp nhận", expectedReplies: 2);
        receipt[0].Text.Should().Contain("Cấp Giấy xác nhận tình trạng hôn nhân").And.Contain("ĐT: 0911222333");

        await using var db = bot.Db();
        var dossier = await db.Dossiers.SingleAsync();
        dossier.ApplicantPhone.Should().Be("0911222333");
        dossier.FeeVnd.Should().Be(15_000);
        dossier.Payment.Should().Be(PaymentMethod.Transfer);
    }

    [Fact]
    public async Task ASummaryThatNoLongerHolds_IsShownAgain_BeforeAnythingIsReceived()
    {
        await using var bot = await BotUnderTest.StartAsync();
        const long officer = BotUnderTest.Officer;
        bot.Clock.Advance(TimeSpan.FromMinutes(7 * 60 + 58)); // Tuesday 16:58.
        var review = await bot.SignatureSummaryAsync();
        review.Text.Should().NotContain("ngoài giờ");

        bot.Clock.Advance(TimeSpan.FromMinutes(3)); // 17:01: the office has closed meanwhile.
        var again = (await bot.PressAsync(officer, review, "Tiếp nhận")).Single();
        again.Text.Should().StartWith("⚠️ Hạn trả hoặc giờ làm việc đã đổi").And.Contain("ngoài giờ làm việc");
        await using (var db = bot.Db())
        {
            (await db.Dossiers.CountAsync()).Should().Be(0);
        }

        (await bot.PressAsync(officer, again, "Vẫn tiếp nhận", expectedReplies: 2))[0].Text.Should().Contain("GIẤY TIẾP NHẬN");
    }

    [Fact]
    public async Task CancellingAtTheSummary_ReceivesNothing()
    {
        await using var bot = await BotUnderTest.StartAsync();
        const long officer = BotUnderTest.Officer;
        var review = await bot.SignatureSummaryAsync();

        (await bot.PressAsync(officer, review, "Huỷ")).Single().Text.Should().Contain("Đã huỷ");
        (await bot.PressAsync(officer, review, "Tiếp nhận")).Single().Text.Should().Contain("Không có thao tác nào đang nhập");

        await using var db = bot.Db();
        (await db.Dossiers.CountAsync()).Should().Be(0);
        (await db.Conversations.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Hoso_FindsDossiersByTheApplicantsNameOrPhone_AndOpensTheCardFromTheList()
    {
        await using var bot = await BotUnderTest.StartAsync();
        const long officer = BotUnderTest.Officer;
        var first = await bot.ReceiveDossierAsync();
        var second = await bot.ReceiveDossierAsync();
        await bot.PressAsync(officer, await bot.SignatureSummaryAsync("Lê Văn Thanh"), "Tiếp nhận", expectedReplies: 2);

        (await bot.SayAsync(officer, "/hoso le thanh")).Single().Text.Should().StartWith("📄 Hồ sơ").And.Contain("Lê Văn Thanh");

        var list = (await bot.SayAsync(officer, "/hoso anh")).Single();
        list.Text.Should().Contain(first).And.Contain(second).And.NotContain("Thanh", "«anh» is the start of a word, not any part of it");
        list.Text.IndexOf(second, StringComparison.Ordinal).Should().BeLessThan(list.Text.IndexOf(first, StringComparison.Ordinal), "newest first");
        var card = (await bot.PressAsync(officer, list, first)).Single();
        card.Text.Should().StartWith($"📄 Hồ sơ H15.50.05.13-{first}");

        (await bot.SayAsync(officer, "/hoso 5678")).Single().Buttons.SelectMany(r => r).Should().HaveCount(2);
        (await bot.SayAsync(officer, "/hoso +84 987 654 321")).Single().Text.Should().Contain("Lê Văn Thanh");
        (await bot.SayAsync(officer, "/hoso tran")).Single().Text.Should().Contain("Không có hồ sơ nào");
        (await bot.SayAsync(officer, "/hoso 12")).Single().Text.Should().Contain("Cách dùng");
        (await bot.SayAsync(Citizen, "/hoso anh")).Single().Text.Should().Contain("chỉ dành cho cán bộ");
    }

    [Fact]
    public async Task ARestartInTheMiddleOfTheForm_LosesNothing()
    {
        await using var bot = await BotUnderTest.StartAsync();
        const long officer = BotUnderTest.Officer;
        await bot.SayAsync(officer, "/tiepnhan");
        await bot.SayAsync(officer, "chung thuc chu ky");
        await bot.SayAsync(officer, "Lê Văn Tám");

        await bot.RestartAsync();

        (await bot.SayAsync(officer, "0987654321")).Single().Text.Should().Contain("Bước 4/6");
        await bot.SayAsync(officer, "truc tiep");
        var payment = (await bot.SayAsync(officer, "khong")).Single();
        var review = (await bot.PressAsync(officer, payment, "tiền mặt")).Single();
        var receipt = await bot.PressAsync(officer, review, "Tiếp nhận", expectedReplies: 2);
        receipt[0].Text.Should().Contain("Lê Văn Tám").And.Contain("10.000 đ (tiền mặt)");
    }

    [Fact]
    public async Task TheCard_ShowsEveryStepOfTheHistory_InOrder_WithItsNote()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();
        await bot.SayAsync(BotUnderTest.Officer, $"{code} xu ly");
        await bot.SayAsync(BotUnderTest.Officer, $"{code} bo sung Thiếu bản sao giấy khai sinh", expectedReplies: 2);

        // A fresh message reads the dossier and its history again from the database; the three steps share one
        // minute on the test clock, so only the order they were stored in keeps them in order.
        var card = (await bot.SayAsync(BotUnderTest.Officer, $"/hoso {code}")).Single().Text!;

        var timeline = card[card.IndexOf("Quá trình xử lý", StringComparison.Ordinal)..].Split('\n').Skip(1).TakeWhile(line => line.Length > 0).ToList();
        timeline.Should().HaveCount(3);
        timeline[0].Should().Contain("Tiếp nhận → Đã tiếp nhận");
        timeline[1].Should().Contain("Chuyển xử lý → Đang xử lý");
        timeline[2].Should().Contain("Yêu cầu bổ sung → Chờ bổ sung").And.EndWith("(Thiếu bản sao giấy khai sinh)");
    }

    [Fact]
    public async Task CardButtons_MoveTheDossier_AndAnOutOfDateCardIsRefused()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();

        var card = (await bot.SayAsync(BotUnderTest.Officer, $"/hoso {code}")).Single();
        card.Text.Should().Contain("Đã tiếp nhận").And.Contain("Quá trình xử lý");
        var processing = (await bot.PressAsync(BotUnderTest.Officer, card, "Chuyển xử lý")).Single();
        processing.Text.Should().Contain("Đang xử lý");

        // The second officer presses a button on the card he saw before the change.
        var stale = (await bot.PressAsync(BotUnderTest.Officer, card, "Có kết quả")).Single();
        stale.Text.Should().Contain("Thẻ hồ sơ này đã cũ");

        var reason = (await bot.PressAsync(BotUnderTest.Officer, processing, "Yêu cầu bổ sung")).Single();
        reason.Text.Should().Contain("gõ lý do");
        var supplement = await bot.SayAsync(BotUnderTest.Officer, "Thiếu bản sao giấy khai sinh", expectedReplies: 2);
        supplement[0].Text.Should().Contain("Chờ bổ sung giấy tờ");
        supplement[1].Text.Should().Contain("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ (Mẫu 02)").And.Contain("Thiếu bản sao giấy khai sinh");

        await using var db = bot.Db();
        var dossier = await db.Dossiers.SingleAsync();
        dossier.State.Should().Be(DossierState.AwaitingSupplement);
        dossier.LastReason.Should().Be("Thiếu bản sao giấy khai sinh");
    }

    [Fact]
    public async Task ARefusedTransition_SaysTheStateAndWhatIsPossible_AndChangesNothing()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();

        var answer = (await bot.SayAsync(BotUnderTest.Officer, $"{code} tra")).Single();

        answer.Text.Should().Contain("Không thể «Trả kết quả»").And.Contain("Đã tiếp nhận").And.Contain("«xu ly»");
        await using var db = bot.Db();
        (await db.Dossiers.SingleAsync()).Version.Should().Be(1);
    }

    [Fact]
    public async Task ACitizen_FollowsTheDossierByTheDeepLink_IsToldOfChanges_AndLooksItUp()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();
        string token;
        await using (var db = bot.Db())
        {
            token = (await db.Dossiers.SingleAsync()).FollowToken;
        }

        var followed = (await bot.SayAsync(Citizen, $"/start f_{token}")).Single();
        followed.Text.Should().Contain(code).And.Contain("N. T. Ánh").And.Contain("Ông/bà sẽ nhận thông báo");

        await bot.SayAsync(BotUnderTest.Officer, $"{code} xu ly");
        var notices = await bot.Telegram.WaitForMessagesAsync(Citizen, 2);
        notices[1].Text.Should().Contain(code).And.Contain("Đang xử lý");

        var lookedUp = (await bot.SayAsync(Citizen, $"/tracuu {code} 5678")).Single();
        lookedUp.Text.Should().Contain("Đang xử lý").And.NotContain("0912345678");
    }

    [Fact]
    public async Task AWrongLookUpPair_AnswersLikeAnUnknownCode_AndRepeatedFailuresAreSlowedDown()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();

        var wrongPhone = (await bot.SayAsync(Citizen, $"/tracuu {code} 0000")).Single().Text;
        var unknownCode = (await bot.SayAsync(Citizen, "/tracuu 991231-9999 5678")).Single().Text;
        wrongPhone.Should().Be(unknownCode);

        for (var i = 0; i < 3; i++)
        {
            await bot.SayAsync(Citizen, $"/tracuu {code} 111{i}");
        }

        var slowed = (await bot.SayAsync(Citizen, $"/tracuu {code} 5678")).Single();
        slowed.Text.Should().Contain("tra cứu sai nhiều lần");

        bot.Clock.Advance(TimeSpan.FromMinutes(16));
        (await bot.SayAsync(Citizen, $"/tracuu {code} 5678")).Single().Text.Should().Contain(code);
    }

    [Fact]
    public async Task GuessesAtOneCodeFromManyChats_SlowThatCodeDown()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();

        // Ten chats, one wrong guess each: no chat reaches its own limit, the code reaches its.
        for (var i = 0; i < OneStopBot.Bot.Features.Lookup.LookupHandler.MaxFailuresPerCode; i++)
        {
            (await bot.SayAsync(7000 + i, $"/tracuu {code} 10{i:D2}")).Single().Text.Should().NotContain("tra cứu sai nhiều lần");
        }

        (await bot.SayAsync(7100, $"/tracuu {code} 5678")).Single().Text.Should().Contain("tra cứu sai nhiều lần");
        (await bot.SayAsync(7100, "/tracuu 991231-0001 5678")).Single().Text.Should().NotContain("tra cứu sai nhiều lần", "another code is not slowed");

        bot.Clock.Advance(TimeSpan.FromMinutes(16));
        (await bot.SayAsync(7100, $"/tracuu {code} 5678")).Single().Text.Should().Contain(code);
    }

    [Fact]
    public async Task TheSameUpdateDeliveredTwice_HasOneEffect_AndLogsNoError()
    {
        var logs = new LogRecorder(LogLevel.Warning);
        await using var bot = await BotUnderTest.StartAsync(configure: b => b.Logging.AddProvider(logs));
        var code = await bot.ReceiveDossierAsync();

        var update = bot.Telegram.SendText(BotUnderTest.Officer, $"{code} xu ly");
        await bot.IdleAsync();
        bot.Telegram.Redeliver(update);
        await bot.IdleAsync();

        // A repeated look-up changes nothing but would answer again: the update id stops it at the save.
        var cards = bot.Telegram.SentTo(BotUnderTest.Officer).Count;
        var lookup = bot.Telegram.SendText(BotUnderTest.Officer, $"/hoso {code}");
        await bot.IdleAsync();
        bot.Telegram.Redeliver(lookup);
        await bot.IdleAsync();
        bot.Telegram.SentTo(BotUnderTest.Officer).Count.Should().Be(cards + 1);

        await using var db = bot.Db();
        var dossier = await db.Dossiers.Include(d => d.Events).SingleAsync();
        dossier.Events.Count(e => e.Action == DossierAction.Process).Should().Be(1);
        bot.Telegram.SentTo(BotUnderTest.Officer).Count(m => m.Text?.Contains("✔️") == true).Should().Be(1);
        logs.Entries.Should().BeEmpty("a repeated update is routine, not a fault");
    }

    [Fact]
    public async Task ARefusedUpdateDeliveredTwice_IsAnsweredOnce_AndLogsNoError()
    {
        var logs = new LogRecorder(LogLevel.Warning);
        await using var bot = await BotUnderTest.StartAsync(configure: b => b.Logging.AddProvider(logs));
        var code = await bot.ReceiveDossierAsync();
        var before = bot.Telegram.SentTo(BotUnderTest.Officer).Count;

        // Handing over a dossier still being received is refused by a rule; the refusal is answered once.
        var update = bot.Telegram.SendText(BotUnderTest.Officer, $"{code} tra");
        await bot.IdleAsync();
        bot.Telegram.Redeliver(update);
        await bot.IdleAsync();

        var replies = bot.Telegram.SentTo(BotUnderTest.Officer).Skip(before).ToList();
        replies.Should().ContainSingle().Which.Text.Should().Contain("Đã tiếp nhận");
        logs.Entries.Should().BeEmpty("a repeated update is routine, not a fault");
    }

    [Fact]
    public async Task TheWorklistInEnglish_CountsOneWorkingDayLate_InTheSingular()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();
        await bot.SayAsync(BotUnderTest.Officer, $"{code} xu ly");
        var menu = (await bot.SayAsync(BotUnderTest.Officer, "/lang")).Single();
        await bot.PressAsync(BotUnderTest.Officer, menu, "English");

        // Due Friday 27/11/2026; on Monday 30/11 it is one working day late, and on Tuesday two.
        bot.Clock.Advance(TimeSpan.FromDays(6));
        (await bot.SayAsync(BotUnderTest.Officer, "/viec")).Single().Text.Should().Contain($"{code} ").And.Contain("(1 working day late)");
        bot.Clock.Advance(TimeSpan.FromDays(1));
        (await bot.SayAsync(BotUnderTest.Officer, "/viec")).Single().Text.Should().Contain("(2 working days late)");
    }

    [Fact]
    public async Task AStopWhileMessagesWait_AnswersEachOnceAfterwards_AndApologisesToNobody()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var citizens = Enumerable.Range(0, 60).Select(i => 6000L + i).ToList();
        foreach (var citizen in citizens)
        {
            bot.Telegram.SendText(citizen, "/huongdan");
        }

        // Stop while the lanes hold the batch: it is not confirmed yet, so Telegram sends it again.
        await bot.Telegram.WaitForMessagesAsync(citizens[0], 1);

        await bot.RestartAsync();
        foreach (var citizen in citizens)
        {
            await bot.Telegram.WaitForMessagesAsync(citizen, 1);
        }

        await bot.IdleAsync();
        foreach (var citizen in citizens)
        {
            bot.Telegram.SentTo(citizen).Should().ContainSingle().Which.Text.Should().NotBe(ErrorTexts.Failure[Language.Vi]);
        }
    }

    [Fact]
    public async Task ACitizensOfficerCommand_IsRefusedPolitely_AndChangesNothing()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();

        (await bot.SayAsync(Citizen, "/tiepnhan")).Single().Text.Should().Contain("chỉ dành cho cán bộ");
        (await bot.SayAsync(Citizen, $"/hoso {code}")).Single().Text.Should().Contain("chỉ dành cho cán bộ");
        (await bot.SayAsync(Citizen, $"{code} xu ly")).Single().Text.Should().Contain("chưa hiểu");

        await using var db = bot.Db();
        (await db.Dossiers.SingleAsync()).State.Should().Be(DossierState.Received);
        (await db.Conversations.CountAsync()).Should().Be(0);
    }

    [Theory]
    [InlineData("xin chao")]
    [InlineData("/khongcolenhnay")]
    [InlineData("🙂")]
    public async Task MalformedInput_GetsShortHelp(string text)
    {
        await using var bot = await BotUnderTest.StartAsync();

        var answer = (await bot.SayAsync(Citizen, text)).Single();

        answer.Text.Should().Contain("chưa hiểu").And.Contain("/tracuu");
    }

    [Fact]
    public async Task AnOfficersMalformedActions_AreExplained()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();

        (await bot.SayAsync(BotUnderTest.Officer, $"{code} bay")).Single().Text.Should().Contain("không phải là thao tác trên hồ sơ").And.Contain("«xu ly»");
        (await bot.SayAsync(BotUnderTest.Officer, "991231-9999 xu ly")).Single().Text.Should().Contain("Không tìm thấy hồ sơ");
        (await bot.SayAsync(BotUnderTest.Officer, $"{code} bo sung")).Single().Text.Should().Contain("gõ lý do");
        (await bot.SayAsync(BotUnderTest.Officer, $"{code} xin loi 32/13/2026 chờ")).Single().Text.Should().Contain("dd/MM/yyyy");
        (await bot.SayAsync(BotUnderTest.Officer, "/hoso")).Single().Text.Should().Contain("Cách dùng");

        await using var db = bot.Db();
        (await db.Dossiers.SingleAsync()).Version.Should().Be(1);
    }

    [Fact]
    public async Task AFailingHandler_IsAnsweredWithAnApology_AndTheBotKeepsRunning()
    {
        var calendar = new ExplodingCalendar(A.Calendar);
        await using var bot = await BotUnderTest.StartAsync(configure: b => b.Services.AddSingleton<OneStopBot.Domain.Calendar.IWorkingCalendar>(calendar));
        var code = await bot.ReceiveDossierAsync();

        calendar.Explode = true;
        var apology = (await bot.SayAsync(BotUnderTest.Officer, "/viec")).Single();
        calendar.Explode = false;
        var worklist = (await bot.SayAsync(BotUnderTest.Officer, "/viec")).Single();

        apology.Text.Should().Contain("hệ thống gặp sự cố").And.Contain("Không có gì bị thay đổi");
        worklist.Text.Should().Contain(code);
    }

    [Fact]
    public async Task AnAdminsInvitation_MakesAnOfficer_OnceOnly()
    {
        await using var bot = await BotUnderTest.StartAsync();

        var invite = (await bot.SayAsync(BotUnderTest.Admin, "/moi canbo")).Single().Text!;
        var link = invite.Split('\n').Single(l => l.StartsWith("https://t.me/", StringComparison.Ordinal));
        var payload = link[(link.IndexOf("start=", StringComparison.Ordinal) + 6)..];

        (await bot.SayAsync(6001, $"/start {payload}")).Single().Text.Should().Contain("cán bộ Một cửa");
        (await bot.SayAsync(6002, $"/start {payload}")).Single().Text.Should().Contain("đã được sử dụng");
        (await bot.SayAsync(6001, "/tiepnhan")).Single().Text.Should().Contain("Bước 1/6");
        (await bot.SayAsync(6002, "/tiepnhan")).Single().Text.Should().Contain("chỉ dành cho cán bộ");
    }

    [Fact]
    public async Task AnInvitation_Carries128RandomBits_AndExpiresAfterAccessInviteLifetime()
    {
        await using var bot = await BotUnderTest.StartAsync(extraArgs: "--Access:InviteLifetime=01:00:00");

        string Payload(string text)
        {
            var link = text.Split('\n').Single(l => l.StartsWith("https://t.me/", StringComparison.Ordinal));
            return link[(link.IndexOf("start=", StringComparison.Ordinal) + 6)..];
        }

        var first = Payload((await bot.SayAsync(BotUnderTest.Admin, "/moi canbo")).Single().Text!);
        var second = Payload((await bot.SayAsync(BotUnderTest.Admin, "/moi canbo")).Single().Text!);
        first.Should().MatchRegex("^i_[A-Za-z0-9_-]{22}$", "16 random bytes, 128 bits, in URL-safe base64");
        second.Should().NotBe(first);

        bot.Clock.Advance(TimeSpan.FromMinutes(59));
        (await bot.SayAsync(6001, $"/start {first}")).Single().Text.Should().Contain("cán bộ Một cửa");
        bot.Clock.Advance(TimeSpan.FromMinutes(1));
        (await bot.SayAsync(6002, $"/start {second}")).Single().Text.Should().Contain("đã hết hạn");
        (await bot.SayAsync(6002, "/tiepnhan")).Single().Text.Should().Contain("chỉ dành cho cán bộ");
    }

}
