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
}

/// <summary>Every night, deletes the outbox's messages sent (or given up) more than <c>Outbox:RetentionDays</c> ago; pending ones stay.</summary>
public sealed class OutboxPruneJob(OneStopDbContext db, TimeProvider time, WriteGate gate, IOptions<OutboxOptions> options)
{
    public const string Id = "outbox-prune";

    public async Task RunAsync(CancellationToken ct)
    {
        var before = time.GetUtcNow().UtcDateTime - TimeSpan.FromDays(options.Value.RetentionDays);
        await gate.RunAsync(
            token => db.Outbox.Where(m => m.Status != OutboxStatus.Pending && m.CreatedAtUtc < before).ExecuteDeleteAsync(token),
            ct);
    }
}
