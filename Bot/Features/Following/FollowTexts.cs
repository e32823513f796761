using OneStopBot.Bot.Conversation;

namespace OneStopBot.Bot.Features.Following;

/// <summary>What a citizen reads about the dossiers they follow.</summary>
internal static class FollowTexts
{
    public static readonly Text NoticeHead = new("🔔 Hồ sơ {0} ({1}): {2}.", "🔔 Dossier {0} ({1}): {2}.");

    public static readonly Text MineHeader = new("📂 Hồ sơ và phản ánh của ông/bà", "📂 Your dossiers and complaints");

    public static readonly Text MineDossiers = new("Hồ sơ đang theo dõi ({0}):", "Dossiers you follow ({0}):");

    public static readonly Text MineDue = new("hẹn trả {0}", "due {0}");

    public static readonly Text MineComplaints = new("Phản ánh đã gửi ({0}):", "Complaints you filed ({0}):");

    public static readonly Text MineNone = new(
        "Ông/bà chưa theo dõi hồ sơ nào và chưa gửi phản ánh nào. Để theo dõi, quét mã QR trên Giấy tiếp nhận hoặc gõ /theodoi <mã hồ sơ> <4 số cuối điện thoại>.",
        "You follow no dossier and have filed no complaint. To follow one, scan the QR code on your receipt or type /theodoi <dossier code> <last 4 phone digits>.");

    public static readonly Text Correction = new(
        "Đính chính: thông báo vừa rồi về hồ sơ này («{0}») được gửi nhầm do cán bộ thao tác sai; kính đề nghị ông/bà không căn cứ vào thông báo đó. Thành thật xin lỗi ông/bà vì sự bất tiện này.",
        "Correction: the last notice about this dossier (\"{0}\") was an officer's mistake; please disregard it. We apologise for the inconvenience.");

    public static readonly Text CorrectionDue = new("Hẹn trả kết quả: {0}.", "Result due: {0}.");

    public static readonly Text Processing = new(
        "Hồ sơ của ông/bà đang được xử lý. Hẹn trả kết quả: {0}.",
        "Your dossier is being processed. Result due: {0}.");

    public static readonly Text Supplement = new(
        "Kính đề nghị ông/bà bổ sung: {0}.\nNơi nộp bổ sung: {1}, trong giờ làm việc ({2}). Thời gian bổ sung không tính vào thời hạn giải quyết.",
        "Please provide: {0}.\nBring it to: {1}, during office hours ({2}). The time taken to supply them is not counted in the processing time.");

    public static readonly Text Supplied = new(
        "Đã nhận đủ giấy tờ bổ sung, hồ sơ tiếp tục được xử lý. Hẹn trả kết quả: {0}.",
        "The papers you supplied were received; processing continues. Result due: {0}.");

    public static readonly Text Fee = new(
        "Kính đề nghị ông/bà nộp phí, lệ phí: {0}.\nNộp trực tuyến tại {1} với mã hồ sơ {2}, hoặc nộp tại {3}.",
        "Please pay the fee: {0}.\nPay online at {1} with dossier code {2}, or at {3}.");

    public static readonly Text FeePaid = new("Đã ghi nhận ông/bà đã nộp phí, lệ phí. Xin cảm ơn ông/bà.", "Your payment was recorded. Thank you.");

    public static readonly Text ResultReady = new("Đã có kết quả.", "The result is ready.");

    public static readonly Text CollectAt = new(
        "Kính mời ông/bà đến nhận tại {0} trong giờ làm việc ({1}), mang theo Giấy tiếp nhận và giấy tờ tuỳ thân (thẻ căn cước/CCCD).",
        "Please collect it at {0} during office hours ({1}), bringing the receipt and your ID card.");

    public static readonly Text Uncollected = new(
        "🔔 Nhắc nhận kết quả: hồ sơ {0} ({1}) đã có kết quả từ ngày {2}.",
        "🔔 Reminder: the result of dossier {0} ({1}) has been ready since {2}.");

    public static readonly Text ReadyByPost = new(
        "Đã có kết quả. Kết quả sẽ được gửi qua dịch vụ bưu chính công ích đến địa chỉ ông/bà đã đăng ký.",
        "The result is ready. It will be sent by the public postal service to the address you gave.");

    public static readonly Text Returned = new(
        "Ông/bà đã nhận kết quả. Xin cảm ơn ông/bà đã sử dụng dịch vụ.",
        "You have received the result. Thank you for using our service.");

    public static readonly Text Refused = new(
        "Rất tiếc, hồ sơ không được tiếp nhận. Lý do: {0}.",
        "We are sorry: the dossier could not be accepted. Reason: {0}.");

    public static readonly Text Stopped = new(
        "Rất tiếc, hồ sơ đã dừng xử lý. Lý do: {0}.",
        "We are sorry: processing of the dossier has stopped. Reason: {0}.");

    public static readonly Text Withdrawn = new("Hồ sơ đã được rút theo yêu cầu của ông/bà.", "The dossier was withdrawn at your request.");

    public static readonly Text Apology = new(
        "Bộ phận Một cửa thành thật xin lỗi ông/bà: hồ sơ chưa thể trả kết quả đúng hẹn. Ngày hẹn mới: {0}. Lý do: {1}.",
        "We sincerely apologise: the result cannot be ready on time. New date: {0}. Reason: {1}.");

    public static readonly Text Usage = new(
        "Cách theo dõi: /theodoi <mã hồ sơ> <4 số cuối điện thoại>, ví dụ /theodoi 261127-0001 5678. Ông/bà cũng có thể quét mã QR trên Giấy tiếp nhận.",
        "To follow: /theodoi <dossier code> <last 4 phone digits>, e.g. /theodoi 261127-0001 5678. You can also scan the QR code on your receipt.");

    public static readonly Text Following = new("Các hồ sơ ông/bà đang theo dõi:", "The dossiers you follow:");

    public static readonly Text Followed = new(
        "🔔 Ông/bà sẽ nhận thông báo mỗi khi hồ sơ {0} thay đổi. Gõ /huytheodoi {0} để ngừng.",
        "🔔 You will be told whenever dossier {0} changes. Type /huytheodoi {0} to stop.");

    public static readonly Text AlreadyFollowing = new("Ông/bà đã theo dõi hồ sơ {0}.", "You already follow dossier {0}.");

    public static readonly Text Unfollowed = new("Đã ngừng theo dõi hồ sơ {0}.", "You no longer follow dossier {0}.");

    public static readonly Text UnfollowChoose = new("Chọn hồ sơ cần ngừng theo dõi:", "Choose the dossier to stop following:");

    public static readonly Text NotFollowing = new("Ông/bà chưa theo dõi hồ sơ nào.", "You do not follow any dossier.");

    public static readonly Text NotFollowingThis = new(
        "Ông/bà không theo dõi hồ sơ «{0}». Gõ /huytheodoi để xem danh sách.",
        "You do not follow dossier \"{0}\". Type /huytheodoi to see the list.");
}
