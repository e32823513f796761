using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStopBot.Domain.Procedures;

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
