using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStopBot.Bot.Features.Access;
using OneStopBot.Bot.Office;
using OneStopBot.Domain;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;
using OneStopBot.Persistence.Messaging;

namespace OneStopBot.Bot.Conversation;

/// <summary>
/// The way of one message: drop repeats, load the person and the open form, dispatch, and commit the
/// change, the update id and the notifications for others in one transaction. Never throws for a bad
/// message: a refused rule or a failing handler becomes a polite reply.
/// </summary>
public sealed class UpdatePipeline(
    IServiceScopeFactory scopes,
    WriteGate gate,
    OfficeClock clock,
    IOptions<AccessOptions> access,
    OutboxSignal outboxSignal,
    ILogger<UpdatePipeline> log)
{
    public async Task<IReadOnlyList<OutboundMessage>> ProcessAsync(InboundMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var language = Language.Vi;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();

            // The reads that start every message run before the write gate, so that other chats' messages do not
            // wait for them. Only this chat's lane changes its form, and the update's primary key stops a repeat
            // that slips past the check; a person changed meanwhile by someone else (a role revoked) is seen as
            // the message would have seen it a moment earlier. One open connection serves the reads and the
            // transaction: each open costs a pool round trip and the connection's pragmas.
            await db.Database.OpenConnectionAsync(ct);
            if (await IsProcessedAsync(db, message, ct))
            {
                PipelineLog.Duplicate(log, message.Channel, message.UpdateId);
                return [];
            }

            var known = await FindPersonAsync(db, message, ct);
            var form = await db.Conversations.FindAsync([message.Channel, message.ChatId], ct);
            using (await gate.EnterAsync(ct))
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var now = clock.Now;
                db.ProcessedUpdates.Add(new ProcessedUpdate { Channel = message.Channel, UpdateId = message.UpdateId, AtUtc = now.Utc });
                var person = known ?? await LoadPersonAsync(db, message, now, ct);
                language = person.Language;
                var ctx = new ChatContext(message, person, db, now, form);
                await scope.ServiceProvider.GetRequiredService<Router>().DispatchAsync(ctx, ct);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                if (ctx.NotifiedOthers)
                {
                    outboxSignal.Wake();
                }

                return ctx.Replies;
            }
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
        catch (Exception failure) when (IsDuplicateUpdate(failure))
        {
            // The same update arrived twice at once (webhook redelivery): the other one did the work.
            PipelineLog.Duplicate(log, message.Channel, message.UpdateId);
            return [];
        }
#pragma warning disable CA1031 // One failing message must never stop the bot; the person gets an apology and the log the details.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            PipelineLog.HandlerFailed(log, failure, message.Channel, message.UpdateId);
            return await AnswerAsync(message, ErrorTexts.Failure[language], ct);
        }
    }

    /// <summary>Records the update as handled in a fresh transaction (the failed one was rolled back) and answers.</summary>
    private async Task<IReadOnlyList<OutboundMessage>> AnswerAsync(InboundMessage message, string text, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
            using (await gate.EnterAsync(ct))
            {
                if (!await MarkProcessedAsync(db, message, clock.Now.Utc, ct))
                {
                    return [];
                }

                await db.SaveChangesAsync(ct);
            }
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            PipelineLog.HandlerFailed(log, failure, message.Channel, message.UpdateId);
        }

        return [new OutboundMessage(message.Channel, message.ChatId, text)];
    }

    private static Task<bool> IsProcessedAsync(OneStopDbContext db, InboundMessage message, CancellationToken ct) =>
        db.ProcessedUpdates.AnyAsync(u => u.Channel == message.Channel && u.UpdateId == message.UpdateId, ct);

    private static Task<Person?> FindPersonAsync(OneStopDbContext db, InboundMessage message, CancellationToken ct) =>
        db.People.SingleOrDefaultAsync(p => p.Channel == message.Channel && p.ExternalId == message.UserId, ct);

    private static async Task<bool> MarkProcessedAsync(OneStopDbContext db, InboundMessage message, DateTime nowUtc, CancellationToken ct)
    {
        if (await IsProcessedAsync(db, message, ct))
        {
            return false;
        }

        db.ProcessedUpdates.Add(new ProcessedUpdate { Channel = message.Channel, UpdateId = message.UpdateId, AtUtc = nowUtc });
        return true;
    }

    /// <summary>The sender, added on their first message (looked up again under the gate: two chats of one user may race).</summary>
    private async Task<Person> LoadPersonAsync(OneStopDbContext db, InboundMessage message, OfficeInstant now, CancellationToken ct)
    {
        var person = await FindPersonAsync(db, message, ct);
        if (person is null)
        {
            person = new Person(message.Channel, message.UserId, message.DisplayName, now.Utc);
            var role = AccessBootstrap.ConfiguredRole(access.Value, message.Channel, message.UserId);
            if (role is { } granted)
            {
                person.GrantRole(granted);
            }

            db.People.Add(person);
            await db.SaveChangesAsync(ct);
        }

        return person;
    }

    private static bool IsDuplicateUpdate(Exception failure) =>
        failure is DbUpdateException { InnerException: { } inner } && inner.Message.Contains("ProcessedUpdates", StringComparison.Ordinal);
}

internal static partial class PipelineLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Debug, Message = "Dropped {Channel} update {UpdateId}: already handled")]
    public static partial void Duplicate(ILogger logger, ChannelKind channel, long updateId);

    [LoggerMessage(EventId = 101, Level = LogLevel.Error, Message = "Handling {Channel} update {UpdateId} failed; the person got an apology")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, ChannelKind channel, long updateId);
}
