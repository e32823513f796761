using OneStopBot.Bot.Conversation;
using OneStopBot.Domain.People;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace OneStopBot.Bot.Channels.Telegram;

/// <summary>Turns a Telegram update into a channel-neutral message; null for what the bot does not handle (anything outside a private chat).</summary>
public static class TelegramUpdates
{
    public static InboundMessage? ToInbound(Update update)
    {
        ArgumentNullException.ThrowIfNull(update);
        switch (update)
        {
            case { Message: { From: { } from } message } when message.Chat.Type == ChatType.Private:
                return new InboundMessage(ChannelKind.Telegram, update.Id, message.Chat.Id, from.Id, NameOf(from))
                {
                    Text = message.Text ?? message.Caption,
                    ReplyToText = message.ReplyToMessage?.Text ?? message.ReplyToMessage?.Caption,
                    ContactPhone = message.Contact?.UserId == from.Id ? message.Contact?.PhoneNumber : null,
                    LanguageCode = from.LanguageCode,
                };
            // Only private chats, for buttons as for text: a card's button pressed where the card was forwarded (a
            // group) would post the card, the applicant's details with it, to everyone there.
            case { CallbackQuery: { Data: { } data, From: { } from } query } when query.Message is null || query.Message.Chat.Type == ChatType.Private:
                var chatId = query.Message?.Chat.Id ?? from.Id;
                return new InboundMessage(ChannelKind.Telegram, update.Id, chatId, from.Id, NameOf(from))
                {
                    ButtonData = data,
                    ButtonId = query.Id,
                    ReplyToText = query.Message?.Text,
                    LanguageCode = from.LanguageCode,
                };
            default:
                return null;
        }
    }

    private static string NameOf(User user) =>
        string.IsNullOrWhiteSpace(user.LastName) ? user.FirstName : $"{user.FirstName} {user.LastName}";
}
