using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStopBot.Bot.Features.Access;
using OneStopBot.Bot.Jobs;
using OneStopBot.Bot.Office;
using OneStopBot.Domain;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;
using OneStopBot.Persistence.Messaging;

namespace OneStopBot.Bot.Conversation;

/// <summary>
/// The way of one message: drop repeats, load the person and the open form, dispatch, and commit the
/// change, the update id, the notifications for others and the replies in one transaction. Never throws for a bad
/// message: a refused rule or a failing handler becomes a polite reply.
/// </summary>
/// <remarks>
/// A reply is an outbox row like any notice, so that a reply to a committed change cannot be lost: the caller
/// sends it at once (<see cref="OutboxDispatcher.SendReplyAsync"/>), and the outbox leaves it alone for
/// <see cref="OutboxOptions.ReplyLease"/>, after which it sends it if the caller could not (the process died).
/// </remarks>
public sealed class UpdatePipeline(
    IServiceScopeFactory scopes,
    OfficeClock clock,
    OfficeDirectory offices,
    IOptions<OutboxOptions> outbox,
    OutboxSignal outboxSignal,
    ILogger<UpdatePipeline> log)
{
    /// <returns>The replies, committed as outbox rows, for the caller to send now.</returns>
    public async Task<IReadOnlyList<OutboxMessage>> ProcessAsync(InboundMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        message = message.Storable();
        var language = Language.Vi;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();

            // The handler reads and decides outside any transaction, so that chats do not wait for each other's
            // reads; the save writes the update id, the changes and the outbox rows in one transaction. A change
            // that raced another chat's change on the same record fails its concurrency token and the person is
            // told to reload. A repeated update is stopped by the primary key of its id at the save, which rolls
            // its changes back (repeats are rare: no query is spent looking for them first). A handler that must
            // read and write as one step (a daily sequence) begins its write early through the context. One open
            // connection serves the reads and the transaction.
            await db.Database.OpenConnectionAsync(ct);
            WriteTransaction? write = null;
            ChatContext ctx;
            List<OutboxMessage> replies;
            try
            {
                var now = clock.Now;
                var person = await LoadPersonAsync(db, message, now, ct);
                language = person.Language;
                // From here every query of this update sees what the sender may: their office's rows, or every office's.
                scope.ServiceProvider.GetRequiredService<CurrentOffice>().EnterFor(person);
                var (channel, chatId) = (message.Channel, message.ChatId);
                var form = await db.Conversations.SingleOrDefaultAsync(c => c.Channel == channel && c.ChatId == chatId, ct);
                db.ProcessedUpdates.Add(new ProcessedUpdate { Channel = message.Channel, UpdateId = message.UpdateId, AtUtc = now.Utc });
                ctx = new ChatContext(message, person, db, now, form, async c => write ??= await db.BeginWriteAsync(c));
                await scope.ServiceProvider.GetRequiredService<Router>().DispatchAsync(ctx, ct);
                replies = Queue(db, ctx.Replies, now.Utc);
                await db.SaveChangesAsync(ct);
                if (write is not null)
                {
                    await write.CommitAsync(ct);
                }
            }
            finally
            {
                if (write is not null)
                {
                    await write.DisposeAsync();
                }
            }

            if (ctx.NotifiedOthers)
            {
                outboxSignal.Wake();
            }

            return replies;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (DomainException refused)
        {
            return await AnswerAsync(message, ErrorTexts.For(refused, language), ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await AnswerAsync(message, ErrorTexts.Stale[language], ct);
        }
        catch (DbUpdateException clash) when (StoreErrors.IsUniqueViolation(clash))
        {
            if (await WasHandledAsync(message, ct))
            {
                // A repeat (a redelivery, or an inbox replay after a stop): the first one did the work and answered.
                PipelineLog.Duplicate(log, message.Channel, message.UpdateId);
                return [];
            }

            PipelineLog.HandlerFailed(log, clash, message.Channel, message.UpdateId);
            return await AnswerAsync(message, ErrorTexts.Failure[language], ct);
        }
        catch (Exception failure) when (StoreErrors.FaultOf(failure) is { } fault)
        {
            // Locked, read-only, full or out of reach: the transaction did not commit, so nothing changed. The person
            // is told so (a counter officer must know the dossier did not move), and the log says what to mend.
            PipelineLog.StoreUnavailable(log, fault, failure.GetBaseException().Message, message.Channel, message.UpdateId);
            return await AnswerAsync(message, ErrorTexts.StoreUnavailable[language], ct);
        }
#pragma warning disable CA1031 // One failing message must never stop the bot; the person gets an apology and the log the details.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            PipelineLog.HandlerFailed(log, failure, message.Channel, message.UpdateId);
            return await AnswerAsync(message, ErrorTexts.Failure[language], ct);
        }
    }

    /// <summary>
    /// Records the update as handled and its answer in a fresh transaction (the failed one was rolled back). When even
    /// that cannot be written, the answer is still given, as a row never stored: the person is not left in silence.
    /// </summary>
    private async Task<IReadOnlyList<OutboxMessage>> AnswerAsync(InboundMessage message, string text, CancellationToken ct)
    {
        var now = clock.Now.Utc;
        var answer = new OutboundMessage(message.Channel, message.ChatId, text);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
            db.ProcessedUpdates.Add(new ProcessedUpdate { Channel = message.Channel, UpdateId = message.UpdateId, AtUtc = now });
            var rows = Queue(db, [answer], now);
            await db.SaveChangesAsync(ct);
            return rows;
        }
        catch (DbUpdateException clash) when (StoreErrors.IsUniqueViolation(clash))
        {
            // As in the way of a message: the primary key of the update id stops a repeat, which was answered.
            PipelineLog.Duplicate(log, message.Channel, message.UpdateId);
            return [];
        }
        catch (Exception failure) when (StoreErrors.FaultOf(failure) is { } fault)
        {
            PipelineLog.AnswerNotRecorded(log, fault, message.Channel, message.UpdateId);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            PipelineLog.HandlerFailed(log, failure, message.Channel, message.UpdateId);
        }

        return [OutboxDispatcher.ToRow(answer, now)];
    }

    /// <summary>The replies as outbox rows, left to their sender for the reply lease.</summary>
    private List<OutboxMessage> Queue(OneStopDbContext db, IEnumerable<OutboundMessage> replies, DateTime nowUtc)
    {
        var rows = replies.Select(reply => OutboxDispatcher.ToRow(reply, nowUtc)).ToList();
        foreach (var row in rows)
        {
            row.NextAttemptAtUtc = nowUtc + outbox.Value.ReplyLease;
        }

        db.Outbox.AddRange(rows);
        return rows;
    }

    /// <summary>The sender; a first-time sender is added with this update's changes.</summary>
    private async Task<Person> LoadPersonAsync(OneStopDbContext db, InboundMessage message, OfficeInstant now, CancellationToken ct)
    {
        var (channel, userId) = (message.Channel, message.UserId);
        var person = await db.People.SingleOrDefaultAsync(p => p.Channel == channel && p.ExternalId == userId, ct);
        if (person is null)
        {
            person = new Person(message.Channel, message.UserId, message.DisplayName, now.Utc);
            if (offices.ConfiguredMembership(message.Channel, message.UserId) is { } membership)
            {
                person.GrantRole(membership.Role, membership.UnitCode);
            }

            db.People.Add(person);
        }
        else if (person.HasPlaceholderName && !string.IsNullOrWhiteSpace(message.DisplayName))
        {
            // Staff created from the configuration learn their name from their first message.
            person.Rename(message.DisplayName);
        }

        person.ClearBlockedBot();
        return person;
    }

    /// <summary>
    /// Whether the update was handled before: a unique clash at the save is a repeat only then. A database that
    /// cannot answer now counts as "not handled": the person gets the apology rather than silence.
    /// </summary>
    private async Task<bool> WasHandledAsync(InboundMessage message, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
            return await db.ProcessedUpdates.AnyAsync(p => p.Channel == message.Channel && p.UpdateId == message.UpdateId, ct);
        }
        catch (Exception failure) when (failure is System.Data.Common.DbException or IOException)
        {
            PipelineLog.HandlerFailed(log, failure, message.Channel, message.UpdateId);
            return false;
        }
    }
}

internal static partial class PipelineLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Debug, Message = "Dropped {Channel} update {UpdateId}: already handled")]
    public static partial void Duplicate(ILogger logger, ChannelKind channel, long updateId);

    [LoggerMessage(EventId = 101, Level = LogLevel.Error, Message = "Handling {Channel} update {UpdateId} failed; the person got an apology")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, ChannelKind channel, long updateId);

    [LoggerMessage(EventId = 102, Level = LogLevel.Error, Message = "The database cannot be written ({Fault}: {Reason}): {Channel} update {UpdateId} changed nothing, and its sender was asked to try again in a few minutes")]
    public static partial void StoreUnavailable(ILogger logger, StoreFault fault, string reason, ChannelKind channel, long updateId);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "The answer to {Channel} update {UpdateId} is sent without being recorded: the database is {Fault}")]
    public static partial void AnswerNotRecorded(ILogger logger, StoreFault fault, ChannelKind channel, long updateId);

}
