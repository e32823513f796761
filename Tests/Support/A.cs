using OneStopBot.Bot.Features.Digests;
using OneStopBot.Bot.Office;
using OneStopBot.Domain;
using OneStopBot.Domain.Calendar;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.Procedures;

namespace OneStopBot.Tests.Support;

/// <summary>Builders with sensible defaults: a test names only what it is about.</summary>
internal static class A
{
    public static readonly TimeZoneInfo Hanoi = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static readonly IWorkingCalendar Calendar = new VietnamWorkingCalendar();

    public static readonly Actor Officer = new(1, "Nguyễn Thị Lan");

    /// <summary>The test office's unit code, the prefix of its dossier codes.</summary>
    public const string Unit = "H15.50.05.13";

    public static OfficeOptions Office(string name = "UBND xã Thử Nghiệm", string unit = Unit) => new() { Name = name, UnitCode = unit };

    public static CampaignOptions Campaign() => new() { Name = "Chiến dịch thử", Start = new DateOnly(2026, 1, 1), End = new DateOnly(2026, 12, 31) };

    /// <summary>A deployment of one office.</summary>
    public static OfficeDirectory Offices(OfficeOptions? office = null, CampaignOptions? campaign = null, AccessOptions? access = null) =>
        new([new OfficeProfile(office ?? Office(), campaign ?? Campaign(), new OfficeStaff())], access ?? new AccessOptions());

    public static Procedure Procedure(ProcessingTime? processing = null, long? fee = 0, OnlineLevel online = OnlineLevel.Partial) =>
        new(new ProcedureInfo("1.000001", "Thủ tục thử", processing ?? ProcessingTime.WorkingDays(3), fee, null, online, null));

    /// <summary>Office-local wall-clock time.</summary>
    public static OfficeInstant At(int year, int month, int day, int hour = 9, int minute = 0) =>
        OfficeInstant.FromLocal(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified), Hanoi);

    public static Dossier Dossier(OfficeInstant? receivedAt = null, ProcessingTime? processing = null, long fee = 0, int sequence = 1) =>
        OneStopBot.Domain.Dossiers.Dossier.Receive(
            new Reception(Procedure(processing, fee), "Trần Văn Bình", "0912345678", DossierChannel.Counter, true, PaymentMethod.None, fee),
            Unit,
            sequence,
            receivedAt ?? At(2026, 11, 23),
            Officer,
            Calendar,
            "follow-token-" + sequence);
}
