using OneStopBot.Bot.Conversation;

namespace OneStopBot.Bot.Features.Calendar;

internal static class CalendarTexts
{
    public static readonly Text AppointmentUsage = new(
        """
        Cách dùng: /ngayhen <tên thủ tục | số ngày làm việc> [dd/MM/yyyy [HH:mm]]
        Ví dụ: /ngayhen khai sinh · /ngayhen 3 · /ngayhen ket hon 24/01/2025 16:00
        """,
        """
        Usage: /ngayhen <procedure name | number of working days> [dd/MM/yyyy [HH:mm]]
        E.g. /ngayhen khai sinh · /ngayhen 3 · /ngayhen ket hon 24/01/2025 16:00
        """);

    public static readonly Text Appointment = new(
        """
        📅 {0}
        Thời hạn: {1}
        Nếu nhận hồ sơ lúc {2}, {3}
        → hẹn trả kết quả: {4}
        """,
        """
        📅 {0}
        Processing time: {1}
        If received at {2}, {3}
        → result due: {4}
        """);

    public static readonly Text WorkingDaysOnly = new("{0} ngày làm việc", "{0} working {1}");

    public static readonly Text Skipped = new("Ngày nghỉ đã bỏ qua:", "Days off skipped:");

    public static readonly Text Weekends = new("{0} ngày cuối tuần", "Weekend days: {0}");

    public static readonly Text SwapOnCounted = new("{0} ({1}) là ngày làm bù, được tính.", "{0} ({1}) is a make-up working day and counts.");

    public static readonly Text NoDayOff = new("Không có ngày nghỉ nào trong khoảng này.", "No days off in between.");

    public static readonly Text ProcedureNone = new(
        "Không tìm thấy thủ tục khớp «{0}». Gõ tên thủ tục (ví dụ: khai sinh) hoặc số ngày làm việc (ví dụ: 3).",
        "No procedure matches \"{0}\". Type a procedure name (e.g. khai sinh) or a number of working days (e.g. 3).");

    public static readonly Text OtherMatches = new("(Còn {0} thủ tục khác khớp; gõ cụ thể hơn nếu cần.)", "({0} more procedures match; type more words if needed.)");

    public static readonly Text BadDate = new(
        "Ngày «{0}» không đúng (ngày không có thật hoặc sai dạng). Vui lòng gõ dd/MM/yyyy, ví dụ 24/01/2027.",
        "\"{0}\" is not a valid date (no such day, or the wrong form). Please type dd/MM/yyyy, e.g. 24/01/2027.");

    public static readonly Text OutOfRange = new(
        "Chỉ tính được ngày từ năm 1900 đến năm 2199.",
        "Dates can only be computed from 1900 to 2199.");

    public static readonly Text DaysOutOfRange = new(
        "Số ngày làm việc cần từ 0 đến 365.",
        "The number of working days must be between 0 and 365.");

    public static readonly Text LunarUsage = new(
        "Cách dùng: /amlich [dd/MM/yyyy], ví dụ /amlich 17/02/2026",
        "Usage: /amlich [dd/MM/yyyy], e.g. /amlich 17/02/2026");

    public static readonly Text Lunar = new(
        "🌙 {0}: ngày {1} tháng {2}{3} năm {4} âm lịch.",
        "🌙 {0}: day {1} of month {2}{3}, year {4} (lunar).");

    public static readonly Text Leap = new(" nhuận", " (leap)");

    public static readonly Text WorkingDay = new("Là ngày làm việc.", "A working day.");

    public static readonly Text Weekend = new("Là ngày nghỉ cuối tuần.", "A weekend day off.");

    public static readonly Text Holiday = new("Ngày nghỉ lễ: {0}.", "Public holiday: {0}.");

    public static readonly Text Compensatory = new("Ngày nghỉ bù: {0}.", "Compensatory day off: {0}.");

    public static readonly Text SwapOff = new("Ngày nghỉ hoán đổi: {0}.", "Swapped day off: {0}.");

    public static readonly Text SwapOn = new("Ngày làm bù (làm việc): {0}.", "Make-up working day: {0}.");
}
