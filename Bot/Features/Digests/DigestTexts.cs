using OneStopBot.Bot.Conversation;

namespace OneStopBot.Bot.Features.Digests;

internal static class DigestTexts
{
    public static readonly Text LeaderHelp = new(
        """
        Lãnh đạo:
        /baocao [homnay|tuan|thang|chiendich] — báo cáo chỉ tiêu, hồ sơ quá hạn, phản ánh, biểu đồ
        /xuat [homnay|tuan|thang|chiendich] — xuất báo cáo Excel và danh sách hồ sơ CSV
        /thubay giao [dd/MM/yyyy] — phân công trực sáng thứ Bảy (chọn cán bộ bằng nút)
        """,
        """
        Leaders:
        /baocao [homnay|tuan|thang|chiendich] — indicators, overdue dossiers, complaints, chart
        /xuat [homnay|tuan|thang|chiendich] — export the Excel report and the CSV dossier list
        /thubay giao [dd/MM/yyyy] — assign Saturday-morning duty (pick the officer by button)
        """);

    public static readonly Text Header = new("📊 BÁO CÁO CHỈ TIÊU — {0}\n{1}", "📊 INDICATORS REPORT — {0}\n{1}");

    public static readonly Text CampaignLine = new("Chiến dịch «{0}» ({1}–{2})", "Campaign \"{0}\" ({1}–{2})");

    public static readonly Text Yesterday = new("HÔM QUA, {0}", "YESTERDAY, {0}");

    public static readonly Text Today = new("HÔM NAY, {0}", "TODAY, {0}");

    public static readonly Text Week = new("TUẦN NÀY ({0}–{1})", "THIS WEEK ({0}–{1})");

    public static readonly Text Month = new("THÁNG NÀY ({0}–{1})", "THIS MONTH ({0}–{1})");

    public static readonly Text CampaignToDate = new("TỪ ĐẦU CHIẾN DỊCH ({0}–{1})", "CAMPAIGN TO DATE ({0}–{1})");

    public static readonly Text Volume = new("Tiếp nhận {0} · giải quyết xong {1} · đúng hạn {2}", "Received {0} · finished {1} · on time {2}");

    public static readonly Text T1 = new("T1 Đúng hạn: {0} (mục tiêu {1}) {2}", "T1 On time: {0} (target {1}) {2}");

    public static readonly Text T2 = new("T2 Số hoá khi tiếp nhận: {0} (mục tiêu {1}) {2}", "T2 Digitized at reception: {0} (target {1}) {2}");

    public static readonly Text T3 = new("T3 Nộp trực tuyến: một phần {0} (mục tiêu {1}), toàn trình {2} (mục tiêu {3}) {4}", "T3 Filed online: partial {0} (target {1}), full {2} (target {3}) {4}");

    public static readonly Text T4 = new("T4 Thanh toán trực tuyến: {0} (mục tiêu {1}) {2}", "T4 Paid online: {0} (target {1}) {2}");

    public static readonly Text T5 = new(
        "T5 Phản ánh nhũng nhiễu, gây khó khăn được kết luận là đúng: {0} (tối đa {1}) {2} · chờ kết luận: {3}",
        "T5 Harassment complaints found true: {0} (at most {1}) {2} · awaiting a finding: {3}");

    public static readonly Text Satisfaction = new("Hài lòng: {0} ({1} đánh giá)", "Satisfied: {0} ({1} {2})");

    public static readonly Text Sessions = new("30 phút tăng thêm: {0} buổi, {1} người được phục vụ · Sáng thứ Bảy: {2} buổi, {3} người", "Extra 30 minutes: {0} {4}, {1} {5} served · Saturday mornings: {2} {6}, {3} {7}");

    public static readonly Text IndexHeader = new("Chỉ số QĐ 766 (ước tính): {0}/{1} điểm của các nhóm tính được", "QĐ 766 index (estimate): {0}/{1} points of the groups that can be computed");

    public static readonly Text IndexLeftOut = new(
        "Không tính: nhóm công khai, minh bạch ({0} điểm), vì dữ liệu của bot không có",
        "Left out: the public-and-transparent group ({0} points), which the bot's data does not cover");

    public static readonly Text IndexNoData = new("; chưa có số liệu trong kỳ: {0}", "; no data in the period: {0}");

    public static readonly Text IndexLine = new("{0} {1}: {2} → {3}/{4}", "{0} {1}: {2} → {3}/{4}");

    public static readonly Text MeanTime = new("2.2 Thời gian giải quyết trung bình: {0}", "2.2 Mean processing time: {0}");

    public static readonly Text Groups = new("Nhóm: tiến độ {0}/{1} · trực tuyến {2}/{3} · số hoá {4}/{5} · hài lòng {6}/{7}", "Groups: progress {0}/{1} · online {2}/{3} · digitization {4}/{5} · satisfaction {6}/{7}");

    public static readonly Text Models = new("Ngày không chờ ({0}): trả trong ngày {1} · Ngày không dùng tiền mặt ({2}): không tiền mặt {3}", "No-wait days ({0}): same-day results {1} · Cashless days ({2}): paid without cash {3}");

    public static readonly Text Overdue = new("⏰ Quá hạn: {0} hồ sơ", "⏰ Overdue: {0} {1}");

    public static readonly Text OverdueLine = new("• {0} {1} — {2} — {3}", "• {0} {1} — {2} — {3}");

    public static readonly Text DueToday = new("📅 Đến hạn hôm nay: {0} hồ sơ", "📅 Due today: {0} {1}");

    public static readonly Text DueLine = new("• {0} {1} — {2}", "• {0} {1} — {2}");

    public static readonly Text Complaints = new(
        "📣 Phản ánh đang mở đến nay (nhận vào bất kỳ ngày nào): {0}, trong đó {1} về nhũng nhiễu. T5 ở trên chỉ đếm phản ánh nhũng nhiễu nhận trong kỳ của nó và được kết luận là đúng.",
        "📣 Complaints open now (received on any day): {0}, {1} of them about harassment. T5 above counts only harassment complaints received in its period and found true.");

    public static readonly Text ComplaintLine = new("• {0}{1} {2}: {3}", "• {0}{1} {2}: {3}");

    public static readonly Text More = new("… và {0} hồ sơ khác", "… and {0} more");

    public static readonly Text NoOfficer = new("(chưa rõ cán bộ)", "(officer unknown)");

    public static readonly Text ChartCaption = new("Biểu đồ 14 ngày gần nhất: đúng hạn, trực tuyến, hài lòng (%)", "The last 14 days: on time, online, satisfied (%)");

    public static readonly Text NotRunning = new("Chiến dịch chưa bắt đầu hoặc đã kết thúc.", "The campaign has not started or has ended.");

    public static readonly Text ReportUsage = new("Cách dùng: /baocao [homnay|tuan|thang|chiendich]", "Usage: /baocao [homnay|tuan|thang|chiendich]");


    public static readonly Text[] IndicatorNames =
    [
        new("Đúng hạn", "On time"),
        new("Hồ sơ trực tuyến", "Online dossiers"),
        new("Thanh toán trực tuyến", "Online payment"),
        new("Kết quả điện tử", "Electronic results"),
        new("Số hoá", "Digitization"),
        new("Xử lý phản ánh đúng hạn", "Complaints on time"),
        new("Mức độ hài lòng", "Satisfaction"),
    ];

    public static readonly Text ProvinceHeader = new(
        "🏛 {0} — các xã từ {1} đến {2}\nT1 đúng hạn · T2 số hoá · T3 trực tuyến (một phần/toàn trình) · T4 thanh toán trực tuyến · T5 phản ánh nhũng nhiễu · điểm ước tính QĐ 766",
        "🏛 {0} — the communes from {1} to {2}\nT1 on time · T2 digitized · T3 online (partial/full) · T4 paid online · T5 harassment complaints · QĐ 766 estimate");

    public static readonly Text ProvinceTotal = new("Toàn tỉnh", "The whole province");

    public static readonly Text ProvinceCommunes = new("Các xã, xa mục tiêu nhất trước:", "The communes, furthest from their targets first:");

    public static readonly Text ProvinceLine = new(
        "{0}: T1 {1} · T2 {2} · T3 {3} · T4 {4} · T5 {5} · 766 ≈ {6}/{7}",
        "{0}: T1 {1} · T2 {2} · T3 {3} · T4 {4} · T5 {5} · 766 ≈ {6}/{7}");

    public static readonly Text ProvinceMissed = new("(chưa đạt {0} chỉ tiêu)", "({0} targets missed)");

    public static readonly Text CommuneRankingHeader = new(
        "🏆 Thi đua giữa các xã từ {0} đến {1} (điểm ước tính QĐ 766):",
        "🏆 The communes' emulation from {0} to {1} (QĐ 766 estimate):");

    public static readonly Text CommuneRankingLine = new(
        "{0}. {1}: {2}/{3} điểm · {4} hồ sơ tiếp nhận",
        "{0}. {1}: {2}/{3} points · {4} dossiers received");
}
