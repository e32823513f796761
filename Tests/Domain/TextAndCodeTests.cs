using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.Procedures;
using OneStopBot.Domain.Text;

namespace OneStopBot.Tests.Domain;

public sealed class TextAndCodeTests
{
    [Theory]
    [InlineData("đã trả", "da tra")]
    [InlineData("ĐÃ TRẢ", "da tra")]
    [InlineData("  Da   Tra ", "da tra")]
    [InlineData("Chứng thực bản sao từ bản chính", "chung thuc ban sao tu ban chinh")]
    [InlineData("Nguyễn Thị Ánh Nguyệt", "nguyen thi anh nguyet")]
    public void SearchKeys_FoldCaseDiacriticsAndD(string text, string key) =>
        SearchKey.Of(text).Should().Be(key);

    [Fact]
    public void DossierCodes_HaveTheUnitTheReceptionDayAndAFourDigitSequence() =>
        DossierCode.Format("H15.50.05.13", new DateOnly(2026, 10, 8), 975).Should().Be("H15.50.05.13-261008-0975");

    [Theory]
    [InlineData("H15.50.05.13-261008-0975", "261008-0975")]
    [InlineData("261008-0975", "261008-0975")]
    [InlineData(" 261008-0975 ", "261008-0975")]
    [InlineData("26100-0975", null)]
    [InlineData("xu ly", null)]
    public void ACode_MayBeTypedWholeOrAsItsTail(string text, string? tail) =>
        DossierCode.Tail(text).Should().Be(tail);

    [Fact]
    public void TheBuiltInCatalog_HoldsTheCommuneProcedures()
    {
        var catalog = ProcedureCatalog.BuiltIn;

        catalog.Should().HaveCount(23);
        var copy = catalog.Single(p => p.Code == "2.000815");
        copy.Name.Should().Be("Chứng thực bản sao từ bản chính");
        copy.Processing.Should().Be(ProcessingTime.SameDay);
        copy.FeeVnd.Should().Be(2000);
        copy.Online.Should().Be(OnlineLevel.Partial);
        copy.Papers.Should().Equal("Bản chính giấy tờ", "Bản sao cần chứng thực");
        catalog.Should().OnlyContain(p => p.Papers.Count > 0);
        catalog.Single(p => p.Name == "Cấp giấy phép xây dựng nhà ở riêng lẻ").Processing.Should().Be(new ProcessingTime(ProcessingUnit.CalendarDays, 15));
        catalog.Single(p => p.Code == "1.004873").FeeVnd.Should().BeNull("the province sets it");
        copy.OnlinePayment.Should().BeTrue("the catalog says the portal takes this fee online");
        catalog.Single(p => p.Name == "Đăng ký khai sinh").OnlinePayment.Should().BeFalse("a free procedure takes no fee online");
    }

    [Fact]
    public void ACatalogLine_WithAnUnknownOnlinePaymentValue_IsRefusedByName()
    {
        var csv = "tthc_code,name,processing,fee_vnd,fee_note,online,pay_online,confidence,legal_basis,papers\n,Thủ tục thử,3_wd,1000,,full,maybe,likely,,Tờ khai\n";

        var read = () => ProcedureCatalog.Parse(new StringReader(csv)).ToList();

        read.Should().Throw<FormatException>().WithMessage("*pay_online*maybe*");
    }
}
