using OneStopBot.Bot.Conversation;
using OneStopBot.Domain.Complaints;
using OneStopBot.Domain.People;

namespace OneStopBot.Bot.Features.Complaints;

internal static class ComplaintTexts
{
    public static readonly Text AskKind = new(
        "📝 Gửi phản ánh, kiến nghị (gõ /huy để bỏ).\nBước 1/5 — Ông/bà phản ánh về việc gì?",
        "📝 A complaint or suggestion (type /huy to cancel).\nStep 1/5 — What is it about?");

    public static readonly Text AskDossier = new(
        "Bước 2/5 — Mã hồ sơ liên quan (hồ sơ ông/bà đang theo dõi), ví dụ 261127-0001; hoặc bấm «Bỏ qua».",
        "Step 2/5 — The dossier it concerns (one you follow), e.g. 261127-0001; or press \"Skip\".");

    public static readonly Text DossierNotFollowed = new(
        "Không thấy hồ sơ «{0}» trong các hồ sơ ông/bà đang theo dõi. Gõ lại mã, hoặc bấm «Bỏ qua».",
        "Dossier \"{0}\" is not among those you follow. Type the code again, or press \"Skip\".");

    public static readonly Text AskOffice = new(
        "Phản ánh, kiến nghị này gửi đến UBND xã nào? Ông/bà vui lòng chọn:",
        "Which commune is this for? Please choose:");

    public static readonly Text AskText = new(
        "Bước 3/5 — Vui lòng gõ nội dung phản ánh, kiến nghị (ít nhất 10 ký tự):",
        "Step 3/5 — Please type what you want to tell us (at least 10 characters):");

    public static readonly Text TextInvalid = new(
        "Nội dung cần từ 10 đến 4000 ký tự. Vui lòng gõ lại:",
        "The text needs 10 to 4000 characters. Please type it again:");

    public static readonly Text AskOfficer = new(
        "Bước 4/5 — Cán bộ liên quan (không bắt buộc):",
        "Step 4/5 — The officer concerned (optional):");

    public static readonly Text AskAnonymous = new(
        "Bước 5/5 — Ông/bà có muốn gửi ẩn danh không? (Lãnh đạo sẽ không thấy tên ông/bà; kết quả vẫn được gửi về đây.)",
        "Step 5/5 — Send it anonymously? (The leaders will not see your name; the answer still comes here.)");

    public static readonly Text Anonymous = new("Ẩn danh", "Anonymous");

    public static readonly Text Named = new("Ghi tên tôi", "Show my name");

    public static readonly Text ChooseButton = new("Vui lòng chọn một nút bên dưới.", "Please choose one of the buttons below.");

    public static readonly Text Filed = new(
        "✅ Đã nhận phản ánh, kiến nghị của ông/bà. Mã theo dõi: {0}.\nHạn giải quyết: {1}. Ông/bà sẽ nhận thông báo khi có kết quả; xem tình trạng bằng /phananh {0}.",
        "✅ Your complaint was received. Tracking code: {0}.\nDue by: {1}. You will be notified when there is an answer; check its status with /phananh {0}.");

    public static readonly Text Status = new(
        "📝 Phản ánh {0} ({1})\nGửi ngày: {2}\nTình trạng: {3}\nHạn giải quyết: {4}",
        "📝 Complaint {0} ({1})\nFiled on: {2}\nState: {3}\nDue by: {4}");

    public static readonly Text StatusAnswer = new("Trả lời: {0}", "Answer: {0}");

    public static readonly Text NotFound = new(
        "Không tìm thấy phản ánh «{0}» do ông/bà gửi. Vui lòng kiểm tra lại mã theo dõi.",
        "No complaint \"{0}\" filed from this chat. Please check the tracking code.");

    public static readonly Text InProgressNotice = new(
        "🔔 Phản ánh {0} của ông/bà đang được xử lý. Hạn giải quyết: {1}.",
        "🔔 Your complaint {0} is being handled. Due by: {1}.");

    public static readonly Text AnsweredNotice = new("📬 Trả lời phản ánh {0}:\n{1}", "📬 The answer to complaint {0}:\n{1}");

    public static readonly Text MayReopen = new(
        "Nếu chưa hài lòng, ông/bà có thể đề nghị xem xét lại một lần.",
        "If you are not satisfied, you may ask once for it to be reconsidered.");

    public static readonly Text Final = new(
        "Phản ánh đã được xem xét lại một lần nên đây là trả lời cuối cùng của UBND xã.",
        "The complaint was already reconsidered once, so this is the commune's final answer.");

    public static readonly Text Reopen = new("Chưa hài lòng, đề nghị xem xét lại", "Not satisfied: ask for reconsideration");

    public static readonly Text RefusedNotice = new(
        "Phản ánh {0} không được thụ lý. Lý do: {1}.",
        "Complaint {0} will not be handled. Reason: {1}.");

    public static readonly Text Reopened = new(
        "Đã chuyển lại phản ánh {0} để xem xét. Hạn giải quyết mới: {1}.",
        "Complaint {0} has been sent back for reconsideration. New due date: {1}.");

    // Leaders
    public static readonly Text Card = new(
        """
        {0} Phản ánh {1} — {2}
        Trạng thái: {3}
        Hồ sơ: {4} · Cán bộ liên quan: {5}
        Người gửi: {6}
        Nội dung: {7}{11}
        Hạn: từ chối {8} · yêu cầu bổ sung {9} · giải quyết {10}
        ↩️ Trả lời tin này: gõ nội dung trả lời; «xu ly» để nhận xử lý; «hoi them <nội dung>» để đề nghị người dân bổ sung thông tin; «tu choi <lý do>» để từ chối.
        """,
        """
        {0} Complaint {1} — {2}
        State: {3}
        Dossier: {4} · Officer concerned: {5}
        From: {6}
        Text: {7}{11}
        Due: refuse {8} · ask for more {9} · resolve {10}
        ↩️ Reply to this message: type the answer; "xu ly" to take it up; "hoi them <what>" to ask the citizen for more; "tu choi <reason>" to refuse.
        """);

    public static readonly Text CardPhone = new(" — ĐT: {0}", " — phone: {0}");

    public static readonly Text CardAsked = new("Đã đề nghị bổ sung (lần đầu {0}): {1}", "More asked for (first on {0}): {1}");

    public static readonly Text CardMoreInfo = new("Người dân bổ sung: {0}", "The citizen added: {0}");

    public static readonly Text NotYet = new("(chưa có)", "(nothing yet)");

    public static readonly Text AskPhone = new(
        "Ông/bà vui lòng cho biết số điện thoại để lãnh đạo xử lý phản ánh gọi lại khi cần (gõ số, hoặc bấm «Bỏ qua»). Số này chỉ dùng để liên hệ về phản ánh này và không hiện cho người dân khác.",
        "A phone number the leaders handling complaints may call back on (type it, or press \"Skip\"). It is used only to contact you about this complaint and is never shown to other citizens.");

    public static readonly Text PhoneInvalid = new(
        "Số điện thoại chưa đúng (10 số, bắt đầu bằng 0, ví dụ 0912345678). Vui lòng nhập lại, hoặc bấm «Bỏ qua»:",
        "That phone number is not valid (10 digits starting with 0, e.g. 0912345678). Please type it again, or press \"Skip\":");

    public static readonly Text MoreInfoNotice = new(
        "📝 Để giải quyết phản ánh {0}, Bộ phận Một cửa đề nghị ông/bà bổ sung: {1}\nBấm «Bổ sung thông tin» rồi gõ nội dung.",
        "📝 To handle complaint {0}, the office asks you to add: {1}\nPress \"Add information\" and type it.");

    public static readonly Text AddInfoButton = new("✍️ Bổ sung thông tin", "✍️ Add information");

    public static readonly Text AskMoreInfo = new(
        "Phản ánh {0}. Bộ phận đề nghị: {1}\nMời ông/bà gõ thông tin bổ sung (gõ /huy để bỏ):",
        "Complaint {0}. The office asks: {1}\nPlease type what you add (type /huy to cancel):");

    public static readonly Text MoreInfoSent = new(
        "✔️ Đã gửi thông tin bổ sung cho phản ánh {0} đến lãnh đạo xử lý. Xin cảm ơn ông/bà.",
        "✔️ What you added to complaint {0} was sent to the leaders handling it. Thank you.");

    public static readonly Text MoreInfoAlert = new("📎 Người dân đã bổ sung thông tin:", "📎 The citizen added information:");

    public static readonly Text MoreInfoRequested = new(
        "✔️ Đã đề nghị người dân bổ sung thông tin cho phản ánh {0}; khi họ trả lời, anh/chị sẽ nhận được thẻ phản ánh.",
        "✔️ The citizen was asked to add to complaint {0}; you will get the card when they answer.");

    public static readonly Text StatusQuestion = new("Bộ phận đề nghị bổ sung: {0}", "The office asks you to add: {0}");

    public static readonly Text ClosedNoMore = new(
        "Phản ánh {0} đã kết thúc nên không cần bổ sung thêm.",
        "Complaint {0} is closed, so nothing more is needed.");

    public static readonly Text TooMany = new(
        "Hôm nay ông/bà đã gửi {0} phản ánh; mỗi ngày nhận tối đa {0} phản ánh từ một tài khoản. Ông/bà có thể bổ sung nội dung vào phản ánh đã gửi khi lãnh đạo đề nghị, hoặc gửi tiếp vào ngày mai.",
        "You have filed {0} complaints today; one account can file at most {0} a day. You can add to a filed complaint when the leaders ask, or file again tomorrow.");

    public static readonly Text ReopenedAlert = new("🔁 Người dân chưa hài lòng và đề nghị xem xét lại:", "🔁 The citizen is not satisfied and asks for reconsideration:");

    public static readonly Text None = new("—", "—");

    public static readonly Text ListHeader = new("📋 Phản ánh đang mở: {0}", "📋 Open complaints: {0}");

    public static readonly Text ListEmpty = new("Không có phản ánh nào đang mở. 👍", "No open complaints. 👍");

    public static readonly Text TakenUp = new("✔️ Đã nhận xử lý phản ánh {0}; người dân đã được báo.", "✔️ You took up complaint {0}; the citizen has been told.");

    public static readonly Text AskFinding = new(
        "Phản ánh này về nhũng nhiễu, gây khó khăn. Sau khi xác minh, vui lòng ghi kết luận: chỉ tiêu T5 chỉ đếm phản ánh được kết luận là đúng.",
        "This complaint is about harassment. Once it is checked, please record the finding: target T5 counts only the complaints found true.");

    public static readonly Text FindTrue = new("Kết luận: đúng", "Finding: true");

    public static readonly Text FindNotTrue = new("Kết luận: không đúng", "Finding: not true");

    public static readonly Text FoundTrue = new("✔️ Đã ghi kết luận: phản ánh {0} là đúng (tính vào T5).", "✔️ Recorded: complaint {0} was found true (counted in T5).");

    public static readonly Text FoundNotTrue = new("✔️ Đã ghi kết luận: phản ánh {0} là không đúng.", "✔️ Recorded: complaint {0} was found not true.");

    public static readonly Text AwaitingFindingHeader = new(
        "⚖️ Phản ánh nhũng nhiễu đã trả lời, chờ kết luận: {0}",
        "⚖️ Harassment complaints answered, awaiting a finding: {0}");

    public static readonly Text AnswerSent = new("✔️ Đã gửi trả lời phản ánh {0} cho người dân.", "✔️ The answer to complaint {0} was sent to the citizen.");

    public static readonly Text RefusalSent = new("✔️ Đã từ chối phản ánh {0}; người dân đã được báo lý do.", "✔️ Complaint {0} was refused; the citizen was told why.");

    public static readonly Text RefuseNeedsReason = new("Vui lòng ghi lý do: «tu choi <lý do>».", "Please give the reason: \"tu choi <reason>\".");

    public static readonly Text Reminder = new(
        "⏰ Phản ánh {0}: hạn {1} là {2}. Vui lòng xử lý (gõ /phananh_ds để xem).",
        "⏰ Complaint {0}: the deadline to {1} is {2}. Please act on it (/phananh_ds to see it).");

    public static readonly Text Overdue = new(
        "🔴 Phản ánh {0} đã quá hạn {1} ({2}).",
        "🔴 Complaint {0} is past its deadline to {1} ({2}).");

    public static string Kind(ComplaintKind kind, bool harassment, Language language) => (kind, harassment) switch
    {
        (_, true) => language == Language.En ? "harassment, difficulty or improper demands" : "nhũng nhiễu, gây khó khăn, phiền hà",
        (ComplaintKind.Procedure, _) => language == Language.En ? "a procedure or rule" : "thủ tục, quy định",
        (ComplaintKind.OfficerConduct, _) => language == Language.En ? "an officer's conduct" : "thái độ, hành vi của cán bộ",
        (ComplaintKind.Delay, _) => language == Language.En ? "delay" : "chậm trễ",
        _ => language == Language.En ? "other" : "khác",
    };

    public static string State(ComplaintState state, Language language) => state switch
    {
        ComplaintState.Received => language == Language.En ? "received" : "đã tiếp nhận",
        ComplaintState.InProgress => language == Language.En ? "being handled" : "đang xử lý",
        ComplaintState.Answered => language == Language.En ? "answered" : "đã trả lời",
        _ => language == Language.En ? "refused" : "không thụ lý",
    };

    public static string Deadline(ComplaintDeadline deadline, Language language) => deadline switch
    {
        ComplaintDeadline.Refuse => language == Language.En ? "refuse it" : "từ chối thụ lý",
        ComplaintDeadline.AskMore => language == Language.En ? "ask for more information" : "yêu cầu bổ sung thông tin",
        _ => language == Language.En ? "resolve it" : "giải quyết",
    };
}
