using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using OneStopBot.Bot.Features.Digests;
using OneStopBot.Domain.People;

namespace OneStopBot.Bot.Office;

/// <summary>One office of the deployment: what it is (<see cref="OfficeOptions"/>), its campaign, its configured staff.</summary>
public sealed record OfficeProfile(OfficeOptions Office, CampaignOptions Campaign, OfficeStaff Staff)
{
    public string UnitCode => Office.UnitCode;

    public string Name => Office.Name;
}

/// <summary>The platform user ids given a role in one office by the configuration.</summary>
public sealed class OfficeStaff
{
    public IList<long> Admins { get; } = [];

    public IList<long> Leaders { get; } = [];

    public IList<long> Officers { get; } = [];
}

/// <summary>A role and the office it is held in (null: every office, for a province leader or administrator).</summary>
public readonly record struct Membership(Role Role, string? UnitCode);

/// <summary>
/// The offices of the deployment, read from the configuration at start. A province lists its communes under
/// <c>Offices:&lt;n&gt;:*</c> (each with its <c>Campaign</c>, <c>Officers</c>, <c>Leaders</c> and <c>Admins</c>); without an
/// <c>Offices</c> section, <c>Office:*</c>, <c>Campaign:*</c> and <c>Access:*</c> describe the one office, as before.
/// </summary>
public sealed class OfficeDirectory
{
    public const string Section = "Offices";
    public const string DefaultServiceName = "Trung tâm Phục vụ hành chính công";

    private readonly Dictionary<string, OfficeProfile> byUnit;

    public OfficeDirectory(IReadOnlyList<OfficeProfile> offices, AccessOptions access, string? serviceName = null)
    {
        ArgumentNullException.ThrowIfNull(offices);
        ArgumentNullException.ThrowIfNull(access);
        if (offices.Count == 0)
        {
            throw new ArgumentException("A deployment has at least one office.", nameof(offices));
        }

        All = offices;
        Access = access;
        byUnit = offices.ToDictionary(o => o.UnitCode, StringComparer.Ordinal);
        One = offices.Count == 1 ? offices[0] : null;
        ServiceName = One?.Name ?? serviceName ?? DefaultServiceName;
    }

    public IReadOnlyList<OfficeProfile> All { get; }

    /// <summary>The deployment's only office; null when it serves several (a province).</summary>
    public OfficeProfile? One { get; }

    /// <summary>Who serves the citizens, as they are greeted: the one office, or the province's centre.</summary>
    public string ServiceName { get; }

    public AccessOptions Access { get; }

    /// <summary>Every office's hours and dates are in this zone: a deployment is in one country.</summary>
    public string TimeZone => All[0].Office.TimeZone;

    public OfficeProfile? Find(string? unitCode) =>
        unitCode is not null && byUnit.TryGetValue(unitCode, out var office) ? office : null;

    /// <summary>
    /// The office of a dossier with this unit code, for what citizens are told (where to collect, how to pay). A code no
    /// longer configured (an office renamed or merged) falls to the one office, or to the first.
    /// </summary>
    public OfficeProfile OfDossier(string unitCode) => Find(unitCode) ?? One ?? All[0];

    /// <summary>
    /// The staff of the office <paramref name="unitCode"/>, as a query condition; with one office, all the staff (those
    /// from before offices were recorded have none named).
    /// </summary>
    public System.Linq.Expressions.Expression<Func<Person, bool>> StaffOf(string unitCode) =>
        One is not null ? p => true : p => p.UnitCode == unitCode;

    /// <summary>The role the configuration gives a platform user, and where; null when it names them nowhere.</summary>
    public Membership? ConfiguredMembership(ChannelKind channel, long userId)
    {
        if (channel != ChannelKind.Telegram)
        {
            return null;
        }

        if (Access.Admins.Contains(userId))
        {
            return new Membership(Role.Admin, One?.UnitCode);
        }

        if (Access.Province.Contains(userId))
        {
            return new Membership(Role.Leader, null);
        }

        foreach (var office in All)
        {
            var role = office.Staff.Admins.Contains(userId) ? Role.Admin
                : office.Staff.Leaders.Contains(userId) ? Role.Leader
                : office.Staff.Officers.Contains(userId) ? Role.Officer
                : (Role?)null;
            if (role is { } found)
            {
                return new Membership(found, office.UnitCode);
            }
        }

        return null;
    }

    /// <summary>Every platform user id the configuration names.</summary>
    public IEnumerable<long> ConfiguredIds() =>
        Access.Admins.Concat(Access.Province)
            .Concat(All.SelectMany(o => o.Staff.Admins.Concat(o.Staff.Leaders).Concat(o.Staff.Officers)))
            .Distinct();

    /// <summary>Reads and checks the offices; every mistake is named by its configuration key.</summary>
    public static OfficeDirectory Load(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var access = configuration.GetSection(AccessOptions.Section).Get<AccessOptions>() ?? new AccessOptions();
        var failures = new List<string>();
        Check(access, AccessOptions.Section, failures);
        var listed = configuration.GetSection(Section).GetChildren().ToList();
        var offices = new List<OfficeProfile>();
        if (listed.Count == 0)
        {
            var staff = new OfficeStaff();
            AddAll(staff.Leaders, access.Leaders);
            AddAll(staff.Officers, access.Officers);
            offices.Add(Read(configuration.GetSection(OfficeOptions.Section), configuration.GetSection(CampaignOptions.Section), staff, OfficeOptions.Section, CampaignOptions.Section, failures));
        }
        else
        {
            if (access.Leaders.Count > 0 || access.Officers.Count > 0)
            {
                failures.Add($"Access:Leaders and Access:Officers belong to one office: with an {Section} section, list them as {Section}:<n>:Leaders and {Section}:<n>:Officers (province leaders go in Access:Province).");
            }

            foreach (var section in listed)
            {
                var prefix = $"{Section}:{section.Key}";
                var staff = section.Get<OfficeStaff>() ?? new OfficeStaff();
                offices.Add(Read(section, section.GetSection(CampaignOptions.Section), staff, prefix, $"{prefix}:{CampaignOptions.Section}", failures));
            }

            foreach (var twice in offices.GroupBy(o => o.UnitCode, StringComparer.Ordinal).Where(g => g.Count() > 1 && !string.IsNullOrEmpty(g.Key)))
            {
                failures.Add($"{Section}: the unit code {twice.Key} is given to {twice.Count()} offices; each office has its own.");
            }

            if (offices.Select(o => o.Office.TimeZone).Distinct(StringComparer.Ordinal).Count() > 1)
            {
                failures.Add($"{Section}:<n>:TimeZone differs between offices; one deployment keeps one time zone.");
            }
        }

        if (failures.Count > 0)
        {
            throw new OptionsValidationException(Section, typeof(OfficeDirectory), failures);
        }

        return new OfficeDirectory(offices, access, configuration["Province:Name"]);
    }

    private static OfficeProfile Read(IConfigurationSection officeSection, IConfigurationSection campaignSection, OfficeStaff staff, string officeKey, string campaignKey, List<string> failures)
    {
        var office = officeSection.Get<OfficeOptions>() ?? new OfficeOptions { Name = string.Empty, UnitCode = string.Empty };
        office.Name ??= string.Empty;
        office.UnitCode ??= string.Empty;
        var campaign = campaignSection.Get<CampaignOptions>() ?? new CampaignOptions { Name = string.Empty };
        campaign.Name ??= string.Empty;
        var found = new List<string>();
        Check(office, officeKey, found);
        if (!TimeZoneExists(office.TimeZone))
        {
            found.Add($"{officeKey}:TimeZone is not a known IANA time zone (use Asia/Ho_Chi_Minh).");
        }

        if (office.OpeningTime >= office.ClosingTime)
        {
            found.Add($"{officeKey}:OpeningTime must be before {officeKey}:ClosingTime.");
        }

        Check(campaign, campaignKey, found);
        if (campaign.Start == default || campaign.End == default)
        {
            found.Add($"{campaignKey}:Start and {campaignKey}:End are missing: set the campaign window, e.g. 2024-04-01 and 2024-10-13.");
        }
        else if (campaign.Start > campaign.End)
        {
            found.Add($"{campaignKey}:Start must not be after {campaignKey}:End.");
        }

        failures.AddRange(found);
        return new OfficeProfile(office, campaign, staff);
    }

    /// <summary>The data annotations' sentences, with their keys moved to where this object was read from.</summary>
    private static void Check(object options, string key, List<string> failures)
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            var section = options switch
            {
                OfficeOptions => OfficeOptions.Section,
                CampaignOptions => CampaignOptions.Section,
                _ => AccessOptions.Section,
            };
            failures.AddRange(results.Select(r => (r.ErrorMessage ?? $"{key} is not valid.").Replace(section + ":", key + ":", StringComparison.Ordinal)));
        }
    }

    private static void AddAll(IList<long> to, IEnumerable<long> ids)
    {
        foreach (var id in ids)
        {
            to.Add(id);
        }
    }

    private static bool TimeZoneExists(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
}
