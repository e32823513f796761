using OneStopBot.Bot.Conversation;
using OneStopBot.Domain;
using OneStopBot.Domain.Dossiers;

namespace OneStopBot.Bot.Features.Dossiers;

/// <summary>The letters of Thông tư 03/2025/TT-VPCP that officers forward or print: Mẫu 02, Mẫu 03 and Mẫu 04.</summary>
public static class DossierForms
{
    public static string SupplementRequest(Dossier dossier, string officeName, string officerName, OfficeInstant at)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return $"""
            {officeName.ToUpperInvariant()}
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc

            PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ (Mẫu 02)

            Hồ sơ của: {dossier.ApplicantName}
            Mã hồ sơ: {dossier.Code}
            Nội dung yêu cầu giải quyết: {dossier.ProcedureName}
            Ngày tiếp nhận: {Show.Date(dossier.ReceptionDate)}

            Sau khi xem xét thành phần hồ sơ, đề nghị ông/bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:
            - {dossier.LastReason}

            Thời gian ông/bà bổ sung hồ sơ không tính vào thời hạn giải quyết. Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, ông/bà liên hệ Bộ phận Một cửa để được hướng dẫn.

            Ngày {at.Local:dd} tháng {at.Local:MM} năm {at.Local:yyyy}
            NGƯỜI HƯỚNG DẪN: {officerName}
            """;
    }

    /// <summary>Mẫu 03, handed over at the counter instead of a receipt: the dossier was never received, so it has no code.</summary>
    public static string ReceptionRefusal(ReceptionRefusal refusal, string officeName, OfficeInstant at)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return $"""
            {officeName.ToUpperInvariant()}
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc

            PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ (Mẫu 03)

            {officeName} tiếp nhận hồ sơ của: {refusal.ApplicantName}
            Số điện thoại: {refusal.ApplicantPhone}
            Nội dung yêu cầu giải quyết: {refusal.ProcedureName}

            Sau khi xem xét, {officeName} từ chối tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:
            - {refusal.Reason}

            Xin thông báo để ông/bà được biết và thực hiện.

            Ngày {at.Local:dd} tháng {at.Local:MM} năm {at.Local:yyyy}
            NGƯỜI TIẾP NHẬN HỒ SƠ: {refusal.OfficerName}
            """;
    }

    public static string Apology(Dossier dossier, string officeName, OfficeInstant at)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return $"""
            {officeName.ToUpperInvariant()}
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc

            VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT HỒ SƠ (Mẫu 04)

            Kính gửi: ông/bà {dossier.ApplicantName}

            Ngày {Show.Date(dossier.ReceptionDate)}, {officeName} đã tiếp nhận hồ sơ của ông/bà, mã hồ sơ {dossier.Code}, thủ tục «{dossier.ProcedureName}»; thời hạn trả kết quả: ngày {Show.Date(dossier.DueDate)}.
            Tuy nhiên, hồ sơ của ông/bà chưa thể giải quyết xong đúng hạn. Lý do: {dossier.ApologyReason}.
            Sự chậm trễ này đã gây phiền hà cho ông/bà. {officeName} thành thật xin lỗi ông/bà và hẹn trả kết quả vào ngày {Show.Date(dossier.ApologyNewDate!.Value)}.
            Kính mong ông/bà thông cảm.

            Ngày {at.Local:dd} tháng {at.Local:MM} năm {at.Local:yyyy}
            """;
    }
}
