using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OneStopBot.Persistence.Configurations;

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
