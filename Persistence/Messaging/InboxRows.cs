using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OneStopBot.Persistence.Messaging;

/// <summary>The inbox's hot insert, written as plain SQL.</summary>
public static class InboxRows
{
    /// <summary>
    /// One text for every batch, the rows in one JSON parameter: a text that changed with the batch's size was parsed
    /// anew each time, and with one parameter per value SQLite looked each name up among up to 1,200.
    /// (<c>WHERE true</c> tells the parser that <c>ON CONFLICT</c> belongs to the insert, not to a join.)
    /// </summary>
    private const string Insert =
        """
        INSERT INTO "Inbox" ("Channel", "UpdateId", "ChatId", "UserId", "DisplayName", "Text", "ButtonData", "ButtonId",
                             "ReplyToText", "ContactPhone", "LanguageCode", "ReceivedAtUtc")
        SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7,
               value ->> 8, value ->> 9, value ->> 10, value ->> 11
        FROM json_each(@rows) WHERE true
        ON CONFLICT DO NOTHING
        """;

    /// <summary>
    /// Stores the updates in one statement, leaving those already stored as they are (a batch seen again after a stop).
    /// A plain statement instead of change tracking: it runs for every polling batch, inside the write gate.
    /// </summary>
    public static async Task InsertNewAsync(OneStopDbContext db, IReadOnlyList<InboxUpdate> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return;
        }

        await using var command = await RawSql.CommandAsync(db, Insert, ct);
        RawSql.AddParameter(command, "@rows", ToJson(rows));
        await command.ExecuteNonQueryAsync(ct);
    }

    private static string ToJson(IReadOnlyList<InboxUpdate> rows)
    {
        var buffer = new ArrayBufferWriter<byte>(256 * rows.Count);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var r in rows)
            {
                json.WriteStartArray();
                json.WriteNumberValue((int)r.Channel);
                json.WriteNumberValue(r.UpdateId);
                json.WriteNumberValue(r.ChatId);
                json.WriteNumberValue(r.UserId);

                // A null text is written as JSON null, which json_each gives back as SQL NULL.
                json.WriteStringValue(r.DisplayName);
                json.WriteStringValue(r.Text);
                json.WriteStringValue(r.ButtonData);
                json.WriteStringValue(r.ButtonId);
                json.WriteStringValue(r.ReplyToText);
                json.WriteStringValue(r.ContactPhone);
                json.WriteStringValue(r.LanguageCode);

                // The text EF and Microsoft.Data.Sqlite store a DateTime as.
                json.WriteStringValue(r.ReceivedAtUtc.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture));
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
