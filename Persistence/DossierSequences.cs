using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

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
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText =
            """
            INSERT INTO "DailySequences" ("UnitCode", "Date", "Last") VALUES (@unit, @date, 1)
            ON CONFLICT ("UnitCode", "Date") DO UPDATE SET "Last" = "DailySequences"."Last" + 1
            RETURNING "Last"
            """;
        AddParameter(command, "@unit", unitCode);
        AddParameter(command, "@date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var result = await command.ExecuteScalarAsync(ct);
        return Convert.ToInt32(result, CultureInfo.InvariantCulture);
    }

    private static void AddParameter(System.Data.Common.DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
