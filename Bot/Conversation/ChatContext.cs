using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneStopBot.Domain;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;
using OneStopBot.Persistence.Messaging;

namespace OneStopBot.Bot.Conversation;

/// <summary>Everything a handler needs for one inbound message; handlers add replies and notifications here.</summary>
public sealed class ChatContext(
    InboundMessage message,
    Person person,
    OneStopDbContext db,
    OfficeInstant now,
    ConversationState? form,
    Func<CancellationToken, Task> beginWrite)
{
    private readonly List<OutboundMessage> replies = [];

    public InboundMessage Message { get; } = message;

    public Person Person { get; } = person;

    public Language Language => Person.Language;

    public OneStopDbContext Db { get; } = db;

    public OfficeInstant Now { get; } = now;

    public Actor Actor => new(Person.Id, Person.DisplayName);

    /// <summary>The chat's open multi-step form, if any.</summary>
    public ConversationState? Form { get; private set; } = form;

    public IReadOnlyList<OutboundMessage> Replies => replies;

    public bool NotifiedOthers { get; private set; }

    /// <summary>
    /// Serialises the rest of this update with every other write, inside its transaction. Call it before reading
    /// something that the same update writes back and that other chats write too (a daily sequence number).
    /// </summary>
    public Task BeginWriteAsync(CancellationToken ct) => beginWrite(ct);

    public string T(Text text) => text[Language];

    public string T(Text text, params object?[] args) => text.Format(Language, args);

    public void Reply(string text, IReadOnlyList<IReadOnlyList<Button>>? buttons = null) =>
        replies.Add(new OutboundMessage(Message.Channel, Message.ChatId, text) { Buttons = buttons ?? [] });

    public void Reply(OutboundMessage message) => replies.Add(message);

    /// <summary>Queues a message for another chat in this transaction; it is sent after the commit, with retries.</summary>
    public void Notify(ChannelKind channel, long chatId, string text, IReadOnlyList<IReadOnlyList<Button>>? buttons = null, string? dedupeKey = null)
    {
        Db.Outbox.Add(OutboxDispatcher.ToRow(new OutboundMessage(channel, chatId, text) { Buttons = buttons ?? [] }, Now.Utc, dedupeKey));
        NotifiedOthers = true;
    }

    /// <summary>Like <see cref="Notify"/>, but writes nothing when a message with the same key was already queued.</summary>
    public async Task<bool> NotifyOnceAsync(ChannelKind channel, long chatId, string text, string dedupeKey, IReadOnlyList<IReadOnlyList<Button>>? buttons = null, CancellationToken ct = default)
    {
        var queuedNow = Db.Outbox.Local.Any(m => m.DedupeKey == dedupeKey);
        if (queuedNow || await Db.Outbox.AnyAsync(m => m.DedupeKey == dedupeKey, ct))
        {
            return false;
        }

        Notify(channel, chatId, text, buttons, dedupeKey);
        return true;
    }

    public T? FormData<T>() where T : class =>
        Form is null ? null : JsonSerializer.Deserialize<T>(Form.Data);

    public void SaveForm<T>(string kind, T data)
    {
        var json = JsonSerializer.Serialize(data);
        if (Form is null)
        {
            Form = new ConversationState { Channel = Message.Channel, ChatId = Message.ChatId, Kind = kind, Data = json, UpdatedAtUtc = Now.Utc };
            Db.Conversations.Add(Form);
        }
        else
        {
            Form.Kind = kind;
            Form.Data = json;
            Form.UpdatedAtUtc = Now.Utc;
        }
    }

    public void CloseForm()
    {
        if (Form is not null)
        {
            Db.Conversations.Remove(Form);
            Form = null;
        }
    }
}
