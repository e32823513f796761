using OneStopBot.Bot.Conversation;

namespace OneStopBot.Bot.Channels.Zalo;

/// <summary>What an OA API answer means; Zalo answers HTTP 200 with <c>error</c> ≠ 0 when it refuses.</summary>
public enum ZaloErrorKind
{
    None,
    /// <summary>-216 (invalid) or -220 (expired): refresh the token and try once more.</summary>
    TokenRejected,
    /// <summary>-213: the user does not follow the OA; not reachable until they write again.</summary>
    NotFollowing,
    /// <summary>-230, -232: no message from the user recently enough; the message waits for their next one.</summary>
    NoRecentInteraction,
    /// <summary>-244: the user restricted messages from the OA.</summary>
    UserRestricted,
    /// <summary>-32: too many calls; back off.</summary>
    RateLimited,
    /// <summary>-201 and the like: the request itself is wrong; sending it again would not help.</summary>
    InvalidRequest,
    /// <summary>Anything else Zalo said: tried again later, a limited number of times.</summary>
    Other,
}

/// <summary>The one place where Zalo's error codes get their meaning and the outbox's treatment.</summary>
public static class ZaloErrors
{
    /// <summary>How long a send waits after Zalo's rate limit (-32) before it is tried again.</summary>
    public static readonly TimeSpan RateLimitBackoff = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a message for someone outside the reply window waits before it is looked at again; their next message
    /// makes it due at once (<see cref="ZaloContacts"/>), so this is only a bound.
    /// </summary>
    public static readonly TimeSpan WaitForNextMessage = TimeSpan.FromDays(7);

    public static ZaloErrorKind Classify(int code) => code switch
    {
        0 => ZaloErrorKind.None,
        -216 or -220 => ZaloErrorKind.TokenRejected,
        -213 => ZaloErrorKind.NotFollowing,
        -230 or -232 => ZaloErrorKind.NoRecentInteraction,
        -244 => ZaloErrorKind.UserRestricted,
        -32 => ZaloErrorKind.RateLimited,
        -201 or -210 or -211 or -212 or -214 or -217 => ZaloErrorKind.InvalidRequest,
        _ => ZaloErrorKind.Other,
    };

    /// <summary>
    /// The failure the outbox acts on. A rejected token has been refreshed and tried once more by the time it gets
    /// here, so it is passing trouble now.
    /// </summary>
    public static SendFailedException ToFailure(ZaloErrorKind kind, int code, string? message)
    {
        var text = $"Zalo error {code} ({kind}): {message}";
        return kind switch
        {
            ZaloErrorKind.NotFollowing or ZaloErrorKind.UserRestricted => new SendFailedException(SendFailure.Blocked, text),
            ZaloErrorKind.NoRecentInteraction => new SendFailedException(SendFailure.Held, text, WaitForNextMessage),
            ZaloErrorKind.RateLimited => new SendFailedException(SendFailure.Transient, text, RateLimitBackoff),
            ZaloErrorKind.InvalidRequest => new SendFailedException(SendFailure.Rejected, text),
            _ => new SendFailedException(SendFailure.Transient, text),
        };
    }
}

/// <summary>An OA API answer with <c>error</c> ≠ 0.</summary>
public sealed class ZaloApiException : Exception
{
    public ZaloApiException(int code, string? message)
        : base($"Zalo error {code}: {message}")
    {
        Code = code;
        Kind = ZaloErrors.Classify(code);
        ZaloMessage = message;
    }

    public ZaloApiException()
    {
    }

    public ZaloApiException(string message)
        : base(message)
    {
    }

    public ZaloApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Code { get; }

    public ZaloErrorKind Kind { get; }

    public string? ZaloMessage { get; }

    public SendFailedException ToFailure() => ZaloErrors.ToFailure(Kind, Code, ZaloMessage);
}
