namespace OneStopBot.Persistence.Messaging;

/// <summary>
/// The Zalo Official Account's token pair, one row. Each refresh token works once, so the pair is written here before
/// the new access token is used, and a refresh is done only by the instance holding the row's lease.
/// </summary>
public sealed class ZaloToken
{
    /// <summary>The single row's key.</summary>
    public const int SingleId = 1;

    public int Id { get; set; } = SingleId;

    /// <summary>Null until the first refresh (the configured refresh token comes without an access token).</summary>
    public string? AccessToken { get; set; }

    public DateTime AccessExpiresAtUtc { get; set; }

    public required string RefreshToken { get; set; }

    public DateTime RefreshedAtUtc { get; set; }

    /// <summary>SHA-256 of the configured first refresh token this pair descends from: a new one configured restarts from it.</summary>
    public string? SeedHash { get; set; }

    /// <summary>The instance refreshing now; null when nobody is.</summary>
    public string? LeaseHolder { get; set; }

    public DateTime? LeaseUntilUtc { get; set; }
}

/// <summary>
/// What the bot knows of a Zalo user's reach: Zalo lets the OA answer only within 48 hours of the user's last
/// message, at most 8 times, and a user who unfollowed is reached again only once they write.
/// </summary>
public sealed class ZaloContact
{
    /// <summary>The Zalo user id, as the person's chat id (<see cref="Domain.People.Person.ExternalId"/>).</summary>
    public long UserId { get; set; }

    /// <summary>When the bot received the user's last message: the window runs from it.</summary>
    public DateTime? LastInboundAtUtc { get; set; }

    /// <summary>Zalo's own time of that message: a redelivered older event does not open the window again.</summary>
    public DateTime? LastEventAtUtc { get; set; }

    /// <summary>The update id of that message: its redelivery does not open the window again either.</summary>
    public long? LastUpdateId { get; set; }

    /// <summary>Messages sent since that last message; the window allows 8.</summary>
    public int RepliesSinceInbound { get; set; }

    /// <summary>The user's Zalo name, asked of Zalo once: events carry only the id.</summary>
    public string? DisplayName { get; set; }

    /// <summary>The phone the user chose to share (user_submit_info), in 84… form.</summary>
    public string? SharedPhone { get; set; }
}

/// <summary>
/// The applicant agreed at reception that the dossier's status notices may reach their phone by ZNS, Zalo's notice
/// by phone number, when a Zalo follower of the dossier is outside the reply window.
/// </summary>
public sealed class ZnsConsent
{
    public int DossierId { get; set; }

    public Domain.Dossiers.Dossier? Dossier { get; set; }

    public DateTime AtUtc { get; set; }
}
