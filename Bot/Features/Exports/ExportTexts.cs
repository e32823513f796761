using OneStopBot.Bot.Conversation;
using OneStopBot.Domain.Indicators;
using OneStopBot.Domain.People;

namespace OneStopBot.Bot.Features.Exports;

internal static class ExportTexts
{
    public static readonly Text ProvinceWorkbook = new(
        "📊 Báo cáo các xã từ {0} đến {1}: trang đầu là toàn tỉnh và {2} xã, xa mục tiêu nhất trước; mỗi xã một trang (theo mã đơn vị).",
        "📊 The communes from {0} to {1}: the first sheet is the province and its {2} communes, furthest from target first; then a sheet per commune (by unit code).");

    public static readonly Text Workbook = new(
        "📎 Báo cáo {0}–{1}: {2} hồ sơ, {3} đánh giá, {4} phản ánh (sổ Excel: hồ sơ, đánh giá, phản ánh, chỉ tiêu, xếp hạng).",
        "📎 Report {0}–{1}: {2} {5}, {3} {6}, {4} {7} (workbook: dossiers, ratings, complaints, indicators, ranking).");

    public static readonly Text Csv = new("📎 Danh sách hồ sơ (CSV, UTF-8).", "📎 Dossier list (CSV, UTF-8).");

    public static readonly Text UnknownOfficer = new("(không rõ)", "(unknown)");

    public static string Target(TargetId id, Language language) => id switch
    {
        TargetId.T1 => language == Language.En ? "T1 On time" : "T1 Đúng hạn",
        TargetId.T2 => language == Language.En ? "T2 Digitized at reception" : "T2 Số hoá khi tiếp nhận",
        TargetId.T3 => language == Language.En ? "T3 Filed online" : "T3 Nộp trực tuyến",
        TargetId.T4 => language == Language.En ? "T4 Paid online" : "T4 Thanh toán trực tuyến",
        _ => language == Language.En ? "T5 Harassment complaints" : "T5 Phản ánh nhũng nhiễu, gây khó khăn",
    };

    public static string Mark(TargetMark mark, Language language) => mark switch
    {
        TargetMark.Met => language == Language.En ? "Met" : "Đạt",
        TargetMark.Missed => language == Language.En ? "Missed" : "Chưa đạt",
        _ => language == Language.En ? "No data yet" : "Chưa có số liệu",
    };

    public static readonly Text Usage = new("Cách dùng: /xuat [homnay|tuan|thang|chiendich]", "Usage: /xuat [homnay|tuan|thang|chiendich]");
}
