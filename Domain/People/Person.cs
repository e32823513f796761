using OneStopBot.Domain.Text;

namespace OneStopBot.Domain.People;

/// <summary>Where a person talks to the bot.</summary>
public enum ChannelKind
{
    Console = 0,
    Telegram = 1,
    Zalo = 2,
}

/// <summary>Someone who talks to the bot: a citizen by default, or an officer, leader or admin.</summary>
public sealed class Person
{
    /// <summary>The longest name kept, as the column holds it; a longer one (a platform's first and last names) is cut.</summary>
    public const int MaxDisplayName = 200;

    private Person()
    {
        DisplayName = string.Empty;
        NameKey = string.Empty;
    }

    public Person(ChannelKind channel, long externalId, string displayName, DateTime createdAtUtc)
    {
        Channel = channel;
        ExternalId = externalId;
        DisplayName = string.IsNullOrWhiteSpace(displayName) ? externalId.ToString(System.Globalization.CultureInfo.InvariantCulture) : Fit(displayName);
        NameKey = Fit(SearchKey.Of(DisplayName));
        CreatedAtUtc = createdAtUtc;
    }

    public long Id { get; private set; }

    public ChannelKind Channel { get; private set; }

    /// <summary>The platform's user id (Telegram user id).</summary>
    public long ExternalId { get; private set; }

    /// <summary>The name the channel gave, or the id when it gave none (see <see cref="NameIsKnown"/>).</summary>
    public string DisplayName { get; private set; }

    /// <summary>False when the channel gave no name and <see cref="DisplayName"/> is the id: not a way to greet anyone.</summary>
    public bool NameIsKnown => DisplayName != ExternalId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string NameKey { get; private set; }

    public Role Role { get; private set; }

    /// <summary>
    /// The office a member of staff works in (its unit code); null for a citizen, who belongs to no office, and for
    /// a province leader or administrator, who sees every office.
    /// </summary>
    public string? UnitCode { get; private set; }

    public Language Language { get; private set; }

    /// <summary>The desk or function shown to citizens (e.g. "Tư pháp – Hộ tịch").</summary>
    public string? Desk { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>When the platform said this person blocked the bot; null while messages can reach them.</summary>
    public DateTime? BlockedBotAtUtc { get; private set; }

    public bool IsStaff => Role >= Role.Officer;

    /// <summary>Created before the person wrote (from the configuration): the name is still their platform id.</summary>
    public bool HasPlaceholderName => DisplayName == ExternalId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public bool Has(Role role) => Role >= role;

    /// <summary>When an administrator last took this person's role away; a configured role is then not given back at start.</summary>
    public DateTime? RoleRevokedAtUtc { get; private set; }

    public void GrantRole(Role role, string? unitCode)
    {
        Role = role;
        UnitCode = role == Role.Citizen ? null : unitCode;
        RoleRevokedAtUtc = null;
    }

    /// <summary>Back to a citizen's rights, for good: only a new invitation gives a role again.</summary>
    public void RevokeRole(DateTime atUtc)
    {
        Role = Role.Citizen;
        UnitCode = null;
        RoleRevokedAtUtc = atUtc;
    }

    public void ChooseLanguage(Language language) => Language = language;

    public void Rename(string displayName)
    {
        if (!string.IsNullOrWhiteSpace(displayName))
        {
            DisplayName = Fit(displayName);
            NameKey = Fit(SearchKey.Of(DisplayName));
        }
    }

    /// <summary>Trimmed and cut to <see cref="MaxDisplayName"/>.</summary>
    private static string Fit(string name) => TextCut.Within(name.Trim(), MaxDisplayName).TrimEnd();

    public void MarkBlockedBot(DateTime nowUtc) => BlockedBotAtUtc ??= nowUtc;

    /// <summary>The person wrote to the bot again, so the chat is open again.</summary>
    public void ClearBlockedBot() => BlockedBotAtUtc = null;

    public void AssignDesk(string? desk) => Desk = string.IsNullOrWhiteSpace(desk) ? null : desk.Trim();
}
