using OneStopBot.Bot.Conversation;

namespace OneStopBot.Bot.Features.Exports;

internal static class ExportTexts
{
    public static readonly Text Workbook = new(
        "📎 Báo cáo {0}–{1}: {2} hồ sơ, {3} đánh giá, {4} phản ánh (sổ Excel: hồ sơ, đánh giá, phản ánh, chỉ tiêu, xếp hạng).",
        "📎 Report {0}–{1}: {2} {5}, {3} {6}, {4} {7} (workbook: dossiers, ratings, complaints, indicators, ranking).");

    public static readonly Text Csv = new("📎 Danh sách hồ sơ (CSV, UTF-8).", "📎 Dossier list (CSV, UTF-8).");

    public static readonly Text Usage = new("Dùng: /xuat [homnay|tuan|thang|chiendich]", "Use: /xuat [homnay|tuan|thang|chiendich]");
}
