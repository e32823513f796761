using System.ComponentModel.DataAnnotations;
using OneStopBot.Domain.Indicators;
using OneStopBot.Persistence.Indicators;

namespace OneStopBot.Bot.Features.Digests;

/// <summary>The emulation campaign (section <c>Campaign</c>): its window, targets, model days and ranking formula.</summary>
public sealed class CampaignOptions
{
    public const string Section = "Campaign";

    [Required(ErrorMessage = "Campaign:Name is missing: name the emulation campaign the digest reports on.")]
    public required string Name { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly End { get; set; }

    /// <summary><c>Campaign:Targets:*</c>: OnTime, Digitized, OnlinePartial, OnlineFull, OnlinePayment (ratios 0–1), HarassmentComplaints (a count).</summary>
    public CampaignTargets Targets { get; set; } = new();

    /// <summary><c>Campaign:Ranking:*</c>: points per dossier, per on-time point, per satisfaction point, per vote, per extra session.</summary>
    public RankingFormula Ranking { get; set; } = new();

    /// <summary>The weekday of "Ngày không chờ" (results the same day).</summary>
    public DayOfWeek NoWaitDay { get; set; } = DayOfWeek.Monday;

    /// <summary>The weekday of "Ngày không giấy hẹn và không dùng tiền mặt".</summary>
    public DayOfWeek CashlessDay { get; set; } = DayOfWeek.Thursday;

    /// <summary>How many officers the campaign summary proposes for commendation.</summary>
    [Range(1, 20)]
    public int Commendations { get; set; } = 3;

    /// <summary>The campaign's days up to <paramref name="lastDay"/> (empty before it starts).</summary>
    public Period ToDate(DateOnly lastDay) => new(Start, lastDay < End ? lastDay : End);

    public bool IsRunning(DateOnly day) => day >= Start && day <= End;
}
