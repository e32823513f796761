using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStopBot.Persistence.Messaging;

namespace OneStopBot.Persistence.Configurations;

internal sealed class ZaloTokenConfiguration : IEntityTypeConfiguration<ZaloToken>
{
    public void Configure(EntityTypeBuilder<ZaloToken> builder)
    {
        builder.ToTable("ZaloTokens");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.AccessToken).HasMaxLength(2000);
        builder.Property(t => t.RefreshToken).HasMaxLength(2000);
        builder.Property(t => t.LeaseHolder).HasMaxLength(100);
        builder.Property(t => t.SeedHash).HasMaxLength(64);
    }
}

internal sealed class ZaloContactConfiguration : IEntityTypeConfiguration<ZaloContact>
{
    public void Configure(EntityTypeBuilder<ZaloContact> builder)
    {
        builder.ToTable("ZaloContacts");
        builder.HasKey(c => c.UserId);
        builder.Property(c => c.UserId).ValueGeneratedNever();
        builder.Property(c => c.SharedPhone).HasMaxLength(20);
        builder.Property(c => c.DisplayName).HasMaxLength(200);
    }
}

internal sealed class ZnsConsentConfiguration : IEntityTypeConfiguration<ZnsConsent>
{
    public void Configure(EntityTypeBuilder<ZnsConsent> builder)
    {
        builder.ToTable("ZnsConsents");
        builder.HasKey(c => c.DossierId);
        builder.HasOne(c => c.Dossier).WithMany().HasForeignKey(c => c.DossierId).OnDelete(DeleteBehavior.Cascade);
    }
}
