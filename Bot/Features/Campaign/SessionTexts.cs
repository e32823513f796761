using OneStopBot.Bot.Conversation;

namespace OneStopBot.Bot.Features.Campaign;

internal static class SessionTexts
{
    public static readonly Text Help = new(
        """
        Thi đua:
        /them30 <số người> — ghi buổi «30 phút tăng thêm vì dân» hôm nay
        /thubay — đăng ký, xem lịch và ghi buổi «Sáng thứ Bảy vì dân»
        /thidua [homnay|tuan|thang|chiendich] — bảng thi đua
        """,
        """
        Emulation:
        /them30 <people> — log today's "30 extra minutes" session
        /thubay — sign up for, list and log Saturday-morning sessions
        /thidua [homnay|tuan|thang|chiendich] — the emulation ranking
        """);

    public static readonly Text Reminder = new(
        "⏳ Còn 30 phút nữa hết giờ làm việc ({0}). «30 phút tăng thêm vì dân»: nếu còn người dân chờ, mời anh/chị ở lại phục vụ.",
        "⏳ The office closes in 30 minutes ({0}). \"30 extra minutes for the people\": if citizens are still waiting, please stay and serve them.");

    public static readonly Text Stay = new("Tôi ở lại phục vụ", "I will stay");

    public static readonly Text NotToday = new("Hôm nay không", "Not today");

    public static readonly Text Staying = new(
        "Cảm ơn anh/chị! Khi xong, gõ /them30 <số người được phục vụ>, ví dụ /them30 3.",
        "Thank you! When done, type /them30 <people served>, e.g. /them30 3.");

    public static readonly Text NotStaying = new("Đã ghi nhận. Cảm ơn anh/chị.", "Noted. Thank you.");

    public static readonly Text ReminderExpired = new(
        "Nút này là của lời nhắc ngày {0}, nên không ghi nhận gì. Buổi hôm nay: gõ /them30 <số người được phục vụ>.",
        "This button belongs to the reminder of {0}, so nothing was recorded. For today: type /them30 <people served>.");

    public static readonly Text HalfHourUsage = new("Cách dùng: /them30 <số người được phục vụ>, ví dụ /them30 3", "Usage: /them30 <people served>, e.g. /them30 3");

    public static readonly Text HalfHourLogged = new(
        "✅ Đã ghi buổi «30 phút tăng thêm vì dân» ngày {0}: {1} người được phục vụ.",
        "✅ Logged the \"30 extra minutes\" session of {0}: {1} {2} served.");

    public static readonly Text NotWorkingDay = new("Hôm nay không phải ngày làm việc.", "Today is not a working day.");

    public static readonly Text SaturdayUsage = new(
        """
        «Sáng thứ Bảy vì dân»:
        /thubay — lịch trực sáng thứ Bảy tới và nút đăng ký (hoặc /thubay dd/MM/yyyy)
        /thubay huy [dd/MM/yyyy] — huỷ đăng ký trực
        /thubay ds — xem lịch trực
        /thubay ghi <số người> [<nhận> <trả>] — ghi kết quả buổi trực hôm nay
        /thubay giao [dd/MM/yyyy] — lãnh đạo phân công: danh sách cán bộ và nút chọn
        """,
        """
        "Saturday mornings for the people":
        /thubay — next Saturday's roster and a button to sign up (or /thubay dd/MM/yyyy)
        /thubay huy [dd/MM/yyyy] — cancel a sign-up
        /thubay ds — the roster
        /thubay ghi <people> [<received> <returned>] — log today's session
        /thubay giao [dd/MM/yyyy] — leaders assign: the staff list with a button each
        """);

    public static readonly Text AskSignUp = new(
        "«Sáng thứ Bảy vì dân» ngày {0}: {1}\nAnh/chị có đăng ký trực sáng hôm đó không?",
        "\"Saturday mornings for the people\" on {0}: {1}\nWill you be on duty that morning?");

    public static readonly Text AskOnDuty = new(
        "«Sáng thứ Bảy vì dân» ngày {0}: {1}\nAnh/chị đã có tên trong lịch trực ngày này.",
        "\"Saturday mornings for the people\" on {0}: {1}\nYou are on the roster of that day.");

    public static readonly Text OnDuty = new("đang có {0} trực.", "{0} on duty.");

    public static readonly Text SignUpButton = new("✅ Đăng ký trực {0}", "✅ Sign up for {0}");

    public static readonly Text CancelDutyButton = new("✖️ Huỷ đăng ký", "✖️ Cancel my sign-up");

    public static readonly Text AssignButton = new("👥 Phân công", "👥 Assign");

    public static readonly Text Assigned = new(
        "✅ Đã phân công {0} trực «Sáng thứ Bảy vì dân» ngày {1}; {0} đã được báo.",
        "✅ {0} is assigned to Saturday-morning duty on {1} and has been told.");

    public static readonly Text AssignedNotice = new(
        "📌 {0} đã phân công anh/chị trực «Sáng thứ Bảy vì dân» ngày {1}. Nếu không trực được, gõ /thubay huy {1} và báo lại.",
        "📌 {0} has put you on Saturday-morning duty on {1}. If you cannot come, type /thubay huy {1} and tell them.");

    public static readonly Text DutyCancelled = new("Đã huỷ đăng ký trực ngày {0}.", "Your duty on {0} is cancelled.");

    public static readonly Text DutyCancelledNotice = new(
        "ℹ️ {0} đã huỷ lịch trực «Sáng thứ Bảy vì dân» ngày {1}.",
        "ℹ️ {0} has cancelled their Saturday-morning duty on {1}.");

    public static readonly Text NotOnRoster = new("Anh/chị không có tên trong lịch trực ngày {0}.", "You are not on the roster of {0}.");

    public static readonly Text NoComingDuty = new("Anh/chị không có lịch trực sáng thứ Bảy nào sắp tới.", "You have no upcoming Saturday duty.");

    public static readonly Text DatePassed = new("Ngày {0} đã qua.", "{0} has passed.");

    public static readonly Text StaffHeader = new(
        "👥 Phân công trực sáng thứ Bảy {0}: bấm tên người cần phân công.",
        "👥 Saturday-morning duty on {0}: press the name of the person to assign.");

    public static readonly Text StaffOnDuty = new("đã có tên", "on the roster");

    public static readonly Text SignedUp = new("✅ {0} trực «Sáng thứ Bảy vì dân» ngày {1}.", "✅ {0} is on Saturday-morning duty on {1}.");

    public static readonly Text AlreadyOnRoster = new("{0} đã có tên trong lịch trực ngày {1}.", "{0} is already on the roster of {1}.");

    public static readonly Text NotSaturday = new("Ngày {0} không phải thứ Bảy.", "{0} is not a Saturday.");

    public static readonly Text RosterHeader = new("📋 Lịch trực sáng thứ Bảy:", "📋 Saturday-morning roster:");

    public static readonly Text RosterLine = new("• {0}: {1}", "• {0}: {1}");

    public static readonly Text RosterEmpty = new("Chưa có ai đăng ký.", "Nobody has signed up yet.");

    public static readonly Text SaturdayLogged = new(
        "✅ Đã ghi buổi «Sáng thứ Bảy vì dân» ngày {0}: {1} người, tiếp nhận {2}, trả {3} hồ sơ.",
        "✅ Logged the Saturday-morning session of {0}: {1} {4}, {2} received, {3} returned.");

    public static readonly Text OnlySaturday = new("Chỉ ghi buổi trực vào ngày thứ Bảy.", "A Saturday session can be logged on a Saturday only.");

    public static readonly Text NoSuchOfficer = new(
        "Không tìm thấy cán bộ số {0}; gõ /thubay giao để chọn trong danh sách.",
        "No officer number {0}; type /thubay giao to choose from the list.");

    public static readonly Text SaturdayReminder = new(
        "📌 Nhắc lịch: sáng {0} anh/chị trực «Sáng thứ Bảy vì dân». Sau buổi trực, gõ /thubay ghi <số người> [<nhận> <trả>].",
        "📌 Reminder: you are on Saturday-morning duty on {0}. Afterwards, type /thubay ghi <people> [<received> <returned>].");
}
