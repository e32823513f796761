using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Office;

namespace OneStopBot.Bot.Features.Following;

/// <summary>
/// Which office a citizen's complaint or vote is about. Citizens belong to no office: with one office it is that one;
/// otherwise the office of every dossier the chat follows, and when that does not settle it, the citizen chooses.
/// </summary>
internal static class Communes
{
    private static readonly StringComparer ByName = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);

    /// <summary>The office the request is about without asking, or null when the citizen must choose.</summary>
    public static async Task<OfficeProfile?> ImpliedAsync(ChatContext ctx, OfficeDirectory offices, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(offices);
        if (offices.One is { } one)
        {
            return one;
        }

        var units = await FollowHandler.FollowedBy(ctx).Select(d => d.UnitCode).Distinct().OrderBy(u => u).Take(2).ToListAsync(ct);
        return units.Count == 1 ? offices.Find(units[0]) : null;
    }

    /// <summary>One button per office, by name, each carrying <c>{prefix}{unit code}</c>.</summary>
    public static IReadOnlyList<IReadOnlyList<Button>> Buttons(OfficeDirectory offices, string prefix)
    {
        ArgumentNullException.ThrowIfNull(offices);
        return offices.All.OrderBy(o => o.Name, ByName)
            .Select(o => (IReadOnlyList<Button>)[new Button(o.Name, prefix + o.UnitCode)])
            .ToList();
    }

    /// <summary>The office a pressed button names, or null for anything else.</summary>
    public static OfficeProfile? Chosen(OfficeDirectory offices, string? data, string prefix)
    {
        ArgumentNullException.ThrowIfNull(offices);
        return data is not null && data.StartsWith(prefix, StringComparison.Ordinal) ? offices.Find(data[prefix.Length..]) : null;
    }
}
