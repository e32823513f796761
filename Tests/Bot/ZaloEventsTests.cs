using System.Text;
using OneStopBot.Bot.Channels.Zalo;

namespace OneStopBot.Tests.Bot;

public sealed class ZaloEventsTests
{
    [Theory]
    [InlineData("1")]
    [InlineData("9007199254740993")]
    [InlineData("9223372036854775807")]
    [InlineData("9223372036854775808")]
    [InlineData("18446744073709551615")]
    public void AUserId_SurvivesTheChatIdDigitForDigit(string id)
    {
        ZaloIds.TryParseUser(id, out var chatId).Should().BeTrue();
        ZaloIds.FormatUser(chatId).Should().Be(id);
    }

    [Theory]
    [InlineData("18446744073709551616")]
    [InlineData("-5")]
    [InlineData("12a")]
    [InlineData("")]
    [InlineData(null)]
    public void AnIdThatIsNotA64BitNumber_IsNotTaken(string? id) =>
        ZaloIds.TryParseUser(id, out _).Should().BeFalse();

    [Fact]
    public void AnIdWrittenAsAJsonNumber_IsReadFromItsDigits_NotThroughADouble()
    {
        var body = """{"app_id":"1","event_name":"user_send_text","timestamp":"1764000000000","sender":{"id":7354812669035521237},"message":{"msg_id":"m1","text":"hi"}}"""u8;

        var e = ZaloEvents.Parse(body)!;

        e.SenderId.Should().Be("7354812669035521237");
        ZaloEvents.ToInbound(e)!.ChatId.Should().Be(7354812669035521237);
    }

    [Fact]
    public void TheSignature_CoversAppIdBodyTimestampAndSecret_AndAnyChangeBreaksIt()
    {
        var body = Encoding.UTF8.GetBytes("""{"event_name":"follow","timestamp":"1764000000000"}""");
        var mac = ZaloSignature.Compute("123", body, "1764000000000", "secret");

        mac.Should().Be("mac=" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes("123" + Encoding.UTF8.GetString(body) + "1764000000000secret"))));
        ZaloSignature.IsValid(mac, "123", body, "1764000000000", "secret").Should().BeTrue();
        ZaloSignature.IsValid(mac.ToUpperInvariant().Replace("MAC=", "mac=", StringComparison.Ordinal), "123", body, "1764000000000", "secret").Should().BeTrue();
        ZaloSignature.IsValid(mac, "123", body, "1764000000001", "secret").Should().BeFalse();
        ZaloSignature.IsValid(mac, "123", body, "1764000000000", "other").Should().BeFalse();
        ZaloSignature.IsValid(null, "123", body, "1764000000000", "secret").Should().BeFalse();
    }

    [Fact]
    public void TheOasOwnSends_AndEventsWithoutAUser_BecomeNoMessage()
    {
        ZaloEvents.ToInbound(new ZaloEvent("oa_send_text", "1") { SenderId = "5", UserId = "5", MessageId = "m" }).Should().BeNull();
        ZaloEvents.ToInbound(new ZaloEvent("user_send_text", "1") { MessageId = "m", Text = "hi" }).Should().BeNull();
        ZaloEvents.ToInbound(new ZaloEvent("unfollow", "1") { UserId = "5" }).Should().BeNull();
    }

    [Fact]
    public void AButtonsPayload_IsTheButtonsData_AndSharedInfoIsTheContactPhone()
    {
        var pressed = ZaloEvents.ToInbound(new ZaloEvent("user_send_text", "1") { UserId = "5", MessageId = "m", Text = ZaloEvents.ButtonMark + "rt:12:l1" })!;
        pressed.ButtonData.Should().Be("rt:12:l1");
        pressed.Text.Should().BeNull();

        var shared = ZaloEvents.ToInbound(new ZaloEvent("user_submit_info", "1") { UserId = "5", SharedPhone = "84912345678" })!;
        shared.ContactPhone.Should().Be("0912345678");
        ZaloEvents.InternationalPhone("0912 345 678").Should().Be("84912345678");
    }

    [Fact]
    public void EventsWithoutAMessageId_AreOneByNameUserAndTime()
    {
        var follow = new ZaloEvent("follow", "1764000000000") { UserId = "5" };
        ZaloIds.UpdateId(follow.Key).Should().Be(ZaloIds.UpdateId(new ZaloEvent("follow", "1764000000000") { UserId = "5" }.Key));
        ZaloIds.UpdateId(follow.Key).Should().NotBe(ZaloIds.UpdateId(new ZaloEvent("follow", "1764000000001") { UserId = "5" }.Key));
    }
}
