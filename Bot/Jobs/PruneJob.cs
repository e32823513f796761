using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStopBot.Persistence;
using OneStopBot.Persistence.Messaging;

namespace OneStopBot.Bot.Jobs;

/// <summary>Section <c>Outbox</c>.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>How long a sent (or given up) message is kept, for the dedupe keys and for looking into a complaint.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 30;

    /// <summary>
    /// How long the outbox leaves a reply to the instance that wrote it, which sends it at once; after that the reply
    /// is sent from the outbox (the instance died before it could). Longer than any one send takes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ReplyLease { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Every night: deletes the outbox's messages written more than <c>Outbox:RetentionDays</c> ago and sent, given up or
/// refused by a blocked chat, pending
/// ones staying, and forgets the ids of updates handled more than <see cref="KeepHandledIds"/> ago.
/// </summary>
public sealed class PruneJob(OneStopDbContext db, TimeProvider time, IOptions<OutboxOptions> options)
{
    public const string Id = "prune";

    private static readonly OutboxStatus[] Finished = [OutboxStatus.Sent, OutboxStatus.Failed, OutboxStatus.Blocked];

    /// <summary>Telegram sends an update again for at most a day, Zalo for minutes: a week leaves a wide margin.</summary>
    public static readonly TimeSpan KeepHandledIds = TimeSpan.FromDays(7);

    public async Task RunAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var sentBefore = now - TimeSpan.FromDays(options.Value.RetentionDays);
        var handledBefore = now - KeepHandledIds;
        await using var write = await db.BeginWriteAsync(ct);
        await db.Outbox.Where(m => Finished.Contains(m.Status) && m.CreatedAtUtc < sentBefore).ExecuteDeleteAsync(ct);
        await db.ProcessedUpdates.Where(p => p.AtUtc < handledBefore).ExecuteDeleteAsync(ct);
        await write.CommitAsync(ct);
    }
}
