using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStopBot.Persistence.Messaging;

namespace OneStopBot.Persistence.Configurations;

internal sealed class ProcessedUpdateConfiguration : IEntityTypeConfiguration<ProcessedUpdate>
{
    public void Configure(EntityTypeBuilder<ProcessedUpdate> builder) =>
        builder.HasKey(u => new { u.Channel, u.UpdateId });
}

internal sealed class ConversationStateConfiguration : IEntityTypeConfiguration<ConversationState>
{
    public void Configure(EntityTypeBuilder<ConversationState> builder)
    {
        builder.HasKey(c => new { c.Channel, c.ChatId });
        builder.Property(c => c.Kind).HasMaxLength(64);
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.HasKey(m => m.Id);
        builder.HasIndex(m => new { m.Status, m.NextAttemptAtUtc });
        builder.HasIndex(m => new { m.Channel, m.ChatId, m.Status });
        builder.HasIndex(m => new { m.Status, m.CreatedAtUtc });
        builder.Property(m => m.DedupeKey).HasMaxLength(200);
        builder.HasIndex(m => m.DedupeKey).IsUnique();
        builder.Property(m => m.LastError).HasMaxLength(500);
    }
}

internal sealed class FollowConfiguration : IEntityTypeConfiguration<Follow>
{
    public void Configure(EntityTypeBuilder<Follow> builder)
    {
        builder.HasKey(f => new { f.Channel, f.ChatId, f.DossierId });
        builder.HasIndex(f => f.DossierId);
    }
}
