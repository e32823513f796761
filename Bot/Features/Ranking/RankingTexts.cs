using OneStopBot.Bot.Conversation;

namespace OneStopBot.Bot.Features.Ranking;

internal static class RankingTexts
{
    public static readonly Text Header = new("🏆 BẢNG THI ĐUA ({0}–{1})", "🏆 EMULATION RANKING ({0}–{1})");

    public static readonly Text Formula = new(
        "Điểm = {0} × hồ sơ giải quyết + {1} × %đúng hạn + {2} × %hài lòng + {3} × lượt bình chọn + {4} × buổi tăng thêm",
        "Score = {0} × dossiers handled + {1} × %on time + {2} × %satisfied + {3} × votes + {4} × extra sessions");

    public static readonly Text Line = new(
        "{0}. {1} — {2} điểm: {3} hồ sơ, đúng hạn {4}, hài lòng {5}, {6} lượt bình chọn, {7} buổi tăng thêm",
        "{0}. {1} — {2} points: {3} {8}, on time {4}, satisfied {5}, {6} {9}, {7} extra {10}");

    public static readonly Text Empty = new("Chưa có cán bộ nào trong bảng thi đua.", "No officer in the ranking yet.");

    public static readonly Text Usage = new("Cách dùng: /thidua [homnay|tuan|thang|chiendich]; giữa các xã: /thidua xa [homnay|tuan|thang|chiendich]", "Usage: /thidua [homnay|tuan|thang|chiendich]; between communes: /thidua xa [homnay|tuan|thang|chiendich]");

    public static readonly Text SummaryHeader = new(
        "🎖 TỔNG KẾT CHIẾN DỊCH «{0}» ({1}–{2})",
        "🎖 CAMPAIGN SUMMARY \"{0}\" ({1}–{2})");

    public static readonly Text Proposal = new("Đề xuất khen thưởng:", "Proposed commendations:");

    public static readonly Text ProposalLine = new("• {0} — hạng {1}, {2} điểm", "• {0} — rank {1}, {2} points");
}
