using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using OneStopBot.Persistence;

namespace OneStopBot.Tests.Support;

/// <summary>
/// Every row of every table of the model, read by plain SQL on either engine, each value as invariant text: two
/// snapshots tell which rows a run added, removed or changed, whatever the entity's own equality says.
/// </summary>
internal sealed class TableSnapshot
{
    private readonly Dictionary<string, Dictionary<string, IReadOnlyDictionary<string, string?>>> tables;

    private TableSnapshot(Dictionary<string, Dictionary<string, IReadOnlyDictionary<string, string?>>> tables) => this.tables = tables;

    public IEnumerable<string> TableNames => tables.Keys;

    /// <summary>The rows of <paramref name="table"/>, by primary key.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> Rows(string table) => tables[table];

    public static async Task<TableSnapshot> TakeAsync(OneStopDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var result = new Dictionary<string, Dictionary<string, IReadOnlyDictionary<string, string?>>>(StringComparer.Ordinal);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && e.FindPrimaryKey() is not null))
            {
                var table = entity.GetTableName()!;
                if (result.ContainsKey(table))
                {
                    continue;
                }

                var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
                var keys = entity.FindPrimaryKey()!.Properties.Select(p => p.GetColumnName(store)!).ToList();
                var name = entity.GetSchema() is { } schema ? $"\"{schema}\".\"{table}\"" : $"\"{table}\"";
                result[table] = await ReadAsync(connection, name, keys);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return new TableSnapshot(result);
    }

    /// <summary>What changed from <paramref name="before"/> to this snapshot, row by row.</summary>
    public IReadOnlyList<RowChange> ChangesSince(TableSnapshot before)
    {
        ArgumentNullException.ThrowIfNull(before);
        var changes = new List<RowChange>();
        foreach (var (table, rows) in tables)
        {
            var earlier = before.tables.GetValueOrDefault(table) ?? [];
            foreach (var (key, row) in rows)
            {
                if (!earlier.TryGetValue(key, out var old))
                {
                    changes.Add(new RowChange(table, key, null, row));
                }
                else if (!old.SequenceEqual(row))
                {
                    changes.Add(new RowChange(table, key, old, row));
                }
            }

            changes.AddRange(earlier.Where(pair => !rows.ContainsKey(pair.Key)).Select(pair => new RowChange(table, pair.Key, pair.Value, null)));
        }

        return changes;
    }

    private static async Task<Dictionary<string, IReadOnlyDictionary<string, string?>>> ReadAsync(DbConnection connection, string table, List<string> keys)
    {
        var rows = new Dictionary<string, IReadOnlyDictionary<string, string?>>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // The table name comes from the EF model, not from input.
        command.CommandText = "SELECT * FROM " + table;
#pragma warning restore CA2100
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new SortedDictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = Show(reader.GetValue(i));
            }

            rows[string.Join("|", keys.Select(k => row[k]))] = row;
        }

        return rows;
    }

    private static string? Show(object value) => value switch
    {
        DBNull => null,
        byte[] bytes => Convert.ToBase64String(bytes),
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        bool flag => flag ? "1" : "0",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}

/// <summary>One row added (<see cref="Before"/> null), removed (<see cref="After"/> null) or changed.</summary>
internal sealed record RowChange(string Table, string Key, IReadOnlyDictionary<string, string?>? Before, IReadOnlyDictionary<string, string?>? After)
{
    /// <summary>A column's value after the change, or before it for a removed row.</summary>
    public string? this[string column] => (After ?? Before)![column];

    public override string ToString()
    {
        var kind = Before is null ? "added" : After is null ? "removed" : "changed";
        var shown = After ?? Before!;
        var columns = Before is not null && After is not null
            ? shown.Where(c => Before[c.Key] != c.Value).Select(c => $"{c.Key}: {Cut(Before[c.Key])} → {Cut(c.Value)}")
            : shown.Select(c => $"{c.Key}={Cut(c.Value)}");
        return $"{Table} {Key} {kind}: {string.Join(", ", columns)}";
    }

    private static string? Cut(string? value) => value is { Length: > 80 } ? value[..80] + "…" : value;
}
