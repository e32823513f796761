using OneStopBot.Bot.Conversation;

namespace OneStopBot.Bot.Features.Start;

internal static class StartTexts
{
    public static readonly Text Welcome = new(
        "Xin chào {0}! Đây là trợ lý của {1}.\nÔng/bà có thể theo dõi hồ sơ, tra cứu thủ tục và nhận thông báo khi hồ sơ thay đổi.",
        "Hello {0}! This is the assistant of {1}.\nYou can follow your dossier, look up procedures and be told when your dossier changes.");

    public static readonly Text WelcomeWithoutName = new(
        "Xin chào ông/bà! Đây là trợ lý của {0}.\nÔng/bà có thể theo dõi hồ sơ, tra cứu thủ tục và nhận thông báo khi hồ sơ thay đổi.",
        "Hello! This is the assistant of {0}.\nYou can follow your dossier, look up procedures and be told when your dossier changes.");

    public static readonly Text CitizenHelp = new(
        """
        Các lệnh:
        /tracuu <mã hồ sơ> <4 số cuối điện thoại> — tra cứu hồ sơ
        /theodoi <mã hồ sơ> <4 số cuối điện thoại> — nhận thông báo khi hồ sơ thay đổi
        /cuatoi (hoặc «hồ sơ của tôi») — hồ sơ đang theo dõi và phản ánh đã gửi
        /huytheodoi — ngừng theo dõi một hồ sơ
        /phananh — gửi phản ánh, kiến nghị; /phananh <mã theo dõi> — xem tình trạng
        /binhchon — bình chọn cán bộ tiêu biểu
        /thutuc <tên thủ tục> — thời hạn, lệ phí, cách nộp
        /ngayhen <tên thủ tục | số ngày> [dd/MM/yyyy [HH:mm]] — ngày hẹn trả nếu nộp lúc đó
        /amlich [dd/MM/yyyy] — ngày âm lịch, ngày nghỉ lễ
        /ngonngu — đổi ngôn ngữ (Tiếng Việt / English)
        /huongdan — xem lại hướng dẫn này
        Mã hồ sơ có trên Giấy tiếp nhận, ví dụ 261127-0001.
        """,
        """
        Commands:
        /tracuu <dossier code> <last 4 digits of your phone> — look up a dossier
        /theodoi <dossier code> <last 4 digits of your phone> — be told when it changes
        /cuatoi (or "my dossiers") — the dossiers you follow and the complaints you filed
        /huytheodoi — stop following a dossier
        /phananh — send a complaint or suggestion; /phananh <tracking code> — its state
        /binhchon — vote for an exemplary officer
        /thutuc <procedure name> — time, fee, how to file
        /ngayhen <procedure | number of days> [dd/MM/yyyy [HH:mm]] — the result date if filed then
        /amlich [dd/MM/yyyy] — lunar date, public holidays
        /ngonngu — change language (Tiếng Việt / English)
        /huongdan — this help again
        The dossier code is on your receipt, e.g. 261127-0001.
        """);

    public static readonly Text OfficerHelp = new(
        """
        Lệnh cho cán bộ:
        /tiepnhan — tiếp nhận hồ sơ mới (có hướng dẫn từng bước); hồ sơ không đủ điều kiện thì bấm «Từ chối tiếp nhận» ở bản kiểm tra (Mẫu 03, không cấp mã)
        /hoso <mã | tên | số điện thoại> — thẻ hồ sơ (dòng thời gian, nút thao tác), hoặc tìm theo người nộp
        /viec — việc của tôi: hồ sơ quá hạn, đến hạn hôm nay, sắp đến hạn
        /ngayhen <thủ tục | số ngày> [dd/MM/yyyy [HH:mm]] · /amlich [dd/MM/yyyy]
        Cập nhật trạng thái bằng tin nhắn: <mã> <thao tác> [chi tiết], ví dụ:
          261127-0001 xu ly
          261127-0001 bo sung thiếu bản sao CCCD
          261127-0001 da bo sung · nop phi 50000 · da nop tm · xong · tra
          261127-0001 rut · dung <lý do> (đã cấp giấy tiếp nhận thì không từ chối được nữa: dừng xử lý)
          261127-0001 xin loi 05/12/2026 <lý do>
        Hoặc trả lời (reply) thẻ hồ sơ chỉ với <thao tác>.
        Lãnh đạo: /phananh_ds — phản ánh đang mở; trả lời (reply) thẻ phản ánh để trả lời người dân.
        /huy — bỏ thao tác đang nhập
        """,
        """
        Officer commands:
        /tiepnhan — receive a new dossier (guided); one that cannot be accepted is refused with "Từ chối tiếp nhận" on the summary (form 03, no code)
        /hoso <code | name | phone> — dossier card (timeline, buttons), or search by applicant
        /viec — my work: overdue, due today, due soon
        /ngayhen <procedure | days> [dd/MM/yyyy [HH:mm]] · /amlich [dd/MM/yyyy]
        Change a state by message: <code> <action> [details], e.g.:
          261127-0001 xu ly
          261127-0001 bo sung missing ID copy
          261127-0001 da bo sung · nop phi 50000 · da nop tm · xong · tra
          261127-0001 rut · dung <reason> (after a receipt a dossier is no longer refused: stop it)
          261127-0001 xin loi 05/12/2026 <reason>
        Or reply to a dossier card with just the <action>.
        Leaders: /phananh_ds — open complaints; reply to a complaint's card to answer the citizen.
        /huy — cancel what you are entering
        """);

    public static readonly Text AdminHelp = new(
        """
        Quản trị:
        /moi canbo | /moi lanhdao — tạo liên kết mời (dùng một lần)
        /nhansu — danh sách cán bộ, lãnh đạo
        /thuhoi <số> — thu hồi quyền của một người
        """,
        """
        Administration:
        /moi canbo | /moi lanhdao — make a single-use invitation link
        /nhansu — list officers and leaders
        /thuhoi <number> — revoke someone's role
        """);

    public static readonly Text Unknown = new(
        "Xin lỗi, tôi chưa hiểu tin nhắn này.",
        "Sorry, I did not understand that message.");

    public static readonly Text ChooseLanguage = new("Chọn ngôn ngữ:", "Choose a language:");

    public static readonly Text LanguageSet = new("Đã chuyển sang tiếng Việt.", "Switched to English.");

    public static readonly Text Cancelled = new("Đã huỷ thao tác đang nhập.", "Cancelled.");

    public static readonly Text NothingToCancel = new("Không có thao tác nào đang nhập.", "There is nothing to cancel.");

    public static readonly Text MenuReceive = new("📥 Tiếp nhận hồ sơ", "📥 Receive a dossier");

    public static readonly Text MenuWork = new("📋 Việc của tôi", "📋 My work");

    public static readonly Text MenuHelp = new("❓ Hướng dẫn", "❓ Help");
}
