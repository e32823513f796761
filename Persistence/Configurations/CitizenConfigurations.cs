using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStopBot.Domain.Complaints;
using OneStopBot.Domain.Ratings;
using OneStopBot.Domain.Votes;

namespace OneStopBot.Persistence.Configurations;

internal sealed class RatingConfiguration : IEntityTypeConfiguration<Rating>
{
    public void Configure(EntityTypeBuilder<Rating> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => r.DossierId).IsUnique();
        builder.Property(r => r.UnitCode).HasMaxLength(32);
        builder.HasIndex(r => new { r.UnitCode, r.RatedOn });
        builder.HasIndex(r => r.RatedOn);
        builder.HasIndex(r => r.ReceivedById);
        builder.HasIndex(r => r.ReturnedById);
        builder.Property(r => r.Comment).HasMaxLength(1000);
        builder.HasOne<Domain.Dossiers.Dossier>().WithMany().HasForeignKey(r => r.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(r => r.ChangeableUntilUtc);
        builder.Ignore(r => r.AlertsLeaders);
    }
}

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.TrackingCode).HasMaxLength(32);
        builder.HasIndex(c => c.TrackingCode).IsUnique();
        builder.Property(c => c.Text).HasMaxLength(4000);
        builder.Property(c => c.Answer).HasMaxLength(4000);
        builder.Property(c => c.ContactPhone).HasMaxLength(20);
        builder.Property(c => c.MoreInfoAsked).HasMaxLength(4000);
        builder.Property(c => c.MoreInfo).HasMaxLength(4000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.State, c.ResolveBy });
        builder.Property(c => c.UnitCode).HasMaxLength(32);
        builder.HasIndex(c => new { c.UnitCode, c.ReceivedOn });
        builder.HasIndex(c => c.ReceivedOn);
        builder.HasIndex(c => new { c.Channel, c.ChatId });
        builder.Ignore(c => c.IsOpen);
    }
}

internal sealed class VoteConfiguration : IEntityTypeConfiguration<Vote>
{
    public void Configure(EntityTypeBuilder<Vote> builder)
    {
        builder.HasKey(v => v.Id);
        builder.HasIndex(v => new { v.OfficerId, v.VoterChannel, v.VoterId, v.Month }).IsUnique();
        builder.Property(v => v.UnitCode).HasMaxLength(32);
        builder.HasIndex(v => new { v.UnitCode, v.Month });
        builder.HasIndex(v => v.Month);
        builder.Property(v => v.Reason).HasMaxLength(500);
    }
}
