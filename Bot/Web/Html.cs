using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace OneStopBot.Bot.Web;

/// <summary>What every page shares: escaping that keeps Vietnamese readable, and a policy that loads nothing from elsewhere.</summary>
internal static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Text escaped for an element or an attribute.</summary>
    public static string E(string? text) => Encoder.Encode(text ?? string.Empty);

    /// <summary>
    /// Nothing from another origin, no script but the page's own inline one (by its hash), images only inline:
    /// the pages work on an office network with no internet, and nothing on them can call out.
    /// </summary>
    public static string SecurityPolicy(string? script) =>
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
        + (script is null ? string.Empty : $"; script-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)))}'");

    /// <summary>A strong validator of a page's content.</summary>
    public static string ETagOf(string content) => "\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..24] + "\"";

    public static void Headers(HttpResponse response, string? script)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.ContentSecurityPolicy = SecurityPolicy(script);
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
    }
}
