using System.Globalization;

namespace OneStopBot.Persistence;

public static class DossierSequences
{
    /// <summary>
    /// Takes the next daily sequence number for a unit in one atomic statement, inside the caller's transaction,
    /// so two receptions at the same moment never share a code.
    /// </summary>
    public static async Task<int> NextAsync(OneStopDbContext db, string unitCode, DateOnly date, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var command = await RawSql.CommandAsync(
            db,
            """
            INSERT INTO "DailySequences" ("UnitCode", "Date", "Last") VALUES (@unit, @date, 1)
            ON CONFLICT ("UnitCode", "Date") DO UPDATE SET "Last" = "DailySequences"."Last" + 1
            RETURNING "Last"
            """,
            ct);
        RawSql.AddParameter(command, "@unit", unitCode);
        RawSql.AddParameter(command, "@date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var result = await command.ExecuteScalarAsync(ct);
        return Convert.ToInt32(result, CultureInfo.InvariantCulture);
    }
}
