using System.Globalization;
using System.Text.Json;
using OneStopBot.Bot.Conversation;
using OneStopBot.Domain.People;

namespace OneStopBot.Bot.Channels.Zalo;

/// <summary>One webhook event as Zalo posts it, its ids kept as the strings they are.</summary>
public sealed record ZaloEvent(string EventName, string Timestamp)
{
    public string? AppId { get; init; }

    public string? SenderId { get; init; }

    public string? MessageId { get; init; }

    public string? Text { get; init; }

    /// <summary>The phone a user chose to share (<c>user_submit_info</c>), in 84… form.</summary>
    public string? SharedPhone { get; init; }

    /// <summary>The user the event is about: the follower of follow/unfollow, else the sender.</summary>
    public string? UserId { get; init; }

    /// <summary>Zalo's time of the event.</summary>
    public DateTime AtUtc => long.TryParse(Timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
        ? DateTimeOffset.FromUnixTimeMilliseconds(Math.Clamp(ms, 0, 253_402_300_799_999)).UtcDateTime
        : DateTime.UnixEpoch;

    /// <summary>What makes the event one: its message id, or (follow, unfollow, shared info) its name, user and time.</summary>
    public string Key => MessageId is { Length: > 0 } id ? "msg:" + id : $"{EventName}:{UserId}:{Timestamp}";

    /// <summary>The OA's own sends come back as events; they are not the citizen's.</summary>
    public bool IsEcho => EventName.StartsWith("oa_", StringComparison.Ordinal);

    /// <summary>A message the user wrote or sent (text, image, sticker, file…): it opens the reply window again.</summary>
    public bool IsUserMessage => EventName.StartsWith("user_send_", StringComparison.Ordinal) || EventName == ZaloEventNames.SubmitInfo;
}

public static class ZaloEventNames
{
    public const string Text = "user_send_text";
    public const string Follow = "follow";
    public const string Unfollow = "unfollow";
    public const string SubmitInfo = "user_submit_info";
}

/// <summary>Reads Zalo's events and turns them into channel-neutral messages.</summary>
public static class ZaloEvents
{
    /// <summary>
    /// Marks a button's payload: an <c>oa.query.hide</c> button sends its payload back as the user's text, and the
    /// mark tells it apart from anything typed, so the router gets it as the button's data.
    /// </summary>
    public const string ButtonMark = "#nut:";

    /// <summary>Reads the fields the bot uses; null when the body is not a Zalo event.</summary>
    public static ZaloEvent? Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var json = JsonDocument.ParseValue(ref reader);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Str(root, "event_name") is not { } name || Str(root, "timestamp") is not { } timestamp)
            {
                return null;
            }

            var sender = Str(Obj(root, "sender"), "id");
            var message = Obj(root, "message");
            var info = Obj(root, "info");
            return new ZaloEvent(name, timestamp)
            {
                AppId = Str(root, "app_id"),
                SenderId = sender,
                UserId = Str(Obj(root, "follower"), "id") ?? sender,
                MessageId = Str(message, "msg_id"),
                Text = Str(message, "text"),
                SharedPhone = Str(info, "phone"),
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The message for the pipeline; null for what is not a citizen's message (unfollow, echoes, receipts).</summary>
    public static InboundMessage? ToInbound(ZaloEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.IsEcho || !ZaloIds.TryParseUser(e.UserId, out var user))
        {
            return null;
        }

        var message = new InboundMessage(ChannelKind.Zalo, ZaloIds.UpdateId(e.Key), user, user, string.Empty) { LanguageCode = "vi" };
        return e.EventName switch
        {
            ZaloEventNames.Text when e.Text is { } text && text.StartsWith(ButtonMark, StringComparison.Ordinal) =>
                message with { ButtonData = text[ButtonMark.Length..] },
            ZaloEventNames.Text => message with { Text = e.Text ?? string.Empty },
            // Following the OA is the Zalo way of opening the bot: the welcome and its menu.
            ZaloEventNames.Follow => message with { Text = "/start" },
            ZaloEventNames.SubmitInfo when e.SharedPhone is { Length: > 0 } phone => message with { ContactPhone = LocalPhone(phone) },
            // An image, a sticker, a file, a place, a voice message: the bot reads text only, and says so as on Telegram.
            _ when e.IsUserMessage => message,
            _ => null,
        };
    }

    /// <summary>84912345678 → 0912345678, the form the office writes.</summary>
    public static string LocalPhone(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return digits.StartsWith("84", StringComparison.Ordinal) && digits.Length >= 11 ? "0" + digits[2..] : digits;
    }

    /// <summary>0912345678 → 84912345678, the form ZNS takes.</summary>
    public static string InternationalPhone(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return digits.StartsWith('0') ? "84" + digits[1..] : digits;
    }

    private static JsonElement Obj(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : default;

    /// <summary>A string field; a number is read from its own digits (never through a double).</summary>
    private static string? Str(JsonElement parent, string name)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }
}
