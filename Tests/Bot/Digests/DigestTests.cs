using OneStopBot.Bot.Features.Digests;
using OneStopBot.Domain.Indicators;
using OneStopBot.Domain.People;
using OneStopBot.Tests.Persistence;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.Digests;

public sealed class DigestTests : IAsyncLifetime
{
    private static readonly DateOnly Friday = new(2026, 11, 27);

    private static readonly CampaignOptions Campaign = new()
    {
        Name = "Thi đua TTHC 2026",
        Start = new DateOnly(2026, 11, 2),
        End = new DateOnly(2026, 12, 31),
    };

    private TestDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(seedProcedures: false);
        await using (var db = database.NewContext())
        {
            db.People.Add(new Person(ChannelKind.Telegram, 501, "Nguyễn Thị Lan", A.At(2026, 11, 1).Utc));
            db.People.Add(new Person(ChannelKind.Telegram, 502, "Hoàng Văn Sáng", A.At(2026, 11, 1).Utc));
            await db.SaveChangesAsync();
        }

        await IndicatorFixture.SeedAsync(database);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Theory]
    [InlineData(Language.Vi)]
    [InlineData(Language.En)]
    public async Task TheMorningDigest_ReadsExactlyAsPinned_ForTheFixtureOnAFixedDay(Language language)
    {
        await using var db = database.NewContext();
        var digest = await DigestData.LoadAsync(db, A.Calendar, Friday, ReportPeriod.Yesterday, Campaign, new IndexWeights(), default);

        var text = DigestFormatter.Format(digest, "Bộ phận Một cửa UBND xã Thử Nghiệm", Campaign, language);

        text.Should().Be(language == Language.En ? ExpectedEn : ExpectedVi);
    }

    [Fact]
    public async Task TheChart_IsAValidPng()
    {
        await using var db = database.NewContext();
        var digest = await DigestData.LoadAsync(db, A.Calendar, Friday, ReportPeriod.Yesterday, Campaign, new IndexWeights(), default);

        var chart = OneStopBot.Bot.Jobs.DailyDigestJob.ChartOf(digest, Language.Vi);

        chart.FileName.Should().Be("chi-tieu-20261127.png");
        chart.Bytes.Length.Should().BeGreaterThan(2000);
        chart.Bytes.Take(8).Should().Equal(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
        // IHDR: width and height, big-endian, right after the signature and the chunk header.
        ((chart.Bytes[16] << 24) | (chart.Bytes[17] << 16) | (chart.Bytes[18] << 8) | chart.Bytes[19]).Should().Be(900);
        ((chart.Bytes[20] << 24) | (chart.Bytes[21] << 16) | (chart.Bytes[22] << 8) | chart.Bytes[23]).Should().Be(450);
    }

    private const string ExpectedEn =
        """
        📊 INDICATORS REPORT — Bộ phận Một cửa UBND xã Thử Nghiệm
        Friday 27/11/2026
        Campaign "Thi đua TTHC 2026" (02/11/2026–31/12/2026)

        YESTERDAY, Thursday 26/11/2026
        Received 0 · finished 0 · on time 0
        T1 On time: — (target 100%) ➖
        T2 Digitized at reception: — (target 100%) ➖
        T3 Filed online: partial — (target 50%), full — (target 100%) ➖
        T4 Paid online: — (target 80%) ➖
        T5 Harassment complaints found true: 0 (at most 0) ✅ · awaiting a finding: 0
        Satisfied: — (0 ratings)
        Extra 30 minutes: 0 sessions, 0 people served · Saturday mornings: 0 sessions, 0 people

        CAMPAIGN TO DATE (02/11/2026–26/11/2026)
        Received 6 · finished 4 · on time 2
        T1 On time: 50% (target 100%) ❌
        T2 Digitized at reception: 83.3% (target 100%) ❌
        T3 Filed online: partial 100% (target 50%), full 50% (target 100%) ❌
        T4 Paid online: 50% (target 80%) ❌
        T5 Harassment complaints found true: 0 (at most 0) ✅ · awaiting a finding: 1
        Satisfied: 66.7% (3 ratings)
        Extra 30 minutes: 0 sessions, 0 people served · Saturday mornings: 0 sessions, 0 people
        QĐ 766 index (estimate): 38.5/82 points of the groups that can be computed
        Left out: the public-and-transparent group (18 points), which the bot's data does not cover
        2.1 On time: 50% → 10/20
        3.3 Online dossiers: 33.3% → 8/12
        3.6 Online payment: 25% → 2.5/10
        4.1 Electronic results: 25% → 2.8/11
        4.2 Digitization: 33.3% → 4.6/11
        5.2 Complaints on time: 100% → 9/9
        5.4 Satisfaction: 16.7% → 1.7/9
        2.2 Mean processing time: 3 days
        Groups: progress 10/20 · online 10.5/22 · digitization 7.3/22 · satisfaction 10.7/18
        No-wait days (Monday): same-day results 0% · Cashless days (Thursday): paid without cash —

        ⏰ Overdue: 1 dossier
        • 261116-0006 Chứng thực bản sao — Hoàng Văn Sáng — 6 working days late

        📅 Due today: 0 dossiers

        📣 Complaints open now (received on any day): 1, 1 of them about harassment. T5 above counts only harassment complaints received in its period and found true.
        • ⚠️ PA-0001 20/11/2026: Cán bộ gây khó khăn
        """;

    private const string ExpectedVi =
        """
        📊 BÁO CÁO CHỈ TIÊU — Bộ phận Một cửa UBND xã Thử Nghiệm
        thứ Sáu 27/11/2026
        Chiến dịch «Thi đua TTHC 2026» (02/11/2026–31/12/2026)

        HÔM QUA, thứ Năm 26/11/2026
        Tiếp nhận 0 · giải quyết xong 0 · đúng hạn 0
        T1 Đúng hạn: — (mục tiêu 100%) ➖
        T2 Số hoá khi tiếp nhận: — (mục tiêu 100%) ➖
        T3 Nộp trực tuyến: một phần — (mục tiêu 50%), toàn trình — (mục tiêu 100%) ➖
        T4 Thanh toán trực tuyến: — (mục tiêu 80%) ➖
        T5 Phản ánh nhũng nhiễu, gây khó khăn được kết luận là đúng: 0 (tối đa 0) ✅ · chờ kết luận: 0
        Hài lòng: — (0 đánh giá)
        30 phút tăng thêm: 0 buổi, 0 người được phục vụ · Sáng thứ Bảy: 0 buổi, 0 người

        TỪ ĐẦU CHIẾN DỊCH (02/11/2026–26/11/2026)
        Tiếp nhận 6 · giải quyết xong 4 · đúng hạn 2
        T1 Đúng hạn: 50% (mục tiêu 100%) ❌
        T2 Số hoá khi tiếp nhận: 83,3% (mục tiêu 100%) ❌
        T3 Nộp trực tuyến: một phần 100% (mục tiêu 50%), toàn trình 50% (mục tiêu 100%) ❌
        T4 Thanh toán trực tuyến: 50% (mục tiêu 80%) ❌
        T5 Phản ánh nhũng nhiễu, gây khó khăn được kết luận là đúng: 0 (tối đa 0) ✅ · chờ kết luận: 1
        Hài lòng: 66,7% (3 đánh giá)
        30 phút tăng thêm: 0 buổi, 0 người được phục vụ · Sáng thứ Bảy: 0 buổi, 0 người
        Chỉ số QĐ 766 (ước tính): 38,5/82 điểm của các nhóm tính được
        Không tính: nhóm công khai, minh bạch (18 điểm), vì dữ liệu của bot không có
        2.1 Đúng hạn: 50% → 10/20
        3.3 Hồ sơ trực tuyến: 33,3% → 8/12
        3.6 Thanh toán trực tuyến: 25% → 2,5/10
        4.1 Kết quả điện tử: 25% → 2,8/11
        4.2 Số hoá: 33,3% → 4,6/11
        5.2 Xử lý phản ánh đúng hạn: 100% → 9/9
        5.4 Mức độ hài lòng: 16,7% → 1,7/9
        2.2 Thời gian giải quyết trung bình: 3 ngày
        Nhóm: tiến độ 10/20 · trực tuyến 10,5/22 · số hoá 7,3/22 · hài lòng 10,7/18
        Ngày không chờ (thứ Hai): trả trong ngày 0% · Ngày không dùng tiền mặt (thứ Năm): không tiền mặt —

        ⏰ Quá hạn: 1 hồ sơ
        • 261116-0006 Chứng thực bản sao — Hoàng Văn Sáng — quá hạn 6 ngày làm việc

        📅 Đến hạn hôm nay: 0 hồ sơ

        📣 Phản ánh đang mở đến nay (nhận vào bất kỳ ngày nào): 1, trong đó 1 về nhũng nhiễu. T5 ở trên chỉ đếm phản ánh nhũng nhiễu nhận trong kỳ của nó và được kết luận là đúng.
        • ⚠️ PA-0001 20/11/2026: Cán bộ gây khó khăn
        """;
}
