using System.Security.Cryptography;
using System.Text.Json;

namespace OneStopBot.Bot.Conversation;

/// <summary>
/// "Xác nhận" / "Huỷ" before what cannot be taken back. The pending request is the chat's open form, so it survives
/// a restart; its buttons carry a one-off id and expire after <see cref="Lifetime"/>. Anything else the person writes
/// drops it, and a press on an expired, dropped or older confirmation changes nothing.
/// </summary>
internal static class Confirmations
{
    public const string FormKind = "confirm";
    public const string ButtonPrefix = "cf";

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public static readonly Text ConfirmButton = new("✅ Xác nhận", "✅ Confirm");

    public static readonly Text CancelButton = new("✖️ Huỷ", "✖️ Cancel");

    public static readonly Text Expires = new(
        "Nút xác nhận có hiệu lực {0} phút.",
        "The confirmation is valid for {0} minutes.");

    public static readonly Text Expired = new(
        "Xác nhận này đã hết hạn hoặc không còn hiệu lực, nên không có gì thay đổi. Vui lòng thao tác lại nếu vẫn muốn.",
        "This confirmation has expired or is no longer valid, so nothing was changed. Please do it again if you still want to.");

    public static readonly Text Cancelled = new("Đã huỷ; không có gì thay đổi.", "Cancelled; nothing was changed.");

    /// <summary>Shows <paramref name="question"/> with the two buttons and keeps <paramref name="payload"/> until one is pressed.</summary>
    public static void Ask<T>(ChatContext ctx, string subject, T payload, string question)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var pending = new Pending(subject, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)), ctx.Now.Utc + Lifetime, JsonSerializer.Serialize(payload));
        ctx.SaveForm(FormKind, pending);
        ctx.Reply(
            question + "\n\n" + ctx.T(Expires, (int)Lifetime.TotalMinutes),
            [[new Button(ctx.T(ConfirmButton), $"{ButtonPrefix}:y:{pending.Id}"), new Button(ctx.T(CancelButton), $"{ButtonPrefix}:n:{pending.Id}")]]);
    }

    /// <summary>
    /// Reads a press of <c>cf:{y|n}:{id}</c>. Null when it matches no open question, after saying so; otherwise the
    /// question, now closed, and whether it was confirmed in time. "Huỷ" and a late press are answered here, and the
    /// question's handler may add to that answer (a form it interrupted shows itself again).
    /// </summary>
    public static Answer? Take(ChatContext ctx, string data)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var parts = (data ?? string.Empty).Split(':');
        var pending = ctx.Form?.Kind == FormKind ? ctx.FormData<Pending>() : null;
        if (parts.Length != 3 || pending is null || parts[2] != pending.Id)
        {
            ctx.Reply(ctx.T(Expired));
            return null;
        }

        ctx.CloseForm();
        if (parts[1] != "y")
        {
            ctx.Reply(ctx.T(Cancelled));
            return new Answer(pending, Confirmed: false);
        }

        if (ctx.Now.Utc > pending.ExpiresAtUtc)
        {
            ctx.Reply(ctx.T(Expired));
            return new Answer(pending, Confirmed: false);
        }

        return new Answer(pending, Confirmed: true);
    }

    /// <summary>A press on the open question: <paramref name="Confirmed"/> when it was "Xác nhận" in time.</summary>
    internal sealed record Answer(Pending Pending, bool Confirmed);

    internal sealed record Pending(string Subject, string Id, DateTime ExpiresAtUtc, string Payload)
    {
        public T Read<T>() => JsonSerializer.Deserialize<T>(Payload) ?? throw new InvalidOperationException("An empty confirmation.");
    }
}
