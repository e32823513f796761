using Microsoft.EntityFrameworkCore;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Persistence.Indicators;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.EndToEnd;

/// <summary>Refusal (state 3, Mẫu 03) happens at reception, before any receipt; after a receipt the way out is a stop.</summary>
public sealed class ReceptionRefusalTests
{
    private const long Officer = BotUnderTest.Officer;

    private const string Reason = "Thủ tục không thuộc thẩm quyền của UBND xã";

    [Fact]
    public async Task ARefusalAtTheSummary_AsksAReasonAndAConfirmation_AndHandsOverMau03_WithNoDossierNoCodeNoReceipt()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var summary = await bot.SignatureSummaryAsync();
        summary.Text.Should().Contain("bấm «Từ chối tiếp nhận»");

        var ask = (await bot.PressAsync(Officer, summary, "Từ chối tiếp nhận")).Single();
        ask.Text.Should().Contain("Từ chối tiếp nhận hồ sơ «Chứng thực chữ ký» của Lê Văn Tám").And.Contain("Vui lòng gõ lý do");
        (await bot.SayAsync(Officer, ".")).Single().Text.Should().StartWith("Vui lòng gõ lý do từ chối bằng lời (ít nhất 3 chữ cái)");
        (await bot.SayAsync(Officer, "tu choi")).Single().Text.Should().StartWith("Vui lòng gõ lý do từ chối bằng lời", "the phrase alone gives no reason");
        (await bot.SayAsync(Officer, new string('x', 501))).Single().Text.Should().StartWith("Lý do dài quá 500 ký tự");
        await using (var db = bot.Db())
        {
            (await db.ReceptionRefusals.CountAsync()).Should().Be(0);
            (await db.Conversations.SingleAsync()).Kind.Should().Be("reception", "the form waits for a reason");
        }

        var question = (await bot.SayAsync(Officer, Reason)).Single();
        question.Text.Should().StartWith("⚠️ Xác nhận từ chối tiếp nhận hồ sơ?")
            .And.Contain("Thủ tục: Chứng thực chữ ký")
            .And.Contain("Người nộp: Lê Văn Tám — ĐT: 0987654321")
            .And.Contain($"Lý do (in vào phiếu, người nộp sẽ đọc): {Reason}")
            .And.Contain("không cấp mã hồ sơ");
        question.Buttons.SelectMany(r => r).Select(b => b.Text).Should().Equal("✅ Xác nhận", "✖️ Huỷ");
        await using (var db = bot.Db())
        {
            (await db.ReceptionRefusals.CountAsync()).Should().Be(0, "nothing is refused before the confirmation");
        }

        bot.Clock.Advance(TimeSpan.FromMinutes(2));
        var refused = (await bot.PressAsync(Officer, question, "Xác nhận")).Single();

        refused.Text.Should().StartWith("🚫 Đã từ chối tiếp nhận: không tạo hồ sơ")
            .And.Contain("BỘ PHẬN MỘT CỬA UBND XÃ THỬ NGHIỆM")
            .And.Contain("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ (Mẫu 03)")
            .And.Contain("Bộ phận Một cửa UBND xã Thử Nghiệm tiếp nhận hồ sơ của: Lê Văn Tám")
            .And.Contain("Số điện thoại: 0987654321")
            .And.Contain("Nội dung yêu cầu giải quyết: Chứng thực chữ ký")
            .And.Contain($"- {Reason}")
            .And.Contain("Ngày 24 tháng 11 năm 2026")
            .And.Contain("NGƯỜI TIẾP NHẬN HỒ SƠ: Lan")
            .And.NotContain("H15.50.05.13").And.NotContain("GIẤY TIẾP NHẬN");
        refused.Buttons.Should().BeEmpty();
        (await bot.PressAsync(Officer, summary, "Tiếp nhận")).Single().Text.Should().Contain("Không có thao tác nào đang nhập");

        await using (var db = bot.Db())
        {
            (await db.Dossiers.CountAsync()).Should().Be(0);
            (await db.DailySequences.CountAsync()).Should().Be(0, "no dossier code was used up");
            (await db.Conversations.CountAsync()).Should().Be(0);
            var record = await db.ReceptionRefusals.SingleAsync();
            record.ProcedureName.Should().Be("Chứng thực chữ ký");
            record.ApplicantName.Should().Be("Lê Văn Tám");
            record.ApplicantPhone.Should().Be("0987654321");
            record.Channel.Should().Be(DossierChannel.Counter);
            record.Reason.Should().Be(Reason);
            record.OfficerName.Should().Be("Lan");
            record.UnitCode.Should().Be("H15.50.05.13");
            record.RefusedAtUtc.Should().Be(new DateTime(2026, 11, 24, 2, 2, 0, DateTimeKind.Utc));
            record.RefusedOn.Should().Be(new DateOnly(2026, 11, 24));
        }

        // The next reception gets the day's first number, and only it counts in the indicators.
        var code = await bot.ReceiveDossierAsync();
        code.Should().Be("261124-0001");
        await using var read = bot.Db();
        var day = new DateOnly(2026, 11, 24);
        var counts = (await IndicatorQueries.DossiersAsync(read, A.Calendar, Period.Day(day), day, Slice.All, default))[0];
        counts.Received.Should().Be(1);
        counts.Finished.Should().Be(0);
    }

    [Fact]
    public async Task ARefusalTypedAtTheSummary_CarriesItsReason_AndHuyGivesTheSummaryBack()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SignatureSummaryAsync();

        var question = (await bot.SayAsync(Officer, $"Từ chối tiếp nhận {Reason}")).Single();
        question.Text.Should().Contain($"người nộp sẽ đọc): {Reason}").And.NotContain("đọc): tiếp nhận");

        var back = await bot.PressAsync(Officer, question, "Huỷ", expectedReplies: 2);

        back[0].Text.Should().Contain("Đã huỷ; không có gì thay đổi");
        back[1].Text.Should().StartWith("Hồ sơ chưa bị từ chối").And.Contain("Kiểm tra trước khi tiếp nhận").And.Contain("Lê Văn Tám");
        var receipt = await bot.PressAsync(Officer, back[1], "Tiếp nhận", expectedReplies: 2);
        receipt[0].Text.Should().Contain("GIẤY TIẾP NHẬN").And.Contain("Lê Văn Tám");
        await using var db = bot.Db();
        (await db.ReceptionRefusals.CountAsync()).Should().Be(0);
        (await db.Dossiers.CountAsync()).Should().Be(1);
    }

    [Fact]
    public async Task ALateConfirmation_RefusesNothing_AndGivesTheSummaryBack()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var summary = await bot.SignatureSummaryAsync();
        await bot.PressAsync(Officer, summary, "Từ chối tiếp nhận");
        var question = (await bot.SayAsync(Officer, Reason)).Single();

        bot.Clock.Advance(TimeSpan.FromMinutes(6));
        var late = await bot.PressAsync(Officer, question, "Xác nhận", expectedReplies: 2);

        late[0].Text.Should().Contain("đã hết hạn").And.Contain("không có gì thay đổi");
        late[1].Text.Should().StartWith("Hồ sơ chưa bị từ chối");
        late[1].Buttons.SelectMany(r => r).Select(b => b.Text).Should().Contain("🚫 Từ chối tiếp nhận");
        await using var db = bot.Db();
        (await db.ReceptionRefusals.CountAsync()).Should().Be(0);
        (await db.Conversations.SingleAsync()).Kind.Should().Be("reception");
    }

    [Fact]
    public async Task WritingWhileTheRefusalWaits_DropsTheQuestion_ButKeepsTheForm()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var summary = await bot.SignatureSummaryAsync();
        var question = (await bot.SayAsync(Officer, $"tu choi {Reason}")).Single();

        (await bot.SayAsync(Officer, "đúng rồi")).Single().Text.Should().Contain("chọn một nút");
        (await bot.PressAsync(Officer, question, "Xác nhận")).Single().Text.Should().Contain("không còn hiệu lực");
        await using (var db = bot.Db())
        {
            (await db.ReceptionRefusals.CountAsync()).Should().Be(0);
        }

        var receipt = await bot.PressAsync(Officer, summary, "Tiếp nhận", expectedReplies: 2);
        receipt[0].Text.Should().Contain("GIẤY TIẾP NHẬN").And.Contain("Lê Văn Tám — ĐT: 0987654321");
    }

    [Fact]
    public async Task BackFromTheReasonQuestion_ShowsTheSummary_AndRefusesNothing()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var summary = await bot.SignatureSummaryAsync();
        var ask = (await bot.PressAsync(Officer, summary, "Từ chối tiếp nhận")).Single();

        var again = (await bot.PressAsync(Officer, ask, "Quay lại")).Single();

        again.Text.Should().StartWith("📋 Kiểm tra trước khi tiếp nhận");
        (await bot.SayAsync(Officer, Reason)).Single().Text.Should().Contain("chọn một nút", "the reason question was left, so the text is no reason");
        await using var db = bot.Db();
        (await db.ReceptionRefusals.CountAsync()).Should().Be(0);
        (await db.Conversations.SingleAsync()).Kind.Should().Be("reception");
    }

    [Fact]
    public async Task ACounterDossiersTrackingCard_BeginsWithItsReception_NotAnOnlineRegistration()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();

        var card = (await bot.SayAsync(Officer, $"/hoso {code}")).Single();

        var text = card.Text!;
        var timeline = text[text.IndexOf("Quá trình xử lý (Mẫu 06):", StringComparison.Ordinal)..].Split('\n');
        timeline[1].Should().Be("✓ 09:00 24/11/2026 · Tiếp nhận → Đã tiếp nhận · Lan");
        text.Should().NotContain("Mới đăng ký").And.NotContain("chờ tiếp nhận");
    }

    [Fact]
    public async Task RefusingAReceivedDossier_SaysItWasReceived_PointsToAStop_AndChangesNothing()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();
        var card = (await bot.SayAsync(Officer, $"/hoso {code}")).Single();
        card.Buttons.SelectMany(r => r).Select(b => b.Text).Should().Contain("Dừng xử lý").And.NotContain("Từ chối");

        var typed = (await bot.SayAsync(Officer, $"{code} tu choi không thuộc thẩm quyền của xã")).Single();
        var replied = (await bot.SayAsync(Officer, "từ chối", replyTo: card.MessageId)).Single();
        int id;
        await using (var db = bot.Db())
        {
            id = (await db.Dossiers.SingleAsync()).Id;
        }

        // A card drawn before refusal left the received states still carries its "Từ chối" button.
        var before = bot.Telegram.SentTo(Officer).Count;
        bot.Telegram.PressButton(Officer, card.MessageId, $"d:{id}:tc:1");
        var pressed = (await bot.Telegram.WaitForMessagesAsync(Officer, before + 1))[^1];

        foreach (var answer in new[] { typed, replied, pressed })
        {
            answer.Text.Should().StartWith($"Hồ sơ {code} đã được tiếp nhận")
                .And.Contain("dừng xử lý (Mẫu 05)")
                .And.Contain($"«{code} dung <lý do>»")
                .And.Contain("Hồ sơ không thay đổi");
        }

        await bot.IdleAsync();
        await using var check = bot.Db();
        var dossier = await check.Dossiers.Include(d => d.Events).SingleAsync();
        dossier.State.Should().Be(DossierState.Received);
        dossier.Version.Should().Be(1);
        dossier.Events.Should().ContainSingle();
        (await check.Conversations.CountAsync()).Should().Be(0, "no reason was asked for and no confirmation is open");
    }

    [Fact]
    public async Task AnEnglishSpeakingOfficer_ReadsTheSameWayOut_InEnglish()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var code = await bot.ReceiveDossierAsync();
        var languages = (await bot.SayAsync(Officer, "/ngonngu")).Single();
        await bot.PressAsync(Officer, languages, "English");

        var answer = (await bot.SayAsync(Officer, $"{code} tu choi wrong office")).Single();

        answer.Text.Should().StartWith($"Dossier {code} has already been received").And.Contain($"\"{code} dung <reason>\"");
    }
}
