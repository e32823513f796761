using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStopBot.Domain.People;
using OneStopBot.Domain.Procedures;
using OneStopBot.Persistence.Messaging;

namespace OneStopBot.Persistence.Configurations;

internal sealed class ProcedureConfiguration : IEntityTypeConfiguration<Procedure>
{
    public void Configure(EntityTypeBuilder<Procedure> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Code).HasMaxLength(32);
        builder.Property(p => p.Name).HasMaxLength(300);
        builder.Property(p => p.NameKey).HasMaxLength(300);
        builder.HasIndex(p => p.NameKey);
        builder.Property(p => p.FeeNote).HasMaxLength(500);
        builder.Property(p => p.LegalBasis).HasMaxLength(500);
        builder.Property(p => p.Papers).HasMaxLength(2000);
        builder.Ignore(p => p.Processing);
        builder.Ignore(p => p.MayChargeFee);
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => new { p.Channel, p.ExternalId }).IsUnique();
        builder.Property(p => p.DisplayName).HasMaxLength(200);
        builder.Property(p => p.NameKey).HasMaxLength(200);
        builder.Property(p => p.Desk).HasMaxLength(200);
        builder.HasIndex(p => p.Role);
        builder.Property(p => p.UnitCode).HasMaxLength(32);
        builder.HasIndex(p => new { p.UnitCode, p.Role });
        builder.Ignore(p => p.IsStaff);
        builder.Ignore(p => p.HasPlaceholderName);
    }
}

internal sealed class InviteConfiguration : IEntityTypeConfiguration<Invite>
{
    public void Configure(EntityTypeBuilder<Invite> builder)
    {
        builder.HasKey(i => i.Code);
        builder.Property(i => i.Code).HasMaxLength(64);
        builder.Property(i => i.UnitCode).HasMaxLength(32);
    }
}

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

internal sealed class DailySequenceConfiguration : IEntityTypeConfiguration<DailySequence>
{
    public void Configure(EntityTypeBuilder<DailySequence> builder)
    {
        builder.HasKey(s => new { s.UnitCode, s.Date });
        builder.Property(s => s.UnitCode).HasMaxLength(32);
    }
}

internal sealed class LookupThrottleConfiguration : IEntityTypeConfiguration<LookupThrottle>
{
    public void Configure(EntityTypeBuilder<LookupThrottle> builder)
    {
        builder.HasKey(t => t.Key);
        builder.Property(t => t.Key).HasMaxLength(64);
    }
}

internal sealed class ExtraSessionConfiguration : IEntityTypeConfiguration<Domain.Campaign.ExtraSession>
{
    public void Configure(EntityTypeBuilder<Domain.Campaign.ExtraSession> builder)
    {
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.OfficerId, s.Kind, s.Date }).IsUnique();
        builder.Property(s => s.UnitCode).HasMaxLength(32);
        builder.HasIndex(s => new { s.UnitCode, s.Date });
        builder.HasIndex(s => s.Date);
    }
}

internal sealed class SaturdayDutyConfiguration : IEntityTypeConfiguration<Domain.Campaign.SaturdayDuty>
{
    public void Configure(EntityTypeBuilder<Domain.Campaign.SaturdayDuty> builder)
    {
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.Date, s.OfficerId }).IsUnique();
        builder.Property(s => s.UnitCode).HasMaxLength(32);
    }
}
