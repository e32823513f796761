using OneStopBot.Domain;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Domain.Dossiers;

public sealed class ReceptionRefusalTests
{
    [Theory]
    [InlineData("  Thủ tục không thuộc thẩm quyền của UBND xã  ", "Thủ tục không thuộc thẩm quyền của UBND xã")]
    [InlineData("Sai mẫu", "Sai mẫu")]
    public void AReason_IsKeptAsTyped_WithoutTheSpacesAround(string typed, string kept) =>
        ReceptionRefusal.NormalizeReason(typed).Should().Be(kept);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(".")]
    [InlineData("x")]
    [InlineData("12 34 ??")]
    public void NoReasonOrOneWithoutWords_IsNoReason(string? typed) =>
        ReceptionRefusal.NormalizeReason(typed).Should().BeNull();

    [Fact]
    public void AReasonLongerThanTheFormTakes_IsNoReason()
    {
        ReceptionRefusal.NormalizeReason(new string('a', ReceptionRefusal.ReasonMaxLength)).Should().Be(new string('a', ReceptionRefusal.ReasonMaxLength), "a reason of exactly the longest length is kept whole");
        ReceptionRefusal.NormalizeReason(new string('a', ReceptionRefusal.ReasonMaxLength + 1)).Should().BeNull();
    }

    [Fact]
    public void ARefusal_KeepsWhatTheCounterWasGiven_AndWhoRefusedWhen()
    {
        var at = A.At(2026, 11, 24, 9, 30);

        var refusal = ReceptionRefusal.Record(A.Procedure(), " Trần Văn Bình ", "0912345678", DossierChannel.Counter, " Không thuộc thẩm quyền ", "H15.50.05.13", at, A.Officer);

        refusal.ApplicantName.Should().Be("Trần Văn Bình");
        refusal.ApplicantPhone.Should().Be("0912345678");
        refusal.ProcedureName.Should().Be("Thủ tục thử");
        refusal.Reason.Should().Be("Không thuộc thẩm quyền");
        refusal.OfficerName.Should().Be(A.Officer.Name);
        refusal.RefusedAtUtc.Should().Be(new DateTime(2026, 11, 24, 2, 30, 0, DateTimeKind.Utc));
        refusal.RefusedOn.Should().Be(new DateOnly(2026, 11, 24));
    }

    [Fact]
    public void ARefusalWithoutAReason_IsRefused()
    {
        var act = () => ReceptionRefusal.Record(A.Procedure(), "Trần Văn Bình", "0912345678", DossierChannel.Counter, "  ", "H15.50.05.13", A.At(2026, 11, 24), A.Officer);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("refusal.reason_invalid");
    }
}
