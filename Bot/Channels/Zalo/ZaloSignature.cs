using System.Security.Cryptography;
using System.Text;

namespace OneStopBot.Bot.Channels.Zalo;

/// <summary>
/// Zalo signs each webhook event: <c>X-ZEvent-Signature: mac=</c> hex SHA-256 of app id, the raw body, the body's
/// timestamp and the OA secret key, concatenated. It is computed over the bytes as they came (re-serialised JSON
/// would not match) and compared in constant time.
/// </summary>
public static class ZaloSignature
{
    public const string Header = "X-ZEvent-Signature";
    private const string Prefix = "mac=";

    public static string Compute(string appId, ReadOnlySpan<byte> body, string timestamp, string oaSecretKey)
    {
        ArgumentNullException.ThrowIfNull(appId);
        ArgumentNullException.ThrowIfNull(timestamp);
        ArgumentNullException.ThrowIfNull(oaSecretKey);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(appId));
        sha.AppendData(body);
        sha.AppendData(Encoding.UTF8.GetBytes(timestamp));
        sha.AppendData(Encoding.UTF8.GetBytes(oaSecretKey));
        return Prefix + Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    public static bool IsValid(string? header, string appId, ReadOnlySpan<byte> body, string timestamp, string oaSecretKey)
    {
        if (string.IsNullOrEmpty(header))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(appId, body, timestamp, oaSecretKey));
        var given = Encoding.ASCII.GetBytes(header.Trim().ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }
}
