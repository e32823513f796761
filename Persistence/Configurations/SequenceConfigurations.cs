using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStopBot.Persistence.Messaging;

namespace OneStopBot.Persistence.Configurations;

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
