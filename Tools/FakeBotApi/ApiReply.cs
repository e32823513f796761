using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Telegram.Bot;

namespace OneStopBot.FakeBotApi;

/// <summary>Writes Bot API envelopes: <c>{"ok":true,"result":…}</c> and <c>{"ok":false,"error_code":…}</c>.</summary>
internal static class ApiReply
{
    public static Task OkAsync<T>(HttpResponse response, T result) =>
        WriteAsync(response, StatusCodes.Status200OK, writer =>
        {
            writer.WriteBoolean("ok", true);
            writer.WritePropertyName("result");
            JsonSerializer.Serialize(writer, result, JsonBotAPI.Options);
        });

    /// <summary>Updates were serialized when queued; they are copied in as they are.</summary>
    public static Task UpdatesAsync(HttpResponse response, List<byte[]> updates) =>
        WriteAsync(response, StatusCodes.Status200OK, writer =>
        {
            writer.WriteBoolean("ok", true);
            writer.WriteStartArray("result");
            foreach (byte[] update in updates)
            {
                writer.WriteRawValue(update, skipInputValidation: true);
            }

            writer.WriteEndArray();
        });

    public static Task ErrorAsync(HttpResponse response, int errorCode, string description, int? retryAfterSeconds = null) =>
        WriteAsync(response, errorCode, writer =>
        {
            writer.WriteBoolean("ok", false);
            writer.WriteNumber("error_code", errorCode);
            writer.WriteString("description", description);
            if (retryAfterSeconds is { } retryAfter)
            {
                writer.WriteStartObject("parameters");
                writer.WriteNumber("retry_after", retryAfter);
                writer.WriteEndObject();
            }
        });

    private static async Task WriteAsync(HttpResponse response, int statusCode, Action<Utf8JsonWriter> writeBody)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeBody(writer);
            writer.WriteEndObject();
        }

        response.StatusCode = statusCode;
        response.ContentType = "application/json";
        response.ContentLength = buffer.WrittenCount;
        await response.Body.WriteAsync(buffer.WrittenMemory);
    }
}
