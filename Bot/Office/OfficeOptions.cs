using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace OneStopBot.Bot.Office;

/// <summary>What an office is: its name, unit code, hours and address (section <c>Office</c>, or <c>Offices:&lt;n&gt;</c>).</summary>
public sealed class OfficeOptions
{
    public const string Section = "Office";

    [Required(ErrorMessage = "Office:Name is missing: set the name of the office, e.g. \"Bộ phận Một cửa UBND xã Bằng Thành\".")]
    public required string Name { get; set; }

    /// <summary>The unit's electronic identifier, the prefix of dossier codes.</summary>
    [Required(ErrorMessage = "Office:UnitCode is missing: set the unit's electronic identifier, e.g. H15.50.05.13.")]
    [RegularExpression(@"^[A-Za-z0-9.]{1,32}$", ErrorMessage = "Office:UnitCode may hold only letters, digits and dots (at most 32).")]
    public required string UnitCode { get; set; }

    public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";

    public TimeOnly OpeningTime { get; set; } = new(7, 30);

    public TimeOnly ClosingTime { get; set; } = new(17, 0);

    /// <summary>The opening hours as people read them, e.g. "07:30–17:00".</summary>
    public string Hours => string.Create(CultureInfo.InvariantCulture, $"{OpeningTime:HH:mm}–{ClosingTime:HH:mm}");

    /// <summary>Where citizens collect results, shown in the receipt.</summary>
    public string? Address { get; set; }

    /// <summary>
    /// The procedures offered as buttons at reception, in this order, by their names in the catalog. The order never
    /// changes by itself, so an officer's hand learns it; empty: the catalog's first ones.
    /// </summary>
    public IList<string> CommonProcedures { get; } = [];

    /// <summary>Where citizens pay fees online, named in the fee notice.</summary>
    public Uri PaymentUrl { get; set; } = new("https://dichvucong.gov.vn");
}

/// <summary>
/// Roles given at start to platform user ids (section <c>Access</c>). With one office, its admins, leaders and
/// officers; with an <c>Offices</c> section, the deployment's administrators and the province's leaders only (each
/// office lists its own staff).
/// </summary>
public sealed class AccessOptions
{
    public const string Section = "Access";

    public IList<long> Admins { get; } = [];

    public IList<long> Leaders { get; } = [];

    public IList<long> Officers { get; } = [];

    /// <summary>The province's leaders: they see every office and belong to none.</summary>
    public IList<long> Province { get; } = [];

    /// <summary>Whether administrators also receive the leaders' alerts, reminders and digests.</summary>
    public bool AdminsGetLeaderMessages { get; set; }

    /// <summary>How long an invitation link can be used (once).</summary>
    [System.ComponentModel.DataAnnotations.Range(typeof(TimeSpan), "00:10:00", "90.00:00:00")]
    public TimeSpan InviteLifetime { get; set; } = TimeSpan.FromDays(7);
}

/// <summary>Section <c>Calendar</c>.</summary>
public sealed class CalendarOptions
{
    public const string Section = "Calendar";

    /// <summary>A CSV of official days off (date,kind,name) that adds years or replaces a year's schedule.</summary>
    public string? OverridesPath { get; set; }

    /// <summary>
    /// A CSV of holiday rules (the columns of Domain/Data/holiday-rules.csv) for years without an official schedule;
    /// a row replaces the built-in rule with its id, or adds a rule.
    /// </summary>
    public string? RulesPath { get; set; }

    /// <summary>
    /// The first year 24/11, Ngày Văn hóa Việt Nam, is a paid holiday; not set: not a holiday (the Labour Code amendment
    /// that makes it one was not known to be in force). Set it once the law applies.
    /// </summary>
    [Range(1900, 2199, ErrorMessage = "Calendar:CultureDayFromYear must be a year from 1900 to 2199 (the year 24/11 becomes a paid holiday), or not set.")]
    public int? CultureDayFromYear { get; set; }
}
