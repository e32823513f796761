using System.ComponentModel.DataAnnotations;

namespace OneStopBot.Bot.Channels.Zalo;

/// <summary>
/// Section <c>Zalo</c>: the Official Account the citizens write to. Empty <see cref="AppId"/> leaves the channel off.
/// The secrets come from user-secrets or the environment (<c>Zalo__AppSecret</c>, <c>Zalo__OaSecretKey</c>,
/// <c>Zalo__RefreshToken</c>), never from a committed file.
/// </summary>
public sealed class ZaloOptions : IValidatableObject
{
    public const string Section = "Zalo";

    /// <summary>The Zalo app's id (developers.zalo.me → the app → Thông tin ứng dụng).</summary>
    public string? AppId { get; set; }

    /// <summary>The app's secret key, sent as <c>secret_key</c> when the access token is refreshed.</summary>
    public string? AppSecret { get; set; }

    /// <summary>The OA secret key of the webhook page: every event is signed with it.</summary>
    public string? OaSecretKey { get; set; }

    /// <summary>The first refresh token only: each refresh gives a new one, which the database keeps.</summary>
    public string? RefreshToken { get; set; }

    /// <summary>The Official Account's id: its own messages come back as events and are ignored.</summary>
    public string? OaId { get; set; }

    /// <summary>The OA's link or QR page given to citizens at reception (e.g. https://zalo.me/&lt;OA id&gt;).</summary>
    public Uri? FollowUrl { get; set; }

    public Uri ApiBaseUrl { get; set; } = new("https://openapi.zalo.me");

    public Uri OAuthBaseUrl { get; set; } = new("https://oauth.zaloapp.com");

    public Uri ZnsBaseUrl { get; set; } = new("https://business.openapi.zalo.me");

    /// <summary>ZNS templates approved for the OA, by notice name (<c>Zalo:Zns:Templates:DossierNotice</c>).</summary>
    public ZnsOptions Zns { get; set; } = new();

    /// <summary>How long before its expiry the access token is refreshed.</summary>
    public TimeSpan RefreshMargin { get; set; } = TimeSpan.FromMinutes(30);

    public bool Enabled => !string.IsNullOrWhiteSpace(AppId);

    /// <summary>Where a citizen follows the OA: <see cref="FollowUrl"/>, else the OA's zalo.me page; null with Zalo off.</summary>
    public string? FollowLink => !Enabled ? null : FollowUrl?.ToString() ?? $"https://zalo.me/{OaId}";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        foreach (var (value, key) in new[] { (AppSecret, "AppSecret"), (OaSecretKey, "OaSecretKey"), (RefreshToken, "RefreshToken"), (OaId, "OaId") })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                yield return new ValidationResult($"Zalo:AppId is set, so Zalo:{key} is needed too. Set it with user-secrets or the Zalo__{key} environment variable.");
            }
        }

        if (!AppId!.All(char.IsAsciiDigit))
        {
            yield return new ValidationResult("Zalo:AppId is the app's number from developers.zalo.me (digits only).");
        }
    }
}

public sealed class ZnsOptions
{
    /// <summary>Template ids by notice name; a notice without a template is not sent by ZNS.</summary>
    public Dictionary<string, string> Templates { get; set; } = [];
}
