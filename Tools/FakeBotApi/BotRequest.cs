using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Telegram.Bot;

namespace OneStopBot.FakeBotApi;

/// <summary>
/// The parameters of one Bot API call, whichever way they came: a JSON body (the client's usual form),
/// multipart/form-data (uploads: every field a string, objects as JSON text, files referenced as
/// <c>attach://N</c>) or the query string.
/// </summary>
internal sealed class BotRequest : IDisposable
{
    private readonly JsonDocument? _json;
    private readonly IFormCollection? _form;
    private readonly IQueryCollection _query;

    private BotRequest(JsonDocument? json, IFormCollection? form, IQueryCollection query)
    {
        _json = json;
        _form = form;
        _query = query;
    }

    public static async Task<BotRequest> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            return new BotRequest(null, await request.ReadFormAsync(ct), request.Query);
        }

        bool isJson = request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true;
        if (!isJson || request.ContentLength == 0)
        {
            return new BotRequest(null, null, request.Query);
        }

        JsonDocument json;
        try
        {
            json = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
        }
        catch (JsonException)
        {
            throw BotApiException.BadRequest("can't parse JSON body");
        }

        if (json.RootElement.ValueKind != JsonValueKind.Object)
        {
            json.Dispose();
            throw BotApiException.BadRequest("JSON body must be an object");
        }

        return new BotRequest(json, null, request.Query);
    }

    public string? String(string name)
    {
        if (_json is not null && _json.RootElement.TryGetProperty(name, out JsonElement element))
        {
            return element.ValueKind switch
            {
                JsonValueKind.String => element.GetString(),
                JsonValueKind.Null => null,
                _ => element.GetRawText(),
            };
        }

        if (_form is not null && _form.TryGetValue(name, out var formValue))
        {
            return formValue.ToString();
        }

        return _query.TryGetValue(name, out var queryValue) ? queryValue.ToString() : null;
    }

    public string RequiredString(string name) =>
        String(name) is { Length: > 0 } value ? value : throw BotApiException.BadRequest($"{name} is empty");

    public long? Long(string name)
    {
        string? text = String(name);
        if (text is null)
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value)
            ? value
            : throw BotApiException.BadRequest($"{name} must be a number");
    }

    public int? Int(string name) => Long(name) switch
    {
        null => null,
        >= int.MinValue and <= int.MaxValue and var value => (int)value,
        _ => throw BotApiException.BadRequest($"{name} is out of range"),
    };

    public bool Bool(string name) =>
        String(name) is { } text && (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text == "1");

    /// <summary>The numeric chat_id: the fake knows no @usernames.</summary>
    public long ChatId()
    {
        string text = String("chat_id") ?? throw BotApiException.BadRequest("chat_id is empty");
        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long id)
            ? id
            : throw BotApiException.BadRequest("chat not found");
    }

    /// <summary>The numeric chat_id, or null when there is none (the method itself then says what is wrong).</summary>
    public long? ChatIdOrNull() =>
        long.TryParse(String("chat_id"), NumberStyles.Integer, CultureInfo.InvariantCulture, out long id) ? id : null;

    /// <summary>An object parameter (reply_markup, reply_parameters, commands), read with Telegram.Bot's own options.</summary>
    public T? Object<T>(string name)
        where T : class
    {
        try
        {
            if (_json is not null && _json.RootElement.TryGetProperty(name, out JsonElement element))
            {
                return element.ValueKind switch
                {
                    JsonValueKind.Null => null,
                    // The Bot API also accepts objects serialized into a string.
                    JsonValueKind.String => JsonSerializer.Deserialize<T>(element.GetString()!, JsonBotAPI.Options),
                    _ => element.Deserialize<T>(JsonBotAPI.Options),
                };
            }

            string? text = String(name);
            return string.IsNullOrEmpty(text) ? null : JsonSerializer.Deserialize<T>(text, JsonBotAPI.Options);
        }
        catch (JsonException)
        {
            throw BotApiException.BadRequest($"can't parse {name} JSON object");
        }
    }

    /// <summary>The uploaded part that an <c>attach://N</c> parameter value points at.</summary>
    public IFormFile? Attachment(string value)
    {
        const string prefix = "attach://";
        if (_form is null || !value.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        return _form.Files.GetFile(value[prefix.Length..]);
    }

    public void Dispose() => _json?.Dispose();
}
