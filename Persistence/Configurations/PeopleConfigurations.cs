using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStopBot.Domain.People;

namespace OneStopBot.Persistence.Configurations;

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
