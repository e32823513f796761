using OneStopBot.Bot.Conversation;

namespace OneStopBot.Bot.Web;

internal static class WebTexts
{
    public static readonly Text ReportTitle = new("Báo cáo chỉ tiêu — {0}", "Indicators report — {0}");

    public static readonly Text ReportLink = new(
        "🌐 Báo cáo này trên web, để xem trên điện thoại và tải tệp Excel (chỉ dành cho anh/chị, hết hạn sau 24 giờ):\n{0}",
        "🌐 This report on the web, to read on a phone and download the Excel file (for you only, expires in 24 hours):\n{0}");

    public static readonly Text Target = new("Chỉ tiêu", "Target");
    public static readonly Text Value = new("Đạt được", "Value");
    public static readonly Text Goal = new("Mục tiêu", "Goal");
    public static readonly Text Indicator = new("Chỉ số", "Indicator");
    public static readonly Text Threshold = new("Ngưỡng", "Threshold");
    public static readonly Text Points = new("Điểm", "Points");
    public static readonly Text Code = new("Mã hồ sơ", "Dossier");
    public static readonly Text Procedure = new("Thủ tục", "Procedure");
    public static readonly Text Officer = new("Cán bộ", "Officer");
    public static readonly Text Due = new("Hạn trả", "Due");
    public static readonly Text Handled = new("Hồ sơ", "Dossiers");
    public static readonly Text OnTime = new("Đúng hạn", "On time");
    public static readonly Text Satisfied = new("Hài lòng", "Satisfied");
    public static readonly Text VotesAndSessions = new("{0} lượt bình chọn · {1} buổi tăng thêm", "{0} votes · {1} extra sessions");
    public static readonly Text RankingTitle = new("🏆 Bảng thi đua", "🏆 Emulation ranking");
    public static readonly Text NoRanking = new("Chưa có cán bộ nào có số liệu trong kỳ.", "No officer has figures in the period yet.");

    public static readonly Text ComplaintsTitle = new("📣 Phản ánh đang mở: {0}, trong đó {1} về nhũng nhiễu", "📣 Open complaints: {0}, {1} of them about harassment");

    public static readonly Text ExportTitle = new("Tệp Excel của kỳ", "The period's Excel file");
    public static readonly Text Download = new("⬇ Tải báo cáo (.xlsx)", "⬇ Download the report (.xlsx)");
    public static readonly Text ExportNote = new(
        "Cùng tệp với lệnh /xuat: hồ sơ, đánh giá, phản ánh, chỉ tiêu và xếp hạng của kỳ.",
        "The same file as /xuat: the period's dossiers, ratings, complaints, indicators and ranking.");

    public static readonly Text LinkNote = new(
        "Đường dẫn này chỉ dành cho anh/chị và hết hạn sau 24 giờ. Xin đừng chuyển tiếp. Cần đường dẫn mới: gõ /baocao trong cuộc trò chuyện với bot.",
        "This link is for you only and expires after 24 hours. Please do not forward it. For a new link, type /baocao in the chat with the bot.");

    public static readonly Text Forged = new(
        "Đường dẫn này không hợp lệ. Xin mở đường dẫn mà bot gửi cho anh/chị, hoặc gõ /baocao trong cuộc trò chuyện với bot để nhận đường dẫn mới.",
        "This link is not valid. Please open the link the bot sent you, or type /baocao in the chat with the bot for a new one.");

    public static readonly Text Expired = new(
        "Đường dẫn này đã hết hạn (sau 24 giờ). Gõ /baocao trong cuộc trò chuyện với bot để nhận đường dẫn mới.",
        "This link has expired (after 24 hours). Type /baocao in the chat with the bot for a new one.");

    public static readonly Text NotLeader = new(
        "Đường dẫn này không còn dùng được: báo cáo chỉ dành cho lãnh đạo UBND xã.",
        "This link can no longer be used: the report is for the commune's leaders only.");

    public static readonly Text UnknownPeriod = new(
        "Không có kỳ báo cáo này. Chọn: homqua, homnay, tuan, thang, chiendich.",
        "No such report period. Choose: homqua, homnay, tuan, thang, chiendich.");

    public static readonly Text UnknownOffice = new(
        "Không có bảng thông tin của đơn vị này. Các bảng thông tin: {0}",
        "There is no board for this office. The boards: {0}");

    public static readonly Text ChooseOffice = new(
        "Mỗi xã có bảng thông tin riêng: {0}",
        "Each commune has its own board: {0}");

    public static readonly Text ProvincePage = new(
        "Trang báo cáo dành cho lãnh đạo một xã. Lãnh đạo tỉnh xem báo cáo các xã bằng lệnh /baocao trong chat.",
        "The report page is for a commune's leaders. Province leaders read the communes' report with /baocao in the chat.");

    public static readonly Text TooManyRequests = new(
        "Có quá nhiều yêu cầu từ địa chỉ này. Xin thử lại sau một phút.",
        "Too many requests from this address. Please try again in a minute.");
}
