using OneStopBot.Bot.Conversation;

namespace OneStopBot.Bot.Jobs;

internal static class JobTexts
{
    public static readonly Text BriefHeader = new("☀️ Chào buổi sáng {0}! Hồ sơ cần chú ý hôm nay, {1}:", "☀️ Good morning {0}! Dossiers to watch today, {1}:");

    public static readonly Text BriefOverdue = new("⏰ Quá hạn ({0}):", "⏰ Overdue ({0}):");

    public static readonly Text BriefToday = new("📅 Đến hạn hôm nay ({0}):", "📅 Due today ({0}):");

    public static readonly Text BriefNext = new("🔜 Đến hạn {0} ({1}):", "🔜 Due {0} ({1}):");

    public static readonly Text BriefLine = new("• {0} {1} — {2}", "• {0} {1} — {2}");

    public static readonly Text ApologyWarning = new(
        "⚠️ {0} hồ sơ đến hạn vào ngày làm việc tới mà chưa có kết quả. Hồ sơ nào có thể bị trễ hạn thì hôm nay là hạn cuối gửi Văn bản xin lỗi và hẹn lại (Mẫu 04):",
        "⚠️ Due on the next working day without a result: {0} {1}. If one will be late, today is the last day to send the apology letter (form 04):");

    public static readonly Text ApologyButton = new("Xin lỗi, hẹn lại {0}", "Apologise, new date {0}");
}
