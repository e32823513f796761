using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace OneStopBot.Bot.Channels.Zalo;

/// <summary>A new token pair from Zalo's OAuth server.</summary>
public sealed record ZaloTokenPair(string AccessToken, string RefreshToken, TimeSpan ExpiresIn);

/// <summary>
/// The OA Open API v3 over one typed <see cref="HttpClient"/>: consultation messages, uploads, ZNS and the token
/// refresh. Each call returns Zalo's data or throws <see cref="ZaloApiException"/> for an answer with <c>error</c> ≠ 0
/// (Zalo's errors come with HTTP 200); network trouble is left as <see cref="HttpRequestException"/>.
/// </summary>
public sealed class ZaloApi(HttpClient http, IOptions<ZaloOptions> options)
{
    private ZaloOptions O => options.Value;

    /// <summary>A consultation message (text, buttons, an attachment) to a user; returns Zalo's message id.</summary>
    public async Task<string?> SendMessageAsync(string accessToken, string userId, JsonObject message, CancellationToken ct)
    {
        var body = new JsonObject { ["recipient"] = new JsonObject { ["user_id"] = userId }, ["message"] = message };
        using var request = new HttpRequestMessage(HttpMethod.Post, Url(O.ApiBaseUrl, "v3.0/oa/message/cs"))
        {
            Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("access_token", accessToken);
        var data = await CallAsync(request, ct);
        return Str(data, "message_id");
    }

    /// <summary>The user's Zalo name (the profile's <c>display_name</c>).</summary>
    public async Task<string?> GetDisplayNameAsync(string accessToken, string userId, CancellationToken ct)
    {
        var query = Uri.EscapeDataString(new JsonObject { ["user_id"] = userId }.ToJsonString());
        using var request = new HttpRequestMessage(HttpMethod.Get, Url(O.ApiBaseUrl, "v3.0/oa/user/detail?data=" + query));
        request.Headers.Add("access_token", accessToken);
        var data = await CallAsync(request, ct);
        return Str(data, "display_name");
    }

    /// <summary>Uploads a picture; returns the attachment id a media message names.</summary>
    public Task<string> UploadImageAsync(string accessToken, string fileName, byte[] bytes, CancellationToken ct) =>
        UploadAsync(accessToken, "v2.0/oa/upload/image", fileName, bytes, "image/png", "attachment_id", ct);

    /// <summary>Uploads a file (xlsx, pdf); returns the token a file message names.</summary>
    public Task<string> UploadFileAsync(string accessToken, string fileName, byte[] bytes, CancellationToken ct) =>
        UploadAsync(accessToken, "v2.0/oa/upload/file", fileName, bytes, "application/octet-stream", "token", ct);

    /// <summary>A ZNS template message to a phone number (84… form); returns Zalo's message id.</summary>
    public async Task<string?> SendTemplateAsync(string accessToken, string phone, string templateId, IReadOnlyDictionary<string, string> data, string trackingId, CancellationToken ct)
    {
        var templateData = new JsonObject();
        foreach (var (key, value) in data)
        {
            templateData[key] = value;
        }

        var body = new JsonObject { ["phone"] = phone, ["template_id"] = templateId, ["template_data"] = templateData, ["tracking_id"] = trackingId };
        using var request = new HttpRequestMessage(HttpMethod.Post, Url(O.ZnsBaseUrl, "message/template"))
        {
            Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("access_token", accessToken);
        var reply = await CallAsync(request, ct);
        return Str(reply, "msg_id");
    }

    /// <summary>Trades a refresh token (usable once) for a new pair.</summary>
    public async Task<ZaloTokenPair> RefreshAsync(string refreshToken, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Url(O.OAuthBaseUrl, "v4/oa/access_token"))
        {
            Content = new FormUrlEncodedContent(
            [
                new("app_id", O.AppId!),
                new("grant_type", "refresh_token"),
                new("refresh_token", refreshToken),
            ]),
        };
        request.Headers.Add("secret_key", O.AppSecret);
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        var root = await ReadAsync(response, ct);
        if (Int(root, "error") is { } error and not 0)
        {
            throw new ZaloApiException(error, Str(root, "error_description") ?? Str(root, "error_name") ?? Str(root, "message"));
        }

        var access = Str(root, "access_token");
        var refresh = Str(root, "refresh_token");
        if (string.IsNullOrEmpty(access) || string.IsNullOrEmpty(refresh))
        {
            throw new ZaloApiException(-1, "the token answer had no access_token or refresh_token");
        }

        // expires_in comes as a string of seconds.
        var seconds = long.TryParse(Str(root, "expires_in"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 3600;
        return new ZaloTokenPair(access, refresh, TimeSpan.FromSeconds(seconds));
    }

    private async Task<string> UploadAsync(string accessToken, string path, string fileName, byte[] bytes, string mediaType, string idField, CancellationToken ct)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        form.Add(file, "file", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, Url(O.ApiBaseUrl, path)) { Content = form };
        request.Headers.Add("access_token", accessToken);
        var data = await CallAsync(request, ct);
        return Str(data, idField) ?? throw new ZaloApiException(-1, $"the upload answer had no {idField}");
    }

    /// <summary>Sends, checks <c>error</c>, and returns <c>data</c> (or the whole answer when it has none).</summary>
    private async Task<JsonElement> CallAsync(HttpRequestMessage request, CancellationToken ct)
    {
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        var root = await ReadAsync(response, ct);
        if (Int(root, "error") is { } error and not 0)
        {
            throw new ZaloApiException(error, Str(root, "message"));
        }

        return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("data", out var data) ? data : root;
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        try
        {
            using var json = await JsonDocument.ParseAsync(stream, cancellationToken: ct);
            return json.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new HttpRequestException("Zalo answered with something that is not JSON", e);
        }
    }

    private static Uri Url(Uri baseUrl, string path) => new(baseUrl.ToString().TrimEnd('/') + "/" + path);

    private static string? Str(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var v)
            ? v.ValueKind switch { JsonValueKind.String => v.GetString(), JsonValueKind.Number => v.GetRawText(), _ => null }
            : null;

    private static int? Int(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var v)
            ? v.ValueKind switch
            {
                JsonValueKind.Number when v.TryGetInt32(out var n) => n,
                JsonValueKind.String when int.TryParse(v.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
                _ => null,
            }
            : null;
}
