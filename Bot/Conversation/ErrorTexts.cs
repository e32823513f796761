using System.Globalization;
using OneStopBot.Bot.Features.Dossiers;
using OneStopBot.Domain;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.People;

namespace OneStopBot.Bot.Conversation;

/// <summary>What a person reads when a rule refuses their request or something fails.</summary>
public static class ErrorTexts
{
    public static readonly Text Failure = new(
        "Xin lỗi, hệ thống gặp sự cố khi xử lý yêu cầu này. Không có gì bị thay đổi; vui lòng thử lại sau ít phút.",
        "Sorry, something went wrong with this request. Nothing was changed; please try again in a few minutes.");

    public static readonly Text StoreUnavailable = new(
        "Xin lỗi, hệ thống tạm thời không lưu được dữ liệu nên yêu cầu này chưa được thực hiện; không có gì bị thay đổi. Vui lòng thử lại sau ít phút.",
        "Sorry, the system cannot save anything just now, so this request was not carried out; nothing was changed. Please try again in a few minutes.");

    public static readonly Text Stale = new(
        "Hồ sơ vừa được người khác cập nhật. Vui lòng mở lại thẻ hồ sơ (/hoso <mã>) rồi thao tác lại.",
        "Someone else has just updated this dossier. Please reload its card (/hoso <code>) and try again.");

    private static readonly Dictionary<string, Text> Rules = new()
    {
        ["dossier.name_required"] = new("Cần có họ tên người nộp hồ sơ.", "The applicant's name is required."),
        ["dossier.fee_negative"] = new("Số tiền phải lớn hơn 0 (khi tiếp nhận, gõ 0 nếu miễn).", "The amount must be greater than 0 (at reception, type 0 if free)."),
        ["dossier.fee_amount_required"] = new("Hồ sơ này không thu phí khi tiếp nhận: nếu thật sự phải thu, ghi số tiền và lý do, ví dụ «nop phi 50000 theo Nghị quyết số …».", "No fee was set for this dossier at reception: if one is really due, give the amount and the reason, e.g. \"nop phi 50000 <reason>\"."),
        ["dossier.fee_free"] = new("Hồ sơ này không thu phí khi tiếp nhận; để yêu cầu nộp {0}, vui lòng ghi lý do, ví dụ «nop phi {0} theo Nghị quyết số …».", "No fee was set for this dossier at reception; to ask for {0}, please give the reason, e.g. \"nop phi {0} <reason>\"."),
        ["dossier.fee_change_reason"] = new("Lệ phí khi tiếp nhận là {0}; để đổi thành {1}, vui lòng ghi lý do, ví dụ «nop phi {1} <lý do>». Gõ «nop phi» để yêu cầu đúng {0}.", "The fee set at reception is {0}; to change it to {1}, please give the reason, e.g. \"nop phi {1} <reason>\". Type \"nop phi\" to ask for {0}."),
        ["dossier.reason_required"] = new("Vui lòng ghi rõ lý do, ví dụ «{0}».", "Please give the reason, e.g. \"{0}\"."),
        ["dossier.refuse_after_reception"] = new("Hồ sơ {0} đã được tiếp nhận (đã cấp giấy tiếp nhận và hẹn trả kết quả), nên không thể từ chối nữa: việc từ chối chỉ làm lúc tiếp nhận, trước khi cấp giấy. Nếu hồ sơ không giải quyết được, vui lòng dừng xử lý (Mẫu 05): gõ «{0} dung <lý do>». Hồ sơ không thay đổi.", "Dossier {0} has already been received (its receipt and appointment slip were issued), so it can no longer be refused: refusal happens at reception, before a receipt. If it cannot be dealt with, please stop it (form 05): type \"{0} dung <reason>\". Nothing was changed."),
        ["refusal.reason_invalid"] = new("Lý do từ chối cần ghi rõ để in vào phiếu: ít nhất {0} chữ cái, nhiều nhất {1} ký tự.", "The reason for refusing goes on the form, so it must be clear: at least {0} letters, at most {1} characters."),
        ["dossier.supplement_once"] = new("Hồ sơ này đã được yêu cầu bổ sung một lần; theo quy định chỉ được yêu cầu bổ sung một lần. Nếu hồ sơ vẫn chưa đủ, có thể gõ «dung <lý do>» hoặc «xin loi <dd/MM/yyyy> <lý do>».", "More papers were already asked for once; the rules allow a single request, so no second one can be made. If papers are still missing, use \"dung <reason>\" or \"xin loi <dd/MM/yyyy> <reason>\"."),
        ["dossier.undo_nothing"] = new("Không có thay đổi nào để hoàn tác: chỉ hoàn tác được thao tác cuối cùng của hồ sơ, một lần.", "There is no change to undo: only a dossier's last change can be undone, once."),
        ["dossier.undo_not_yours"] = new("Thao tác cuối cùng của hồ sơ này do {0} thực hiện; chỉ người đã thao tác mới hoàn tác được.", "The dossier's last change was made by {0}; only they can undo it."),
        ["dossier.undo_too_late"] = new("Đã quá {0} phút nên không thể hoàn tác. Nếu cần sửa, vui lòng báo lãnh đạo.", "More than {0} minutes have passed, so it cannot be undone. Please ask a leader if it needs correcting."),
        ["dossier.apology_once"] = new("Hồ sơ này đã có văn bản xin lỗi và hẹn lại; chỉ được hẹn lại một lần.", "This dossier already has an apology with a new date; a new date can be set only once."),
        ["dossier.apology_date_required"] = new("Vui lòng ghi ngày hẹn mới: «xin loi dd/MM/yyyy lý do».", "Please give the new date: \"xin loi dd/MM/yyyy reason\"."),
        ["dossier.apology_date_after_due"] = new("Ngày hẹn mới phải sau hạn trả hiện tại ({0}).", "The new date must be after the current due date ({0})."),
        ["dossier.apology_date_not_working"] = new("Ngày {0} không phải ngày làm việc; vui lòng chọn ngày khác.", "{0} is not a working day; please choose another date."),
        ["dossier.apology_too_late"] = new("Đã quá thời điểm gửi văn bản xin lỗi: phải gửi chậm nhất 01 ngày làm việc trước hạn trả ({0}).", "Too late for the apology letter: it must go out at least one working day before the due date ({0})."),
        ["invite.used"] = new("Liên kết mời này đã được sử dụng.", "This invitation link has already been used."),
        ["invite.expired"] = new("Liên kết mời này đã hết hạn; vui lòng đề nghị quản trị viên gửi liên kết mới.", "This invitation link has expired; please ask for a new one."),
        ["invite.role_not_allowed"] = new("Chỉ mời được cán bộ hoặc lãnh đạo.", "Only officers or leaders can be invited."),
        ["rating.not_returned"] = new("Hồ sơ {0} chưa trả kết quả nên chưa thể đánh giá.", "Dossier {0} has not been returned yet, so it cannot be rated."),
        ["rating.someone_else"] = new("Hồ sơ này đã được đánh giá từ một tài khoản khác; mỗi hồ sơ chỉ có một đánh giá.", "This dossier was already rated from another account; a dossier has one rating."),
        ["rating.window_closed"] = new("Xin lỗi, đánh giá chỉ thay đổi được trong {0} ngày; đánh giá trước đó của ông/bà được giữ nguyên.", "Sorry, a rating can be changed for {0} days only; your earlier rating stands."),
        ["rating.level_unknown"] = new("Vui lòng chọn một mức đánh giá bằng nút bên dưới.", "Please choose a level with the buttons below."),
        ["rating.comment_too_long"] = new("Góp ý dài quá {0} ký tự; vui lòng rút gọn.", "The comment is longer than {0} characters; please shorten it."),
        ["complaint.kind_unknown"] = new("Vui lòng chọn loại phản ánh bằng nút bên dưới.", "Please choose the kind of complaint with the buttons."),
        ["complaint.text_length"] = new("Nội dung cần từ {0} đến {1} ký tự.", "The text needs {0} to {1} characters."),
        ["complaint.not_received"] = new("Phản ánh {0} đã được nhận xử lý hoặc đã kết thúc.", "Complaint {0} is already being handled or closed."),
        ["complaint.answer_required"] = new("Vui lòng gõ nội dung trả lời (tối đa 4000 ký tự).", "Please type the answer (at most 4000 characters)."),
        ["complaint.reason_required"] = new("Vui lòng ghi lý do từ chối (tối đa 4000 ký tự).", "Please give the reason for refusing (at most 4000 characters)."),
        ["complaint.not_yours"] = new("Chỉ người gửi phản ánh mới đề nghị xem xét lại hoặc bổ sung thông tin được.", "Only the person who filed the complaint can ask for it to be reconsidered or add to it."),
        ["complaint.anonymous_contact"] = new("Phản ánh ẩn danh không ghi số điện thoại.", "An anonymous complaint keeps no phone number."),
        ["complaint.question_required"] = new("Vui lòng ghi rõ cần người dân bổ sung thông tin gì (tối đa 4000 ký tự).", "Please say what the citizen should add (at most 4000 characters)."),
        ["complaint.info_full"] = new("Phản ánh {0} đã nhận đủ thông tin bổ sung; nếu cần thêm, vui lòng gửi một phản ánh mới.", "Complaint {0} has all the information it can hold; please file a new complaint for more."),
        ["complaint.nothing_asked"] = new("Bộ phận chưa đề nghị bổ sung thông tin cho phản ánh {0}; khi cần, ông/bà sẽ nhận được tin nhắn.", "The office has not asked for more on complaint {0}; you will get a message if it does."),
        ["complaint.reopen_not_answered"] = new("Phản ánh {0} chưa có trả lời hoặc không được thụ lý nên không thể đề nghị xem xét lại.", "Complaint {0} has no answer yet or was refused, so reconsideration cannot be asked for."),
        ["complaint.reopen_once"] = new("Phản ánh {0} đã được xem xét lại một lần; theo quy định chỉ được đề nghị một lần.", "Complaint {0} was already reconsidered once; reconsideration can be asked for only once."),
        ["complaint.finding_not_harassment"] = new("Phản ánh {0} không phải phản ánh nhũng nhiễu, gây phiền hà nên không cần ghi kết luận.", "Complaint {0} is not about harassment, so it needs no finding."),
        ["complaint.finding_not_answered"] = new("Phản ánh {0} cần được trả lời trước khi ghi kết luận có đúng hay không.", "Complaint {0} must be answered before a finding is recorded."),
        ["complaint.closed"] = new("Phản ánh {0} đã kết thúc (đã trả lời hoặc không thụ lý).", "Complaint {0} is already closed (answered or refused)."),
        ["vote.self"] = new("Cán bộ không tự bình chọn cho mình được.", "Officers cannot vote for themselves."),
        ["vote.reason_too_long"] = new("Lý do dài quá {0} ký tự; vui lòng rút gọn.", "The reason is longer than {0} characters; please shorten it."),
        ["vote.once_a_month"] = new("Cảm ơn ông/bà! Ông/bà đã bình chọn cán bộ này trong tháng {0}/{1}; mỗi tháng chỉ được bình chọn một lần cho mỗi cán bộ. Mời ông/bà bình chọn lại vào tháng sau.", "Thank you! You already voted for this officer in {0}/{1}; each officer can get one vote from you a month. Please vote again next month."),
    };

    private static readonly Text TransitionRefused = new(
        "Không thể «{0}»: hồ sơ đang ở trạng thái «{1}». Thao tác được phép: {2}.",
        "Cannot \"{0}\": the dossier is \"{1}\". Possible now: {2}.");

    private static readonly Text NothingPossible = new("không còn thao tác nào (hồ sơ đã kết thúc)", "nothing (the dossier is closed)");

    public static string For(DomainException refused, Language language)
    {
        ArgumentNullException.ThrowIfNull(refused);
        if (refused.Code == "dossier.transition_refused" && refused.Args is [DossierState state, DossierAction action])
        {
            var allowed = DossierStates.Allowed(state);
            var list = allowed.Count == 0
                ? NothingPossible[language]
                : string.Join(", ", allowed.Select(a => $"{DossierNames.Action(a, language)} («{DossierNames.Typed(a)}»)"));
            return TransitionRefused.Format(language, DossierNames.Action(action, language), DossierNames.State(state, language), list);
        }

        if (!Rules.TryGetValue(refused.Code, out var text))
        {
            return Failure[language];
        }

        var args = refused.Args.Select(a => a switch
        {
            DateOnly d => Show.Date(d),
            long money when refused.Code.StartsWith("dossier.fee", StringComparison.Ordinal) => Show.Money(money),
            DossierAction act => DossierNames.Typed(act),
            _ => Convert.ToString(a, CultureInfo.InvariantCulture),
        }).ToArray<object?>();
        return text.Format(language, args);
    }
}
