namespace OneStopBot.FakeZaloApi;

/// <summary>A button of a sent message: what the user sees and what pressing it sends back.</summary>
public sealed record ZaloSentButton(string Title, string Type, string Payload);

/// <summary>A consultation message the OA sent to a user.</summary>
public sealed record ZaloSentMessage(string UserId, string? Text, IReadOnlyList<ZaloSentButton> Buttons, string? AttachmentType, string? AttachmentId, DateTimeOffset At)
{
    public string MessageId { get; init; } = "";
}

/// <summary>A ZNS template message sent to a phone number.</summary>
public sealed record ZnsSentMessage(string Phone, string TemplateId, IReadOnlyDictionary<string, string> Data, string TrackingId);

/// <summary>A call Zalo refused, with the error it answered.</summary>
public sealed record ZaloRefusal(string Path, string? UserId, int Error);

/// <summary>A refresh of the access token, and whether the refresh token given had been used before.</summary>
public sealed record ZaloRefresh(string RefreshToken, bool Accepted, bool Reused);
