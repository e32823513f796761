using OneStopBot.Bot.Conversation;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.People;
using OneStopBot.Domain.Procedures;

namespace OneStopBot.Bot.Features.Dossiers;

/// <summary>How states, actions, channels and payments are named to people.</summary>
public static class DossierNames
{
    private static readonly Dictionary<DossierState, Text> States = new()
    {
        [DossierState.Registered] = new("Mới đăng ký (chờ tiếp nhận)", "Registered online (awaiting reception)"),
        [DossierState.Received] = new("Đã tiếp nhận", "Received"),
        [DossierState.Refused] = new("Không được tiếp nhận", "Refused"),
        [DossierState.Processing] = new("Đang xử lý", "Being processed"),
        [DossierState.AwaitingSupplement] = new("Chờ bổ sung giấy tờ", "Waiting for more papers"),
        [DossierState.AwaitingFee] = new("Chờ thực hiện nghĩa vụ tài chính", "Waiting for the fee"),
        [DossierState.Withdrawn] = new("Công dân đã rút hồ sơ", "Withdrawn by the applicant"),
        [DossierState.Stopped] = new("Dừng xử lý", "Stopped"),
        [DossierState.Done] = new("Đã có kết quả, chờ trả", "Result ready"),
        [DossierState.Returned] = new("Đã trả kết quả", "Result handed over"),
    };

    private static readonly Dictionary<DossierAction, (Text Name, string Typed)> Actions = new()
    {
        [DossierAction.Accept] = (new("Tiếp nhận", "Accept"), "tiep nhan"),
        [DossierAction.Process] = (new("Chuyển xử lý", "Start processing"), "xu ly"),
        [DossierAction.RequestSupplement] = (new("Yêu cầu bổ sung", "Ask for more papers"), "bo sung <lý do>"),
        [DossierAction.SupplementReceived] = (new("Đã bổ sung", "Papers supplied"), "da bo sung"),
        [DossierAction.RequestFee] = (new("Yêu cầu nộp phí", "Ask for the fee"), "nop phi [số tiền]"),
        [DossierAction.FeePaid] = (new("Đã nộp phí", "Fee paid"), "da nop [tm|ck|tt]"),
        [DossierAction.Complete] = (new("Có kết quả", "Result ready"), "xong"),
        [DossierAction.Return] = (new("Trả kết quả", "Hand over"), "tra"),
        [DossierAction.Refuse] = (new("Từ chối", "Refuse"), "tu choi <lý do>"),
        [DossierAction.Withdraw] = (new("Rút hồ sơ", "Withdraw"), "rut"),
        [DossierAction.Stop] = (new("Dừng xử lý", "Stop"), "dung <lý do>"),
        [DossierAction.Apologize] = (new("Xin lỗi, hẹn lại", "Apologise, new date"), "xin loi <dd/MM/yyyy> <lý do>"),
        [DossierAction.Undo] = (new("Hoàn tác", "Undo"), "/hoantac"),
    };

    public static string State(DossierState state, Language language) => States[state][language];

    public static string Action(DossierAction action, Language language) => Actions[action].Name[language];

    /// <summary>How the officer types the action: "bo sung &lt;lý do&gt;".</summary>
    public static string Typed(DossierAction action) => Actions[action].Typed;

    public static string Channel(DossierChannel channel, Language language) => channel switch
    {
        DossierChannel.Counter => language == Language.En ? "at the counter" : "trực tiếp",
        DossierChannel.Online => language == Language.En ? "online" : "trực tuyến",
        _ => language == Language.En ? "by post" : "bưu chính",
    };

    public static string Payment(PaymentMethod payment, Language language) => payment switch
    {
        PaymentMethod.Cash => language == Language.En ? "cash" : "tiền mặt",
        PaymentMethod.Transfer => language == Language.En ? "bank transfer / QR" : "chuyển khoản / QR",
        PaymentMethod.Online => language == Language.En ? "online (public-service portal)" : "trực tuyến (Cổng DVC)",
        _ => language == Language.En ? "not paid" : "chưa nộp",
    };

    public static string Online(OnlineLevel level, Language language) => level switch
    {
        OnlineLevel.Full => language == Language.En ? "fully online" : "trực tuyến toàn trình",
        OnlineLevel.Partial => language == Language.En ? "partly online" : "trực tuyến một phần",
        _ => language == Language.En ? "at the counter only" : "chỉ nộp trực tiếp",
    };

    public static string Processing(ProcessingTime time, Language language) => time.Unit switch
    {
        ProcessingUnit.SameDay => language == Language.En ? "same working day (next one if received after 15:00)" : "trong ngày làm việc (nhận sau 15:00 thì trả ngày làm việc tiếp theo)",
        ProcessingUnit.WorkingDays => language == Language.En ? $"{time.Amount} working days" : $"{time.Amount} ngày làm việc",
        _ => language == Language.En ? $"{time.Amount} days" : $"{time.Amount} ngày",
    };

    public static string Timeliness(Timeliness timeliness, Language language) => timeliness switch
    {
        Domain.Dossiers.Timeliness.Early => language == Language.En ? "early" : "trước hạn",
        Domain.Dossiers.Timeliness.OnTime => language == Language.En ? "on time" : "đúng hạn",
        Domain.Dossiers.Timeliness.Late => language == Language.En ? "late" : "trễ hạn",
        Domain.Dossiers.Timeliness.Overdue => language == Language.En ? "OVERDUE" : "QUÁ HẠN",
        _ => language == Language.En ? "in time" : "trong hạn",
    };
}
