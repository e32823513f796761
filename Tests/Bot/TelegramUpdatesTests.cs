using OneStopBot.Bot.Channels.Telegram;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace OneStopBot.Tests.Bot;

public sealed class TelegramUpdatesTests
{
    [Theory]
    [InlineData(ChatType.Private, true)]
    [InlineData(ChatType.Group, false)]
    [InlineData(ChatType.Supergroup, false)]
    [InlineData(ChatType.Channel, false)]
    public void AButtonPressed_IsHandledInAPrivateChatOnly(ChatType chat, bool handled)
    {
        var user = new User { Id = 1003, FirstName = "Lan" };
        var update = new Update
        {
            Id = 7,
            CallbackQuery = new CallbackQuery
            {
                Id = "cb-1",
                From = user,
                Data = "hs:261124-0001",
                ChatInstance = "x",
                Message = new Message { Id = 5, Chat = new Chat { Id = chat == ChatType.Private ? 1003 : -100_777, Type = chat }, From = new User { Id = 99, IsBot = true, FirstName = "bot" } },
            },
        };

        (TelegramUpdates.ToInbound(update) is not null).Should().Be(handled);
    }
}
