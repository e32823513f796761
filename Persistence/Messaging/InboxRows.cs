using System.Globalization;
using System.Text;

namespace OneStopBot.Persistence.Messaging;

/// <summary>The inbox's hot insert, written as plain SQL.</summary>
public static class InboxRows
{
    private const string Columns =
        """
        "Channel", "UpdateId", "ChatId", "UserId", "DisplayName", "Text", "ButtonData", "ButtonId", "ReplyToText", "ContactPhone", "LanguageCode", "ReceivedAtUtc"
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

        await using var command = await RawSql.CommandAsync(db, "", ct);
        var sql = new StringBuilder("INSERT INTO \"Inbox\" (").Append(Columns).Append(") VALUES ");
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            sql.Append(i == 0 ? "(" : ", (");
            object?[] values =
            [
                (int)r.Channel, r.UpdateId, r.ChatId, r.UserId, r.DisplayName, r.Text, r.ButtonData, r.ButtonId,
                r.ReplyToText, r.ContactPhone, r.LanguageCode, r.ReceivedAtUtc,
            ];
            for (var j = 0; j < values.Length; j++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"@p{i}_{j}");
                sql.Append(j == 0 ? "" : ", ").Append(name);
                RawSql.AddParameter(command, name, values[j]);
            }

            sql.Append(')');
        }

        command.CommandText = sql.Append(" ON CONFLICT DO NOTHING").ToString();
        await command.ExecuteNonQueryAsync(ct);
    }
}
