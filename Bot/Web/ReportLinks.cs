using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace OneStopBot.Bot.Web;

/// <summary>Why a report link was not honoured.</summary>
public enum LinkRefusal
{
    None,
    /// <summary>Not a link this host signed (a changed character, another person's id, another key).</summary>
    Forged,
    /// <summary>Signed here, but past its lifetime on the office clock.</summary>
    Expired,
}

/// <summary>
/// Signed, expiring links to one leader's report page: <c>/baocao/{person}.{expires}.{mac}</c>, the mac an HMAC-SHA256
/// of the person's id and the expiry (Unix seconds on the office clock) under <c>Web:ReportSecret</c>. Nothing is
/// stored: the link carries what it grants, and the key decides whether it was granted.
/// </summary>
public sealed class ReportLinks
{
    public const string PathPrefix = "/baocao/";

    /// <summary>How long a link is honoured, on the office clock; the texts that send it say 24 hours.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private readonly byte[] key;
    private readonly TimeProvider time;
    private readonly WebOptions options;
    private readonly IServer server;

    public ReportLinks(IOptions<WebOptions> options, TimeProvider time, IServer server, ILogger<ReportLinks> log)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        this.time = time;
        this.server = server;
        if (string.IsNullOrEmpty(this.options.ReportSecret))
        {
            key = RandomNumberGenerator.GetBytes(32);
            WebLog.GeneratedReportSecret(log);
        }
        else
        {
            key = Encoding.UTF8.GetBytes(this.options.ReportSecret);
        }
    }

    /// <summary>A link to <paramref name="personId"/>'s report on <paramref name="period"/>, valid for 24 hours from now.</summary>
    public string For(long personId, string period)
    {
        var expires = time.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds();
        var token = string.Create(CultureInfo.InvariantCulture, $"{personId}.{expires}");
        var link = $"{BaseUrl()}{PathPrefix}{token}.{Mac(token)}";
        return period.Length == 0 ? link : $"{link}?ky={Uri.EscapeDataString(period)}";
    }

    /// <summary>The person a token was signed for, or why it is refused; the mac is compared in constant time, before the date is read.</summary>
    public (long PersonId, LinkRefusal Refusal) Check(string? token)
    {
        var parts = (token ?? string.Empty).Split('.');
        if (parts.Length != 3
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var person)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            return (0, LinkRefusal.Forged);
        }

        var expected = Encoding.ASCII.GetBytes(Mac($"{parts[0]}.{parts[1]}"));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(parts[2])))
        {
            return (0, LinkRefusal.Forged);
        }

        return time.GetUtcNow().ToUnixTimeSeconds() >= expires ? (person, LinkRefusal.Expired) : (person, LinkRefusal.None);
    }

    private string Mac(string token) =>
        Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("report:" + token))).Replace('+', '-').Replace('/', '_').TrimEnd('=');

    private string BaseUrl()
    {
        if (options.PublicUrl is { } configured)
        {
            return configured.ToString().TrimEnd('/');
        }

        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? WebOptions.DefaultLocalUrl;
        return address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://[::]", "://localhost", StringComparison.Ordinal).Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).TrimEnd('/');
    }
}

internal static partial class WebLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Web:ReportSecret is not set: report links are signed with a key made at start, valid on this instance until it restarts.")]
    public static partial void GeneratedReportSecret(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "A report link was refused: {Refusal}.")]
    public static partial void LinkRefused(ILogger logger, LinkRefusal refusal);
}
