using OneStopBot.Bot.Conversation;

namespace OneStopBot.Bot.Features.Lookup;

internal static class LookupTexts
{
    public static readonly Text Usage = new(
        "Cách tra cứu: /tracuu <mã hồ sơ> <4 số cuối điện thoại>, ví dụ /tracuu 261127-0001 5678 (có thể gõ cả số điện thoại).",
        "To look up: /tracuu <dossier code> <last 4 digits of the phone>, e.g. /tracuu 261127-0001 5678 (the whole number works too).");

    public static readonly Text FollowButton = new("🔔 Theo dõi hồ sơ này", "🔔 Follow this dossier");

    public static readonly Text NotFound = new(
        "Không tìm thấy hồ sơ khớp với mã và số điện thoại đã nhập. Vui lòng kiểm tra lại Giấy tiếp nhận.",
        "No dossier matches that code and phone number. Please check your receipt.");

    public static readonly Text SlowDown = new(
        "Ông/bà đã tra cứu sai nhiều lần. Vui lòng thử lại sau {0} phút.",
        "Too many unsuccessful look-ups. Please try again in {0} minutes.");

    public static readonly Text Status = new(
        """
        📄 Hồ sơ {0}
        Thủ tục: {1}
        Người nộp: {2}
        Ngày nộp: {3}
        Trạng thái: {4}
        Hẹn trả kết quả: {5}
        """,
        """
        📄 Dossier {0}
        Procedure: {1}
        Applicant: {2}
        Filed on: {3}
        State: {4}
        Result due: {5}
        """);

    public static readonly Text FollowUnknown = new(
        "Liên kết theo dõi không hợp lệ hoặc đã cũ. Ông/bà có thể tra cứu bằng /tracuu <mã hồ sơ> <4 số cuối điện thoại>.",
        "This follow link is not valid or is out of date. You can look up with /tracuu <dossier code> <last 4 phone digits>.");

    public static readonly Text ProcedureUsage = new(
        "Cách dùng: /thutuc <tên thủ tục>, ví dụ /thutuc khai sinh",
        "Usage: /thutuc <procedure name>, e.g. /thutuc khai sinh");

    public static readonly Text ProcedureNone = new(
        "Không tìm thấy thủ tục khớp «{0}». Thử từ khác, ví dụ: khai sinh, kết hôn, chứng thực.",
        "No procedure matches \"{0}\". Try other words, e.g. khai sinh, ket hon, chung thuc.");

    public static readonly Text ProcedureCard = new(
        """
        📘 {0}
        Mã thủ tục: {1}
        Thời hạn giải quyết: {2}
        Lệ phí: {3}
        Cách nộp: {4}
        Giấy tờ thường cần: {6}
        Căn cứ: {5}
        """,
        """
        📘 {0}
        Procedure code: {1}
        Processing time: {2}
        Fee: {3}
        How to file: {4}
        Usual papers (in Vietnamese): {6}
        Legal basis: {5}
        """);

    public static readonly Text ProcedureMore = new("Còn {0} thủ tục khác khớp; gõ cụ thể hơn để thu hẹp.", "{0} more procedures match; type more words to narrow down.");

    public static readonly Text FeeByProvince = new("theo mức HĐND tỉnh quy định", "set by the provincial People's Council");

    public static readonly Text Free = new("miễn phí", "free");

    public static readonly Text Unknown = new("chưa có", "not listed");
}
