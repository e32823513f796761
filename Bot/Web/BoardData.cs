using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneStopBot.Bot.Features.Digests;
using OneStopBot.Bot.Office;
using OneStopBot.Domain;
using OneStopBot.Domain.Calendar;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.Indicators;
using OneStopBot.Persistence;

namespace OneStopBot.Bot.Web;

/// <summary>A result waiting at the counter, as the public board may show it: the code's tail and a masked name.</summary>
public sealed record ReadyResult(string Tail, string MaskedName, DateTime ReadySinceLocal);

/// <summary>Everything the board shows, read at one moment. The figures are the digest's own sections.</summary>
public sealed record BoardView(
    string Office,
    OfficeInstant Now,
    IReadOnlyList<ReadyResult> Ready,
    int ReadyTotal,
    DigestSection Today,
    DigestSection Month,
    bool CampaignRunning,
    bool ExtraHalfHourToday,
    DateOnly? NextSaturdayMorning);

/// <summary>Reads the board: results ready to collect, and today's and this month's figures through <see cref="DigestData"/>.</summary>
public static class BoardData
{
    /// <summary>As many results as a screen shows at once, read from five metres.</summary>
    public const int ReadyLimit = 8;

    public static async Task<BoardView> LoadAsync(OneStopDbContext db, IWorkingCalendar calendar, OfficeClock clock, string office, CampaignOptions campaign, IndexWeights weights, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.Now;
        var today = now.Date;
        var ready = db.Dossiers.AsNoTracking().Where(d => d.State == DossierState.Done);
        var rows = await ready.OrderByDescending(d => d.EndedAtUtc).ThenByDescending(d => d.Id).Take(ReadyLimit)
            .Select(d => new { d.CodeTail, d.ApplicantName, d.EndedAtUtc })
            .ToListAsync(ct);
        var nextSaturday = await db.SaturdayDuties.AsNoTracking().Where(s => s.Date >= today)
            .OrderBy(s => s.Date).Select(s => (DateOnly?)s.Date).FirstOrDefaultAsync(ct);
        return new BoardView(
            office,
            now,
            rows.Select(r => new ReadyResult(r.CodeTail, MaskName(r.ApplicantName), r.EndedAtUtc is { } ended ? clock.ToLocal(ended) : now.Local)).ToList(),
            await ready.CountAsync(ct),
            await DigestData.SectionAsync(db, calendar, ReportPeriod.Today, today, campaign, weights, ct),
            await DigestData.SectionAsync(db, calendar, ReportPeriod.Month, today, campaign, weights, ct),
            campaign.IsRunning(today),
            campaign.IsRunning(today) && calendar.IsWorkingDay(today),
            nextSaturday is { } saturday && campaign.IsRunning(saturday) ? saturday : null);
    }

    /// <summary>
    /// "Nguyễn Văn Tâm" → "Nguyễn V. T.": the family name and initials, enough for a person to know their own result
    /// on a public screen and too little to name anyone (Law 91/2025 on personal data).
    /// </summary>
    public static string MaskName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return string.Empty;
        }

        static string Initial(string word) => StringInfo.GetNextTextElement(word.Normalize(System.Text.NormalizationForm.FormC)).ToUpper(CultureInfo.GetCultureInfo("vi-VN")) + ".";
        return words.Length == 1 ? Initial(words[0]) : string.Join(' ', words[..1].Concat(words[1..].Select(Initial)));
    }
}
