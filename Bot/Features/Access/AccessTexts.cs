using OneStopBot.Bot.Conversation;

namespace OneStopBot.Bot.Features.Access;

internal static class AccessTexts
{
    public static readonly Text WholeProvince = new("cả tỉnh", "the whole province");

    public static readonly Text ProvinceInviteRefused = new(
        "Chỉ quản trị viên của cả tỉnh (không thuộc xã nào) mới mời được lãnh đạo tỉnh.",
        "Only an administrator of the whole province (of no commune) can invite a province leader.");

    public static readonly Text InviteNameOffice = new(
        "Vui lòng ghi mã đơn vị của xã, ví dụ: /moi canbo {0}\nCác mã đơn vị: {1}",
        "Please give the commune's unit code, e.g. /moi canbo {0}\nThe unit codes: {1}");

    public static readonly Text StaffOnly = new(
        "Xin lỗi, chức năng này chỉ dành cho cán bộ Bộ phận Một cửa. Ông/bà có thể dùng /tracuu để tra cứu hồ sơ hoặc /huongdan để xem các chức năng.",
        "Sorry, this is for One-Stop-Shop officers only. You can use /tracuu to look up a dossier or /huongdan to see what you can do.");

    public static readonly Text LeaderOnly = new(
        "Xin lỗi, lệnh này chỉ dành cho lãnh đạo UBND xã. Nếu anh/chị là lãnh đạo, vui lòng nhờ quản trị viên gửi liên kết mời.",
        "Sorry, this command is for the commune's leaders only. If you are one, please ask the administrator for an invitation link.");

    public static readonly Text AdminOnly = new(
        "Xin lỗi, chức năng này chỉ dành cho quản trị viên của bot.",
        "Sorry, this is for the bot's administrators only.");

    public static readonly Text InviteUsage = new(
        "Cách dùng: /moi canbo hoặc /moi lanhdao (quản trị viên của tỉnh: /moi canbo <mã đơn vị>, /moi tinh)",
        "Usage: /moi canbo (officer) or /moi lanhdao (leader) (a province administrator: /moi canbo <unit code>, /moi tinh)");

    public static readonly Text InviteCreated = new(
        "Liên kết mời làm {0} (dùng một lần, hết hạn {1}):\n{2}\nGửi liên kết này cho đúng người cần cấp quyền.",
        "Invitation to become {0} (single use, expires {1}):\n{2}\nSend it only to the person who should get the role.");

    public static readonly Text InviteRedeemed = new(
        "Chào mừng {0}! Anh/chị đã được cấp quyền {1}. Gõ /huongdan để xem các lệnh.",
        "Welcome {0}! You now have the {1} role. Type /huongdan to see the commands.");

    public static readonly Text InviteUnknown = new(
        "Liên kết mời không hợp lệ. Vui lòng đề nghị quản trị viên gửi liên kết mới.",
        "This invitation link is not valid. Please ask the administrator for a new one.");

    public static readonly Text StaffList = new("Cán bộ và lãnh đạo (số · tên · vai trò):", "Officers and leaders (number · name · role):");

    public static readonly Text RevokeUsage = new(
        "Cách dùng: /thuhoi <số> (xem số trong /nhansu)",
        "Usage: /thuhoi <number> (see the numbers in /nhansu)");

    public static readonly Text Revoked = new("Đã thu hồi quyền của {0}.", "{0}'s role was revoked.");

    public static readonly Text ConfirmRevoke = new(
        "⚠️ Thu hồi quyền {2} của {0} (số {1})? Sau khi xác nhận, người này chỉ còn quyền của người dân: không tiếp nhận, không xử lý hồ sơ, không xem báo cáo.",
        "⚠️ Revoke the {2} role of {0} (number {1})? Once confirmed, they keep only a citizen's rights: no reception, no dossier actions, no reports.");

    public static readonly Text NothingToRevoke = new("{0} không có quyền cán bộ hay lãnh đạo nào để thu hồi.", "{0} has no officer or leader role to revoke.");

    public static readonly Text RevokeSelf = new("Không thể tự thu hồi quyền của chính mình.", "You cannot revoke your own role.");

    public static readonly Text NoSuchPerson = new("Không tìm thấy người có số {0}.", "No person with number {0}.");

    public static string RoleName(Domain.People.Role role, Domain.People.Language language) => role switch
    {
        Domain.People.Role.Admin => language == Domain.People.Language.En ? "administrator" : "quản trị viên",
        Domain.People.Role.Leader => language == Domain.People.Language.En ? "leader" : "lãnh đạo",
        Domain.People.Role.Officer => language == Domain.People.Language.En ? "officer" : "cán bộ Một cửa",
        _ => language == Domain.People.Language.En ? "citizen" : "người dân",
    };
}
