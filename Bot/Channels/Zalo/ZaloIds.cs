using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OneStopBot.Bot.Channels.Zalo;

/// <summary>
/// Zalo's ids are decimal strings of up to 19 digits, beyond a double's 2^53. A user id is kept in the person's
/// 64-bit chat id exactly: parsed from the string as an unsigned 64-bit number and stored with its bits unchanged
/// (an id above 2^63 becomes a negative <see cref="long"/>), so every id that fits 64 bits maps one to one and is
/// written back digit for digit. Nothing goes through a double. Events are identified by their <c>msg_id</c>, a
/// string of Zalo's own: its SHA-256, cut to 64 bits, is the update id that the pipeline keeps to drop redeliveries.
/// </summary>
public static class ZaloIds
{
    public static bool TryParseUser(string? id, out long chatId)
    {
        if (ulong.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            chatId = unchecked((long)value);
            return true;
        }

        chatId = 0;
        return false;
    }

    public static string FormatUser(long chatId) => unchecked((ulong)chatId).ToString(CultureInfo.InvariantCulture);

    /// <summary>The update id of an event: 64 bits of the SHA-256 of what identifies it.</summary>
    public static long UpdateId(string eventKey)
    {
        ArgumentNullException.ThrowIfNull(eventKey);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(eventKey), hash);
        return BitConverter.ToInt64(hash[..8]);
    }
}
