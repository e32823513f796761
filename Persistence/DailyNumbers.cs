using System.Globalization;

namespace OneStopBot.Persistence;

/// <summary>The numbers in dossier and complaint codes: one series per unit (or per kind of code) and day.</summary>
public static class DailyNumbers
{
    /// <summary>The series of complaint tracking codes.</summary>
    public const string Complaints = "PA";

    /// <summary>
    /// Takes the next number of a series for a day in one atomic statement (an upsert returning the new value, the
    /// same SQL on SQLite and PostgreSQL), inside the caller's transaction, so two codes taken at the same moment
    /// never share a number.
    /// </summary>
    public static async Task<int> NextAsync(OneStopDbContext db, string series, DateOnly date, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var command = await RawSql.CommandAsync(
            db,
            """
            INSERT INTO "DailySequences" ("UnitCode", "Date", "Last") VALUES (@series, @date, 1)
            ON CONFLICT ("UnitCode", "Date") DO UPDATE SET "Last" = "DailySequences"."Last" + 1
            RETURNING "Last"
            """,
            ct);
        RawSql.AddParameter(command, "@series", series);
        RawSql.AddParameter(command, "@date", date);
        var result = await command.ExecuteScalarAsync(ct);
        return Convert.ToInt32(result, CultureInfo.InvariantCulture);
    }
}
