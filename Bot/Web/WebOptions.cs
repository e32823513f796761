using System.ComponentModel.DataAnnotations;

namespace OneStopBot.Bot.Web;

/// <summary>Section <c>Web</c>: the office board and the leader's report page.</summary>
public sealed class WebOptions : IValidatableObject
{
    public const string Section = "Web";

    /// <summary>Where the console chat's host listens, so that the board can be opened beside the demo.</summary>
    public const string DefaultLocalUrl = "http://127.0.0.1:5080";

    /// <summary>
    /// The address people reach this host at (e.g. https://bot.example), used in the report links sent in the chat;
    /// not set: the host's own first address.
    /// </summary>
    public Uri? PublicUrl { get; set; }

    /// <summary>The console chat's address (<see cref="DefaultLocalUrl"/>); "http://127.0.0.1:0" takes any free port.</summary>
    public string LocalUrl { get; set; } = DefaultLocalUrl;

    /// <summary>
    /// The key report links are signed with (HMAC-SHA256), at least 32 characters; keep it in user-secrets or the
    /// environment. Not set: a random key made at start, so links last until a restart and work on this instance only.
    /// </summary>
    public string? ReportSecret { get; set; }

    /// <summary>How long one rendering of the board is served before it is read again from the database.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:20")]
    public TimeSpan BoardCacheDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often an open board asks for news; with the cache, a change is on screen within 30 seconds.</summary>
    [Range(1, 20)]
    public int BoardRefreshSeconds { get; set; } = 10;

    /// <summary>Requests one address may make to the pages in a minute.</summary>
    [Range(1, 10_000)]
    public int RequestsPerMinute { get; set; } = 120;

    /// <summary>The Zalo Official Account's follow link (https://zalo.me/…); when set, the board shows its QR too.</summary>
    public Uri? ZaloFollowUrl { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(ReportSecret) && ReportSecret.Length < 32)
        {
            yield return new ValidationResult(
                "Web:ReportSecret must be at least 32 characters long (or empty, for a key made at start).", [nameof(ReportSecret)]);
        }

        if (BoardCacheDuration.TotalSeconds + BoardRefreshSeconds > 30)
        {
            yield return new ValidationResult(
                "Web:BoardCacheDuration and Web:BoardRefreshSeconds together must stay within 30 seconds, so that a change is on the board within 30 seconds.",
                [nameof(BoardCacheDuration), nameof(BoardRefreshSeconds)]);
        }
    }
}
