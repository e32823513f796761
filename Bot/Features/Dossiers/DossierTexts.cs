using OneStopBot.Bot.Conversation;

namespace OneStopBot.Bot.Features.Dossiers;

internal static class DossierTexts
{
    // Reception form
    public static readonly Text AskProcedure = new(
        "📥 Tiếp nhận hồ sơ mới (gõ /huy để bỏ).\nBước 1/6 — Chọn thủ tục, hoặc gõ vài chữ của tên thủ tục (không cần dấu):",
        "📥 New dossier (type /huy to cancel).\nStep 1/6 — Choose the procedure, or type a few words of its name:");

    public static readonly Text ProcedureNotFound = new(
        "Không tìm thấy thủ tục nào khớp «{0}». Vui lòng gõ lại (ví dụ: khai sinh, chung thuc, ket hon).",
        "No procedure matches \"{0}\". Please try again (e.g. khai sinh, chung thuc, ket hon).");

    public static readonly Text ProcedureChoices = new("Có {0} thủ tục khớp, vui lòng chọn:", "{0} procedures match, please choose:");

    public static readonly Text AskName = new(
        "Thủ tục: {0}\nBước 2/6 — Họ và tên người nộp hồ sơ:",
        "Procedure: {0}\nStep 2/6 — The applicant's full name:");

    public static readonly Text NameInvalid = new(
        "Họ tên cần từ 2 đến 100 ký tự, chỉ gồm chữ cái (có dấu hoặc không), không có chữ số hay biểu tượng. Vui lòng nhập lại:",
        "The name needs 2 to 100 characters, letters only (with or without diacritics), no digits or symbols. Please enter it again:");

    public static readonly Text AskPhone = new(
        "Bước 3/6 — Số điện thoại người nộp (để tra cứu và nhận thông báo):",
        "Step 3/6 — The applicant's phone number (for look-ups and notices):");

    public static readonly Text PhoneInvalid = new(
        "Số điện thoại chưa đúng (cần 10 số, bắt đầu bằng 0, ví dụ 0912345678). Vui lòng nhập lại:",
        "That phone number is not valid (10 digits starting with 0, e.g. 0912345678). Please enter it again:");

    public static readonly Text AskChannel = new("Bước 4/6 — Hình thức nộp:", "Step 4/6 — How was it filed?");

    public static readonly Text AskDigitized = new(
        "Bước 5/6 — Thành phần hồ sơ đã được số hoá khi tiếp nhận chưa?",
        "Step 5/6 — Were the papers digitized at reception?");

    public static readonly Text AskFeeAmount = new(
        "Bước 6/6 — Lệ phí của thủ tục này do tỉnh quy định. Gõ số tiền (đồng), hoặc 0 nếu miễn:",
        "Step 6/6 — This procedure's fee is set by the province. Type the amount in đồng, or 0 if free:");

    public static readonly Text FeeInvalid = new("Vui lòng gõ một số tiền, ví dụ 50000 (hoặc 0).", "Please type an amount, e.g. 50000 (or 0).");

    public static readonly Text AskPayment = new(
        "Bước 6/6 — Lệ phí {0}. Người nộp đã thanh toán bằng cách nào?",
        "Step 6/6 — Fee {0}. How was it paid?");

    public static readonly Text ChooseButton = new("Vui lòng chọn một nút bên dưới.", "Please choose one of the buttons below.");

    public static readonly Text NotPaidYet = new("Chưa nộp", "Not paid yet");

    public static readonly Text Review = new(
        """
        📋 Kiểm tra trước khi tiếp nhận:
        Thủ tục: {0}
        Người nộp: {1} — ĐT: {2}
        Hình thức nộp: {3}; số hoá: {4}
        Lệ phí: {5}
        📅 Hẹn trả kết quả: {6}
        Đúng thì bấm «Tiếp nhận»; sai chỗ nào thì bấm nút ✏️ của chỗ đó. Hồ sơ không đủ điều kiện tiếp nhận thì bấm «Từ chối tiếp nhận».
        """,
        """
        📋 Check before receiving:
        Procedure: {0}
        Applicant: {1} — phone: {2}
        Filed: {3}; digitized: {4}
        Fee: {5}
        📅 Result due: {6}
        If it is right, press "Receive"; otherwise press the ✏️ button of what is wrong. If the dossier cannot be accepted, press "Refuse to receive".
        """);

    public static readonly Text OutOfHours = new(
        "⚠️ Bây giờ ({0}) là ngoài giờ làm việc của bộ phận ({1}). Hồ sơ sẽ được ghi nhận tiếp nhận lúc này; chỉ tiếp nhận nếu người nộp đang có mặt.",
        "⚠️ It is now {0}, outside office hours ({1}). The dossier will be recorded as received now; receive it only if the applicant is here.");

    public static readonly Text ReceiveButton = new("✅ Tiếp nhận", "✅ Receive");

    public static readonly Text ReceiveAnywayButton = new("✅ Vẫn tiếp nhận", "✅ Receive anyway");

    public static readonly Text EditProcedure = new("✏️ Thủ tục", "✏️ Procedure");

    public static readonly Text EditName = new("✏️ Họ tên", "✏️ Name");

    public static readonly Text EditPhone = new("✏️ Điện thoại", "✏️ Phone");

    public static readonly Text EditChannel = new("✏️ Hình thức nộp", "✏️ Filing");

    public static readonly Text EditDigitized = new("✏️ Số hoá", "✏️ Digitized");

    public static readonly Text EditFee = new("✏️ Lệ phí", "✏️ Fee");

    public static readonly Text AskProcedureAgain = new(
        "Chọn lại thủ tục, hoặc gõ vài chữ của tên thủ tục (không cần dấu):",
        "Choose the procedure again, or type a few words of its name:");

    public static readonly Text FeeFromCatalog = new(
        "Lệ phí của thủ tục này theo danh mục là {0}. Nếu cần thu khác, sau khi tiếp nhận gõ «nop phi <số tiền> <lý do>» trên thẻ hồ sơ.",
        "This procedure's fee in the catalog is {0}. To charge another amount, type \"nop phi <amount> <reason>\" on the dossier's card after reception.");

    public static readonly Text SummaryChanged = new(
        "⚠️ Hạn trả hoặc giờ làm việc đã đổi từ lúc xem bản kiểm tra; vui lòng xem lại rồi bấm «Tiếp nhận»:",
        "⚠️ The due date or the office hours changed since the summary was shown; please check it again, then press \"Receive\":");

    public static readonly Text SummaryOld = new(
        "Đó là nút của một bản kiểm tra cũ; đây là bản mới nhất:",
        "That button belongs to an older summary; here is the latest one:");

    public static readonly Text AskFeeAgain = new(
        "Lệ phí đang là {0}. Gõ số tiền đúng (đồng), hoặc 0 nếu miễn:",
        "The fee is now {0}. Type the right amount in đồng, or 0 if free:");

    // Refusal at reception (Mẫu 03)
    public static readonly Text RefuseButton = new("🚫 Từ chối tiếp nhận", "🚫 Refuse to receive");

    public static readonly Text BackToSummary = new("↩️ Quay lại bản kiểm tra", "↩️ Back to the summary");

    public static readonly Text AskRefusalReason = new(
        "🚫 Từ chối tiếp nhận hồ sơ «{0}» của {1}.\nVui lòng gõ lý do từ chối: lý do được in vào Phiếu từ chối tiếp nhận (Mẫu 03) và người nộp sẽ đọc, ví dụ «thủ tục không thuộc thẩm quyền của UBND xã». Bấm «Quay lại» để trở về bản kiểm tra; gõ /huy để bỏ cả hồ sơ.",
        "🚫 Refusing to receive «{0}» for {1}.\nPlease type the reason: it is printed on the refusal form (form 03) and the applicant will read it, e.g. \"thủ tục không thuộc thẩm quyền của UBND xã\". Press \"Back\" to return to the summary; type /huy to drop the whole dossier.");

    public static readonly Text RefusalReasonMissing = new(
        "Vui lòng gõ lý do từ chối bằng lời (ít nhất {0} chữ cái), ví dụ «thiếu tờ khai theo mẫu»; hoặc bấm «Quay lại» để trở về bản kiểm tra. Chưa có gì thay đổi.",
        "Please type the reason for refusing in words (at least {0} letters), e.g. \"thiếu tờ khai theo mẫu\"; or press \"Back\" to return to the summary. Nothing was changed.");

    public static readonly Text RefusalReasonTooLong = new(
        "Lý do dài quá {0} ký tự, không vừa phiếu; vui lòng gõ lại ngắn gọn hơn, hoặc bấm «Quay lại». Chưa có gì thay đổi.",
        "The reason is longer than {0} characters and does not fit the form; please type it shorter, or press \"Back\". Nothing was changed.");

    public static readonly Text ConfirmRefusal = new(
        "⚠️ Xác nhận từ chối tiếp nhận hồ sơ?\nThủ tục: {0}\nNgười nộp: {1} — ĐT: {2}\nLý do (in vào phiếu, người nộp sẽ đọc): {3}\nSau khi xác nhận, bot soạn Phiếu từ chối tiếp nhận (Mẫu 03) để in hoặc gửi; không tạo hồ sơ, không cấp mã hồ sơ, không có giấy tiếp nhận. Việc từ chối được ghi lại và không hoàn tác được.",
        "⚠️ Confirm refusing to receive this dossier?\nProcedure: {0}\nApplicant: {1} — phone: {2}\nReason (printed on the form, the applicant will read it): {3}\nOnce confirmed, the bot writes the refusal form (form 03) to print or forward; no dossier is created, no dossier code is given and no receipt is issued. The refusal is recorded and cannot be undone.");

    public static readonly Text RefusalDone = new(
        "🚫 Đã từ chối tiếp nhận: không tạo hồ sơ, không cấp mã hồ sơ, không có giấy tiếp nhận; việc từ chối đã được ghi lại.\nNội dung Phiếu từ chối tiếp nhận (Mẫu 03) để in hoặc gửi:",
        "🚫 Refused at reception: no dossier was created, no code given, no receipt issued; the refusal is recorded.\nThe refusal form (form 03), to print or forward:");

    public static readonly Text RefusalNotDone = new(
        "Hồ sơ chưa bị từ chối. Đây là bản kiểm tra: tiếp nhận, sửa, hoặc từ chối lại.",
        "The dossier was not refused. Here is the summary: receive it, correct it, or refuse it again.");

    // Receipt (Mẫu 01 content)
    public static readonly Text Receipt = new(
        """
        ✅ GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ
        {0}
        Mã hồ sơ: {1}
        Thủ tục: {2}
        Người nộp: {3} — ĐT: {4}
        Hình thức nộp: {5}; số hoá: {6}
        Tiếp nhận lúc: {7} — Cán bộ: {8}
        Lệ phí: {9}
        📅 Hẹn trả kết quả: {10}
        Tra cứu: nhắn /tracuu {11} <4 số cuối điện thoại> cho bot, hoặc mở liên kết theo dõi:
        {12}
        """,
        """
        ✅ DOSSIER RECEIPT AND APPOINTMENT
        {0}
        Dossier code: {1}
        Procedure: {2}
        Applicant: {3} — phone: {4}
        Filed: {5}; digitized: {6}
        Received at: {7} — Officer: {8}
        Fee: {9}
        📅 Result due: {10}
        Look it up: send /tracuu {11} <last 4 phone digits> to the bot, or open the follow link:
        {12}
        """);

    public static readonly Text ZnsConsentButton = new("📱 Đồng ý nhận thông báo qua SĐT (ZNS)", "📱 Agrees to notices by phone (ZNS)");

    public static readonly Text ZnsNoConsentButton = new("📵 Không nhận thông báo qua SĐT", "📵 No notices by phone");

    public static readonly Text ZnsConsentLine = new(
        "📱 Đồng ý nhận thông báo tình trạng hồ sơ qua Zalo theo số điện thoại: {0}",
        "📱 Agrees to status notices on Zalo by phone number: {0}");

    /// <summary>The receipt's way to follow on Zalo, when the office has a Zalo Official Account.</summary>
    public static readonly Text ReceiptZalo = new(
        "Trên Zalo: quan tâm (theo dõi) Zalo OA của {0} tại {1}, rồi nhắn /theodoi {2} <4 số cuối điện thoại>.",
        "On Zalo: follow the Zalo OA of {0} at {1}, then send /theodoi {2} <last 4 phone digits>.");

    public static readonly Text QrCaption = new(
        "Mã QR theo dõi hồ sơ {0}: người dân quét bằng camera điện thoại để nhận thông báo.",
        "QR code to follow dossier {0}: the citizen scans it with the phone camera to get notices.");

    public static readonly Text NoFee = new("không thu", "none");

    public static readonly Text FeeLine = new("{0} ({1})", "{0} ({1})");

    // Card
    public static readonly Text Card = new(
        """
        📄 Hồ sơ {0}
        Thủ tục: {1}
        Người nộp: {2} — ĐT: {3}
        Nộp {4} lúc {5}; cán bộ tiếp nhận: {6}
        Trạng thái: {7}
        Hạn trả: {8} — {9}
        """,
        """
        📄 Dossier {0}
        Procedure: {1}
        Applicant: {2} — phone: {3}
        Filed {4} at {5}; received by: {6}
        State: {7}
        Due: {8} — {9}
        """);

    public static readonly Text NoTimeliness = new("đã kết thúc, không có kết quả để tính hạn", "closed with no result, so no deadline applies");

    public static readonly Text CardApology = new("Đã xin lỗi, hẹn lại: {0} (lý do: {1}); hạn luật định {2}, nên hồ sơ tính là trễ hạn.", "Apologised, new date: {0} (reason: {1}); the legal due date was {2}, so the dossier counts as late.");

    public static readonly Text NoticeNotReached = new(
        "⏳ Thông báo của hồ sơ chưa đến {0} người theo dõi (trên Zalo: chờ họ nhắn tin cho OA, hoặc họ đã bỏ theo dõi). Khi người dân đến hoặc gọi, xin báo trực tiếp cho họ.",
        "⏳ A notice of this dossier has not reached {0} follower(s) yet (on Zalo: waiting for them to write to the OA, or they unfollowed it). Tell them in person when they come or call.");

    public static readonly Text CardSupplements = new("Số lần yêu cầu bổ sung: {0}", "Supplement requests: {0}");

    public static readonly Text CardFee = new("Lệ phí: {0} — {1}", "Fee: {0} — {1}");

    public static readonly Text Timeline = new("Quá trình xử lý (Mẫu 06):", "Processing history (form 06):");

    public static readonly Text ReplyHint = new(
        "↩️ Trả lời tin này bằng thao tác (ví dụ «xu ly», «bo sung <lý do>», «tra») hoặc bấm nút.",
        "↩️ Reply to this message with an action (e.g. \"xu ly\", \"bo sung <reason>\", \"tra\") or press a button.");

    public static readonly Text NotFound = new(
        "Không tìm thấy hồ sơ «{0}». Vui lòng kiểm tra lại mã (ví dụ 261127-0001).",
        "No dossier \"{0}\" was found. Please check the code (e.g. 261127-0001).");

    public static readonly Text CardUsage = new(
        "Cách dùng: /hoso <mã hồ sơ, tên hoặc số điện thoại người nộp>, ví dụ /hoso 261127-0001, /hoso nguyen thi anh, /hoso 5678",
        "Usage: /hoso <dossier code, the applicant's name or phone>, e.g. /hoso 261127-0001, /hoso nguyen thi anh, /hoso 5678");

    public static readonly Text SearchNone = new(
        "Không có hồ sơ nào có người nộp khớp «{0}». Tên gõ không dấu cũng được; số điện thoại cần ít nhất 4 số cuối.",
        "No dossier has an applicant matching \"{0}\". Names may be typed without diacritics; a phone needs at least its last 4 digits.");

    public static readonly Text SearchHeader = new("🔎 Hồ sơ khớp «{0}», mới nhất trước:", "🔎 Dossiers matching \"{0}\", newest first:");

    public static readonly Text SearchMore = new(
        "Chỉ hiện {0} hồ sơ mới nhất; gõ thêm chữ của tên hoặc đủ số điện thoại để thu hẹp.",
        "Only the {0} newest are shown; type more of the name or the whole phone to narrow it.");

    // Actions
    public static readonly Text NotAnAction = new(
        "«{0}» không phải là thao tác trên hồ sơ {1}, nên hồ sơ không thay đổi.",
        "\"{0}\" is not an action on dossier {1}, so nothing was changed.");

    public static readonly Text DidYouMean = new("Có phải ý anh/chị là «{0}» (gõ «{1}»)?", "Did you mean \"{0}\" (type \"{1}\")?");

    public static readonly Text PossibleNow = new(
        "Thao tác được phép lúc này: {0} — hoặc bấm nút bên dưới.",
        "Possible now: {0} — or press a button below.");

    public static readonly Text NothingPossible = new("Hồ sơ đã kết thúc, không còn thao tác nào.", "The dossier is closed; no action is possible.");

    public static readonly Text ConfirmAction = new(
        "⚠️ Xác nhận «{0}» hồ sơ {1}?\nThủ tục: {2}\nNgười nộp: {3}\nSau khi xác nhận, hồ sơ chuyển sang «{4}» và kết thúc.",
        "⚠️ Confirm \"{0}\" on dossier {1}?\nProcedure: {2}\nApplicant: {3}\nOnce confirmed, the dossier becomes \"{4}\" and is closed.");

    public static readonly Text ConfirmReason = new("Lý do (người dân sẽ đọc): {0}", "Reason (the citizen will read it): {0}");

    public static readonly Text ConfirmFollowers = new(
        "{0} người đang theo dõi hồ sơ sẽ nhận thông báo ngay.",
        "Followers of this dossier ({0}) will be notified at once.");

    public static readonly Text ConfirmNoFollowers = new("Chưa có ai theo dõi hồ sơ này qua bot.", "Nobody follows this dossier through the bot yet.");

    public static readonly Text ActionDone = new("✔️ {0}: {1} → {2}.", "✔️ {0}: {1} → {2}.");

    public static readonly Text UndoHint = new("Nhầm? Bấm «Hoàn tác» hoặc gõ /hoantac trong {0} phút.", "A mistake? Press \"Undo\" or type /hoantac within {0} minutes.");

    public static readonly Text UndoButton = new("↩️ Hoàn tác", "↩️ Undo");

    public static readonly Text Undone = new(
        "↩️ Đã hoàn tác «{0}» hồ sơ {1}: trở lại «{2}». Người theo dõi đã được báo đính chính (nếu đã nhận thông báo).",
        "↩️ Undid \"{0}\" on dossier {1}: back to \"{2}\". Followers who were told get a correction.");

    public static readonly Text NothingToUndo = new(
        "Anh/chị không có thay đổi nào trong {0} phút qua để hoàn tác.",
        "You made no change in the last {0} minutes to undo.");

    public static readonly Text StaleButton = new(
        "Thẻ hồ sơ này đã cũ (hồ sơ vừa được cập nhật). Đây là thẻ mới nhất:",
        "This card is out of date (the dossier has just changed). Here is the latest card:");

    public static readonly Text AskReason = new(
        "«{0}» hồ sơ {1}: vui lòng gõ lý do (gõ /huy để bỏ).",
        "\"{0}\" for dossier {1}: please type the reason (/huy to cancel).");

    public static readonly Text AskApology = new(
        "Xin lỗi và hẹn lại hồ sơ {0} (hạn hiện tại {1}): gõ «dd/MM/yyyy lý do», ví dụ «{2} chờ xác minh».",
        "Apologise and set a new date for dossier {0} (due {1}): type \"dd/MM/yyyy reason\", e.g. \"{2} awaiting verification\".");

    public static readonly Text AskFee = new(
        "Hồ sơ {0} không thu phí khi tiếp nhận. Nếu thật sự phải thu, gõ số tiền và lý do, ví dụ «50000 theo Nghị quyết số …» (gõ /huy để bỏ).",
        "No fee was set for dossier {0} at reception. If one is really due, type the amount and the reason, e.g. \"50000 <reason>\" (/huy to cancel).");

    public static readonly Text FeeChanged = new("Lệ phí: {0} → {1} (lý do: {2}).", "Fee: {0} → {1} (reason: {2}).");

    public static readonly Text BadDate = new("Ngày chưa đúng dạng dd/MM/yyyy, ví dụ {0}.", "The date must be dd/MM/yyyy, e.g. {0}.");

    public static readonly Text FormFollows = new("Nội dung văn bản để gửi hoặc in:", "The letter, to forward or print:");

    // Worklist
    public static readonly Text WorkHeader = new("📋 Hồ sơ của {0} đang mở: {1}", "📋 Open dossiers of {0}: {1}");

    public static readonly Text WorkOverdue = new("🔴 Quá hạn ({0}):", "🔴 Overdue ({0}):");

    public static readonly Text WorkToday = new("🟠 Đến hạn hôm nay ({0}):", "🟠 Due today ({0}):");

    public static readonly Text WorkSoon = new("🟡 Đến hạn ngày làm việc tới ({0}):", "🟡 Due next working day ({0}):");

    public static readonly Text WorkLater = new("🟢 Còn hạn ({0}):", "🟢 Not yet due ({0}):");

    public static readonly Text WorkNone = new("Không có hồ sơ nào đang mở. 👍", "No open dossiers. 👍");

    public static readonly Text WorkMore = new("… và {0} hồ sơ khác.", "… and {0} more.");
}
