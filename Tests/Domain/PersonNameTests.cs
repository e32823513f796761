using OneStopBot.Domain.Text;

namespace OneStopBot.Tests.Domain;

public sealed class PersonNameTests
{
    [Theory]
    [InlineData("tran van binh", "Tran Van Binh")]
    [InlineData("nGUYỄN   thị ánh", "Nguyễn Thị Ánh")]
    [InlineData("ĐẶNG THỊ ĐÀO", "Đặng Thị Đào")]
    [InlineData("lò văn sáng", "Lò Văn Sáng")]
    [InlineData("h'hen niê", "H'Hen Niê")]
    public void ANameIsPutInProperCase_KeepingTheDiacriticsTyped(string typed, string stored) =>
        PersonName.Normalize(typed).Should().Be(stored);

    [Theory]
    [InlineData("Nguyễn Văn 2")]
    [InlineData("Trần Thị 😊")]
    [InlineData("/huy")]
    [InlineData("A")]
    [InlineData("   ")]
    [InlineData("Lê#Văn")]
    public void AnythingButLetters_IsNoName(string typed) =>
        PersonName.Normalize(typed).Should().BeNull();
}
