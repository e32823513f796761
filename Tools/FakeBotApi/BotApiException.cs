namespace OneStopBot.FakeBotApi;

/// <summary>An error answer (<c>ok=false</c>) that a method handler wants to send back to the client.</summary>
internal sealed class BotApiException(int errorCode, string description, int? retryAfterSeconds = null)
    : Exception(description)
{
    public int ErrorCode { get; } = errorCode;

    public int? RetryAfterSeconds { get; } = retryAfterSeconds;

    public static BotApiException BadRequest(string detail) => new(400, "Bad Request: " + detail);
}
