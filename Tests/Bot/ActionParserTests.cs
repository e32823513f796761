using OneStopBot.Bot.Features.Dossiers;
using OneStopBot.Domain.Dossiers;

namespace OneStopBot.Tests.Bot;

public sealed class ActionParserTests
{
    [Theory]
    [InlineData("xu ly", DossierAction.Process)]
    [InlineData("XỬ LÝ", DossierAction.Process)]
    [InlineData("đã bổ sung", DossierAction.SupplementReceived)]
    [InlineData("da nop ck", DossierAction.FeePaid)]
    [InlineData("xong", DossierAction.Complete)]
    [InlineData("tra", DossierAction.Return)]
    [InlineData("ĐÃ TRẢ", DossierAction.Return)]
    [InlineData("rut", DossierAction.Withdraw)]
    public void Actions_AreMatchedWithoutRegardToCaseOrDiacritics(string text, DossierAction action) =>
        ActionParser.Parse(text).Command!.Action.Should().Be(action);

    [Fact]
    public void Details_KeepTheOfficersSpelling()
    {
        var parsed = ActionParser.Parse("bo sung Thiếu bản sao CCCD");

        parsed.Command.Should().Be(new DossierCommand(DossierAction.RequestSupplement) { Reason = "Thiếu bản sao CCCD" });
    }

    [Fact]
    public void AnApology_ReadsTheDateThenTheReason()
    {
        var parsed = ActionParser.Parse("xin lỗi 05/12/2026 chờ xác minh của công an");

        parsed.Command!.NewDate.Should().Be(new DateOnly(2026, 12, 5));
        parsed.Command.Reason.Should().Be("chờ xác minh của công an");
    }

    [Theory]
    [InlineData("nop phi 50000", 50_000)]
    [InlineData("nop phi 50.000", 50_000)]
    [InlineData("nộp phí 50k", 50_000)]
    [InlineData("nop phi 1.200.000 đ", 1_200_000)]
    public void FeeAmounts_AreReadAsOfficersTypeThem(string text, long amount) =>
        ActionParser.Parse(text).Command!.Amount.Should().Be(amount);

    [Theory]
    [InlineData("da nop", PaymentMethod.Cash)]
    [InlineData("da nop tm", PaymentMethod.Cash)]
    [InlineData("da nop chuyen khoan", PaymentMethod.Transfer)]
    [InlineData("da nop truc tuyen", PaymentMethod.Online)]
    public void PaymentMethods_AreRead(string text, PaymentMethod method) =>
        ActionParser.Parse(text).Command!.Payment.Should().Be(method);

    [Theory]
    [InlineData("đúng rồi, em gọi lại cho chị ấy sau")]
    [InlineData("Đúng")]
    [InlineData("trả lời sau nhé")]
    [InlineData("rút kinh nghiệm")]
    [InlineData("xong chưa?")]
    [InlineData("xong chua")]
    [InlineData("tra?")]
    [InlineData("xử lý gấp giúp em")]
    [InlineData("đã nộp chưa")]
    [InlineData("nộp phí rồi")]
    [InlineData("xin lỗi anh, em nhầm")]
    [InlineData("dungf")]
    [InlineData("trai")]
    public void CasualReplies_AreNotActions(string text)
    {
        var parsed = ActionParser.Parse(text);

        parsed.Problem.Should().Be(ActionParser.Problem.NotAnAction);
        parsed.Command.Should().BeNull();
    }

    [Theory]
    [InlineData("dừng hồ sơ giả mạo", DossierAction.Stop, "hồ sơ giả mạo")]
    [InlineData("dung ho so gia mao", DossierAction.Stop, "ho so gia mao")]
    [InlineData("Từ chối thiếu giấy tờ", DossierAction.Refuse, "thiếu giấy tờ")]
    [InlineData("xong.", DossierAction.Complete, null)]
    [InlineData("dừng xử lý công dân đề nghị", DossierAction.Stop, "công dân đề nghị")]
    public void ActionsWithTheirOwnDiacritics_OrNone_AreActions(string text, DossierAction action, string? reason)
    {
        var parsed = ActionParser.Parse(text);

        parsed.Command.Should().Be(new DossierCommand(action) { Reason = reason });
    }

    [Fact]
    public void ACasualReplyThatBeginsLikeAnAction_SuggestsIt()
    {
        ActionParser.Parse("trả lời sau nhé").Suggestion.Should().Be(DossierAction.Return);
        ActionParser.Parse("cảm ơn chị").Suggestion.Should().BeNull();
    }

    [Fact]
    public void AFeeRequest_KeepsItsAmountAndItsReason()
    {
        ActionParser.Parse("nop phi 50.000 đ theo Nghị quyết 12/2025").Command.Should()
            .Be(new DossierCommand(DossierAction.RequestFee) { Amount = 50_000, Reason = "theo Nghị quyết 12/2025" });
    }

    [Theory]
    [InlineData("bay", ActionParser.Problem.NotAnAction)]
    [InlineData("xin loi 31/02/2026 ly do", ActionParser.Problem.BadDate)]
    [InlineData("nop phi 5x0", ActionParser.Problem.BadAmount)]
    public void Nonsense_IsReportedAsAProblem(string text, ActionParser.Problem problem) =>
        ActionParser.Parse(text).Problem.Should().Be(problem);
}
